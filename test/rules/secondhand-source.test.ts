/**
 * `secondhand-source`: a warning on the source for a named carrier, an error
 * on the carrier when it is not named.
 */
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {checkDraft} from '../../lib/processor.js'
import {allOff, lintWith} from './helpers.js'

const lint = (text: string) => lintWith('secondhand-source', text)

describe('secondhand-source', () => {
  it('warns on the source of a claim carried by a named outlet', async () => {
    const text = 'نقلت وكالة رويترز عن مسؤول أمريكي قوله إن الاجتماع سيعقد غداً.'
    const [message, ...rest] = await lint(text)
    expect(rest).toEqual([])
    expect(message.fatal).toBe(false)
    expect(message.actual).toBe('مسؤول أمريكي')
    expect(message.reason).toBe(
      'Unexpected second-hand claim: `مسؤول أمريكي` via `وكالة رويترز`, expected the claim confirmed with the source or the chain kept visible'
    )
  })

  it('is an error on the carrier when the carrier is not named', async () => {
    const text = 'نقلت وسائل إعلام محلية عن مصدر أمني أن الانفجار نجم عن عبوة ناسفة.'
    const [message, ...rest] = await lint(text)
    expect(rest).toEqual([])
    expect(message.fatal).toBe(true)
    expect(message.actual).toBe('وسائل إعلام محلية')
    expect(message.place).toMatchObject({start: {offset: text.indexOf('وسائل')}, end: {offset: text.indexOf(' عن')}})
    expect(message.reason).toBe(
      'Unexpected second-hand claim from an unnamed carrier: `مصدر أمني` via `وسائل إعلام محلية`, expected the carrying outlet named (BBC: agency copy only when attributed to a named, reputable agency)'
    )
  })

  it('stays an error when the rule is set to a lower severity', async () => {
    const file = await checkDraft(new VFile({value: 'نقلت وسائل إعلام محلية عن مصدر أمني أن الانفجار نجم عن عبوة ناسفة.'}), {
      policies: [],
      rules: {...allOff, 'secondhand-source': 'info'}
    })
    expect(file.messages.map((message) => message.fatal)).toEqual([true])
  })

  it('leaves an outlet speaking for itself alone', async () => {
    expect(await lint('ذكرت وكالة الأنباء الرسمية أن الرئيس وصل إلى القاهرة.')).toEqual([])
  })
})
