/**
 * Reading a source noun phrase from a sentence and deciding what kind of
 * source it is: a named person, a role, an organization, an outlet, or an
 * unnamed (anonymous or vague) description.
 */
import type {SourceType} from './types.js'
import type {Vocabulary} from './vocabulary.js'
import {indefinite, nounReadings} from './vocabulary.js'
import type {Words} from './sentence.js'
import {ADDRESSEES, AFFILIATION_PREPOSITIONS, COMPLEMENTIZERS, OCCASION_NOUNS, QUANTIFIERS, SOURCE_STOPS} from './grammar.js'
import {normalize, originalOffset} from '../text/normalize.js'

/** A source noun phrase: words `[from, to)` of a sentence. */
export interface Phrase {
  from: number
  to: number
  /** Normalized letters of a preposition fused to the first word and left out of the span (`ل` of `لصحيفة`). */
  skip: string
  /** How the first word reads without a lam fused to its article, which stays in the span (`للمسؤول` reads `المسؤول`). */
  reading?: string
}

export interface Classified {
  type: Exclude<SourceType, 'implicit'>
  head: string | null
  descriptors: number
  plural: boolean
  /** Whether the decision rests on the lexicons rather than on the fallback "unknown words are a name". */
  known: boolean
}

/** A definite description resolved against earlier sources of the same document. */
export interface EarlierSource {
  type: Exclude<SourceType, 'implicit'>
  head: string | null
  /** Normalized words of the source, without the article. */
  words: string[]
}

const MAX_PHRASE_WORDS = 16

/** A word ending in a possessive pronoun (`قوله`، `تصريحاتها`), told from ta marbuta by the original spelling. */
const POSSESSED = /\S(ه|ها|هم|هما)[\u064B-\u065F\u0640]*$/

/** A preposition carrying a pronoun (`له`، `لهم`، `فيه`، `عليها`): never a source. */
const PREPOSITIONAL_PRONOUN = /^(?:ل|ب|في|علي|الي|من|عن|مع|عند|لدي)(?:ه|ها|هم|هما|هن|ي|نا|ك|كم)$/

/**
 * Nisba adjectives (`أوكراني`، `أمنية`، `عسكريون`) give an unnamed source an
 * affiliation. Normalized, `-ية` and a name's `-يه` (`دوبوييه`) look alike:
 * given the word as written, a final `ه` is not the feminine ending (`دوبوييه`).
 */
export function isNisba(word: string, written?: string): boolean {
  const bare = indefinite(word)
  if (written !== undefined && bare.endsWith('يه') && /ه[\u064B-\u065F\u0640]*$/.test(written)) return false
  return bare.length >= 4 && /(?:ي|يه|يون|يين|يان|يتان|يات)$/.test(bare)
}

/** A word written in digits. */
const FIGURE = /^[0-9٠-٩۰-۹]/

/** Demonstratives, which point back to people or things already in the text. */
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['هؤلاء', 'هذا', 'هذه', 'ذلك', 'تلك', 'اولئك', 'هذان', 'هاتان'])

/** Words after a description that introduce the name of the person it describes (`أحد السكان، ويدعى …`). */
const NAMING_WORDS: ReadonlySet<string> = new Set(['يدعي', 'ويدعي', 'يسمي', 'ويسمي', 'اسمه', 'واسمه', 'اسمها', 'واسمها'])

/** A singular noun carrying a possessive pronoun (`والده`، `شقيقها`): the stem without the pronoun, as written. */
function possessedStem(written: string, norm: string): string | null {
  const match = POSSESSED.exec(written)
  if (!match) return null
  return norm.slice(0, norm.length - normalize(match[1]).length)
}

/**
 * Where a source noun phrase starting at word `from` ends. It stops at
 * punctuation, complementizers, prepositions that open an adverbial, relative
 * pronouns and a new coordinated clause; an unnamed head may take an
 * affiliation (`مصدر في الوزارة`، `مسؤول بوزارة الداخلية`).
 */
export function readPhrase(words: Words, from: number, vocabulary: Vocabulary): number {
  const norms = words.norms
  let to = from
  let unnamedHead = false
  while (to < words.length && to - from < MAX_PHRASE_WORDS) {
    const word = norms[to]
    const item = words.list[to]
    // `موقع «بي سي ماغازين»`: a name in quotes right after the head noun of a medium or body is read whole.
    if (to === from + 1 && vocabulary.heads.match(norms, from, 'none')?.length === 1) {
      const nameEnd = quotedNameEnd(words, to)
      if (nameEnd > to) {
        to = nameEnd
        continue
      }
    }
    if (to > from && (item.broken || (item.quoteBefore && !closesSoon(words, to)))) break
    if (COMPLEMENTIZERS.has(word) || ADDRESSEES.has(word) || PREPOSITIONAL_PRONOUN.test(word) || word === 'ل') break
    // `قال اللاعب لبرنامج X`: a medium after a lam is whom the speaker spoke to, not part of the speaker.
    if (to > from && isVia(word, vocabulary)) break
    // `مسؤول طلب عدم الكشف عن هويته`: the reason for anonymity is not part of the source.
    if (vocabulary.reasons.match(norms, to, 'conjunction')) break
    // `القنصل السعودي في مدينة جدة عبدالله سالم`: a title, where it is held, then the holder's name.
    if (word === 'في' && to > from && vocabulary.titles.match(norms, from, 'none')) {
      const named = postThenName(words, to, vocabulary)
      if (named > to) return named
    }
    if (SOURCE_STOPS.has(word) && !isGivenName(words, from, to, vocabulary) && !(to === from && QUANTIFIERS.has(word)) && !(to > from && AFFILIATION_PREPOSITIONS.has(word))) break
    // A known title or name is read whole: `المتحدث باسم`، `وكالة الأنباء السعودية`، `وسام`.
    const known = vocabulary.titles.match(norms, to, 'none') ?? vocabulary.entities.match(norms, to, 'none')
    if (known && known.length > 1) {
      to += known.length
      continue
    }
    // A named body takes no genitive: a lam after it opens a purpose (`قالت الشركة X لبيع …`), not part of its name.
    if (to > from && word.length > 2 && word[0] === 'ل' && vocabulary.entities.match(norms, from, 'none')?.length === to - from) break
    if (vocabulary.names.has(word)) {
      to++
      continue
    }
    if (to > from && endsPhrase(words, to, unnamedHead, vocabulary)) break
    // Only the head (the first word, or the one after a quantifier) makes the phrase an unnamed description.
    const atHead = to === from || (to === from + 1 && QUANTIFIERS.has(norms[from])) || (to === from + 2 && norms[from + 1] === 'من')
    // A figure heads a share of a group (`45 % من المشاركين`), which takes its group like an unnamed head.
    const figure = to === from && FIGURE.test(word)
    if (atHead && (figure || vocabulary.anonymityNouns.has(indefinite(word)) || QUANTIFIERS.has(word) || unnamedBodies(norms, to, vocabulary))) unnamedHead = true
    to++
  }
  return to
}

/** How many words a quoted name may take. */
const MAX_QUOTED_NAME_WORDS = 5

/**
 * The end of a name in quotes that opens at word `at` (`«بي سي ماغازين»`),
 * or `at` when none opens there. Its words are a name, whatever else they
 * spell (`بي` "in me").
 */
function quotedNameEnd(words: Words, at: number): number {
  if (!words.list[at].quoteBefore) return at
  for (let end = at; end < Math.min(words.length, at + MAX_QUOTED_NAME_WORDS); end++) {
    if (end > at && words.list[end].broken) return at
    if (words.list[end].quoteAfter) return end + 1
  }
  return at
}

/** How many words the place of a title and the holder's name after it may take (`في جبهة قاعدة العند الجوية العميد محمد طماح`). */
const POST_AND_NAME_WORDS = 9

/**
 * After a title, `في` and the place where it is held may be followed by the
 * holder's name, which ends the subject: the words up to the claim (a
 * complementizer or punctuation) must hold a given name the lexicons know,
 * after at least one word of the place, and no verb. Returns the end of the
 * subject, or `at` when the `في` phrase is an adverbial (`في مؤتمر صحافي`).
 */
function postThenName(words: Words, at: number, vocabulary: Vocabulary): number {
  if (at + 1 >= words.length || words.list[at + 1].broken || isOccasion(words.norms[at + 1])) return at
  let named = false
  let end = at + 1
  for (; end < words.length && end <= at + POST_AND_NAME_WORDS; end++) {
    const item = words.list[end]
    if (end > at + 1 && item.broken) break
    const word = words.norms[end]
    if (COMPLEMENTIZERS.has(word)) break
    // A verb, or another preposition or particle (`في لقائه مع محمد`), makes the stretch an adverbial.
    if (vocabulary.verbs.lookup(item.token.text) || (SOURCE_STOPS.has(word) && !vocabulary.names.has(word))) return at
    if (end > at + 1 && vocabulary.names.has(word) && !isNisba(word)) named = true
  }
  const closed = end >= words.length || words.list[end].broken || COMPLEMENTIZERS.has(words.norms[end])
  return named && closed ? end : at
}

/**
 * `علي` is the preposition `على` or the given name `علي`: it is the name when
 * one indefinite word follows it and then the phrase ends (`أحد أعيان القرية علي منصور،`),
 * where the preposition would take a longer object (`على هامش المؤتمر`).
 */
function isGivenName(words: Words, from: number, at: number, vocabulary: Vocabulary): boolean {
  const next = words.norms[at + 1]
  if (at === from || !vocabulary.names.has(words.norms[at]) || next === undefined || words.list[at + 1].broken) return false
  if (next.startsWith('ال') || SOURCE_STOPS.has(next) || DEMONSTRATIVES.has(next) || POSSESSED.test(words.list[at + 1].token.text)) return false
  return at + 2 >= words.length || words.list[at + 2].broken || COMPLEMENTIZERS.has(words.norms[at + 2])
}

/** Whether word `at`, inside a phrase, starts something else: an adverbial, a new clause, an addressee. */
function endsPhrase(words: Words, at: number, unnamedHead: boolean, vocabulary: Vocabulary): boolean {
  const word = words.norms[at]
  if (AFFILIATION_PREPOSITIONS.has(word)) {
    // `مصدر في الوزارة` (affiliation) but not `مسؤول في مؤتمر صحافي` (occasion).
    return !unnamedHead || at + 1 >= words.length || isOccasion(words.norms[at + 1]) || words.list[at + 1].broken
  }
  if (word.length > 2 && word[0] === 'و' && !words.list[at].token.quoted) return !continuesCoordination(word.slice(1), vocabulary)
  // `باسم` (on behalf of) attaches the body a title speaks for: `الناطق الإعلامي باسم الوزارة`.
  if (word === 'باسم') return false
  // A fused `ب` opens an adverbial (`بالقرب`، `بشكل`) unless it attaches an affiliation.
  if (word.length > 3 && word[0] === 'ب' && !unnamedHead) return !isAffiliation(word.slice(1), vocabulary)
  if (word.length > 2 && word[0] === 'ل' && isVia(word, vocabulary)) return true
  // A possessed noun before the claim (`عن دبلوماسي غربي قوله إن`) is what the source said, not part of it.
  if (unnamedHead && POSSESSED.test(words.list[at].token.text) && COMPLEMENTIZERS.has(words.norms[at + 1] ?? '')) return true
  // A participle (`مؤكداً`) or a reporting verb (`مصاب ثالث أشارت مصادر`) opens the next clause;
  // with a pronoun attached the letters are as often a noun (`نفى علمه`).
  const verb = vocabulary.verbs.lookup(words.list[at].token.text)
  return verb !== undefined && (verb.form.tense === 'participle' || (!verb.ambiguous && !verb.enclitic))
}

/** An occasion noun, bare or with a possessive pronoun (`تصريح`، `حديثه`، `تصريحاتها`). */
export function isOccasion(word: string): boolean {
  return OCCASION_NOUNS.has(indefinite(word)) || OCCASION_NOUNS.has(word.replace(/(?:ه|ها|هم)$/, ''))
}

/** A quotation opening inside a source closes within a few words (`صحيفة «وول ستريت جورنال»`). */
export function closesSoon(words: Words, from: number): boolean {
  for (let index = from; index < Math.min(words.length, from + 5); index++) if (words.list[index].quoteAfter) return true
  return false
}

function continuesCoordination(word: string, vocabulary: Vocabulary): boolean {
  return (
    isNisba(word) ||
    vocabulary.anonymityNouns.has(indefinite(word)) ||
    vocabulary.heads.match([word], 0, 'none') !== undefined ||
    vocabulary.entities.match([word], 0, 'none') !== undefined ||
    vocabulary.names.has(word)
  )
}

function isAffiliation(word: string, vocabulary: Vocabulary): boolean {
  return vocabulary.heads.match([word], 0, 'none') !== undefined || vocabulary.entities.match([word], 0, 'none') !== undefined
}

/**
 * An indefinite plural of a body (`شركات تعمل في قطاع النقل`، `صحف غربية`):
 * bodies described by their kind, none of them named, are anonymous sources.
 */
function unnamedBodies(norms: readonly string[], at: number, vocabulary: Vocabulary): boolean {
  const head = vocabulary.heads.match(norms, at, 'none')
  return head !== undefined && !norms[at].startsWith('ال') && norms[at] !== normalize(head.value.text.split(' ')[0])
}

/** A word such as `لرويترز` or `لصحيفة`: a lam fused to an outlet, naming who the speaker spoke to. */
export function isVia(word: string, vocabulary: Vocabulary): boolean {
  if (word[0] !== 'ل') return false
  for (const {stem, prefix} of nounReadings(word)) {
    if (!prefix.endsWith('ل')) continue
    if (vocabulary.entities.match([stem], 0, 'none')?.value.type === 'outlet') return true
    if (vocabulary.heads.match([stem], 0, 'none')?.value.type === 'outlet') return true
  }
  return false
}

/** The span of a phrase in the original text, quotation marks around its words included. */
export function spanOf(words: Words, phrase: Phrase): {start: number; end: number; text: string} {
  const first = words.list[phrase.from]
  const last = words.list[phrase.to - 1]
  let start = first.token.start
  if (phrase.skip) start += originalOffset(first.token.text, phrase.skip.length)
  else if (first.quoteBefore) start = first.quoteBefore.start
  let end = last.token.end
  let quoteOpened = false
  for (let index = phrase.from; index < phrase.to && !quoteOpened; index++) quoteOpened = words.list[index].quoteBefore !== null
  if (last.quoteAfter && quoteOpened) end = last.quoteAfter.end
  let text = words.textBetween(start, end)
  // A hyphen glued to the end of a word (`الجمهور-`) is a dash closing an aside, not part of the source.
  const hyphens = /-+$/.exec(text)?.[0].length ?? 0
  if (hyphens > 0 && hyphens < text.length) {
    text = text.slice(0, -hyphens)
    end -= hyphens
  }
  // A fused preposition is cut from inside its word: add the rest of that word.
  const firstText = phrase.skip ? first.token.text.slice(originalOffset(first.token.text, phrase.skip.length)) : ''
  return {start, end, text: phrase.skip ? firstText + text : text}
}

/**
 * What kind of source a phrase names. Outlets and organizations come from the
 * lexicons and their head nouns; unnamed descriptions from the anonymity
 * nouns (vague when a bare `مصادر`، `خبراء` has no affiliation); titles make a
 * role, or a person when a name follows; words the lexicons do not know are
 * taken for a name.
 */
export function classify(words: Words, phrase: Phrase, vocabulary: Vocabulary, earlier: readonly EarlierSource[]): Classified {
  const norms = words.norms
  const firstReadings = nounReadings(norms[phrase.from])
  const first = phrase.reading ?? (phrase.skip ? firstReadings.find((reading) => reading.prefix === phrase.skip)?.stem ?? norms[phrase.from] : norms[phrase.from])
  const local = [first, ...norms.slice(phrase.from + 1, phrase.to)]
  const written = words.list.slice(phrase.from, phrase.to).map((word) => word.token.text)
  const length = local.length
  // A nisba-shaped family name (`السويدي`) is also an adjective of origin: it names someone only beside another name.
  const names = local.filter((word) => vocabulary.names.has(word) || vocabulary.names.has(indefinite(word)))
  const hasName = names.some((word) => !isNisba(word)) || names.length > 1 || namedAfter(words, phrase.to) || nameAfterDefinite(local, written, vocabulary)

  const entity = vocabulary.entities.match(local, 0, 'none')
  if (entity) return {type: entity.value.type, head: null, descriptors: 0, plural: false, known: true}

  // A quantifier opens a group: `أحد المسؤولين`، `عدد من السكان`، `بعض المصادر`.
  let at = 0
  if (QUANTIFIERS.has(local[0])) {
    at = local[1] === 'من' ? 2 : 1
    if (at >= length) return {type: 'vague', head: local[0], descriptors: 0, plural: true, known: true}
  }
  // Figures are groups of respondents: `45 % من المشاركين`.
  if (FIGURE.test(local[0])) return {type: 'anonymous', head: null, descriptors: length - 1, plural: true, known: true}

  // `والده`، `شقيقتها`: one relative of someone the text names is a role.
  const possessed = at === 0 && length === 1 ? possessedStem(written[0], local[0]) : null
  const kin = possessed === null ? undefined : vocabulary.anonymityNouns.get(possessed)
  if (kin && !kin.plural) return {type: 'role', head: possessed, descriptors: 0, plural: false, known: true}

  const noun = vocabulary.anonymityNouns.get(indefinite(local[at]))
  if (noun && !hasName) {
    const head = indefinite(local[at])
    const rest = local.slice(at + 1)
    const definite = local[at].startsWith('ال')
    const affiliated = rest.some((word) => isNisba(word) || AFFILIATION_PREPOSITIONS.has(word) || word.startsWith('ب'))
    const plural = noun.plural || at > 0
    if (definite) {
      // `المصدر`، `المسؤول المدني`: the same source as an earlier one with these words, unnamed or named.
      const antecedent = findAntecedent(earlier, head, vocabulary, rest.map(indefinite))
      if (antecedent) return {type: antecedent.type, head, descriptors: rest.length, plural, known: true}
    }
    // `والد الفتاة`، `مسؤول مركز الإعلام`: one person picked out by a definite genitive, or by a
    // body named by a genitive chain (`مسؤول مركز الدفاع المدني`), is a role.
    const genitive = rest.length > 0 && rest[0].startsWith('ال') && !isNisba(rest[0])
    const bodyGenitive = rest.length > 1 && vocabulary.heads.match(rest, 0, 'none') !== undefined && rest[1].startsWith('ال')
    if (!definite && !plural && (genitive || bodyGenitive)) return {type: 'role', head, descriptors: rest.length, plural, known: true}
    const type = noun.entry.bare === 'vague' && !affiliated ? 'vague' : 'anonymous'
    return {type, head, descriptors: rest.length, plural, known: true}
  }

  if (!hasName && unnamedBodies(local, at, vocabulary)) return {type: 'anonymous', head: null, descriptors: length - at - 1, plural: true, known: true}
  const head = vocabulary.heads.match(local, at, 'none')
  if (head) return {type: head.value.type, head: null, descriptors: 0, plural: false, known: true}

  const title = vocabulary.titles.match(local, at, 'none')
  if (title) {
    const after = local.slice(at + title.length)
    // `باسم` opens the body the title speaks for, not a name.
    const named = hasName || (after.length > 0 && after[0] !== 'باسم' && !after[0].startsWith('ال') && !isNisba(after[0], written[at + title.length]) && !vocabulary.anonymityNouns.has(after[0]))
    if (named) return {type: 'person', head: null, descriptors: 0, plural: false, known: true}
    // A definite title the draft has already attached to a name is that person again.
    const antecedent = findAntecedent(earlier, local[at], vocabulary)
    if (antecedent?.type === 'person') return {type: 'person', head: null, descriptors: 0, plural: false, known: true}
    // `شيخ القبيلة`: a title with a definite genitive holds one post, like a definite title.
    const genitive = title.length === 1 && after.length > 0 && after[0].startsWith('ال') && !isNisba(after[0])
    return {type: title.value.unique || local[at].startsWith('ال') || genitive ? 'role' : 'anonymous', head: null, descriptors: 0, plural: false, known: true}
  }

  if (hasName) return {type: 'person', head: null, descriptors: 0, plural: false, known: true}
  // `أحد نزلاء «الفندق الكبير»`: some members of a group, none of them named, unless a demonstrative
  // points back to people the text has named (`جميع هؤلاء اللاعبين`).
  if (at > 0 && !local.some((word) => DEMONSTRATIVES.has(word))) return {type: 'anonymous', head: null, descriptors: length - at, plural: true, known: true}
  // A name the lexicons do not know, set in quotation marks on its own (`"الوطن"`، `«عكاظ»`), is how Arabic copy names a paper.
  if (words.list[phrase.from].quoteBefore && words.list[phrase.to - 1].quoteAfter && length <= 3)
    return {type: 'outlet', head: null, descriptors: 0, plural: false, known: true}
  return {type: 'person', head: null, descriptors: 0, plural: false, known: false}
}

/** How many earlier sources a definite description (`المصدر`، `المتحدث`) is resolved against. */
const ANTECEDENT_WINDOW = 40

/**
 * Adds a source to those a later description may refer back to, forgetting
 * the ones out of reach: a long draft would otherwise keep every source.
 */
export function rememberSource(earlier: EarlierSource[], source: EarlierSource): void {
  earlier.push(source)
  if (earlier.length >= 2 * ANTECEDENT_WINDOW) earlier.splice(0, earlier.length - ANTECEDENT_WINDOW)
}

/**
 * The nearest earlier source whose text contains the same head word and the
 * description's other words (`المسؤول المدني` after `مسؤول مركز الدفاع المدني`).
 */
function findAntecedent(earlier: readonly EarlierSource[], head: string, vocabulary: Vocabulary, descriptors: readonly string[] = []): EarlierSource | undefined {
  const wanted = indefinite(head)
  const family = vocabulary.anonymityNouns.get(wanted)?.entry
  for (let index = earlier.length - 1; index >= Math.max(0, earlier.length - ANTECEDENT_WINDOW); index--) {
    const source = earlier[index]
    if (!descriptors.every((word) => source.words.includes(word))) continue
    if (source.words.includes(wanted)) return source
    if (family && source.head && vocabulary.anonymityNouns.get(source.head)?.entry === family) return source
  }
  return undefined
}

/**
 * `أحد السكان، ويدعى حامد يوسف`: the words after the phrase give the person's
 * name. Normalized, `يُدعى` (is called) is spelled as `يدّعي` (claims), whose
 * claim opens with a complementizer (`مسؤول يدعي أن …`): that names nobody.
 */
function namedAfter(words: Words, to: number): boolean {
  return to + 1 < words.length && NAMING_WORDS.has(words.norms[to]) && !COMPLEMENTIZERS.has(words.norms[to + 1])
}

/**
 * After a definite description, indefinite words the lexicons do not know
 * cannot be its adjectives (an adjective agrees in definiteness) nor open a
 * genitive: they are a name (`الخبير الفرنسي في الملاحة الجوية جيرار دوبوييه`).
 */
function nameAfterDefinite(local: readonly string[], written: readonly string[], vocabulary: Vocabulary): boolean {
  let from = local.length - 1
  while (from > 0 && !(local[from - 1].startsWith('ال') && !local[from].startsWith('ال'))) from--
  if (from === 0) return false
  return local.slice(from).every((word, offset) => {
    const text = written[from + offset]
    // Sound plurals (`إجراءات`، `مسؤولون`) and adverbs in `-اً` are not names.
    if (word.length < 3 || /^(?:ال|[وبلف])/.test(word) || /[0-9٠-٩]/.test(word) || /(?:ا|ات|ون)$/.test(word) || UNNAMING_WORDS.test(word)) return false
    // Nisbas and nouns with a possessive (`اطلاعهم`) describe; a lone final `ه` may end a name (`دوبوييه`).
    if (isNisba(word, text) || /(?:ها|هم|هما)[\u064B-\u065F\u0640]*$/.test(text) || SOURCE_STOPS.has(word) || AFFILIATION_PREPOSITIONS.has(word)) return false
    return !vocabulary.anonymityNouns.has(word) && !vocabulary.titles.match([word], 0, 'none') && !vocabulary.heads.match([word], 0, 'none')
  })
}

/** Emphasis, negation and quantity words that follow a description without naming anyone (`المصدر نفسه`، `عدم`). */
const UNNAMING_WORDS = /^(?:نفس|انفس|ذات|عين|كل|جميع|عدم|غير|بعض)/
