/**
 * Finds the reporting events of a document and builds one attribution record
 * for each: the cue, the source and its type, the outlets that carried it,
 * the speaker an implicit cue carries over, the mode and the claim.
 */
import type {Root} from 'nlcst'
import type {Lexicon} from '../lexicon/types.js'
import type {VerbMatch} from '../morphology/index.js'
import type {Attribution, Cue, Mode, Source, Via} from './types.js'
import {quotationsOf, sentenceAt, sentencesOf, type SentenceView} from './tokens.js'
import {Words} from './sentence.js'
import {vocabularyOf, nounReadings, indefinite, type Vocabulary} from './vocabulary.js'
import {classify, closesSoon, isOccasion, isVia, readPhrase, rememberSource, spanOf, type EarlierSource, type Phrase} from './sources.js'
import {normalize, originalOffset} from '../text/normalize.js'
import {widenOverMarkup, type InlineMarkup} from '../parse/markup.js'
import {ADDRESSEES, ADVERBS, CLAUSE_OPENERS, NOUN_GOVERNORS, QUANTIFIERS, RELATIVE_PRONOUNS, SCRIPTURE_SPEAKERS, COMPLEMENTIZERS, SOURCE_STOPS, VERB_PARTICLES} from './grammar.js'

const CHAIN_LINKS = new Set(['عن'])
const COLONS = new Set([':'])
/** Verbs of learning whose subject is the outlet and whose `من` names the source (`علمت «الصحيفة» من مصادر`). */
const LEARNING_LEMMAS = new Set(['علم'])
/** Verbs of relaying that also mean moving someone or something (`نقل` "quoted" and "transported"). */
const MOTION_LEMMAS = new Set(['نقل'])
const MAX_HEADLINE_SPEAKER_WORDS = 7
const DASHES = new Set(['-', '–', '—'])
/** Quantifiers that pick some members of a group (`أحد`، `بعض`), as opposed to counts of things (`عدد من الشكاوى`). */
const MEMBER_QUANTIFIERS = new Set(['احد', 'احدي', 'بعض'])
/** A lam carrying a pronoun: whom or what a claim is about (`يتوقع لها أن`). */
const LAM_PRONOUNS = new Set(['له', 'لها', 'لهم', 'لهما', 'لهن'])

interface Draft {
  cue: Cue
  cueWords: [number, number]
  source: Source | null
  via: Via[]
  mode: Mode | null
  /** Where the claim starts (offset), when the cue is followed by it. */
  claimStart: number | null
  /** The claim is the sentence before the cue (`…، وفقاً لصحيفة X`). */
  claimBefore: boolean
  sentence: SentenceView
  implicit: boolean
  /** Gender and number the cue's verb shows for its speaker, when it is a verb. */
  agreement: Agreement | null
}

export interface Agreement {
  gender: 'masculine' | 'feminine' | 'common'
  number: 'singular' | 'dual' | 'plural'
}

/**
 * What carries from one part of a draft to the next when a long draft is
 * read in sections: the records so far, the agreement each cue's verb showed
 * and the sources an implicit cue may refer back to.
 */
export interface ExtractionState {
  records: Attribution[]
  /** Index-aligned with `records`: the gender and number each cue's verb shows. */
  agreements: Array<Agreement | null>
  earlier: EarlierSource[]
  /** The last sentence read so far: the sentence before the first of the next section. */
  lastSentence: SentenceView | null
}

export function startExtraction(): ExtractionState {
  return {records: [], agreements: [], earlier: [], lastSentence: null}
}

/** What the records of a document are built from, shared by its sentences. */
interface DocumentContext extends ExtractionState {
  text: string
  /** Inline Markdown elements of the draft (empty for plain text). */
  markup: readonly InlineMarkup[]
  sentences: SentenceView[]
  vocabulary: Vocabulary
  /** End offset of each quotation, by the offset of its opening mark. */
  quotationEnds: Map<number, number>
  /** Memo: the first anonymity reason in sentence i or after it within its paragraph. */
  reasonsFrom: Map<number, Attribution['reason']>
}

/**
 * Extracts the attributions of a parsed document, or of one section of it
 * after those before it (`state`), and returns every record so far.
 */
export function extractAttributions(tree: Root, text: string, lexicon: Lexicon, state: ExtractionState = startExtraction()): Attribution[] {
  const sentences = sentencesOf(tree)
  const context: DocumentContext = {
    ...state,
    text,
    markup: tree.data?.inlineMarkup ?? [],
    sentences,
    vocabulary: vocabularyOf(lexicon),
    quotationEnds: new Map(quotationsOf(sentences).quotations.map((quotation) => [quotation.open.start, quotation.close.end])),
    reasonsFrom: new Map()
  }
  for (const sentence of sentences) {
    const words = new Words(sentence)
    const drafts = findCues(words, context.vocabulary, context.earlier)
    drafts.forEach((draft, index) => {
      const record = finish(draft, drafts[index + 1], context)
      // Words are compared as read, without the Markdown markup `exactSpans` lets in.
      if (record.source) rememberSource(context.earlier, {type: record.source.type, head: record.source.head, words: wordsOf(record.source.text)})
      context.records.push(exactSpans(record, context))
      context.agreements.push(draft.agreement)
    })
  }
  state.lastSentence = sentences.at(-1) ?? state.lastSentence
  return context.records
}

/** The sentence numbered `index`, also when it ended the section before this one. */
function sentenceNumbered(index: number, context: DocumentContext): SentenceView | undefined {
  return sentenceAt(context.sentences, index) ?? (context.lastSentence?.index === index ? context.lastSentence : undefined)
}

/** The normalized words of a source, without quotation marks or the article, for finding antecedents. */
function wordsOf(text: string): string[] {
  return normalize(text)
    .split(/[\s«»"“”]+/)
    .filter(Boolean)
    .map((word) => indefinite(word))
}

/** Scans a sentence left to right for cues; each cue consumes its source so no word is read twice. */
function findCues(words: Words, vocabulary: Vocabulary, earlier: EarlierSource[]): Draft[] {
  const drafts: Draft[] = []
  const norms = words.norms
  // Whether a cue so far in the sentence has a plural speaker, kept as cues are found (not recounted per word).
  let pluralSpoken = false
  let index = 0
  while (index < words.length) {
    const word = words.list[index]
    if (word.token.quoted) {
      index++
      continue
    }
    const formula = vocabulary.formulas.match(norms, index, 'conjunction')
    if (formula) {
      index += formula.length
      continue
    }
    const found: Found | undefined =
      nominalCue(words, index, vocabulary, earlier, drafts) ??
      verbCue(words, index, vocabulary, earlier, drafts.length === 0, pluralSpoken) ??
      vagueCue(words, index, vocabulary)
    if (found && accepted(words, found, vocabulary, drafts.length > 0) && !quotesScripture(found.draft)) {
      drafts.push(found.draft)
      pluralSpoken ||= found.draft.source?.plural === true
      index = Math.max(found.next, index + 1)
      continue
    }
    index++
  }
  const headline = headlineCue(words, vocabulary, earlier, drafts)
  if (headline) drafts.unshift(headline)
  return drafts
}

interface Found {
  draft: Draft
  /** The word after the cue's header (cue, source, outlets). */
  next: number
  /** The verb's form is more often another word (`بين`، `إشارة`). */
  ambiguous?: boolean
  /** The subject after the verb is a source the lexicons recognize (`وزارة الدفاع`، `مسؤول أمني`). */
  recognized?: boolean
  /** The tense of a verb cue. */
  form?: 'past' | 'present' | 'participle'
  /** The verb reports only with a claim clause after it (`أعرب عن أسفه` expresses a feeling). */
  claimOnly?: boolean
}

/**
 * Whether a cue found by its form really reports a claim. Nominal and vague
 * cues are phrases and stand on their own. A verb needs a claim opening
 * after it, or a recognized speaker right after it (`كشف وزير الداخلية عن`،
 * `أكد مصدر أمني وجود`) unless it is a verb of announcing, which with a
 * plain object names an act (`أعلن الحرب`), or a `claimOnly` verb of
 * expressing, whose plain object is a feeling (`أعرب عن أسفه`).
 */
function accepted(words: Words, found: Found, vocabulary: Vocabulary, speakerBefore: boolean): boolean {
  const cue = found.draft.cue
  if (cue.kind === 'nominal' || cue.kind === 'vague') return true
  // `… عن دبلوماسي روسي، مرجحاً توصل الطرفين …`: a participle right after a speaker carries it on.
  if (cue.kind === 'continuation' && speakerBefore && !found.ambiguous) return true
  // `مضيفة`، `مؤكدة` are mostly adjectives (`دولة مضيفة`، `معلومات مؤكدة`), which no claim follows: with its claim
  // right after it (`، مضيفة أن`) the word is the participle carrying a speaker on. A coordinated `وأن`
  // (`إن المعلومات مؤكدة وإن …`) adds a claim to an earlier verb instead.
  if (cue.kind === 'continuation' && found.ambiguous) return !/^[وف]/.test(words.norms[found.next] ?? '') && introducesClaim(words, found, vocabulary)
  // An ambiguous spelling (`بين`، `يجب`) reads as the verb only with its speaker named, or in the past with its claim right after.
  if (found.ambiguous && !found.recognized && found.form !== 'past') return false
  // `تابع` reports as "went on": its claim follows its header at once (`وتابع: …`، `وتابع الوزير أن …`);
  // with an object first, or a pronoun one attached, it is "followed" (`تابعت الوزارة الحادثة`، `تابعه`).
  if (GOING_ON_LEMMAS.has(cue.lemma ?? '') && cue.kind === 'verb') return !cue.inflection?.enclitic && claimOpensAt(words, found.next, vocabulary)
  if (introducesClaim(words, found, vocabulary)) return true
  return Boolean(found.recognized && !found.ambiguous && cue.kind === 'verb' && cue.stance !== 'announcement' && !found.claimOnly)
}

/** Verbs that report only as going on speaking, and otherwise mean following something. */
const GOING_ON_LEMMAS = new Set(['تابع'])

/**
 * Whether no object stands between the header ending at word `at` and the
 * claim: punctuation (`وتابع: …`، `وتابع، إذا …`)، a complementizer or a
 * continuation participle comes first.
 */
function claimOpensAt(words: Words, at: number, vocabulary: Vocabulary): boolean {
  const tokens = words.sentence.tokens
  for (let index = at > 0 ? words.list[at - 1].at + 1 : 0; index < tokens.length; index++) {
    const token = tokens[index]
    if (token.kind === 'space') continue
    if (token.kind !== 'word') return true
    return COMPLEMENTIZERS.has(token.norm) || vocabulary.verbs.lookup(token.text)?.form.tense === 'participle'
  }
  return false
}

/** How many earlier attributions a carried-over speaker is looked for in: speakers are taken up close by. */
const ANTECEDENT_WINDOW = 40

/** `قال الله تعالى`، `وقال تعالى`: a verse quoted, not a statement reported. */
function quotesScripture(draft: Draft): boolean {
  return draft.source !== null && SCRIPTURE_SPEAKERS.has(normalize(draft.source.text).split(' ')[0])
}

/** Words scanned after a verb's header for the opening of a claim. */
const CLAIM_WINDOW = 40

/**
 * A reporting verb introduces a claim: a complementizer (`أن`، `إنه`), a
 * colon or a quotation follows before the next verb. Without one the verb
 * names an act (`أعلن الحرب`) or is another word spelled alike (`توصل` the
 * noun); an ambiguous spelling needs the claim right after its header.
 */
function introducesClaim(words: Words, found: Found, vocabulary: Vocabulary): boolean {
  const tokens = words.sentence.tokens
  // An ambiguous spelling needs its claim at once: a complementizer or a colon (`عقب المباراة "…"` is "after the match").
  const window = found.ambiguous ? 1 : CLAIM_WINDOW
  let seen = 0
  let previousWord = ''
  for (let at = found.next > 0 ? words.list[found.next - 1].at + 1 : 0; at < tokens.length; at++) {
    const token = tokens[at]
    if (token.kind === 'space') continue
    if (token.kind !== 'word') {
      if (COLONS.has(token.text) || (token.quote === 'open' && !found.ambiguous)) return true
      continue
    }
    // `بين عشماوي وشبكة القاعدة وأنه …`: a coordinated claim goes on from an earlier verb.
    if (found.ambiguous && /^[وف]/.test(token.norm) && COMPLEMENTIZERS.has(token.norm)) return false
    if (COMPLEMENTIZERS.has(token.norm) || (token.norm === 'الي' && COMPLEMENTIZERS.has(tokens[at + 2]?.norm ?? ''))) return true
    if (++seen > window) return false
    // A continuation participle (`قائلاً إن`) leads on to the same claim; another finite verb starts a new clause,
    // unless a relative pronoun makes it describe a noun of the header (`في البيان الذي نشر على فيسبوك إن`).
    const verb = vocabulary.verbs.lookup(token.text)
    if (verb && !verb.ambiguous && verb.form.tense !== 'participle' && !RELATIVE_PRONOUNS.has(previousWord)) return false
    previousWord = token.norm
  }
  return false
}

function cueOf(words: Words, from: number, to: number, kind: Cue['kind'], verb: VerbMatch | null): Cue {
  const start = words.list[from].token.start
  const end = words.list[to - 1].token.end
  return {
    text: words.textBetween(start, end),
    start,
    end,
    kind,
    lemma: verb ? verb.entry.lemma : null,
    stance: verb ? verb.entry.stance : null,
    passive: verb ? verb.form.voice === 'passive' : false,
    inflection: verb
      ? {
          tense: verb.form.tense,
          voice: verb.form.voice,
          person: verb.form.person,
          number: verb.form.number,
          gender: verb.form.gender,
          proclitics: verb.proclitics,
          enclitic: verb.enclitic
        }
      : null
  }
}

/** `بحسب X`، `وفقاً لـX`، `نقلاً عن X`، `بحسب ما نقلت X عن Y`، `في بيان لـX`. */
function nominalCue(words: Words, index: number, vocabulary: Vocabulary, earlier: EarlierSource[], drafts: Draft[]): Found | undefined {
  const match = vocabulary.nominalCues.match(words.norms, index, 'conjunction', (at) => words.list[at].broken)
  if (!match) return undefined
  const entry = match.value
  // `في بيان` after a verb in the same sentence only says where the verb's speaker spoke.
  if (entry.takes === 'statement' && drafts.length > 0) return undefined
  let next = index + match.length
  if (next >= words.length) return undefined
  // `بحسب ما نقلت X`، `وفقاً لما كشفه X`: the verb joins the cue and brings its own source.
  const linker = words.norms[next]
  const endsWithMa = words.norms[next - 1].endsWith('ما')
  const verbAt = linker === 'ما' || (entry.fusedLam && linker === 'لما') ? next + 1 : endsWithMa ? next : -1
  if (verbAt > 0 && verbAt < words.length) {
    const verb = vocabulary.verbs.lookup(words.list[verbAt].token.text)
    if (verb && verb.form.tense !== 'participle') {
      const cue = cueOf(words, index, verbAt + 1, 'nominal', verb)
      const found = afterVerb(words, index, verbAt + 1, cue, verb, vocabulary, earlier, 'according-to')
      found.draft.claimBefore = index > 0
      return found
    }
  }
  // `من جانبه أكد …`: a verb right after the cue is the cue.
  if (verbFollows(words, next, vocabulary, 1)) return undefined
  const phrase: Phrase = {from: next, to: next, skip: ''}
  if (entry.fusedLam) {
    const reading = nounReadings(words.norms[next]).find((candidate) => candidate.prefix.endsWith('ل'))
    // `للمسؤول` keeps its article: the span takes the whole word (as `للرئيس`), read as `المسؤول`.
    if (reading && !words.norms[next].startsWith('لل')) phrase.skip = reading.prefix
    else if (reading) phrase.reading = reading.stem
  }
  if (!words.list[next].broken) phrase.to = readPhrase(words, next, vocabulary)
  const cue = cueOf(words, index, index + match.length, 'nominal', null)
  if (phrase.to === phrase.from) {
    // `من جهته، أقر …`: the verb that follows is the cue; `على حد قوله` alone carries the speaker over.
    if (verbFollows(words, next, vocabulary)) return undefined
    // `من جانبه، أثنى القيادي X على …`: after the comma, a verb the lexicons do not list and its subject make a clause of an act.
    const clauseAfterComma = words.list[next].broken && next + 1 < words.length && !words.list[next + 1].broken
    const subject: Phrase = {from: next + 1, to: clauseAfterComma ? readPhrase(words, next + 1, vocabulary) : next + 1, skip: ''}
    const read = subject.to > subject.from ? sourceOf(words, subject, vocabulary, earlier) : null
    if (read?.known && read.source.type !== 'vague') return undefined
    return {draft: draftOf(cue, [index, index + match.length], null, [], 'according-to', null, words, true), next}
  }
  const read = sourceOf(words, phrase, vocabulary, earlier)
  let source = read.source
  // `حسب الحاجة`، `وفق الشريعة`: after a nominal cue, only a source the lexicons know names somebody.
  if (!read.known) return undefined
  const via: Via[] = []
  next = phrase.to
  // `نقلاً عن وكالة X عن Y`: the first named body is the carrier.
  const carrier = carrierOf(words, phrase, source, vocabulary)
  if (next < words.length && CHAIN_LINKS.has(words.norms[next]) && carrier) {
    const inner: Phrase = {from: next + 1, to: readPhrase(words, next + 1, vocabulary), skip: ''}
    if (inner.to > inner.from) {
      via.push({text: source.text, start: source.start, end: source.end, ...carrier})
      source = sourceOf(words, inner, vocabulary, earlier).source
      next = inner.to
    }
  }
  const claimStart = claimStartAfter(words, next)
  const draft = draftOf(cue, [index, index + match.length], source, via, 'according-to', claimStart.offset, words, false)
  draft.claimBefore = index > 0 || claimStart.words < 3
  return {draft, next}
}

/** A reporting verb within the next `span` words of the clause. */
function verbFollows(words: Words, from: number, vocabulary: Vocabulary, span = 6): boolean {
  for (let index = from; index < Math.min(words.length, from + span); index++) {
    const verb = vocabulary.verbs.lookup(words.list[index].token.text)
    if (verb && !verb.ambiguous) return true
  }
  return false
}

function draftOf(
  cue: Cue,
  cueWords: [number, number],
  source: Source | null,
  via: Via[],
  mode: Mode | null,
  claimStart: number | null,
  words: Words,
  implicit: boolean
): Draft {
  return {cue, cueWords, source, via, mode, claimStart, claimBefore: false, sentence: words.sentence, implicit, agreement: null}
}

/** The source a phrase names, and whether the lexicons recognized it (rather than taking unknown words for a name). */
function sourceOf(words: Words, phrase: Phrase, vocabulary: Vocabulary, earlier: EarlierSource[]): {source: Source; known: boolean} {
  const span = spanOf(words, phrase)
  const kind = classify(words, phrase, vocabulary, earlier)
  return {source: {...span, type: kind.type, head: kind.head, descriptors: kind.descriptors, plural: kind.plural}, known: kind.known}
}

/**
 * Whether a verb form can report someone's claim in news copy. First and
 * second persons only occur inside quoted speech (`وأرى أن`، `أؤكد`). A
 * continuation participle is a circumstantial accusative (`مؤكداً`،
 * `مؤكدة`، `مؤكدين`): the bare or nominative forms (`مؤكد`، `مؤكدون`) are
 * adjectives and nouns.
 */
function reports(verb: VerbMatch): boolean {
  if (verb.form.person !== 3) return false
  if (verb.form.tense !== 'participle') return true
  const form = verb.form.form
  return form.endsWith('ا') || form.endsWith('ه') || form.endsWith('ين') || form.endsWith('ات')
}

/**
 * Unvowelled, `يعتقد` is both "he believes" and "it is believed". The passive
 * is read when the text marks it (a damma on the prefix or first letter:
 * `يُعتقد`، `ذُكر`) or when a present form with a passive is followed straight
 * by its claim (`يعتقد أن`), since an active verb would name its subject.
 */
function passiveReading(verb: VerbMatch, words: Words, index: number): VerbMatch {
  if (verb.form.voice === 'passive' || verb.form.tense === 'participle' || verb.form.person !== 3 || verb.form.number !== 'singular') return verb
  const passive = verb.form.tense === 'past' ? verb.entry.passive : verb.entry.passivePresent
  if (!passive) return verb
  const text = words.list[index].token.text
  const stem = text.slice(originalOffset(text, verb.proclitics.length))
  const marked = /^[\u0600-\u06FF]\u064F/.test(stem.replace(/\u0640/g, ''))
  // `يتوقع أن`، `يتوقع لها أن`: nothing but whom the claim is about stands between the verb and its claim.
  const claimAt = LAM_PRONOUNS.has(words.norms[index + 1] ?? '') ? index + 2 : index + 1
  // The impersonal passive is masculine (`يُعتقد أن`): `تعتقد أن`، `تقول: إن` have a feminine subject, said before them.
  // Only a passive spelled like the active reads so unmarked: `يقول أن` is not `يُقال أن`.
  const spelledAlike = normalize(passive) === normalize(verb.entry.present)
  const bare = spelledAlike && verb.form.tense === 'present' && verb.form.gender === 'masculine' && COMPLEMENTIZERS.has(words.norms[claimAt] ?? '')
  return marked || bare ? {...verb, form: {...verb.form, voice: 'passive'}} : verb
}

/** A reporting verb or a continuation participle at word `index`. */
function verbCue(words: Words, index: number, vocabulary: Vocabulary, earlier: EarlierSource[], firstCue: boolean, pluralSpokenBefore: boolean): Found | undefined {
  const match = vocabulary.verbs.lookup(words.list[index].token.text)
  if (!match || !reports(match)) return undefined
  // After `عدم` or a preposition the same letters are a verbal noun: `فضل عدم ذكر اسمه`، `بعد ذكر`.
  if (index > 0 && !words.list[index].broken && NOUN_GOVERNORS.has(words.norms[index - 1]) && match.form.tense !== 'participle') return undefined
  // `ونُقلوا إلى المستشفى`: a verb of relaying followed by where to is one of moving.
  if (MOTION_LEMMAS.has(match.entry.lemma) && words.norms[index + 1] === 'الي') return undefined
  const verb = passiveReading(match, words, index)
  const cue = cueOf(words, index, index + 1, verb.form.tense === 'participle' ? 'continuation' : 'verb', verb)
  const agreement = {gender: verb.form.gender, number: verb.form.number}
  if (verb.form.tense === 'participle') {
    const claim = claimStartAfter(words, index + 1)
    // `اعتصم عدد من التجار …، مؤكدين أن`: a plural participle with no speaker before it in its
    // sentence speaks for the unnamed group the sentence named (ruling 8).
    const group = verb.form.number !== 'singular' && !pluralSpokenBefore ? groupBefore(words, index, vocabulary, earlier) : null
    // `وسخر اللواء X من …، مشيراً إلى أن`: the first cue of its sentence carries on the opening clause's subject.
    const subject = group ?? (firstCue ? subjectOfOpeningClause(words, index, vocabulary, earlier, verb.form.number !== 'singular') : null)
    const draft = draftOf(cue, [index, index + 1], subject, [], claim.mode, claim.offset, words, subject === null)
    return {draft: {...draft, agreement}, next: index + 1, ambiguous: verb.ambiguous, form: verb.form.tense}
  }
  const found = afterVerb(words, index, index + 1, cue, verb, vocabulary, earlier, null, firstCue, pluralSpokenBefore)
  // A verb before its subject stays singular (`قال سكان`): the subject tells the speaker's number.
  const source = found.draft.source
  // `وهو ما يشير إلى أن`، `الأمر الذي يبين أن`: a fact the sentence stated "shows" the claim, which is the writer's inference.
  if (statesFact(words, index) && (source === null || source.end <= words.list[index].token.start)) return undefined
  const spoken: Agreement = source ? {gender: verb.form.gender, number: source.plural ? 'plural' : 'singular'} : agreement
  return {...found, draft: {...found.draft, agreement: spoken}, ambiguous: verb.ambiguous, form: verb.form.tense, claimOnly: verb.entry.claimOnly}
}

/** Whether the verb at `index` has for its subject the relative `ما` or `الأمر الذي`, a fact stated before it. */
function statesFact(words: Words, index: number): boolean {
  const before = words.norms[index - 1]
  return before === 'ما' || (before === 'الذي' && words.norms[index - 2] === 'الامر')
}

/**
 * What follows a reporting verb: outlets it was said to (`لرويترز`), the
 * subject, a chain (`نقلت X عن Y`), then the claim. No subject after the verb
 * means a subject before it (`الوزارة أكدت`), a passive, or a carried-over speaker.
 */
function afterVerb(
  words: Words,
  cueFrom: number,
  verbEnd: number,
  cue: Cue,
  verb: VerbMatch,
  vocabulary: Vocabulary,
  earlier: EarlierSource[],
  mode: Mode | null,
  firstCue = false,
  /** Whether the sentence already has a plural speaker, so a plural verb need not look for a group (`true` leaves groups alone). */
  pluralSpokenBefore = true
): Found {
  const via: Via[] = []
  let next = readVias(words, verbEnd, vocabulary, via)
  let source: Source | null = null
  const phrase: Phrase = {from: next, to: next, skip: ''}
  const startsQuote = next < words.length && words.list[next].quoteBefore && !closesSoon(words, next)
  // `كشفه لـ(المدينة) مسؤول`: the parenthesis that closed the outlet's name does not end the clause.
  const afterParenthesizedVia = via.length > 0 && next > 0 && next < words.length && punctuationBefore(words, next) === ')'
  // A word opening with a lam (`لوالديها`، `للصحفيين`) is whom the speaker addressed, not the speaker, unless the
  // lam is the word's own first letter (`لجنة الانتخابات`، `لاعب المنتخب`).
  const addressee = next < words.length && words.norms[next][0] === 'ل' && !knownNounAt(words, next, vocabulary)
  // `قال (28 %) إن …`: a share of respondents set in parentheses is the subject.
  const parenthesizedFigure = next < words.length && punctuationBefore(words, next) === '(' && /^[0-9٠-٩]/.test(words.norms[next])
  const opensSubject = !words.list[next]?.broken || afterParenthesizedVia || parenthesizedFigure
  if (next < words.length && opensSubject && !startsQuote && !addressee && !cue.passive) phrase.to = readPhrase(words, next, vocabulary)
  let recognized = false
  let unsourced = false
  let read = phrase.to > phrase.from ? sourceOf(words, phrase, vocabulary, earlier) : null
  // Words after the verb that the lexicons do not know (`أفادت بسقوط`) give way to a recognized subject before it;
  // a definite feminine noun the lexicons do not know right after a masculine verb is its object (`واعتبر الإصابة
  // أمراً متوقعاً`): a feminine subject straight after its verb makes the verb feminine (`اعتبرت`).
  if (read && !read.known && (subjectBefore(words, cueFrom, vocabulary, earlier) || objectByAgreement(words, phrase.from, verbEnd, verb))) {
    read = null
    phrase.to = phrase.from
  }
  if (read) {
    source = read.source
    recognized = read.known
    next = phrase.to
    const link = words.norms[next]
    const carrier = carrierOf(words, phrase, source, vocabulary)
    const chained =
      next < words.length &&
      !words.list[next].broken &&
      ((CHAIN_LINKS.has(link) && carrier !== null) ||
        (link === 'نقلا' && words.norms[next + 1] === 'عن') ||
        (link === 'من' && LEARNING_LEMMAS.has(verb.entry.lemma) && carrier?.type === 'outlet'))
    if (chained) {
      const innerFrom = link === 'نقلا' ? next + 2 : next + 1
      const inner: Phrase = {from: innerFrom, to: readPhrase(words, innerFrom, vocabulary), skip: ''}
      if (inner.to > inner.from) {
        const {text, start, end} = source
        via.unshift({text, start, end, type: carrier?.type ?? 'outlet', named: carrier?.named ?? true})
        source = sourceOf(words, inner, vocabulary, earlier).source
        next = inner.to
      }
    } else if (LEARNING_LEMMAS.has(verb.entry.lemma) && carrier?.type === 'outlet') {
      // `وعلمت الصحيفة أن …` with no `من`: the outlet only carries what it learned from no one it names.
      const {text, start, end} = source
      via.unshift({text, start, end, type: 'outlet', named: carrier.named})
      source = null
      unsourced = true
    }
    next = readVias(words, next, vocabulary, via)
    if (via.length === 0) next = viaLaterInHeader(words, next, vocabulary, via)
  } else if (!cue.passive) {
    const before = subjectBefore(words, cueFrom, vocabulary, earlier) ?? topicOfAmma(words, cueFrom, vocabulary, earlier) ?? describedBefore(words, cueFrom, vocabulary, earlier)
    // A recognized subject before the verb names its speaker as surely as one after it (`وكانت حصيلة جديدة أفادت بسقوط …`).
    recognized = before !== null && !verb.enclitic
    source =
      before ??
      (firstCue ? subjectOfOpeningClause(words, cueFrom, vocabulary, earlier, verb.form.number !== 'singular') : null) ??
      (!pluralSpokenBefore && verb.form.number === 'plural' ? groupBefore(words, cueFrom, vocabulary, earlier) : null)
  }
  const claim = claimStartAfter(words, next)
  const implicit = source === null && !cue.passive && !unsourced
  return {draft: draftOf(cue, [cueFrom, verbEnd], source, via, mode ?? claim.mode, claim.offset, words, implicit), next, recognized}
}

/** Whether the word at `at`, lam and all, is a noun or name the lexicons know. */
function knownNounAt(words: Words, at: number, vocabulary: Vocabulary): boolean {
  const word = words.norms[at]
  return (
    vocabulary.names.has(word) ||
    vocabulary.anonymityNouns.has(indefinite(word)) ||
    vocabulary.heads.match(words.norms, at, 'none') !== undefined ||
    vocabulary.titles.match(words.norms, at, 'none') !== undefined ||
    vocabulary.entities.match(words.norms, at, 'none') !== undefined
  )
}

/**
 * Outlets named after the verb or the subject: `لرويترز`، `لـ«الاقتصادية»`،
 * `في تصريح لـX`، `في حديث لصحيفة X`. Adverbs such as `اليوم` are skipped.
 */
function readVias(words: Words, from: number, vocabulary: Vocabulary, via: Via[]): number {
  let next = from
  while (next < words.length) {
    const word = words.norms[next]
    if (ADVERBS.has(word) || ADDRESSEES.has(word)) {
      next++
      continue
    }
    // `في تصريح لـX`، `في تصريحات خاصة لـX`، `في حديثه إلى X`، `في اتصال هاتفي مع X`
    if (word === 'في' && next + 1 < words.length && isOccasion(words.norms[next + 1])) {
      let at = next + 2
      const opensOutlet = (norm: string) => startsWithLam(norm) || OUTLET_PREPOSITIONS.has(norm)
      while (at < words.length && at < next + 5 && !words.list[at].broken && !opensOutlet(words.norms[at])) at++
      if (at < words.length && !words.list[at].broken && opensOutlet(words.norms[at])) {
        const named = via.length
        const end = startsWithLam(words.norms[at]) ? readOutletAfterLam(words, at, vocabulary, via) : readOutletAfter(words, at + 1, vocabulary, via)
        if (via.length > named) {
          next = end
          continue
        }
      }
      break
    }
    if (startsWithLam(word)) {
      const end = readOutletAfterLam(words, next, vocabulary, via)
      if (end > next) {
        next = end
        continue
      }
    }
    break
  }
  return next
}

/** How far past the subject the header of a verb is searched for the outlet it was said to. */
const HEADER_WORDS = 20

/**
 * The outlet a statement was made to may come after words that describe the
 * speaker (`وقال المدير الذي تسلم منصبه حديثاً لـ"الوطن" إن …`): anywhere in the
 * header, before the claim opens with a complementizer, a colon or a quotation,
 * and before another verb starts a clause of its own. Returns where the claim
 * is looked for: after the outlet when one is found.
 */
function viaLaterInHeader(words: Words, from: number, vocabulary: Vocabulary, via: Via[]): number {
  for (let at = from; at < Math.min(words.length, from + HEADER_WORDS); at++) {
    const word = words.norms[at]
    if (COMPLEMENTIZERS.has(word) || punctuationBefore(words, at) === ':' || (words.list[at].quoteBefore && !closesSoon(words, at))) break
    const verb = vocabulary.verbs.lookup(words.list[at].token.text)
    if (verb && !verb.ambiguous && verb.form.tense !== 'participle') break
    if (!startsWithLam(word) && word !== 'في') continue
    const end = readVias(words, at, vocabulary, via)
    if (via.length > 0) return end
  }
  return from
}

/** Prepositions besides `لـ` that name whom a statement was made to (`في حديثه إلى X`، `في اتصال مع X`). */
const OUTLET_PREPOSITIONS: ReadonlySet<string> = new Set(['الي', 'مع'])

/** A quoted name (`"الوطن"`) or a known outlet at word `at`: the via. Returns the word after it, or `at`. */
function readOutletAfter(words: Words, at: number, vocabulary: Vocabulary, via: Via[]): number {
  if (at >= words.length || words.list[at].broken) return at
  if (words.list[at].quoteBefore && closesSoon(words, at)) {
    let end = at
    while (!words.list[end].quoteAfter) end++
    via.push({...spanOf(words, {from: at, to: end + 1, skip: ''}), type: 'outlet', named: true})
    return end + 1
  }
  const entity = vocabulary.entities.match(words.norms, at, 'none')
  if (entity?.value.type !== 'outlet') return at
  via.push({...spanOf(words, {from: at, to: at + entity.length, skip: ''}), type: 'outlet', named: true})
  return at + entity.length
}

function startsWithLam(word: string): boolean {
  return word[0] === 'ل' && word !== 'لا' && word !== 'لم' && word !== 'لن' && word !== 'لكن' && word !== 'لقد'
}

/**
 * Whether a source can carry another's statement (`نقلت وكالة X عن Y`): a
 * named outlet or body, or media described without a name (`وسائل إعلام
 * محلية`، `صحف غربية`), which carry it unnamed.
 */
function carrierOf(words: Words, phrase: Phrase, source: Source, vocabulary: Vocabulary): Pick<Via, 'type' | 'named'> | null {
  if (source.type === 'outlet' || source.type === 'organization') return {type: source.type, named: true}
  const head = vocabulary.heads.match(words.norms, phrase.from, 'noun')
  return head?.value.type === 'outlet' ? {type: 'outlet', named: false} : null
}

/** `لـ` alone, or fused, before an outlet: the outlet is a via. Returns the word after it. */
function readOutletAfterLam(words: Words, at: number, vocabulary: Vocabulary, via: Via[]): number {
  const word = words.norms[at]
  // `لـ «الاقتصادية»`, `لـ"الوطن"`: the lam stands alone and a quoted name follows.
  if ((word === 'ل' || word === 'لـ') && at + 1 < words.length && words.list[at + 1].quoteBefore) {
    let end = at + 1
    while (end < words.length && end < at + 6 && !words.list[end].quoteAfter) end++
    if (end < words.length && words.list[end].quoteAfter) {
      const span = spanOf(words, {from: at + 1, to: end + 1, skip: ''})
      via.push({...span, type: 'outlet', named: true})
      return end + 1
    }
    return at
  }
  // `لـ(المدينة)`: the name set in parentheses.
  if ((word === 'ل' || word === 'لـ') && at + 1 < words.length && punctuationBefore(words, at + 1) === '(') {
    let end = at + 1
    while (end < words.length && end < at + 6 && punctuationAfter(words, end) !== ')') end++
    if (end < words.length && punctuationAfter(words, end) === ')') {
      via.push({...spanOf(words, {from: at + 1, to: end + 1, skip: ''}), type: 'outlet', named: true})
      return end + 1
    }
    return at
  }
  if (word.length < 3) return at
  // `لصحيفة «الوطن»`، `لرويترز`، `للتلفزيون الرسمي`
  const quotedName = words.list[at].quoteBefore && closesSoon(words, at)
  if (!isVia(word, vocabulary) && !quotedName) return at
  const skip = word.startsWith('لل') ? '' : 'ل'
  const phraseEnd = readViaPhrase(words, at, vocabulary)
  const span = spanOf(words, {from: at, to: phraseEnd, skip: quotedName ? '' : skip})
  via.push({...span, type: 'outlet', named: true})
  return phraseEnd
}

/** The punctuation mark right before word `at` (white space aside), if any. */
function punctuationBefore(words: Words, at: number): string | undefined {
  const tokens = words.sentence.tokens
  for (let index = words.list[at].at - 1; index >= 0 && tokens[index].kind !== 'word'; index--) if (tokens[index].kind !== 'space') return tokens[index].text
  return undefined
}

/** The punctuation mark right after word `at` (white space aside), if any. */
function punctuationAfter(words: Words, at: number): string | undefined {
  const tokens = words.sentence.tokens
  for (let index = words.list[at].at + 1; index < tokens.length && tokens[index].kind !== 'word'; index++) if (tokens[index].kind !== 'space') return tokens[index].text
  return undefined
}

/** The words of an outlet's name after its head: `لصحيفة «وول ستريت جورنال» الأمريكية`. */
function readViaPhrase(words: Words, at: number, vocabulary: Vocabulary): number {
  const reading = nounReadings(words.norms[at]).find((candidate) => candidate.prefix.endsWith('ل'))
  const local = [reading ? reading.stem : words.norms[at], ...words.norms.slice(at + 1, at + 8)]
  const entity = vocabulary.entities.match(local, 0, 'none')
  let end = at + (entity ? entity.length : 1)
  // A head noun (`صحيفة`، `وكالة`) takes the name after it, often quoted.
  if (!entity) {
    while (end < words.length && end < at + 6 && !words.list[end].broken) {
      const next = words.norms[end]
      if (COMPLEMENTIZERS.has(next) || next === 'عبر' || next === 'في' || next === 'عن' || startsWithLam(next) || next.startsWith('و')) break
      if (words.list[end - 1].quoteAfter && !words.list[end].quoteBefore && !next.startsWith('ال')) break
      // A quotation that does not close within a few words is the claim, not the outlet's name.
      if (words.list[end].quoteBefore && !closesSoon(words, end)) break
      end++
    }
  }
  return end
}

/**
 * The subject of a verb that comes before it in its clause (`الوزارة أكدت
 * أن`، headline `وزير الخارجية يؤكد أن`). Only a phrase the lexicons recognize
 * is taken, so that a clause such as `وكانت روسيا قد` is not mistaken for one.
 */
function subjectBefore(words: Words, verbAt: number, vocabulary: Vocabulary, earlier: EarlierSource[]): Source | null {
  let from = verbAt
  // Back to the first word of the clause: the sentence start, the word after a comma, or
  // after a complementizer, which opens a clause of its own (`أكد أن شهود العيان رأوا`),
  // unless it opens a time clause inside this one (`أن العامل بعد أن قبض أجره أفصح`).
  while (from > 0 && !words.list[from].broken && verbAt - from < 8) {
    if (COMPLEMENTIZERS.has(words.norms[from - 1]) && !(from >= 2 && opensTimeClause(words, from - 2) === 2)) break
    from--
  }
  // `لكن المرصد قال`، `وكانت الوزارة قد أعلنت`: particles around the subject are not part of it.
  while (from < verbAt && CLAUSE_OPENERS.has(words.norms[from])) from++
  if (from >= verbAt) return null
  const to = Math.min(readPhrase(words, from, vocabulary), verbAt)
  if (to === from || !onlyParticlesOrRelative(words, to, verbAt)) return null
  const read = sourceOf(words, {from, to, skip: ''}, vocabulary, earlier)
  return read.known ? read.source : null
}

/** `أما`, which sets a topic before the answer that `ف` opens (`أما الوزير فقال`). */
const TOPIC_MARKERS = new Set(['اما', 'واما'])
/** Words a topic of `أما` may run to before its answer. */
const MAX_TOPIC_WORDS = 8

/**
 * The topic of `أما X فـ…`, which a verb opening the answer with no subject
 * after it takes for its subject (`أما العم حمزة فيقول إن …`، `أما أبو رنة فقال:`).
 * The construction marks the topic, so it is taken whether or not the
 * lexicons know its words; a topic that opens with a preposition or a time
 * word is an adverbial (`أما في الرياض فقال`), not a speaker.
 */
function topicOfAmma(words: Words, verbAt: number, vocabulary: Vocabulary, earlier: EarlierSource[]): Source | null {
  if (!words.norms[verbAt].startsWith('ف')) return null
  for (let at = verbAt - 1; at >= Math.max(0, verbAt - MAX_TOPIC_WORDS - 1); at--) {
    if (!TOPIC_MARKERS.has(words.norms[at])) continue
    const from = at + 1
    if (from >= verbAt || SOURCE_STOPS.has(words.norms[from]) || CLAUSE_OPENERS.has(words.norms[from])) return null
    return sourceOf(words, {from, to: verbAt, skip: ''}, vocabulary, earlier).source
  }
  return null
}

/** Conjunctions that open a time clause (`بعدما`، `عندما`), and prepositions that do with `أن` (`بعد أن`). */
const TIME_CONJUNCTIONS = new Set(['بعدما', 'قبلما', 'عندما', 'حينما', 'حين', 'لما'])
const TIME_PREPOSITIONS = new Set(['بعد', 'قبل', 'منذ'])

/** How many words open a time clause at word `at` (`عندما` 1, `بعد أن` 2), or 0. */
function opensTimeClause(words: Words, at: number): number {
  const word = words.norms[at]
  if (TIME_CONJUNCTIONS.has(word)) return 1
  return TIME_PREPOSITIONS.has(word) && words.norms[at + 1] === 'ان' ? 2 : 0
}

/**
 * An indefinite noun right before a verb takes the verb as its description
 * (`لسيدة تروي …` "of a woman who tells …", `معلومات تؤكد أن`): the noun is its
 * subject, even inside a longer phrase.
 */
function describedBefore(words: Words, verbAt: number, vocabulary: Vocabulary, earlier: EarlierSource[]): Source | null {
  if (verbAt === 0 || words.list[verbAt].broken) return null
  const reading = nounReadings(words.norms[verbAt - 1]).find(({stem}) => !stem.startsWith('ال') && vocabulary.anonymityNouns.has(stem))
  if (!reading) return null
  return sourceOf(words, {from: verbAt - 1, to: verbAt, skip: reading.prefix}, vocabulary, earlier).source
}

/**
 * Whether only particles (`قد`) or a relative clause describing the subject
 * (`المسؤول الذي رفض ذكر اسمه قال`) stand between a subject and its verb.
 */
function onlyParticlesOrRelative(words: Words, from: number, verbAt: number): boolean {
  // A time clause (`بعد أن قبض أجره`، `عندما وصل الوفد`) sets the time of the verb, not its subject;
  // it has a verb and more of its own, or the verb is its own (`حين اشتكى له التجار`).
  const opener = opensTimeClause(words, from)
  if (opener > 0) return verbAt - from > opener + 1 && !words.list.slice(from + 1, verbAt + 1).some((word) => word.broken)
  // The relative clause has a verb and more (`الذي رفض ذكر اسمه`): a lone verb after it is its object (`الذي رفض ذكر`).
  if (from < verbAt && RELATIVE_PRONOUNS.has(words.norms[from])) return verbAt - from > 2 && !words.list.slice(from + 1, verbAt + 1).some((word) => word.broken)
  return words.norms.slice(from, verbAt).every((word) => VERB_PARTICLES.has(word))
}

/**
 * The subject of an earlier, non-reporting clause of the same sentence
 * (`أعرب مدير المنتخب خالد مطر عن سعادته … وقال:`): the sentence opens with a
 * verb the lexicons do not list, then a source they recognize that agrees
 * with the verb in number. Only for the first cue of a sentence; a later one
 * carries over the earlier cue's speaker.
 */
function subjectOfOpeningClause(words: Words, cueAt: number, vocabulary: Vocabulary, earlier: EarlierSource[], plural: boolean): Source | null {
  let from = openingVerbAt(words, cueAt) + 1
  // `قال اليوم مسؤول`: an adverb may stand before the subject; a preposition opens no subject (`وقالت في البيان`).
  while (from < cueAt && ADVERBS.has(words.norms[from])) from++
  if (from >= cueAt - 1 || words.list[from].broken) return null
  const to = Math.min(readPhrase(words, from, vocabulary), cueAt)
  // `المعارض الرئيسي له فلان`: a possessive lam goes on with the phrase, whose end is then unknown.
  if (to === from || (to < cueAt && !words.list[to].broken && LAM_PRONOUNS.has(words.norms[to]))) return null
  const read = sourceOf(words, {from, to, skip: ''}, vocabulary, earlier)
  // A verb after its subject agrees with it in number: `وأكد` does not speak for `عدد من الأطباء`.
  return read.known && read.source.type !== 'vague' && read.source.plural === plural ? read.source : null
}

/** Prepositions and time words that open an adverbial fronted before a sentence's verb (`من جانبه،`، `وقبل ذلك،`). */
const FRONTED_ADVERBIAL_OPENERS = new Set(['من', 'الي', 'في', 'قبل', 'بعد', 'وقبل', 'وبعد', 'وفي', 'والي', 'ومن'])
/** Words an adverbial fronted before the verb may run to, up to its comma. */
const MAX_FRONTED_ADVERBIAL_WORDS = 3
/** Particles of tense and negation before a verb (`وقد أعلن`، `ولم يكشف`); a copula (`كان دريك قد كشف`) is the verb itself. */
const PREVERBAL_PARTICLES = new Set(['قد', 'وقد', 'فقد', 'لقد', 'ولقد', 'لم', 'ولم', 'فلم', 'لا', 'ولا', 'لن', 'ولن'])

/**
 * Where the verb that opens a sentence stands: after an adverbial set off by
 * a comma (`من جانبه، أعرب`، `وقبل ذلك، عبّر`), an adverb (`وبدوره أشاد`),
 * and particles of tense or negation (`وقد أعلن`، `ولم يكشف`).
 */
function openingVerbAt(words: Words, cueAt: number): number {
  const {norms} = words
  let at = 0
  if (FRONTED_ADVERBIAL_OPENERS.has(norms[0])) {
    for (let index = 1; index <= Math.min(MAX_FRONTED_ADVERBIAL_WORDS, words.length - 1); index++) {
      if (!words.list[index].broken) continue
      at = index
      break
    }
  }
  const unjoined = (word: string) => (word.length > 3 && word[0] === 'و' ? word.slice(1) : word)
  while (at < cueAt - 1 && (PREVERBAL_PARTICLES.has(norms[at]) || ADVERBS.has(unjoined(norms[at])))) at++
  return at
}

/**
 * The group a plural verb with no subject of its own speaks for, named
 * earlier in its sentence (`تجمع عدد من الأطباء أمام المستشفى وأكدوا …`):
 * the nearest unnamed plural description before the verb.
 */
function groupBefore(words: Words, verbAt: number, vocabulary: Vocabulary, earlier: EarlierSource[]): Source | null {
  for (let at = verbAt - 1; at >= 0; at--) {
    const noun = vocabulary.anonymityNouns.get(indefinite(nounReadings(words.norms[at]).at(-1)!.stem))
    // `أحد`، `بعض` pick members of a group whatever its noun (`أحد فرق الإسعاف`).
    const quantified = at + 1 < verbAt && MEMBER_QUANTIFIERS.has(words.norms[at])
    if (!noun?.plural && !quantified) continue
    // Take in a quantifier before the noun (`عدد من`، `بعض`، `أحد`).
    let from = at
    if (from >= 2 && words.norms[from - 1] === 'من' && QUANTIFIERS.has(words.norms[from - 2])) from -= 2
    else if (from >= 1 && QUANTIFIERS.has(words.norms[from - 1])) from -= 1
    const to = Math.min(readPhrase(words, from, vocabulary), verbAt)
    if (to <= at) continue
    // A plural that names a body or a medium (`وسائل التواصل`) is not the group: look further back.
    const read = sourceOf(words, {from, to, skip: ''}, vocabulary, earlier)
    if (read.source.type === 'anonymous' || read.source.type === 'vague') return read.source
  }
  return null
}

/** A phrase that reports without any source: `ترددت أنباء`، `يرى مراقبون`. */
function vagueCue(words: Words, index: number, vocabulary: Vocabulary): Found | undefined {
  const match = vocabulary.vagueCues.match(words.norms, index, 'conjunction', (at) => words.list[at].broken)
  if (!match) return undefined
  const cue = cueOf(words, index, index + match.length, 'vague', null)
  const claim = claimStartAfter(words, index + match.length)
  const draft = draftOf(cue, [index, index + match.length], null, [], claim.mode, claim.offset, words, false)
  return {draft, next: index + match.length}
}

/**
 * A headline `X: claim`: the colon is the cue when X, at the start of the
 * first sentence of a paragraph, is a speaker the lexicons recognize.
 */
function headlineCue(words: Words, vocabulary: Vocabulary, earlier: EarlierSource[], drafts: Draft[]): Draft | undefined {
  if (!words.sentence.first || words.length < 3) return undefined
  const tokens = words.sentence.tokens
  const colonAt = tokens.findIndex((token) => token.text === ':')
  if (colonAt < 0) return undefined
  // `وليد الشهري- سبق- الرياض:` is a byline and dateline, not a speaker.
  // The dash is often glued to the word before it (`الشهري-`), which then holds it.
  if (tokens.slice(0, colonAt).some((token) => DASHES.has(token.text) || (token.kind === 'word' && DASHES.has(token.text.at(-1)!)))) return undefined
  const speakerEnd = words.list.findIndex((word) => word.at > colonAt)
  if (speakerEnd <= 0 || speakerEnd > MAX_HEADLINE_SPEAKER_WORDS) return undefined
  if (drafts.some((draft) => draft.cueWords[0] < speakerEnd)) return undefined
  const via: Via[] = []
  let to = readPhrase(words, 0, vocabulary)
  if (to === 0) return undefined
  // `«الجوازات» لـ"الاقتصادية": …`
  const afterVia = readVias(words, to, vocabulary, via)
  if (afterVia !== speakerEnd && to !== speakerEnd) return undefined
  const read = sourceOf(words, {from: 0, to, skip: ''}, vocabulary, earlier)
  if (!read.known) return undefined
  const colon = tokens[colonAt]
  const cue: Cue = {text: ':', start: colon.start, end: colon.end, kind: 'headline', lemma: null, stance: null, passive: false, inflection: null}
  const source = read.source
  to = speakerEnd
  const claimStart = speakerEnd < words.length ? words.list[speakerEnd].token.start : null
  return draftOf(cue, [0, to], source, via, 'direct', claimStart, words, false)
}

/** Whether the definite word right after an active masculine singular verb is feminine (`الإصابة`), so not its subject. */
function objectByAgreement(words: Words, at: number, verbEnd: number, verb: VerbMatch): boolean {
  const {gender, number, voice} = verb.form
  if (at !== verbEnd || gender !== 'masculine' || number !== 'singular' || voice !== 'active') return false
  const written = words.list[at].token.text.replace(/[\u064B-\u065F\u0640]/g, '')
  return written.startsWith('ال') && written.endsWith('ة')
}

/** Where the claim begins after the header of a cue, and the mode its opening shows. */
function claimStartAfter(words: Words, from: number): {offset: number | null; mode: Mode; words: number} {
  if (from >= words.length) return {offset: null, mode: 'indirect', words: 0}
  const tokens = words.sentence.tokens
  let at = from > 0 ? words.list[from - 1].at + 1 : 0
  let mode: Mode = 'indirect'
  let complementizer = false
  // Skip punctuation and white space between the header and the claim, noting a colon or a quote.
  while (at < tokens.length && tokens[at].kind !== 'word') {
    if (COLONS.has(tokens[at].text)) mode = 'direct'
    if (tokens[at].quote === 'open' && mode === 'indirect') mode = 'direct'
    at++
  }
  if (at < tokens.length && COMPLEMENTIZERS.has(tokens[at].norm)) {
    complementizer = true
    mode = 'indirect'
  }
  return {offset: at < tokens.length ? tokens[at].start : null, mode: complementizer ? 'indirect' : mode, words: words.length - from}
}

/**
 * The speaker an implicit cue carries over: the nearest earlier attribution
 * with source words whose verb agrees in gender and number (`وأضافت` takes
 * up a feminine speaker, `مؤكدين` a plural one); one whose agreement is
 * unknown (a nominal cue) agrees with anything.
 */
function antecedentOf(agreement: Agreement | null, records: Attribution[], agreements: Array<Agreement | null>): string | null {
  let nearest: string | null = null
  for (let index = records.length - 1; index >= Math.max(0, records.length - ANTECEDENT_WINDOW); index--) {
    if (records[index].source === null) continue
    nearest ??= records[index].id
    const other = agreements[index]
    if (!agreement || !other || agrees(agreement, other)) return records[index].id
  }
  // A plural speaker no earlier attribution introduced (`وأكدوا` after `تجمع الأهالي`) is left unresolved.
  return agreement && agreement.number !== 'singular' ? null : nearest
}

function agrees(a: Agreement, b: Agreement): boolean {
  const plural = (x: Agreement) => x.number !== 'singular'
  return plural(a) === plural(b) && (plural(a) || a.gender === b.gender || a.gender === 'common' || b.gender === 'common')
}

/** Completes a draft into a record: id, ref, claim span, mode and anonymity reason. */
function finish(found: Draft, following: Draft | undefined, context: DocumentContext): Attribution {
  let draft = found
  const {records, text} = context
  let ref = draft.implicit ? antecedentOf(draft.agreement, records, context.agreements) : null
  // A plural speaker no attribution close by introduced (`وقالوا` after `تقدم بعض أولياء الأمور
  // بشكوى`) is the unnamed group the sentence before named, as in its own sentence (ruling 8).
  // Record ids are `a` and their position in `records`.
  const nearby = (id: string | null) => id !== null && records[Number(id.slice(1)) - 1].sentence >= draft.sentence.index - 1
  // Records are in text order: the last one tells whether any stands in this sentence or the one before.
  const spokeJustBefore = (records.at(-1)?.sentence ?? -1) >= draft.sentence.index - 1
  if (draft.implicit && !nearby(ref) && !spokeJustBefore && draft.agreement && draft.sentence.index > 0) {
    const previous = new Words(sentenceNumbered(draft.sentence.index - 1, context)!)
    const plural = draft.agreement.number !== 'singular'
    // `وبدوره أشاد رئيس الجمعية بالقرار. وقال إن …`: so is the subject of the clause that opened the sentence before.
    const subject = (plural ? groupBefore(previous, previous.length, context.vocabulary, context.earlier) : null) ?? subjectOfOpeningClause(previous, previous.length, context.vocabulary, context.earlier, plural)
    if (subject) {
      draft = {...draft, source: subject, implicit: false}
      ref = null
    }
  }
  const claim = claimOf(draft, following, context)
  let mode: Mode = draft.mode ?? 'indirect'
  if (mode === 'indirect' && claim && /[«»“”"]/.test(text.slice(claim.start, claim.end))) mode = 'mixed'
  const unnamed = draft.source && (draft.source.type === 'anonymous' || draft.source.type === 'vague')
  const reason = unnamed ? reasonFrom(draft.sentence.index, draft.sentence.paragraph, context) : null
  return {
    id: `a${records.length + 1}`,
    cue: draft.cue,
    source: draft.source,
    type: draft.source ? draft.source.type : draft.implicit ? 'implicit' : 'vague',
    ref,
    via: draft.via,
    mode,
    anonymityReason: reason !== null,
    reason,
    claim,
    paragraph: draft.sentence.paragraph,
    sentence: draft.sentence.index
  }
}

/**
 * A record with its spans as they stand in the draft: `text` is always
 * `document.slice(start, end)`. Spans are read from tokens, which hold the
 * words of a Markdown draft but not its markup, so a span across `*كبير*`
 * would cut the element and its text would lack the marks; it is widened over
 * every inline element it cuts instead. Plain text has no markup: its spans
 * keep their bounds and their text is already the slice.
 */
function exactSpans(record: Attribution, context: DocumentContext): Attribution {
  const {text, markup} = context
  const exact = <S extends {start: number; end: number}>(span: S): S => {
    const {start, end} = widenOverMarkup(span, markup)
    return 'text' in span ? {...span, start, end, text: text.slice(start, end)} : {...span, start, end}
  }
  return {
    ...record,
    cue: exact(record.cue),
    source: record.source && exact(record.source),
    via: record.via.map(exact),
    reason: record.reason && exact(record.reason),
    claim: record.claim && exact(record.claim)
  }
}

/**
 * The claim runs from the end of the cue's header to the next cue of the
 * sentence or its end; a quotation that opens the claim runs on to its
 * closing mark, wherever in the paragraph that is. A trailing `وفقاً لـX`
 * claims what came before it.
 */
function claimOf(draft: Draft, following: Draft | undefined, context: DocumentContext): {start: number; end: number} | null {
  const {text} = context
  const sentence = draft.sentence
  if (draft.claimBefore) {
    const start = sentence.start
    const end = trimEnd(text, start, draft.cue.start)
    return end > start ? {start, end} : null
  }
  if (draft.claimStart === null) return null
  const start = draft.claimStart
  let end = following ? following.cue.start : sentence.end
  const quotationEnd = context.quotationEnds.get(start)
  if (quotationEnd !== undefined && quotationEnd > end && !following) end = quotationEnd
  end = trimEnd(text, start, end)
  return end > start ? {start, end} : null
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s،,؛;]/.test(text[end - 1])) end--
  return end
}

/**
 * The first anonymity reason in sentence `index` or after it within
 * `paragraph` (`… طلب عدم الكشف عن هويته`، `وطلب المصدر عدم ذكر اسمه.`),
 * memoized so each sentence is read once however many sources it has.
 */
function reasonFrom(index: number, paragraph: number, context: DocumentContext): Attribution['reason'] {
  const {sentences} = context
  const inParagraph = (at: number) => sentenceAt(sentences, at)?.paragraph === paragraph
  if (!inParagraph(index)) return null
  let found = context.reasonsFrom.get(index)
  if (found === undefined) {
    // Filled from the paragraph's last sentence backwards, so no sentence is read twice.
    let last = index
    while (inParagraph(last + 1) && !context.reasonsFrom.has(last + 1)) last++
    for (let at = last; at >= index; at--) {
      const here = reasonIn(new Words(sentenceAt(sentences, at)!), context.vocabulary)
      context.reasonsFrom.set(at, here ?? (inParagraph(at + 1) ? (context.reasonsFrom.get(at + 1) ?? null) : null))
    }
    found = context.reasonsFrom.get(index)!
  }
  return found
}

/** A stated reason for anonymity in the cue's sentence (`طلب عدم الكشف عن هويته`). */
function reasonIn(words: Words, vocabulary: Vocabulary): Attribution['reason'] {
  let boilerplate: Attribution['reason'] = null
  for (let index = 0; index < words.length; index++) {
    const match = vocabulary.reasons.match(words.norms, index, 'conjunction')
    if (!match) continue
    const reason = {...spanOf(words, {from: index, to: index + match.length, skip: ''}), boilerplate: match.value.boilerplate}
    // A real reason (`خوفاً على سلامته`) outweighs a formula next to it (`طلب عدم الكشف عن هويته`).
    if (!reason.boilerplate) return reason
    boilerplate ??= reason
    index += match.length - 1
  }
  return boilerplate
}
