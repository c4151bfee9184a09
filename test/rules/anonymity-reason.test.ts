/**
 * `anonymity-reason`: once per source per paragraph, and boilerplate reasons
 * at info level.
 */
import {describe, expect, it} from 'vitest'
import {lintWith} from './helpers.js'
import type {IsnadSettings} from '../../lib/processor.js'

const lint = (text: string, settings?: IsnadSettings) => lintWith('anonymity-reason', text, settings)

describe('anonymity-reason', () => {
  it('warns on an anonymous source with no reason', async () => {
    const [message, ...rest] = await lint('قال مسؤول أمني إن المهاجمين فروا نحو الحدود.')
    expect(rest).toEqual([])
    expect(message.reason).toBe(
      'Unexpected anonymous source `مسؤول أمني` with no reason for anonymity, expected the draft to say why the source is not named (AP)'
    )
    expect(message.fatal).toBe(false)
    expect(message.actual).toBe('مسؤول أمني')
  })

  it('reports a source once per paragraph, however often it speaks', async () => {
    const paragraph = 'وقال مسؤول أمني إن المهاجمين فروا. وأكد مسؤول أمني أن القوات تلاحقهم. وأضاف أن الحدود أغلقت.'
    expect(await lint(paragraph)).toHaveLength(1)
    expect(await lint(`${paragraph}\n\n${paragraph}`)).toHaveLength(2)
  })

  it('takes a Markdown source written with and without emphasis for one source', async () => {
    const paragraph = 'وقال مسؤول *أمني* إن المهاجمين فروا. وأكد مسؤول أمني أن القوات تلاحقهم.'
    const messages = await lint(paragraph, {format: 'markdown'})
    expect(messages.map((message) => message.actual)).toEqual(['مسؤول *أمني*'])
  })

  it('notes a boilerplate reason at info level, on the reason', async () => {
    const text = 'وقال مسؤول أمني، طلب عدم الكشف عن هويته، إن المهاجمين فروا نحو الحدود. وأضاف أن القوات تلاحقهم.'
    const [message, ...rest] = await lint(text)
    expect(rest).toEqual([])
    expect(message.fatal).toBeUndefined()
    expect(message.actual).toBe('طلب عدم الكشف عن هويته')
    expect(message.place).toMatchObject({start: {offset: text.indexOf('طلب')}})
    expect(message.reason).toBe(
      'Unexpected boilerplate reason `طلب عدم الكشف عن هويته` for the anonymity of `مسؤول أمني`, expected a real reason: as the NYT says, formulaic reasons (“غير مخول بالحديث”) are worse than none'
    )
  })

  it('accepts a real reason, in the sentence or later in the paragraph', async () => {
    expect(await lint('وقال ضابط في الجيش، لم نذكر اسمه خوفاً من العقاب، إن الأوامر صدرت بإخلاء القرية.')).toEqual([])
    expect(await lint('وقال ضابط في الجيش إن الأوامر صدرت بإخلاء القرية. ولم يُذكر اسمه حفاظاً على سلامته.')).toEqual([])
  })
})

describe('anonymity-reason with two reasons', () => {
  it('takes a real reason over the formula beside it', async () => {
    const messages = await lintWith('anonymity-reason', 'قال مسؤول أمني، طلب عدم الكشف عن هويته خوفاً على سلامته، إن الهجوم بدأ.')
    expect(messages).toEqual([])
  })
})
