/**
 * Attribution records: what isnad knows about each reporting event of a draft.
 * They live on `file.data.attributions` and conform to
 * `schemas/attribution.schema.json`. Offsets are UTF-16 code units into the
 * original text; `end` is exclusive.
 */
import type {Stance} from '../lexicon/types.js'

export type SourceType = 'person' | 'role' | 'organization' | 'outlet' | 'anonymous' | 'vague' | 'implicit'

/** The types that name who is speaking. */
export const NAMED_TYPES: ReadonlySet<SourceType> = new Set(['person', 'role', 'organization', 'outlet'])

export interface Span {
  /** What the original text holds from `start` to `end`, Markdown markup included. */
  text: string
  start: number
  end: number
}

/**
 * - `verb`: a reporting verb (`قال`، `وأفادت`، `يُقال`)
 * - `continuation`: a participle carrying the speaker forward (`مضيفاً`)
 * - `nominal`: a prepositional cue (`بحسب`، `وفقاً`، `نقلاً عن`)
 * - `vague`: a phrase that reports without a source (`ترددت أنباء`)
 * - `headline`: the colon of a headline `X: claim`
 */
export type CueKind = 'verb' | 'continuation' | 'nominal' | 'vague' | 'headline'

export interface Cue extends Span {
  kind: CueKind
  /** Citation form of the verb behind the cue (`قال` for `وقالت`), when there is one. */
  lemma: string | null
  stance: Stance | null
  /** Passive voice (`قيل`، `يُعتقد`): the speaker is withheld. */
  passive: boolean
  /** How the verb is inflected and what clitics it carries, for fixes that keep the form (`وزعمت` → `وقالت`). */
  inflection: Inflection | null
}

export interface Inflection {
  tense: 'past' | 'present' | 'participle'
  voice: 'active' | 'passive'
  person: 1 | 2 | 3
  number: 'singular' | 'dual' | 'plural'
  gender: 'masculine' | 'feminine' | 'common'
  /** Proclitics as written before the stem (`و`، `فس`), normalized. */
  proclitics: string
  /** Object pronoun after the verb (`ه`، `ها`), normalized. */
  enclitic: string
}

export interface Source extends Span {
  type: Exclude<SourceType, 'implicit'>
  /** The head noun of an unnamed description (`مسؤول`، `مصادر`), normalized. */
  head: string | null
  /** Words describing an unnamed source beyond its head (`أوكراني رفيع`): 0 means bare. */
  descriptors: number
  plural: boolean
}

export interface Via extends Span {
  type: 'outlet' | 'organization'
  /** False when the carrier is not identified (`نقلت وسائل إعلام`، `ذكرت صحف محلية`). */
  named: boolean
}

export type Mode = 'direct' | 'indirect' | 'according-to' | 'mixed'

export interface Attribution {
  /** Unique within the file: `a1`, `a2`, … in text order. */
  id: string
  cue: Cue
  /** The words naming the speaker; null when there are none (implicit or a bare passive). */
  source: Source | null
  /** The effective type: the source's, or `implicit` / `vague` when there are no source words. */
  type: SourceType
  /** For an implicit source, the id of the attribution whose speaker carries over. */
  ref: string | null
  /** Outlets that carried the statement, nearest first. */
  via: Via[]
  mode: Mode
  /** The draft says why the (anonymous) source is not named. */
  anonymityReason: boolean
  /** The reason phrase, when one was found, and whether it is newsroom boilerplate. */
  reason: (Span & {boilerplate: boolean}) | null
  /** What was said. */
  claim: {start: number; end: number} | null
  /** Zero-based paragraph and sentence (within the document) of the cue. */
  paragraph: number
  sentence: number
}
