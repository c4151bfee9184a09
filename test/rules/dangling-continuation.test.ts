import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {checkDraft} from '../../lib/processor.js'

/** `line:column-line:column reason` of each dangling-continuation message for `value`. */
async function messages(value: string): Promise<string[]> {
  const file = await checkDraft(new VFile({value}), {rules: {'dangling-continuation': 'warn'}})
  return file.messages.filter((message) => message.ruleId === 'dangling-continuation').map((message) => `${message.name} ${message.reason}`)
}

describe('dangling-continuation', () => {
  it('reports a continuation verb that opens the draft, quoting the cue as written', async () => {
    expect(await messages('وأضاف أن المحادثات ستستأنف الأسبوع المقبل.')).toEqual([
      '1:1-1:6 Unexpected `وأضاف` with no earlier speaker, expected the speaker named'
    ])
  })

  it('reports a continuation participle after unsourced text', async () => {
    expect(await messages('ارتفعت الأسعار أمس، مضيفاً أن الحكومة لم تتدخل.')).toEqual([
      '1:21-1:27 Unexpected `مضيفاً` with no earlier speaker, expected the speaker named'
    ])
  })

  it('accepts continuations of an earlier speaker, in the same paragraph or a later one', async () => {
    expect(
      await messages('قالت مصادر مطلعة إن الاتفاق قريب. وأضافت أن التوقيع سيتم الأسبوع المقبل.\nوتابعت أن الوفود وصلت، مضيفة أن الأجواء إيجابية.')
    ).toEqual([])
  })
})
