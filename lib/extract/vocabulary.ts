/**
 * The lexicons compiled into lookup tables, once per lexicon: phrases keyed by
 * their first normalized word, longest first, and the verb index of the
 * morphology. Every lookup reads original tokens and strips clitics itself.
 */
import type {
  AnonymityNounEntry,
  HeadNounEntry,
  Lexicon,
  NominalCueEntry,
  OrganizationEntry,
  OutletEntry,
  ReasonEntry,
  TitleEntry,
  VagueCueEntry
} from '../lexicon/types.js'
import {VerbIndex, type VerbMatch} from '../morphology/index.js'
import {WRITER_FORMULAS} from './grammar.js'
import {normalize} from '../text/normalize.js'

interface Phrase<Value> {
  words: string[]
  value: Value
}

export interface PhraseMatch<Value> {
  value: Value
  /** Number of words consumed. */
  length: number
  /** Letters of proclitics on the first word (`ل` of `لصحيفة`), in the normalized form. */
  prefix: string
}

/** Readings of a noun with its proclitics removed: `والوزارة` → `الوزاره`; `للرئيس` → `الرئيس`. */
export function nounReadings(word: string): Array<{stem: string; prefix: string}> {
  const readings: Array<{stem: string; prefix: string}> = []
  eachNounReading(word, (stem, prefix) => readings.push({stem, prefix}))
  return readings
}

/** Calls `visit` with each reading of `nounReadings`, the word itself first, without building the list. */
function eachNounReading(word: string, visit: (stem: string, prefix: string) => void): void {
  visit(word, '')
  let rest = word
  let prefix = ''
  if (rest.length > 2 && (rest[0] === 'و' || rest[0] === 'ف')) {
    prefix += rest[0]
    rest = rest.slice(1)
    visit(rest, prefix)
  }
  if (rest.length > 2 && (rest[0] === 'ب' || rest[0] === 'ل' || rest[0] === 'ك')) {
    // `لل` is lam + the article with its alef dropped: `للرئيس` reads `الرئيس`.
    if (rest[0] === 'ل' && rest[1] === 'ل') visit(`ا${rest.slice(1)}`, `${prefix}ل`)
    else visit(rest.slice(1), `${prefix}${rest[0]}`)
  }
}

/** Without the definite article, for comparing `المسؤول` with `مسؤول`. */
export function indefinite(word: string): string {
  return word.length > 3 && word.startsWith('ال') ? word.slice(2) : word
}

/**
 * Which proclitics the first word of a phrase may carry: any a noun takes
 * (`لصحيفة`، `وبالوزارة`), only the conjunction `و` (`وبحسب`, but not `فحسب`
 * "only"), or none.
 */
export type Prefixes = 'noun' | 'conjunction' | 'none'

export class PhraseTable<Value> {
  private readonly byFirst = new Map<string, Array<Phrase<Value>>>()

  add(text: string, value: Value): void {
    const words = normalize(text)
      .replace(/[«»"“”()]/g, ' ')
      .split(/\s+/)
      .filter(Boolean)
    if (words.length === 0) return
    const list = this.byFirst.get(words[0]) ?? []
    list.push({words, value})
    list.sort((a, b) => b.words.length - a.words.length)
    this.byFirst.set(words[0], list)
  }

  /**
   * The longest phrase starting at `words[from]`, its first word carrying the
   * allowed `prefixes`; `gapAt(i)` says whether punctuation other
   * than quotes separates word i from the one before it (a phrase never spans it).
   */
  match(words: readonly string[], from: number, prefixes: Prefixes, gapAt?: (index: number) => boolean): PhraseMatch<Value> | undefined {
    // This runs for every word of a draft: the readings are tried as they come, not listed first.
    const word = words[from]
    let best: PhraseMatch<Value> | undefined
    const consider = (stem: string, prefix: string) => {
      best = this.longest(stem, prefix, words, from, gapAt, best)
    }
    if (prefixes === 'noun') eachNounReading(word, consider)
    else {
      consider(word, '')
      if (prefixes === 'conjunction' && word.length > 3 && word[0] === 'و') consider(word.slice(1), 'و')
    }
    return best
  }

  /** The longest phrase whose first word is `stem` and that fits at `from`, if longer than `best`. */
  private longest(
    stem: string,
    prefix: string,
    words: readonly string[],
    from: number,
    gapAt: ((index: number) => boolean) | undefined,
    best: PhraseMatch<Value> | undefined
  ): PhraseMatch<Value> | undefined {
    const phrases = this.byFirst.get(stem)
    if (!phrases) return best
    for (const phrase of phrases) {
      if (best && best.length >= phrase.words.length) break
      if (fits(phrase.words, words, from, gapAt)) return {value: phrase.value, length: phrase.words.length, prefix}
    }
    return best
  }
}

function fits(phrase: string[], words: readonly string[], from: number, gapAt?: (index: number) => boolean): boolean {
  if (from + phrase.length > words.length) return false
  for (let offset = 1; offset < phrase.length; offset++) {
    if (words[from + offset] !== phrase[offset]) return false
    if (gapAt?.(from + offset)) return false
  }
  return true
}

export interface AnonymityNoun {
  entry: AnonymityNounEntry
  plural: boolean
}

export type Entity = {type: 'outlet'; entry: OutletEntry} | {type: 'organization'; entry: OrganizationEntry}

/**
 * Verb lookups remembered by spelling: a draft repeats a few thousand
 * distinct words many times over. The memory is bounded: past `limit`
 * spellings it starts afresh.
 */
export class RememberedVerbs {
  /** `null` remembers a word that is no verb, so one `get` answers both cases. */
  private readonly seen = new Map<string, VerbMatch | null>()

  constructor(
    private readonly index: VerbIndex,
    private readonly limit = 100_000
  ) {}

  lookup(word: string): VerbMatch | undefined {
    const known = this.seen.get(word)
    if (known !== undefined) return known ?? undefined
    if (this.seen.size >= this.limit) this.seen.clear()
    const match = this.index.lookup(word)
    this.seen.set(word, match ?? null)
    return match
  }
}

export interface Vocabulary {
  verbs: RememberedVerbs
  /** Writer's formulas that report nobody (`يُذكر أن`). */
  formulas: PhraseTable<string>
  entities: PhraseTable<Entity>
  heads: PhraseTable<HeadNounEntry>
  titles: PhraseTable<TitleEntry>
  anonymityNouns: Map<string, AnonymityNoun>
  nominalCues: PhraseTable<NominalCueEntry & {fusedLam: boolean}>
  vagueCues: PhraseTable<VagueCueEntry>
  reasons: PhraseTable<ReasonEntry>
  names: Set<string>
}

const compiled = new WeakMap<Lexicon, Vocabulary>()

/** The lookup tables of a lexicon, built on first use and kept for the lexicon's lifetime. */
export function vocabularyOf(lexicon: Lexicon): Vocabulary {
  let vocabulary = compiled.get(lexicon)
  if (!vocabulary) {
    vocabulary = compile(lexicon)
    compiled.set(lexicon, vocabulary)
  }
  return vocabulary
}

function compile(lexicon: Lexicon): Vocabulary {
  const entities = new PhraseTable<Entity>()
  for (const entry of lexicon.outlets) for (const name of [entry.name, ...(entry.aliases ?? [])]) entities.add(name, {type: 'outlet', entry})
  for (const entry of lexicon.organizations)
    for (const name of [entry.name, ...(entry.aliases ?? [])]) entities.add(name, {type: 'organization', entry})

  const heads = new PhraseTable<HeadNounEntry>()
  for (const entry of lexicon.headNouns) for (const form of [entry.text, ...(entry.forms ?? [])]) heads.add(form, entry)

  const titles = new PhraseTable<TitleEntry>()
  for (const entry of lexicon.titles) {
    titles.add(entry.text, entry)
    // Titles are written definite; an indefinite use (`وزير سابق`) has the same head.
    const bare = indefinite(normalize(entry.text.split(/\s+/)[0]))
    if (bare !== normalize(entry.text.split(/\s+/)[0])) titles.add([bare, ...entry.text.split(/\s+/).slice(1)].join(' '), entry)
  }

  const anonymityNouns = new Map<string, AnonymityNoun>()
  for (const entry of lexicon.anonymityNouns) {
    const put = (text: string, plural: boolean) => {
      const key = indefinite(normalize(text))
      if (!anonymityNouns.has(key)) anonymityNouns.set(key, {entry, plural})
    }
    if (!entry.pluralOnly) put(entry.singular, false)
    for (const form of entry.feminine ?? []) put(form, false)
    for (const form of entry.plural ?? []) put(form, true)
  }

  const nominalCues = new PhraseTable<NominalCueEntry & {fusedLam: boolean}>()
  for (const entry of lexicon.nominalCues) {
    // A final `لـ` stands for a lam fused to the next word (`وفقاً لصحيفة`).
    const fusedLam = /\sلـ?$/.test(entry.text)
    nominalCues.add(fusedLam ? entry.text.replace(/\sلـ?$/, '') : entry.text, {...entry, fusedLam})
  }

  const vagueCues = new PhraseTable<VagueCueEntry>()
  for (const entry of lexicon.vagueCues) vagueCues.add(entry.text, entry)

  const reasons = new PhraseTable<ReasonEntry>()
  for (const entry of lexicon.anonymityReasons) reasons.add(entry.text, entry)

  const names = new Set(lexicon.names.map((entry) => normalize(entry.text)))

  const formulas = new PhraseTable<string>()
  for (const formula of WRITER_FORMULAS) formulas.add(formula, formula)

  return {verbs: new RememberedVerbs(new VerbIndex(lexicon.verbs)), formulas, entities, heads, titles, anonymityNouns, nominalCues, vagueCues, reasons, names}
}
