import {existsSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import type {VerbEntry} from '../../lib/lexicon/types.js'
import {conjugate, VerbIndex, type VerbForm} from '../../lib/morphology/index.js'
import {normalize} from '../../lib/text/normalize.js'

const ENTRIES: VerbEntry[] = [
  {lemma: 'قال', present: 'يقول', class: 'hollow', stance: 'neutral', passive: 'قِيل', passivePresent: 'يُقال', participle: 'قائلاً'},
  {lemma: 'أفاد', present: 'يفيد', class: 'hollow', stance: 'neutral', passive: 'أُفيد', passivePresent: 'يُفاد'},
  {lemma: 'أكد', present: 'يؤكد', class: 'sound', stance: 'assertive', passive: 'أُكِّد', participle: 'مؤكداً'},
  {lemma: 'أضاف', present: 'يضيف', class: 'hollow', stance: 'additive', participle: 'مضيفاً'},
  {lemma: 'أشار', present: 'يشير', class: 'hollow', stance: 'neutral', passive: 'أُشير', passivePresent: 'يُشار', participle: 'مشيراً'},
  {lemma: 'نفى', present: 'ينفي', class: 'defective', stance: 'denial', passive: 'نُفي', passivePresent: 'يُنفى', participle: 'نافياً'},
  {lemma: 'روى', present: 'يروي', class: 'defective', stance: 'neutral', passive: 'رُوي', passivePresent: 'يُروى'},
  {lemma: 'دعا', present: 'يدعو', class: 'defective', stance: 'neutral', participle: 'داعياً'},
  {lemma: 'رأى', present: 'يرى', class: 'defective', stance: 'opinion', passivePresent: 'يُرى', forms: ['رُئي']},
  {lemma: 'أقر', present: 'يقر', class: 'doubled', stance: 'admission', passive: 'أُقر', passivePresent: 'يُقر'},
  {lemma: 'رد', present: 'يرد', class: 'doubled', stance: 'neutral'},
  {lemma: 'اعترف', present: 'يعترف', class: 'sound', stance: 'admission', participle: 'معترفاً'},
  {lemma: 'ادعى', present: 'يدعي', class: 'defective', stance: 'loaded', passive: 'ادُّعي'},
  {lemma: 'زعم', present: 'يزعم', class: 'sound', stance: 'loaded', passive: 'زُعم', passivePresent: 'يُزعم'},
  {lemma: 'أوضح', present: 'يوضح', class: 'sound', stance: 'explanatory', participle: 'موضحاً'},
  {lemma: 'صرح', present: 'يصرح', class: 'sound', stance: 'neutral'},
  {lemma: 'استطرد', present: 'يستطرد', class: 'sound', stance: 'additive', participle: 'مستطرداً'},
  {lemma: 'كشف', present: 'يكشف', class: 'sound', stance: 'disclosure', passive: 'كُشف', passivePresent: 'يُكشف'},
  {lemma: 'حذر', present: 'يحذر', class: 'sound', stance: 'warning', participle: 'محذراً'},
  {lemma: 'أبلغ', present: 'يبلغ', class: 'sound', stance: 'neutral'}
]

const index = new VerbIndex(ENTRIES)
const entry = (lemma: string) => ENTRIES.find((candidate) => candidate.lemma === lemma)!
const forms = (lemma: string) => new Set(conjugate(entry(lemma)).map((form) => form.form))

/** Tense, voice, person, number and gender as `past active 3sm`: s/d/p for number, m/f/c for gender. */
function tags(form: VerbForm): string {
  return `${form.tense} ${form.voice} ${form.person}${form.number[0]}${form.gender[0]}`
}

// The preferred reading of each word: third person first, then first, then second;
// active before passive where they are spelled alike.
const READINGS: Array<[string, string, string]> = [
  ['قالَ', 'قال', 'past active 3sm'],
  ['قالت', 'قال', 'past active 3sf'],
  ['قالا', 'قال', 'past active 3dm'],
  ['قالتا', 'قال', 'past active 3df'],
  ['قالـــوا', 'قال', 'past active 3pm'],
  ['قُلن', 'قال', 'past active 3pf'],
  ['قلتُ', 'قال', 'past active 1sc'],
  ['قلتم', 'قال', 'past active 2pm'],
  ['قلنا', 'قال', 'past active 1pc'],
  ['يقول', 'قال', 'present active 3sm'],
  ['تقول', 'قال', 'present active 3sf'],
  ['يقولان', 'قال', 'present active 3dm'],
  ['تقولان', 'قال', 'present active 3df'],
  ['يقولون', 'قال', 'present active 3pm'],
  ['يقولوا', 'قال', 'present active 3pm'],
  ['يقولا', 'قال', 'present active 3dm'],
  ['يقلن', 'قال', 'present active 3pf'],
  ['تقلن', 'قال', 'present active 2pf'],
  ['أقول', 'قال', 'present active 1sc'],
  ['نقول', 'قال', 'present active 1pc'],
  ['يَقُلْ', 'قال', 'present active 3sm'],
  ['قيل', 'قال', 'past passive 3sm'],
  ['قِيلت', 'قال', 'past passive 3sf'],
  ['يُقال', 'قال', 'present passive 3sm'],
  ['تقال', 'قال', 'present passive 3sf'],
  ['قائلاً', 'قال', 'participle active 3sm'],
  ['قائلة', 'قال', 'participle active 3sf'],
  ['قائلين', 'قال', 'participle active 3pm'],
  ['أفادَت', 'أفاد', 'past active 3sf'],
  ['أفادوا', 'أفاد', 'past active 3pm'],
  ['أفدت', 'أفاد', 'past active 1sc'],
  ['أفدن', 'أفاد', 'past active 3pf'],
  ['أفدنا', 'أفاد', 'past active 1pc'],
  ['يفيد', 'أفاد', 'present active 3sm'],
  ['يفدن', 'أفاد', 'present active 3pf'],
  ['أُفيد', 'أفاد', 'past passive 3sm'],
  ['يُفاد', 'أفاد', 'present passive 3sm'],
  ['أكّد', 'أكد', 'past active 3sm'],
  ['أكدت', 'أكد', 'past active 3sf'],
  ['أكدوا', 'أكد', 'past active 3pm'],
  ['أكدن', 'أكد', 'past active 3pf'],
  ['أكدنا', 'أكد', 'past active 1pc'],
  ['تؤكد', 'أكد', 'present active 3sf'],
  ['يؤكدون', 'أكد', 'present active 3pm'],
  ['يؤكدن', 'أكد', 'present active 3pf'],
  ['نؤكد', 'أكد', 'present active 1pc'],
  ['أؤكد', 'أكد', 'present active 1sc'],
  ['مؤكداً', 'أكد', 'participle active 3sm'],
  ['أضافَ', 'أضاف', 'past active 3sm'],
  ['أضفت', 'أضاف', 'past active 1sc'],
  ['يضيف', 'أضاف', 'present active 3sm'],
  ['يضفن', 'أضاف', 'present active 3pf'],
  ['مضيفاً', 'أضاف', 'participle active 3sm'],
  ['مضيفة', 'أضاف', 'participle active 3sf'],
  ['مضيفون', 'أضاف', 'participle active 3pm'],
  ['مضيفين', 'أضاف', 'participle active 3pm'],
  ['مضيفان', 'أضاف', 'participle active 3dm'],
  ['مضيفتين', 'أضاف', 'participle active 3df'],
  ['مضيفات', 'أضاف', 'participle active 3pf'],
  ['أشارت', 'أشار', 'past active 3sf'],
  ['أشرن', 'أشار', 'past active 3pf'],
  ['تشير', 'أشار', 'present active 3sf'],
  ['أُشير', 'أشار', 'past passive 3sm'],
  ['يُشار', 'أشار', 'present passive 3sm'],
  ['مشيراً', 'أشار', 'participle active 3sm'],
  ['نفى', 'نفى', 'past active 3sm'],
  ['نفت', 'نفى', 'past active 3sf'],
  ['نفيا', 'نفى', 'past active 3dm'],
  ['نفوا', 'نفى', 'past active 3pm'],
  ['نفين', 'نفى', 'past active 3pf'],
  ['نفينا', 'نفى', 'past active 1pc'],
  ['ينفي', 'نفى', 'present active 3sm'],
  ['تنفي', 'نفى', 'present active 3sf'],
  ['ينفيان', 'نفى', 'present active 3dm'],
  ['ينفون', 'نفى', 'present active 3pm'],
  ['ينفين', 'نفى', 'present active 3pf'],
  ['تنفين', 'نفى', 'present active 2sf'],
  ['نافياً', 'نفى', 'participle active 3sm'],
  ['نافين', 'نفى', 'participle active 3pm'],
  ['روى', 'روى', 'past active 3sm'],
  ['روت', 'روى', 'past active 3sf'],
  ['رووا', 'روى', 'past active 3pm'],
  ['يروي', 'روى', 'present active 3sm'],
  ['يروون', 'روى', 'present active 3pm'],
  ['دعا', 'دعا', 'past active 3sm'],
  ['دعت', 'دعا', 'past active 3sf'],
  ['دعوا', 'دعا', 'past active 3pm'],
  ['دعوت', 'دعا', 'past active 1sc'],
  ['يدعو', 'دعا', 'present active 3sm'],
  ['يدعون', 'دعا', 'present active 3pm'],
  ['داعياً', 'دعا', 'participle active 3sm'],
  ['رأى', 'رأى', 'past active 3sm'],
  ['رأت', 'رأى', 'past active 3sf'],
  ['رأوا', 'رأى', 'past active 3pm'],
  ['رأين', 'رأى', 'past active 3pf'],
  ['رأيت', 'رأى', 'past active 1sc'],
  ['يرى', 'رأى', 'present active 3sm'],
  ['ترى', 'رأى', 'present active 3sf'],
  ['يرون', 'رأى', 'present active 3pm'],
  ['يرين', 'رأى', 'present active 3pf'],
  ['نرى', 'رأى', 'present active 1pc'],
  ['أقرّ', 'أقر', 'past active 3sm'],
  ['أقرت', 'أقر', 'past active 3sf'],
  ['أقروا', 'أقر', 'past active 3pm'],
  ['أقررن', 'أقر', 'past active 3pf'],
  ['أقررت', 'أقر', 'past active 1sc'],
  ['أقررنا', 'أقر', 'past active 1pc'],
  ['يُقِرّ', 'أقر', 'present active 3sm'],
  ['يقرون', 'أقر', 'present active 3pm'],
  ['يقررن', 'أقر', 'present active 3pf'],
  ['ردّ', 'رد', 'past active 3sm'],
  ['ردت', 'رد', 'past active 3sf'],
  ['ردوا', 'رد', 'past active 3pm'],
  ['رددت', 'رد', 'past active 1sc'],
  ['يرد', 'رد', 'present active 3sm'],
  ['يرددن', 'رد', 'present active 3pf'],
  ['اعترف', 'اعترف', 'past active 3sm'],
  ['اعترفت', 'اعترف', 'past active 3sf'],
  ['يعترفون', 'اعترف', 'present active 3pm'],
  ['معترفاً', 'اعترف', 'participle active 3sm'],
  ['ادّعى', 'ادعى', 'past active 3sm'],
  ['ادعت', 'ادعى', 'past active 3sf'],
  ['ادعوا', 'ادعى', 'past active 3pm'],
  ['ادعينا', 'ادعى', 'past active 1pc'],
  ['يدّعي', 'ادعى', 'present active 3sm'],
  ['زعم', 'زعم', 'past active 3sm'],
  ['زعمت', 'زعم', 'past active 3sf'],
  ['يزعمون', 'زعم', 'present active 3pm'],
  ['أوضح', 'أوضح', 'past active 3sm'],
  ['أوضحت', 'أوضح', 'past active 3sf'],
  ['يوضح', 'أوضح', 'present active 3sm'],
  ['موضحاً', 'أوضح', 'participle active 3sm'],
  ['صرّح', 'صرح', 'past active 3sm'],
  ['صرحت', 'صرح', 'past active 3sf'],
  ['يصرح', 'صرح', 'present active 3sm'],
  ['استطرد', 'استطرد', 'past active 3sm'],
  ['استطردت', 'استطرد', 'past active 3sf'],
  ['يستطرد', 'استطرد', 'present active 3sm'],
  ['مستطرداً', 'استطرد', 'participle active 3sm'],
  ['كشف', 'كشف', 'past active 3sm'],
  ['كشفت', 'كشف', 'past active 3sf'],
  ['تكشف', 'كشف', 'present active 3sf'],
  ['حذّر', 'حذر', 'past active 3sm'],
  ['حذرت', 'حذر', 'past active 3sf'],
  ['يحذر', 'حذر', 'present active 3sm'],
  ['محذراً', 'حذر', 'participle active 3sm']
]

describe('VerbIndex.lookup', () => {
  it.each(READINGS)('%s → %s, %s', (word, lemma, expected) => {
    const match = index.lookup(word)
    expect(match?.entry.lemma).toBe(lemma)
    expect(tags(match!.form)).toBe(expected)
    expect(match).toMatchObject({proclitics: '', enclitic: ''})
  })

  it.each(READINGS)('%s takes و and ف', (word, lemma, expected) => {
    for (const proclitic of ['و', 'ف']) {
      const match = index.lookup(proclitic + word)
      expect(match?.entry.lemma, proclitic + word).toBe(lemma)
      expect(tags(match!.form)).toBe(expected)
      expect(match?.proclitics).toBe(proclitic)
    }
  })

  it.each(READINGS.filter(([, , expected]) => expected.startsWith('present')))('%s takes future س and ل', (word, lemma, expected) => {
    for (const proclitics of ['س', 'وس', 'فس', 'ل', 'ول']) {
      const match = index.lookup(proclitics + word)
      expect(match?.entry.lemma, proclitics + word).toBe(lemma)
      expect(tags(match!.form)).toBe(expected)
      expect(match?.proclitics).toBe(proclitics)
    }
  })

  it.each(READINGS)('%s does not take the article or ب', (word) => {
    for (const proclitic of ['ال', 'ب', 'وال', 'وب']) expect(index.lookup(proclitic + word), proclitic + word).toBeUndefined()
  })

  it.each(READINGS.filter(([, , expected]) => !expected.startsWith('present')))('%s does not take س or ل', (word) => {
    // سأقرّ is a present, not future أقرّ: only a present reading may remain.
    for (const proclitic of ['س', 'وس', 'ل']) expect(index.lookup(proclitic + word)?.form.tense ?? 'present', proclitic + word).toBe('present')
  })

  it.each([
    ['قالها', 'قال', 'past active 3sm', '', 'ها'],
    ['أبلغه', 'أبلغ', 'past active 3sm', '', 'ه'],
    ['وأبلغهم', 'أبلغ', 'past active 3sm', 'و', 'هم'],
    ['قالوه', 'قال', 'past active 3pm', '', 'ه'],
    ['قلتموه', 'قال', 'past active 2pm', '', 'ه'],
    ['نفاه', 'نفى', 'past active 3sm', '', 'ه'],
    ['رآه', 'رأى', 'past active 3sm', '', 'ه'],
    ['يراه', 'رأى', 'present active 3sm', '', 'ه'],
    ['ادّعاه', 'ادعى', 'past active 3sm', '', 'ه'],
    ['ينفيه', 'نفى', 'present active 3sm', '', 'ه'],
    ['يدعوهم', 'دعا', 'present active 3sm', '', 'هم'],
    ['وسيكشفونها', 'كشف', 'present active 3pm', 'وس', 'ها'],
    ['يقولوه', 'قال', 'present active 3pm', '', 'ه']
  ])('%s carries an object pronoun', (word, lemma, expected, proclitics, enclitic) => {
    const match = index.lookup(word)
    expect(match?.entry.lemma).toBe(lemma)
    expect(tags(match!.form)).toBe(expected)
    expect(match).toMatchObject({proclitics, enclitic})
  })

  it('prefers a reading without a pronoun', () => {
    expect(index.lookup('أكدنا')).toMatchObject({enclitic: '', form: {person: 1, number: 'plural'}})
  })

  it('gives passives, participles and ى forms no pronoun', () => {
    for (const word of ['قيلها', 'يقاله', 'مضيفها', 'نفيه', 'رأيه']) expect(index.lookup(word), word).toBeUndefined()
  })

  it('gives verbs no possessive ي', () => {
    expect(index.lookup('قالي')).toBeUndefined()
  })

  it.each(['قالب', 'مقال', 'القول', 'قوله', 'أكاديمي', 'نفط', 'روسيا', 'ردود', 'بقال', 'الرئيس', 'بيان', 'مصادر', 'كشوف'])(
    'does not match %s',
    (word) => {
      expect(index.lookup(word)).toBeUndefined()
    }
  )

  it.each([
    ['رأي', 'رأى'],
    ['ردّاً', 'رد'],
    ['ورد', 'رد'],
    ['إشارة', 'أشار'],
    ['إضافة', 'أضاف'],
    ['دعوة', 'دعا'],
    ['مؤكد', 'أكد'],
    ['يقل', 'قال']
  ])('marks %s as ambiguous', (word, lemma) => {
    expect(index.lookup(word)).toMatchObject({entry: {lemma}, ambiguous: true})
  })

  it('does not mark ordinary forms as ambiguous', () => {
    for (const word of ['قال', 'وقالت', 'يؤكد', 'نفى', 'ردت']) expect(index.lookup(word)?.ambiguous, word).toBe(false)
  })

  it('matches forms listed in the entry', () => {
    expect(index.lookup('رُئي')).toMatchObject({entry: {lemma: 'رأى'}, form: {form: 'رئي', listed: true}})
  })
})

describe('conjugate', () => {
  // Forms from the class descriptions, as news writes them; compared normalized.
  it.each([
    ['قال', 'قالت قالا قالتا قالوا قلن قلت قلتم قلنا يقول تقول يقولان يقولون يقلن تقلن أقول نقول قيل قيلت يقال تقال يقولوا يقولا'],
    ['أفاد', 'أفادت أفادوا أفدت أفدن أفدنا يفيد يفدن أفيد يفاد'],
    ['أكد', 'أكدت أكدوا أكدن أكدنا تؤكد يؤكدون يؤكدن نؤكد أؤكد مؤكدا مؤكد مؤكدة مؤكدين مؤكدون مؤكدان مؤكدتين مؤكدات'],
    ['أضاف', 'أضافت أضافوا أضفت يضيف يضفن مضيفا مضيف مضيفة مضيفين مضيفون مضيفان مضيفتين مضيفات'],
    ['أشار', 'أشارت أشرت يشير يشرن أشير يشار'],
    ['نفى', 'نفت نفيا نفوا نفين نفيت نفينا ينفي تنفي ينفيان ينفون ينفين نفي ينفى تنفين نافيا نافون نافين نافيان'],
    ['روى', 'روت رووا روين رويت يروي يروون يروين روي يروى'],
    ['دعا', 'دعت دعوا دعوت دعونا يدعو يدعون يدعوان تدعين'],
    ['رأى', 'رأت رأوا رأين رأيت يرى ترى يرون يرين نرى أرى يريان'],
    ['أقر', 'أقرت أقروا أقررن أقررت أقررنا يقر يقرون يقررن'],
    ['رد', 'ردت ردوا رددت رددنا يرد يردون يرددن'],
    ['ادعى', 'ادعت ادعوا ادعيت ادعينا يدعي يدعون يدعين ادعي'],
    ['استطرد', 'استطردت استطردوا يستطرد أستطرد مستطردا مستطردة']
  ])('%s', (lemma, expected) => {
    const generated = forms(lemma)
    for (const form of expected.split(' ')) expect(generated, form).toContain(normalize(form))
  })

  it('gives passive forms only when the entry has a passive', () => {
    expect(conjugate(entry('رد')).some((form) => form.voice === 'passive')).toBe(false)
    expect(conjugate(entry('قال')).filter((form) => form.voice === 'passive').map((form) => form.form)).toContain('قيل')
  })

  it('gives participles only when the entry has one', () => {
    expect(conjugate(entry('رد')).some((form) => form.tense === 'participle')).toBe(false)
  })

  it('rejects entries its class cannot inflect', () => {
    expect(() => conjugate({lemma: 'أكد', present: 'يؤكد', class: 'hollow', stance: 'assertive'})).toThrow(/long vowel/)
    expect(() => conjugate({lemma: 'قال', present: 'تقول', class: 'hollow', stance: 'neutral'})).toThrow(/start with ي/)
    expect(() => conjugate({lemma: 'كشف', present: 'يكشف', class: 'defective', stance: 'disclosure'})).toThrow(/defective/)
  })
})

/** Every entry inflects fully, and its lemma, present and participle find it back among all the others. */
function expectCitationsFound(entries: VerbEntry[]): void {
  const verbs = new VerbIndex(entries)
  for (const verb of entries) {
    expect(conjugate(verb).length, verb.lemma).toBeGreaterThanOrEqual(20)
    for (const citation of [verb.lemma, verb.present, verb.participle]) {
      if (citation === undefined) continue
      expect(verbs.lookup(citation)?.entry, `${verb.lemma}: ${citation}`).toBe(verb)
    }
  }
}

const LEXICON = new URL('../../lexicons/verbs.json', import.meta.url)
const lexiconExists = existsSync(LEXICON)

describe('citation forms', () => {
  it('find their entry in the test table', () => {
    expectCitationsFound(ENTRIES)
  })

  it.skipIf(!lexiconExists)('find their entry in lexicons/verbs.json', () => {
    expectCitationsFound((JSON.parse(readFileSync(LEXICON, 'utf8')) as {entries: VerbEntry[]}).entries)
  })
})
