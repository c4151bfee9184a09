/**
 * A cue with no subject of its own whose speaker is the subject of a
 * non-reporting clause before it (ruling 8 of the guideline): the clause may
 * open its sentence after a fronted adverbial or a particle, or open the
 * sentence before when no attribution stands between.
 */
import {describe, expect, it} from 'vitest'
import {recordOf, records} from './helpers.js'

describe('the subject of the clause that opens the sentence', () => {
  it('is found after a fronted adverbial set off by a comma', async () => {
    const record = await recordOf('وقبل ذلك، عبّر وزير الزراعة عن ارتياحه لنتائج الموسم وقال إن المحصول تضاعف.', 'وقال')
    expect(record.source?.text).toBe('وزير الزراعة')
    expect(record.type).toBe('role')
  })

  it('is found after particles of negation (`ولم يحضر`)', async () => {
    const record = await recordOf('ولم يحضر مدير الشركة إلى الاجتماع ولكنه قال إن العمل يسير بسرعة.', 'قال')
    expect(record.source?.text).toBe('مدير الشركة')
  })

  it('is carried on by a participle that is the first cue of its sentence', async () => {
    const record = await recordOf('وسخر وزير الإعلام من الشائعات المتداولة عن الحكومة، مشيراً إلى أنها لا أساس لها.', 'مشيراً')
    expect(record.source?.text).toBe('وزير الإعلام')
    expect(record.type).toBe('role')
  })

  it('is not taken when a possessive lam carries the phrase on past what the lexicons read', async () => {
    const record = await recordOf('ولم يسحب المنافس الأبرز له فلان الفلاني ترشحه، لكنه يقول إنه لن يشارك.', 'يقول')
    expect(record.source).toBeNull()
  })

  it('is not the copula: `كان X قد` has X for its subject', async () => {
    const record = await recordOf('كان وزير المالية، في زيارته الأخيرة، قد كشف أن العجز تراجع.', 'كشف')
    expect(record.source?.text).toBe('وزير المالية')
  })
})

describe('the subject of the clause that opened the sentence before', () => {
  it('speaks for a verb with no subject at the start of the next sentence', async () => {
    const record = await recordOf('وبدوره أشاد رئيس البلدية بجهود المتطوعين في تنظيف الشوارع. وقال إن الحملة ستستمر شهراً.', 'وقال')
    expect(record.source?.text).toBe('رئيس البلدية')
    expect(record.ref).toBeNull()
  })

  it('gives way to an attribution in the sentence before, which the verb carries on', async () => {
    const [first, second] = await records('قال وزير الصحة إن اللقاح آمن. وأضاف أن التطعيم يبدأ غداً.')
    expect(second.cue.text).toBe('وأضاف')
    expect(second.source).toBeNull()
    expect(second.ref).toBe(first.id)
  })

  it('is never an object of a preposition after the verb (`وقالت في البيان`)', async () => {
    const record = await recordOf('وأقيم الحفل في القاعة الكبرى بحضور الضيوف. وقالت في البيان إن الحضور فاق التوقعات.', 'وقالت')
    expect(record.source).toBeNull()
  })
})

describe('`من جانبه` before a clause of its own', () => {
  it('is not a cue when a verb and its subject follow the comma', async () => {
    const found = await records('من جانبه، أثنى وزير الداخلية على دور رجال الأمن في حفظ النظام. وأكد أن الحوادث تراجعت.')
    expect(found.map((record) => record.cue.text)).toEqual(['وأكد'])
    expect(found[0].source?.text).toBe('وزير الداخلية')
  })
})
