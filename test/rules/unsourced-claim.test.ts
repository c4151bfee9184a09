import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {checkDraft, type IsnadSettings} from '../../lib/processor.js'

/** `line:column-line:column note` of each unsourced-claim message for `value`. */
async function messages(value: string, settings: IsnadSettings = {rules: {'unsourced-claim': 'warn'}}): Promise<string[]> {
  const file = await checkDraft(new VFile({value}), settings)
  return file.messages.filter((message) => message.ruleId === 'unsourced-claim').map((message) => `${message.name} ${message.note}`)
}

describe('unsourced-claim', () => {
  it('is off by default and on in the strict preset', async () => {
    const draft = 'تعتزم الحكومة رفع أسعار الوقود الشهر المقبل.'
    expect(await messages(draft, {})).toEqual([])
    const file = await checkDraft(new VFile({value: draft}), {preset: 'strict'})
    const message = file.messages.find((item) => item.ruleId === 'unsourced-claim')
    expect(message?.reason).toBe('Unexpected unsourced claim, expected an attribution in its paragraph (AP)')
    expect(message?.fatal).toBe(true)
  })

  it('finds intention markers behind clitics', async () => {
    expect(await messages('وتسعى الحكومة إلى خفض العجز.\nستدرس اللجنة المقترحات الجديدة.\nفيخطط الجيش لهجوم جديد.')).toEqual([
      '1:1-1:29 Claim marker: `وتسعى` (intention)',
      '2:1-2:32 Claim marker: `ستدرس` (intention)',
      '3:1-3:24 Claim marker: `فيخطط` (intention)'
    ])
  })

  it('finds figures in digits of either script, in words, and multi-word estimates', async () => {
    expect(
      await messages('ارتفع التضخم إلى ٧٪ في أيار.\nوأصيب عشرات الأشخاص في الحادث.\nارتفعت الأسعار خمسة في المئة.\nومن المتوقع أن يستمر القتال.\nوصل 40 شخصاً.')
    ).toEqual([
      '1:1-1:29 Claim marker: `٧٪` (figure)',
      '2:1-2:31 Claim marker: `عشرات` (figure)',
      '3:1-3:30 Claim marker: `المئة` (figure)',
      '4:1-4:29 Claim marker: `ومن المتوقع` (estimate)',
      '5:1-5:14 Claim marker: `40` (figure)'
    ])
  })

  it('accepts a claim with an attribution anywhere in its paragraph', async () => {
    expect(await messages('وصل 40 شخصاً إلى المدينة. وقال المحافظ إن الوضع تحت السيطرة.')).toEqual([])
  })

  it('does not read headlines, datelines, quoted words or markerless sentences as claims', async () => {
    expect(
      await messages('الحكومة تعتزم رفع الأسعار\nالقاهرة، 12 يناير (رويترز) - وصل الوفد المصري إلى العاصمة.\n«سنرفع الأسعار 20% الشهر المقبل».\nوقع الحادث صباح اليوم قرب الحدود.')
    ).toEqual([])
  })

  it('starts the message after the dateline', async () => {
    expect(await messages('عمّان - بلغ عدد زوار المعرض مليون زائر.')).toEqual(['1:9-1:40 Claim marker: `مليون` (figure)'])
  })
})

describe('unsourced-claim and dates', () => {
  it('does not take a year or a time of day for a figure', async () => {
    const {lintWith} = await import('./helpers.js')
    expect(await lintWith('unsourced-claim', 'افتتح المتحف في عام 2015 عند الساعة 10:30 صباحاً.')).toEqual([])
    const [message] = await lintWith('unsourced-claim', 'افتتح المتحف في عام 2015 بتكلفة 300 مليون دولار.')
    expect(message?.ruleId).toBe('unsourced-claim')
  })
})
