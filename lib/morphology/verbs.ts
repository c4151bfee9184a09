/**
 * Reporting-verb inflection, for matching only. Each lexicon entry gives a
 * citation form, its present and its class; `conjugate` derives every surface
 * form from them, so a newsroom adding a verb gets all of its forms, and
 * `VerbIndex` recognises those forms with their clitics in running text.
 *
 * Forms are normalized strings (see `normalize`): short vowels are not
 * written, so forms that differ only by vowels (active أُكِّد and passive
 * أكّد) are the same string, told apart by preference, not by spelling.
 * `inflect` turns a form back into correct spelling, for fixes.
 */
import type {VerbClass, VerbEntry} from '../lexicon/types.js'
import {isIgnorable, normalize} from '../text/normalize.js'
import {segment} from './clitics.js'

type Person = 1 | 2 | 3
type GrammaticalNumber = 'singular' | 'dual' | 'plural'
type Gender = 'masculine' | 'feminine' | 'common'
type Tense = 'past' | 'present' | 'participle'
type Voice = 'active' | 'passive'

export interface VerbForm {
  /** Normalized surface form without clitics. */
  form: string
  tense: Tense
  voice: Voice
  person: Person
  number: GrammaticalNumber
  gender: Gender
  /**
   * Set on forms copied from `VerbEntry.forms`: the lexicon does not say what
   * they inflect for, so they carry the tags of the citation form.
   */
  listed?: true
}

export interface VerbMatch {
  entry: VerbEntry
  form: VerbForm
  /** Normalized proclitics on the word: `''`, `و`، `ف`، `ل`، `س`، `وس`… */
  proclitics: string
  /** Normalized object pronoun on the word (`ه` of `أبلغه`), or `''`. */
  enclitic: string
  /** The word is in `AMBIGUOUS`: usually not this verb at all. */
  ambiguous: boolean
}

/**
 * Forms of reporting verbs that news copy far more often uses as another word
 * spelled the same. They still match, flagged `ambiguous`, for the caller to
 * confirm from context (a subject after the verb, a following أن/إن). Checked
 * against the word without its proclitics and against the verb form alone,
 * so `بينهم` and `وردّ` are flagged too.
 */
export const AMBIGUOUS: ReadonlySet<string> = new Set([
  'بين', // preposition "between", not بيّن "explained"
  'تبين', // تبيّن "it turned out" (form V, no speaker), not تُبيّن "she explains"
  'راي', // رأي "opinion": رأى after normalization
  'رد', // noun "reply" (في ردّ على، ردّ فعل); also makes ورد "was mentioned" ambiguous
  'ردا', // ردّاً على "in response to", not the dual ردّا
  'نقل', // noun "transport", and لم نقل
  'يقل', // لا يقلّ عن "not less than", not لم يقل
  'تقل', // تقلّ "decreases", not لم تقل
  'اقل', // أقلّ "less", not لم أقل
  'يدع', // لا يدع "leaves" (ودع), not لم يدعُ
  'تدع', // تدع "leaves", not لم تدعُ
  'انف', // أنف "nose", not لم أنفِ
  'اشاره', // إشارة "sign", not أشاره
  'اضافه', // إضافة "addition", not أضافه
  'افاده', // إفادة "testimony", not أفاده
  'دعوه', // دعوة "invitation", not دعوه "they called on him"
  'مؤكد', // adjective "certain" (من المؤكد، أمر مؤكد)
  'مؤكده', // adjective "confirmed" (معلومات مؤكدة)
  'مضيف', // noun "host"
  'مضيفه', // adjective "hosting" (دولة مضيفة)
  'متابعه', // noun "follow-up" (متابعة القضايا), not the participle مُتابِعةً
  'مقر', // مقرّ "headquarters", not the participle مُقِرّ
  'يجب', // يجب "must", not يُجِب of أجاب
  'تجب', // تجب "is due", not تُجِب
  'نصف', // نصف "half", not نَصِف "we describe"
  'تعز', // Taiz, the city, not تعزو
  'يبلغ', // يبلغ "amounts to" (يبلغ عدد), not يُبلغ "informs"
  'تبلغ', // تبلغ "amounts to"
  'عقب', // عقب "after", not عقّب "commented"
  'تره', // فترة "period" read as ف + تره, not ترَه "you see him"
  'قدره', // غرامة قدرها، مبلغ قدره "amounting to", not قدّره "estimated it"
  'قدرها'
])

/** One generated form, with what `VerbIndex` needs to match it. */
interface Cell {
  form: VerbForm
  /** Spelling before an object pronoun (`قالو` of `قالوه`, `نفا` of `نفاه`); absent when the form takes none. */
  host?: string
  /** The form is one the entry spells out (lemma, present, passive, participle, listed forms). */
  citation: boolean
}

/**
 * Stems of a past paradigm, named after the suffixes they take: the classes
 * differ only in which stem each suffix goes on.
 */
interface PastStems {
  citation: string
  /** Before the dual ا: قال، نفي، دعو. */
  dual: string
  /** Before the feminine ت، تا: قال، نف (نفت). */
  feminine: string
  /** Before وا: قال، نف (نفوا). */
  plural: string
  /** Before the consonant suffixes ن، ت، تما، تم، تن، نا: قل، نفي، اقرر. */
  consonant: string
  /** The citation form ends in ى, written ا before a pronoun (نفاه، رآه). */
  maqsura: boolean
}

/** Stems of a present paradigm, without the person prefix. */
interface PresentStems {
  /** The singular forms (يقول، ينفي). */
  citation: string
  /** Before ان/ا: قول، نفي، دعو. */
  dual: string
  /** Before ون/وا and the 2nd feminine ين/ي: قول، نف. */
  plural: string
  /** Before the feminine plural ن: قل، نفي، قرر. */
  feminine: string
  /** The shortened singular of the jussive (لم يقل، لم ينفِ), where it differs. */
  jussive?: string
  maqsura: boolean
}

type Slot = [Person, GrammaticalNumber, Gender]

/** Plural before dual throughout: where they are spelled alike (دعوا، قائلين), the plural is the likelier reading. */
const PAST_SLOTS: Array<[...Slot, 'self' | 'dual' | 'feminine' | 'plural' | 'consonant', string]> = [
  [3, 'singular', 'masculine', 'self', ''],
  [3, 'singular', 'feminine', 'feminine', 'ت'],
  [3, 'plural', 'masculine', 'plural', 'وا'],
  [3, 'plural', 'feminine', 'consonant', 'ن'],
  [3, 'dual', 'masculine', 'dual', 'ا'],
  [3, 'dual', 'feminine', 'feminine', 'تا'],
  [2, 'singular', 'masculine', 'consonant', 'ت'],
  [2, 'singular', 'feminine', 'consonant', 'ت'],
  [2, 'plural', 'masculine', 'consonant', 'تم'],
  [2, 'plural', 'feminine', 'consonant', 'تن'],
  [2, 'dual', 'common', 'consonant', 'تما'],
  [1, 'singular', 'common', 'consonant', 'ت'],
  [1, 'plural', 'common', 'consonant', 'نا']
]

/**
 * Prefix, stem and suffixes of each present cell. The second suffix of the
 * dual, the masculine plural and the 2nd feminine singular is the
 * subjunctive/jussive without ن (لم يقولوا، أن يقولا).
 */
const PRESENT_SLOTS: Array<[...Slot, string, 'citation' | 'dual' | 'plural' | 'feminine', string[]]> = [
  [3, 'singular', 'masculine', 'ي', 'citation', ['']],
  [3, 'singular', 'feminine', 'ت', 'citation', ['']],
  [3, 'plural', 'masculine', 'ي', 'plural', ['ون', 'وا']],
  [3, 'plural', 'feminine', 'ي', 'feminine', ['ن']],
  [3, 'dual', 'masculine', 'ي', 'dual', ['ان', 'ا']],
  [3, 'dual', 'feminine', 'ت', 'dual', ['ان', 'ا']],
  [2, 'singular', 'masculine', 'ت', 'citation', ['']],
  [2, 'singular', 'feminine', 'ت', 'plural', ['ين', 'ي']],
  [2, 'plural', 'masculine', 'ت', 'plural', ['ون', 'وا']],
  [2, 'plural', 'feminine', 'ت', 'feminine', ['ن']],
  [2, 'dual', 'common', 'ت', 'dual', ['ان', 'ا']],
  [1, 'singular', 'common', 'ا', 'citation', ['']],
  [1, 'plural', 'common', 'ن', 'citation', ['']]
]

/** Every form of a verb entry: past and present, active and (when given) passive, participles and the listed extras. */
export function conjugate(entry: VerbEntry): VerbForm[] {
  return paradigm(entry).map((cell) => cell.form)
}

/** What picks one form of a paradigm. */
export type InflectionTags = Pick<VerbForm, 'tense' | 'voice' | 'person' | 'number' | 'gender'>

/**
 * The form of `entry` with `tags`, spelled as in news copy, with its clitics
 * (normalized, as `VerbIndex` gives them) attached: قال, past 3rd feminine
 * singular, `و` → `وقالت`. The first form with the tags wins: the indicative
 * over the subjunctive (يقولون، not يقولوا), the participle with its tanween
 * (قائلاً، as the entry spells it). Undefined when the entry has no such form,
 * or the form takes no object pronoun and `enclitic` is one.
 */
export function inflect(entry: VerbEntry, tags: InflectionTags, proclitics: string, enclitic: string): string | undefined {
  const cell = paradigm(entry).find(
    ({form}) =>
      !form.listed &&
      form.tense === tags.tense &&
      form.voice === tags.voice &&
      form.person === tags.person &&
      form.number === tags.number &&
      form.gender === tags.gender
  )
  const stem = enclitic ? cell?.host : cell?.form.form
  if (!cell || stem === undefined) return undefined
  return proclitics + spell(entry, cell.form, stem) + enclitic
}

/**
 * Undoes what normalization folded in a generated form, from the entry's own
 * spelling of the same tense and voice: the citation form as written (قائلاً،
 * يُقال); elsewhere the hamza of its alefs (أفدت), a final ى kept by the stem
 * (تبقى), the hamza of the first person prefix (أقول) and the ة of the feminine
 * participle (قائلةً).
 */
function spell(entry: VerbEntry, form: VerbForm, value: string): string {
  // A cell of a tense and voice exists only when the entry spells that citation form.
  const written = writtenSource(entry, form)!
  const normal = normalize(written)
  if (value === normal) return written
  const letters = [...written].filter((char) => !isIgnorable(char)).join('')
  // Present forms differ from their citation form in the person prefix.
  const from = form.tense === 'present' ? 1 : 0
  let spelled: string
  if (value.length === normal.length && value.slice(from) === normal.slice(from)) spelled = value.slice(0, from) + letters.slice(from)
  else {
    let common = from
    while (common < value.length && value[common] === normal[common]) common++
    spelled = [...value].map((char, at) => (at >= from && at < common && 'أإآ'.includes(letters[at]) ? letters[at] : char)).join('')
  }
  if (form.tense === 'present' && form.person === 1 && form.number === 'singular')
    spelled = (normal[1] === 'ا' ? 'آ' : 'أ') + spelled.slice(1) // آخذ when the prefix merged with the stem's alef
  if (form.tense === 'participle' && form.number === 'singular' && form.gender === 'feminine')
    spelled = `${spelled.slice(0, -1)}ة${normal.endsWith('ا') ? '\u064B' : ''}` // the citation's tanween too: قائلةً
  return spelled
}

/** The entry's own spelling of the citation form for `form`'s tense and voice. */
function writtenSource(entry: VerbEntry, form: VerbForm): string | undefined {
  if (form.tense === 'participle') return entry.participle
  if (form.tense === 'past') return form.voice === 'active' ? entry.lemma : entry.passive
  return form.voice === 'active' ? entry.present : entry.passivePresent
}

function paradigm(entry: VerbEntry): Cell[] {
  const cells = new Cells()
  addPast(cells, pastStems(entry.class, entry.lemma, entry.present, 'active'), 'active')
  addPresent(cells, presentStems(entry.class, entry.present), 'active')
  if (entry.passive) addPast(cells, pastStems(entry.class, entry.passive, entry.present, 'passive'), 'passive')
  if (entry.passivePresent) addPresent(cells, presentStems(entry.class, entry.passivePresent), 'passive')
  if (entry.participle) addParticiples(cells, entry.participle, entry.class)
  for (const extra of entry.forms ?? []) {
    const form = normalize(extra)
    if (!cells.has(form))
      cells.add({form: {form, tense: 'past', voice: 'active', person: 3, number: 'singular', gender: 'masculine', listed: true}, citation: true})
  }
  return cells.list
}

/** Cells in generation order, without repeats of the same form and tags. */
class Cells {
  readonly list: Cell[] = []
  readonly #keys = new Set<string>()
  readonly #forms = new Set<string>()

  add(cell: Cell): void {
    const {form, tense, voice, person, number, gender} = cell.form
    const key = [form, tense, voice, person, number, gender].join(' ')
    if (this.#keys.has(key)) return
    this.#keys.add(key)
    this.#forms.add(form)
    this.list.push(cell)
  }

  has(form: string): boolean {
    return this.#forms.has(form)
  }
}

function addPast(cells: Cells, stems: PastStems, voice: Voice): void {
  for (const [person, number, gender, stem, suffix] of PAST_SLOTS) {
    const form = stem === 'self' ? stems.citation : stems[stem] + suffix
    let host: string | undefined = form
    if (stem === 'self' && stems.maqsura) host = alifHost(form)
    else if (suffix === 'وا') host = form.slice(0, -1) // the plural alef drops: قالوه
    else if (suffix === 'تم') host = `${form}و` // قلتموه
    cells.add({
      form: {form, tense: 'past', voice, person, number, gender},
      host: voice === 'active' ? host : undefined,
      citation: stem === 'self'
    })
  }
}

function addPresent(cells: Cells, stems: PresentStems, voice: Voice): void {
  for (const [person, number, gender, prefix, stem, suffixes] of PRESENT_SLOTS) {
    for (const suffix of suffixes) {
      const form = withPrefix(prefix, stems[stem]) + suffix
      let host: string | undefined = form
      if (stem === 'citation' && stems.maqsura) host = alifHost(form)
      else if (suffix === 'وا') host = form.slice(0, -1)
      cells.add({
        form: {form, tense: 'present', voice, person, number, gender},
        host: voice === 'active' ? host : undefined,
        citation: person === 3 && number === 'singular' && gender === 'masculine'
      })
    }
  }
  if (stems.jussive === undefined) return
  for (const [person, number, gender, prefix, stem] of PRESENT_SLOTS) {
    if (stem !== 'citation') continue
    const form = withPrefix(prefix, stems.jussive)
    cells.add({form: {form, tense: 'present', voice, person, number, gender}, host: voice === 'active' ? form : undefined, citation: false})
  }
}

/**
 * Participles from the masculine singular as given (`مضيفاً`): its bare
 * form, feminine, dual and plural. They take no clitics but و/ف.
 */
function addParticiples(cells: Cells, participle: string, verbClass: VerbClass): void {
  const given = normalize(participle)
  const base = given.endsWith('ا') ? given.slice(0, -1) : given // the alef of tanween
  // Defective participles lose their ي in the plural and the indefinite singular: نافٍ، نافون.
  const short = verbClass === 'defective' && base.endsWith('ي') ? base.slice(0, -1) : base
  const forms: Array<[string, GrammaticalNumber, Gender]> = [
    [given, 'singular', 'masculine'],
    [base, 'singular', 'masculine'],
    [short, 'singular', 'masculine'],
    [`${base}ه`, 'singular', 'feminine'],
    [`${short}ون`, 'plural', 'masculine'],
    [`${short}ين`, 'plural', 'masculine'],
    [`${base}ات`, 'plural', 'feminine'],
    [`${base}ان`, 'dual', 'masculine'],
    [`${base}ين`, 'dual', 'masculine'],
    [`${base}تان`, 'dual', 'feminine'],
    [`${base}تين`, 'dual', 'feminine']
  ]
  for (const [form, number, gender] of forms)
    cells.add({form: {form, tense: 'participle', voice: 'active', person: 3, number, gender}, citation: form === given})
}

/**
 * Past stems of a lemma (or passive), by class:
 * - sound: the lemma everywhere;
 * - hollow: the long vowel drops before consonant suffixes (قال → قل، أفاد → أفد);
 * - doubled: the geminate splits before them (أقر → أقرر);
 * - defective: the weak letter (ي after ى/ي, و after ا) returns before
 *   consonant suffixes and the dual (نفيت، نفيا، دعوت) and drops before وا (نفوا).
 */
function pastStems(verbClass: VerbClass, written: string, present: string, voice: Voice): PastStems {
  const citation = normalize(written)
  switch (verbClass) {
    case 'sound':
      return uniformPast(citation, citation)
    case 'hollow':
      return uniformPast(citation, shorten(citation, written))
    case 'doubled':
      return uniformPast(citation, citation + citation.at(-1))
    case 'defective': {
      const final = lastLetter(written)
      if (!'اىي'.includes(final) || citation.length < 2) throw new Error(`defective verb "${written}" must end in ا، ى or ي`)
      const root = citation.slice(0, -1)
      const weak = final === 'ا' ? 'و' : 'ي'
      // A past in ي keeps it before ت (نُفيت، بقيت) where one in ى drops it (نفت). Passives
      // are always of the first kind; an active in ي is only when its present ends in ى
      // (بقي/يبقى), otherwise it is a ى typed without dots.
      const keepsWeak = voice === 'passive' || (final === 'ي' && lastLetter(present) === 'ى')
      return {
        citation,
        dual: root + weak,
        feminine: keepsWeak ? root + weak : root,
        plural: root,
        consonant: root + weak,
        maqsura: !keepsWeak && weak === 'ي'
      }
    }
  }
}

function uniformPast(citation: string, consonant: string): PastStems {
  return {citation, dual: citation, feminine: citation, plural: citation, consonant, maqsura: false}
}

/**
 * Present stems after the prefix ي, by class: hollow shortens before the
 * feminine ن and in the jussive (يقلن، لم يقل); doubled splits before ن
 * (يقررن); defective drops its final letter before ون and ين (ينفون، تنفين)
 * and in the jussive (لم ينفِ), and spells it ي or و before ان and ن.
 */
function presentStems(verbClass: VerbClass, written: string): PresentStems {
  const whole = normalize(written)
  if (!whole.startsWith('ي') || whole.length < 3) throw new Error(`present "${written}" must start with ي`)
  const citation = whole.slice(1)
  switch (verbClass) {
    case 'sound':
      return {citation, dual: citation, plural: citation, feminine: citation, maqsura: false}
    case 'hollow': {
      const short = shorten(citation, written)
      return {citation, dual: citation, plural: citation, feminine: short, jussive: short, maqsura: false}
    }
    case 'doubled':
      return {citation, dual: citation, plural: citation, feminine: citation + citation.at(-1), maqsura: false}
    case 'defective': {
      const final = lastLetter(written)
      if (!'يوى'.includes(final)) throw new Error(`defective present "${written}" must end in ي، و or ى`)
      const root = citation.slice(0, -1)
      const weak = final === 'و' ? 'و' : 'ي'
      return {citation, dual: root + weak, plural: root, feminine: root + weak, jussive: root, maqsura: final === 'ى'}
    }
  }
}

/** A hollow stem without its middle long vowel: قال → قل، يقول → يقل. */
function shorten(stem: string, written: string): string {
  if (stem.length < 3 || !'اوي'.includes(stem[stem.length - 2]))
    throw new Error(`hollow verb "${written}" has no long vowel before its last letter`)
  return stem.slice(0, -2) + stem.at(-1)
}

/** The first person prefix أ merges with a stem's own initial alef: آخذ, not أأخذ. */
function withPrefix(prefix: string, stem: string): string {
  return prefix === 'ا' && stem.startsWith('ا') ? stem : prefix + stem
}

/** A form ending in ى before a pronoun: نفى → نفا(ه); رأى → را(ه), its hamza and alef merged in آ. */
function alifHost(form: string): string {
  const root = form.slice(0, -1)
  return root.endsWith('ا') ? root : `${root}ا`
}

/** The last letter as written, before normalization folds ى into ي. */
function lastLetter(written: string): string {
  for (let at = written.length - 1; at >= 0; at--) if (!isIgnorable(written[at])) return written[at]
  return ''
}

interface Candidate {
  entry: VerbEntry
  form: VerbForm
  /** Matches the word as it stands. */
  alone: boolean
  /** Matches with an object pronoun after it. */
  hosts: boolean
  citation: boolean
  /** Generation order, the last tie-breaker. */
  order: number
}

const ANY_TENSE: ReadonlySet<Tense> = new Set(['past', 'present', 'participle'])
const PRESENT_ONLY: ReadonlySet<Tense> = new Set(['present'])
/** Proclitics a verb can carry, with the tenses they go with: ل of purpose and future س need a present. */
const VERB_PROCLITICS = new Map<string, ReadonlySet<Tense>>([
  ['', ANY_TENSE],
  ['و', ANY_TENSE],
  ['ف', ANY_TENSE],
  ['ل', PRESENT_ONLY],
  ['ول', PRESENT_ONLY],
  ['فل', PRESENT_ONLY],
  ['س', PRESENT_ONLY],
  ['وس', PRESENT_ONLY],
  ['فس', PRESENT_ONLY]
])
/** Verbs take ني for "me"; a bare ي suffix is possessive (a noun) or part of the verb. */
const NOT_VERB_ENCLITIC = 'ي'
/** Third person first (news is told in it), then first (quotes), then second. */
const PERSON_RANK: Record<Person, number> = {3: 0, 1: 1, 2: 2}

/** Recognises inflected reporting verbs, with their clitics, in surface tokens. */
export class VerbIndex {
  readonly #forms = new Map<string, Candidate[]>()

  constructor(entries: readonly VerbEntry[]) {
    let order = 0
    for (const entry of entries) {
      for (const {form, host, citation} of paradigm(entry)) {
        this.#add(form.form, {entry, form, alone: true, hosts: host === form.form, citation, order})
        if (host !== undefined && host !== form.form) this.#add(host, {entry, form, alone: false, hosts: true, citation, order})
        order++
      }
    }
  }

  /**
   * The likeliest verb reading of an original token, or `undefined`. Among
   * readings it prefers no pronoun, then fewer proclitics, then a citation
   * form of the entry, then third person, then lexicon order.
   */
  lookup(word: string): VerbMatch | undefined {
    const normal = normalize(word)
    let best: {candidate: Candidate; proclitics: string; stem: string; enclitic: string} | undefined
    let bestRank = Infinity
    for (const {proclitics, stem, enclitic} of segment(normal)) {
      const tenses = VERB_PROCLITICS.get(proclitics)
      if (!tenses || enclitic === NOT_VERB_ENCLITIC) continue
      for (const candidate of this.#forms.get(stem) ?? []) {
        if (!tenses.has(candidate.form.tense) || !(enclitic ? candidate.hosts : candidate.alone)) continue
        const rank =
          (((enclitic ? 1 : 0) * 4 + proclitics.length) * 2 + (candidate.citation ? 0 : 1)) * 3 + PERSON_RANK[candidate.form.person]
        if (rank < bestRank || (rank === bestRank && best && candidate.order < best.candidate.order)) {
          best = {candidate, proclitics, stem, enclitic}
          bestRank = rank
        }
      }
    }
    if (!best) return undefined
    const {candidate, proclitics, stem, enclitic} = best
    return {
      entry: candidate.entry,
      form: candidate.form,
      proclitics,
      enclitic,
      ambiguous: AMBIGUOUS.has(stem) || AMBIGUOUS.has(normal.slice(proclitics.length))
    }
  }

  #add(key: string, candidate: Candidate): void {
    const list = this.#forms.get(key)
    if (list) list.push(candidate)
    else this.#forms.set(key, [candidate])
  }
}
