import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {checkDraft} from '../../lib/processor.js'
import type {RuleSetting} from '../../lib/lint/rule.js'

/** `line:column-line:column reason` of each anonymous-share message for `value`. */
async function messages(value: string, setting: RuleSetting = 'warn'): Promise<string[]> {
  const file = await checkDraft(new VFile({value}), {rules: {'anonymous-share': setting}})
  return file.messages.filter((message) => message.ruleId === 'anonymous-share').map((message) => `${message.name} ${message.reason}`)
}

const LEAD = "Unexpected lead resting only on unnamed sources, expected a named source for the story's central claim (NYT, Reuters)"
const ANONYMOUS = 'قال مسؤول أمني إن الهجوم بدأ فجراً.'
const MINISTER = 'وقال وزير الداخلية أحمد سالم إن التحقيق بدأ.'
const SPOKESMAN = 'وقال المتحدث باسم الشرطة محمد علي إن الوضع هادئ.'

describe('anonymous-share', () => {
  it('counts a continuation as the speaker it carries forward', async () => {
    expect(await messages(`قال مسؤول أمني إن الهجوم بدأ فجراً. وأضاف أن القوات تلاحق المهاجمين. وتابع أن الحدود أغلقت.\n${MINISTER}`)).toEqual([
      '1:1-1:4 Unexpected 75% of claims resting on unnamed sources, expected at most 50%',
      `1:5-1:15 ${LEAD}`
    ])
    expect(await messages(`${MINISTER} وأضاف أن القوات تلاحق المهاجمين. وتابع أن الحدود أغلقت.\n${ANONYMOUS}`)).toEqual([])
  })

  it('counts vague sources as unnamed', async () => {
    expect(await messages(`${MINISTER}\nوقالت مصادر مطلعة إن المهاجمين فروا. وترددت أنباء عن اعتقال أحدهم.`)).toEqual([
      '1:1-1:5 Unexpected 67% of claims resting on unnamed sources, expected at most 50%'
    ])
  })

  it('allows exactly the maximum share, and takes another maximum as an option', async () => {
    expect(await messages(`${MINISTER}\n${ANONYMOUS}`)).toEqual([])
    expect(await messages(`${MINISTER}\n${ANONYMOUS}`, ['warn', {maxShare: 0.25}])).toEqual([
      '1:1-1:5 Unexpected 50% of claims resting on unnamed sources, expected at most 25%'
    ])
  })

  it('does not count a continuation with no earlier speaker, and finds the lead after it', async () => {
    expect(await messages(`وتابع أن الحدود أغلقت.\n${ANONYMOUS}\n${MINISTER}\n${SPOKESMAN}`)).toEqual([`2:5-2:15 ${LEAD}`])
  })

  it('skips headlines and datelines when finding the lead', async () => {
    expect(await messages(`الشرطة: الهجوم بدأ فجراً\nبيروت (رويترز) -\n${ANONYMOUS}\n${MINISTER}\n${SPOKESMAN}`)).toEqual([`3:5-3:15 ${LEAD}`])
  })

  it('looks for the lead in the first two prose paragraphs only', async () => {
    expect(await messages(`وصل الوفد إلى العاصمة أمس.\nوبدأت المحادثات صباح اليوم في القصر الرئاسي.\n${ANONYMOUS}\n${MINISTER}\n${SPOKESMAN}`)).toEqual([])
  })

  it('accepts a lead with a named source beside an unnamed one', async () => {
    expect(await messages(`${ANONYMOUS} ${MINISTER}\n${SPOKESMAN}`)).toEqual([])
  })
})
