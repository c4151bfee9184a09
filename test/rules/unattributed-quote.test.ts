import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {checkDraft} from '../../lib/processor.js'
import type {RuleSetting} from '../../lib/lint/rule.js'

/** `line:column-line:column` of each unattributed-quote message for `value`. */
async function messages(value: string, setting: RuleSetting = 'warn'): Promise<string[]> {
  const file = await checkDraft(new VFile({value}), {rules: {'unattributed-quote': setting}})
  return file.messages.filter((message) => message.ruleId === 'unattributed-quote').map((message) => message.name)
}

describe('unattributed-quote', () => {
  it('says what is missing and cites Reuters', async () => {
    const file = await checkDraft(new VFile({value: '«لن نقبل بأي تأجيل جديد للانتخابات».'}), {rules: {'unattributed-quote': 'warn'}})
    const message = file.messages.find((item) => item.ruleId === 'unattributed-quote')
    expect(message?.reason).toBe('Unexpected quotation with no attribution, expected a speaker in this sentence or the next (Reuters)')
    expect(message?.name).toBe('1:1-1:36')
  })

  it('accepts a speaker before or after the quotation in its sentence', async () => {
    expect(await messages('قال رئيس الوزراء: «لن نقبل بأي تأجيل».')).toEqual([])
    expect(await messages('«لن نقبل بأي تأجيل»، قال رئيس الوزراء.')).toEqual([])
  })

  it('accepts a speaker in the next sentence but not in the previous one', async () => {
    expect(await messages('«لن نقبل بأي تأجيل». هذا ما قاله رئيس الوزراء.')).toEqual([])
    expect(await messages('تحدث رئيس الوزراء أمس. «لن نقبل بأي تأجيل».')).toEqual(['1:24-1:43'])
  })

  it('reads a quotation over several sentences as one, with its speaker in any of them or the next', async () => {
    expect(await messages('«لن نقبل بأي تأجيل. الانتخابات في موعدها. لا عودة عن ذلك». وتصاعد التوتر.')).toEqual(['1:1-1:58'])
    expect(await messages('«لن نقبل بأي تأجيل. الانتخابات في موعدها. لا عودة عن ذلك». وقالت المفوضية إن القرار نهائي.')).toEqual([])
    expect(await messages('«لن نقبل بأي تأجيل. الانتخابات في موعدها»، قال رئيس الوزراء.')).toEqual([])
  })

  it('skips names and terms shorter than three words', async () => {
    expect(await messages('أطلقت الشركة صواريخ «ستينغر» وقاذفات «جو أرض».')).toEqual([])
    expect(await messages('نشرت صحيفة «وول ستريت جورنال» تقريراً.')).toEqual(['1:12-1:30'])
  })

  it('takes a smaller or larger minimum as an option', async () => {
    expect(await messages('نشرت صحيفة «وول ستريت جورنال» تقريراً.', ['warn', {minWords: 4}])).toEqual([])
    expect(await messages('أطلقت الشركة صواريخ «ستينغر».', ['warn', {minWords: 1}])).toEqual(['1:21-1:29'])
  })

  it('reports the outer quotation only', async () => {
    expect(await messages('«قال لي السفير “لن نوقع الاتفاق اليوم” ثم غادر».')).toEqual(['1:1-1:48'])
  })

  it('reads straight quotation marks', async () => {
    expect(await messages('وتصاعد التوتر. "لن نقبل بأي تأجيل جديد".')).toEqual(['1:16-1:40'])
  })

  it('leaves an unclosed quotation to quote-balance', async () => {
    expect(await messages('«لن نقبل بأي تأجيل جديد للانتخابات.')).toEqual([])
  })
})
