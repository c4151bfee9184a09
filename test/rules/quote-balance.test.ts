import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {checkDraft} from '../../lib/processor.js'

/** `line:column-line:column reason` of each quote-balance message for `value`. */
async function messages(value: string): Promise<string[]> {
  const file = await checkDraft(new VFile({value}), {rules: {'quote-balance': 'warn'}})
  return file.messages.filter((message) => message.ruleId === 'quote-balance').map((message) => `${message.name} ${message.reason}`)
}

describe('quote-balance', () => {
  it('accepts nested and consecutive quotations of every kind', async () => {
    expect(await messages('قال الوزير: «قال لي السفير “لا” ثم غادر». وقالت الوزيرة: "نعم". و«هذا» و«ذاك».')).toEqual([])
  })

  it('reports an unclosed curly quotation and a closing mark with no opening one', async () => {
    expect(await messages('وقالت الوزيرة: “الحوار هو الحل.\nوقال الوزير: الحوار هو الحل”.')).toEqual([
      '1:16-1:17 Unexpected unclosed `“`, expected a closing `”`',
      '2:28-2:29 Unexpected `”` with no opening `“`, expected an opening `“` before it'
    ])
  })

  it('reports the straight quotation mark left over from an odd number', async () => {
    expect(await messages('قال "هذا" و"ذاك" و"تلك.')).toEqual(['1:19-1:20 Unexpected unclosed `"`, expected a closing `"`'])
  })

  it('pairs marks within a paragraph only', async () => {
    expect(await messages('قال المتحدث: «لن نتراجع. نحن هنا\nباقون».')).toEqual([
      '1:14-1:15 Unexpected unclosed `«`, expected a closing `»`',
      '2:6-2:7 Unexpected `»` with no opening `«`, expected an opening `«` before it'
    ])
  })

  it('does not pair marks of different kinds', async () => {
    expect(await messages('قال: «لا نريد الحرب”.')).toEqual([
      '1:6-1:7 Unexpected unclosed `«`, expected a closing `»`',
      '1:20-1:21 Unexpected `”` with no opening `“`, expected an opening `“` before it'
    ])
  })

  it('carries the mark as `actual`', async () => {
    const file = await checkDraft(new VFile({value: 'قال: «لا.'}), {rules: {'quote-balance': 'warn'}})
    expect(file.messages.find((message) => message.ruleId === 'quote-balance')?.actual).toBe('«')
  })
})
