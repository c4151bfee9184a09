/**
 * Shapes of isnad's vocabularies. Each lexicon is one JSON file in `lexicons/`,
 * validated against `schemas/lexicon.schema.json`; a newsroom extends them
 * through config with entries of the same shapes.
 *
 * Arabic text in entries is written as it is spelled in news copy (hamza and
 * tanween allowed); matching always goes through `normalize`, so `وفقاً` and
 * `وفقا` are the same entry.
 */

/** How a reporting verb colours the claim it introduces. */
export type Stance =
  | 'neutral' // قال، أفاد، ذكر
  | 'assertive' // أكد، شدد
  | 'explanatory' // أوضح، بيّن
  | 'additive' // أضاف، تابع: carries the previous speaker forward
  | 'loaded' // زعم، ادعى: casts doubt on the claim
  | 'admission' // أقر، اعترف: presents the claim as a confession
  | 'denial' // نفى
  | 'disclosure' // كشف، أفصح
  | 'warning' // حذر
  | 'opinion' // رأى، اعتبر
  | 'prediction' // توقع، رجح
  | 'announcement' // أعلن

/**
 * Conjugation class, which decides how stems change with person and number.
 * - sound: أكد/يؤكد (stem unchanged)
 * - hollow: قال/يقول, أفاد/يفيد (long vowel drops before consonant suffixes: قلت، أفدت، يقلن)
 * - defective: نفى/ينفي, روى/يروي, دعا/يدعو (final weak letter: نفت، نفوا، نفيت، ينفون)
 * - doubled: أقر/يقر, رد/يرد (geminate splits before consonant suffixes: أقررت، رددن)
 */
export type VerbClass = 'sound' | 'hollow' | 'defective' | 'doubled'

export interface VerbEntry {
  /** Past, third person masculine singular, the citation form: `قال`، `أفاد`. */
  lemma: string
  /** Present, third person masculine singular: `يقول`، `يفيد`. */
  present: string
  class: VerbClass
  stance: Stance
  /** Passive past, third person masculine singular (`قيل`، `أُفيد`); omit when the verb has no reporting passive. */
  passive?: string
  /** Passive present, third person masculine singular (`يُقال`، `يُفاد`). */
  passivePresent?: string
  /**
   * Active participle used as a continuation (`مضيفاً` for `أضاف`), masculine
   * singular with its tanween; feminine and plural forms are derived.
   */
  participle?: string
  /** The neutral verb an editor would use instead (`قال` for `زعم`); used for fixes. */
  neutral?: string
  /** Reports only with a claim clause after it: its plain object is a feeling (`أعرب عن أسفه`، `أبدى ارتياحه`). */
  claimOnly?: true
  /** Extra surface forms the generator cannot derive (irregular spellings). */
  forms?: string[]
  /** A short English gloss, for docs and hover. */
  gloss?: string
}

export type NominalMode = 'according-to'

export interface NominalCueEntry {
  /**
   * The cue as written; a final `لـ` means the next word carries a fused lam
   * (`وفقاً لـ` matches `وفقاً لصحيفة`), `ما` is literal (`بحسب ما`).
   */
  text: string
  /**
   * What follows: `source` (بحسب X), `statement` (في بيان لـ X: X is the body
   * that issued it), `report` (حسب تقرير X).
   */
  takes: 'source' | 'statement' | 'report'
  gloss?: string
}

export interface VagueCueEntry {
  /** A phrase that reports without a source: `ترددت أنباء`، `يرى مراقبون`، `أفادت تقارير`. */
  text: string
  gloss?: string
}

/** A head noun that describes a source without naming it. */
export interface AnonymityNounEntry {
  /** Singular indefinite: `مسؤول`، `مصدر`، `دبلوماسي`. */
  singular: string
  /** Plural forms: `مسؤولون`، `مسؤولين`، `مصادر`. */
  plural?: string[]
  /** Feminine forms where they occur: `مسؤولة`. */
  feminine?: string[]
  /**
   * `vague` when the bare noun, with no affiliation after it, gives no
   * identifiable source at all (`مصادر`، `خبراء`، `مراقبون`); otherwise `anonymous`.
   */
  bare: 'anonymous' | 'vague'
  /** Only the plural describes an unnamed source (`تقارير`); the singular names one document of a body and is a head noun (`تقرير`). */
  pluralOnly?: boolean
  gloss?: string
}

/** A title or position that, followed by a name, makes a person and, definite and alone, a role. */
export interface TitleEntry {
  /** As written, usually definite: `الرئيس`، `وزير الخارجية`، `المتحدث باسم`. */
  text: string
  /** Whether a bare definite title picks out one holder (`الرئيس` yes, `المسؤول` no). */
  unique: boolean
  gloss?: string
}

export type OutletKind = 'agency' | 'newspaper' | 'channel' | 'radio' | 'website' | 'magazine' | 'network'

export interface OutletEntry {
  /** The outlet's usual Arabic name: `رويترز`، `وكالة الأنباء السعودية`. */
  name: string
  /** Other spellings and short forms: `واس`، `رويتر`، `AFP`. */
  aliases?: string[]
  kind: OutletKind
  /** Country code or `intl`. */
  country?: string
}

export type OrganizationKind =
  | 'government'
  | 'ministry'
  | 'military'
  | 'security'
  | 'international'
  | 'party'
  | 'company'
  | 'court'
  | 'ngo'
  | 'armed-group'
  | 'other'

export interface OrganizationEntry {
  name: string
  aliases?: string[]
  kind: OrganizationKind
  country?: string
}

/**
 * A generic head noun that opens the name of an outlet or organization:
 * `وكالة`، `صحيفة`، `قناة` (outlet) or `وزارة`، `حركة`، `منظمة` (organization).
 */
export interface HeadNounEntry {
  text: string
  /** Plural or other forms: `وزارات`، `صحف`. */
  forms?: string[]
  type: 'outlet' | 'organization'
}

export interface ReasonEntry {
  /** A phrase that states why a source is not named: `طلب عدم الكشف عن هويته`. */
  text: string
  /** True when it is newsroom boilerplate that explains nothing (`لأنه غير مخول بالحديث`). */
  boilerplate: boolean
}

export interface NameEntry {
  /** A given name or a family name as spelled in Arabic news: `محمد`، `جو`، `بايدن`. */
  text: string
  kind: 'given' | 'family'
}

/**
 * What makes a sentence a claim that needs a source:
 * - intention: a plan or intention (`تعتزم`، `تدرس`، `تسعى`)
 * - estimate: an estimate or expectation (`من المتوقع`، `قرابة`)
 * - figure: a number in words (`آلاف`، `مليار`)
 */
export type ClaimMarkerKind = 'intention' | 'estimate' | 'figure'

export interface ClaimMarkerEntry {
  /**
   * A surface form as written, without the clitics matching strips (و/ف,
   * the future س, a preposition, the article): `تعتزم`، `يعتزمون`، `من المتوقع`.
   */
  text: string
  kind: ClaimMarkerKind
  gloss?: string
}

/** One lexicon file. `kind` says which entries it holds. */
export type LexiconFile =
  | {kind: 'verbs'; entries: VerbEntry[]}
  | {kind: 'nominal-cues'; entries: NominalCueEntry[]}
  | {kind: 'vague-cues'; entries: VagueCueEntry[]}
  | {kind: 'anonymity-nouns'; entries: AnonymityNounEntry[]}
  | {kind: 'titles'; entries: TitleEntry[]}
  | {kind: 'outlets'; entries: OutletEntry[]}
  | {kind: 'organizations'; entries: OrganizationEntry[]}
  | {kind: 'head-nouns'; entries: HeadNounEntry[]}
  | {kind: 'anonymity-reasons'; entries: ReasonEntry[]}
  | {kind: 'names'; entries: NameEntry[]}
  | {kind: 'claim-markers'; entries: ClaimMarkerEntry[]}

/** Every vocabulary isnad reads, merged from the bundled files and config. */
export interface Lexicon {
  verbs: VerbEntry[]
  nominalCues: NominalCueEntry[]
  vagueCues: VagueCueEntry[]
  anonymityNouns: AnonymityNounEntry[]
  titles: TitleEntry[]
  outlets: OutletEntry[]
  organizations: OrganizationEntry[]
  headNouns: HeadNounEntry[]
  anonymityReasons: ReasonEntry[]
  names: NameEntry[]
  claimMarkers: ClaimMarkerEntry[]
}
