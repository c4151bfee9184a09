/**
 * A plural verb with no subject of its own speaks for the unnamed group its
 * sentence named earlier (ruling 8 of the guideline).
 */
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {checkDraft} from '../../lib/processor.js'

async function firstRecord(text: string) {
  const file = await checkDraft(new VFile({value: text}), {extractOnly: true})
  return file.data.attributions![0]
}

describe('plural speakers named in an earlier clause', () => {
  it('takes the group as the source', async () => {
    const text = 'تجمع عدد من الأطباء أمام المستشفى وأكدوا أن الإمدادات نفدت.'
    const record = await firstRecord(text)
    expect(record.cue.text).toBe('وأكدوا')
    expect(record.source?.text).toBe('عدد من الأطباء')
    expect(record.type).toBe('anonymous')
    expect(text.slice(record.source!.start, record.source!.end)).toBe('عدد من الأطباء')
  })

  it('leaves a singular verb to the carried-over speaker', async () => {
    const record = await firstRecord('تجمع عدد من الأطباء أمام المستشفى وأكد أن الإمدادات نفدت.')
    expect(record.source).toBeNull()
  })
})

describe('counted sources', () => {
  it('reads a count of unnamed people as one anonymous plural source', async () => {
    const record = await firstRecord('قال ثلاثة مسؤولين أمريكيين إن الصفقة ستوقع غداً.')
    expect(record.source?.text).toBe('ثلاثة مسؤولين أمريكيين')
    expect(record.source?.type).toBe('anonymous')
    expect(record.source?.plural).toBe(true)
  })
})
