/**
 * `vague-source`: silenced by a named source the vague phrase leans on
 * (`يُقال، بحسب X، إن`), not by another one in its sentence or paragraph.
 */
import {describe, expect, it} from 'vitest'
import {lintWith} from './helpers.js'

const lint = (text: string) => lintWith('vague-source', text)

describe('vague-source', () => {
  it('reports the cue when there are no source words', async () => {
    const [message, ...rest] = await lint('يُقال إن الحكومة ستستقيل قبل نهاية الشهر.')
    expect(rest).toEqual([])
    expect(message.actual).toBe('يُقال')
    expect(message.fatal).toBe(false)
    expect(message.reason).toBe('Unexpected vague attribution `يُقال`, expected the paragraph to name who says so')
  })

  it('reports the source words when there are some', async () => {
    const [message] = await lint('وذكرت مصادر أن المحادثات توقفت مساء أمس.')
    expect(message.actual).toBe('مصادر')
  })

  it("is silenced by a named source the vague phrase leans on, not by another one in its sentence", async () => {
    expect(await lint('يُقال، بحسب المتحدث باسم الحكومة محمد الأحمد، إن الوزير قدم استقالته.')).toEqual([])
    expect(await lint('وردا على سؤال حول ما يُشاع عن استقالة الوزير قال المتحدث باسم الحكومة محمد الأحمد إن ذلك غير صحيح.')).toHaveLength(1)
    const vague = 'ترددت أنباء عن استقالة وزير المالية.'
    const named = 'وقال المتحدث باسم الحكومة محمد الأحمد إن الوزير قدم استقالته صباح اليوم.'
    expect(await lint(`${vague} ${named}`)).toHaveLength(1)
    expect(await lint(`${vague}\n\n${named}`)).toHaveLength(1)
  })

  it('is not silenced by another unnamed source', async () => {
    expect(await lint('ترددت أنباء عن استقالة وزير المالية. وقال مسؤول حكومي إن الوزير قدم استقالته.')).toHaveLength(1)
  })
})
