/**
 * `plural-anonymous`: plural unnamed sources, anonymous or vague; singular
 * and named sources pass.
 */
import {describe, expect, it} from 'vitest'
import {lintWith} from './helpers.js'

const lint = (text: string) => lintWith('plural-anonymous', text)

describe('plural-anonymous', () => {
  it('asks for a confirmed count', async () => {
    const [message, ...rest] = await lint('قال مسؤولون أمريكيون إن الصفقة ستوقع الأسبوع المقبل.')
    expect(rest).toEqual([])
    expect(message.fatal).toBe(false)
    expect(message.actual).toBe('مسؤولون أمريكيون')
    expect(message.reason).toBe(
      'Unexpected plural unnamed source `مسؤولون أمريكيون`, expected a count the editor has confirmed (Reuters: never “sources” for one source)'
    )
  })

  it('reports vague plurals too', async () => {
    expect((await lint('ويرى مراقبون أن الانتخابات ستؤجل.')).map((message) => message.actual)).toEqual(['مراقبون'])
  })

  it('passes singular and named sources', async () => {
    expect(await lint('قال مسؤول أمريكي إن الصفقة ستوقع. وقالت وزارة الخارجية إن الموعد لم يحدد.')).toEqual([])
  })
})
