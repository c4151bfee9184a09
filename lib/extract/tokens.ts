/**
 * A flat view of an nlcst tree for the extractor: paragraphs of sentences of
 * tokens, each token with its original offsets and its matching form.
 */
import type {Paragraph, Root, Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {normalize} from '../text/normalize.js'

export type TokenKind = 'word' | 'punctuation' | 'symbol' | 'space'

export interface Token {
  kind: TokenKind
  /** Original text. */
  text: string
  /** Matching form (normalized); empty for white space. */
  norm: string
  start: number
  end: number
  /** Inside a quotation whose marks pair up within the paragraph. */
  quoted: boolean
  /** For a quotation mark that pairs up: whether it opens or closes; null otherwise. */
  quote: 'open' | 'close' | null
}

export interface SentenceView {
  /** Index in the document. */
  index: number
  paragraph: number
  tokens: Token[]
  start: number
  end: number
  /** First sentence of its paragraph. */
  first: boolean
  /** The paragraph is this sentence alone and has no final punctuation: a headline or a title line. */
  line: boolean
}

const PAIRS: Readonly<Record<string, string>> = {'«': '»', '“': '”', '„': '”', '‹': '›'}
const CLOSERS = new Set(Object.values(PAIRS))
const OPENING_OF: Readonly<Record<string, string>> = {'»': '«', '”': '“', '›': '‹'}

const cache = new WeakMap<Root, SentenceView[]>()

/** Where a tree's sentences and paragraphs start counting: a section of a larger draft continues its draft's count. */
export interface SentenceBase {
  sentence: number
  paragraph: number
}

const bases = new WeakMap<Root, SentenceBase>()

/** Numbers the sentences of `tree`, a section of a draft, after those of the sections before it. */
export function continueCount(tree: Root, base: SentenceBase): void {
  bases.set(tree, base)
}

/**
 * Splits a document tree into sentences of tokens, in document order. The
 * result is kept per tree: extraction and every rule read the same views
 * (and must not change them). Sentence and paragraph numbers count from the
 * start of the draft, also when `tree` is one section of it.
 */
export function sentencesOf(tree: Root): SentenceView[] {
  let sentences = cache.get(tree)
  if (!sentences) {
    sentences = splitSentences(tree, bases.get(tree) ?? {sentence: 0, paragraph: 0})
    cache.set(tree, sentences)
  }
  return sentences
}

/** The sentence numbered `index` in `sentences` (a whole draft or one section of it), if there. */
export function sentenceAt(sentences: SentenceView[], index: number): SentenceView | undefined {
  return sentences.length === 0 ? undefined : sentences[index - sentences[0].index]
}

/** Hyphens glued to a word's edge (`-حسب`، `الجماهير-`) are dashes around an aside, not part of the word. */
const EDGE_HYPHENS = /^-+|-+$/g
const HYPHEN = 0x2d

/** A token's matching form: normalized, without edge hyphens (tested first: this runs for every token). */
function matchingForm(text: string): string {
  const norm = normalize(text)
  return norm.charCodeAt(0) === HYPHEN || norm.charCodeAt(norm.length - 1) === HYPHEN ? norm.replace(EDGE_HYPHENS, '') : norm
}

function splitSentences(tree: Root, base: SentenceBase): SentenceView[] {
  const sentences: SentenceView[] = []
  let paragraphIndex = base.paragraph
  for (const paragraph of paragraphsOf(tree)) {
    const group: SentenceView[] = []
    for (const child of paragraph.children) {
      if (child.type !== 'SentenceNode') continue
      const tokens: Token[] = []
      for (const node of child.children) {
        const start = node.position?.start.offset
        const end = node.position?.end.offset
        if (start === undefined || end === undefined) continue
        const text = textOf(node)
        const kind: TokenKind =
          node.type === 'WordNode' ? 'word' : node.type === 'WhiteSpaceNode' ? 'space' : node.type === 'SymbolNode' ? 'symbol' : 'punctuation'
        tokens.push({kind, text, norm: kind === 'space' ? '' : matchingForm(text), start, end, quoted: false, quote: null})
      }
      if (tokens.length === 0) continue
      group.push({
        index: base.sentence + sentences.length + group.length,
        paragraph: paragraphIndex,
        tokens,
        start: tokens[0].start,
        end: tokens[tokens.length - 1].end,
        first: group.length === 0,
        line: false
      })
    }
    markQuotations(group.flatMap((sentence) => sentence.tokens))
    if (group.length === 1) {
      const last = lastSignificant(group[0].tokens)
      group[0].line = last !== undefined && last.kind === 'word'
    }
    for (const sentence of group) sentences.push(sentence)
    if (group.length > 0) paragraphIndex++
  }
  return sentences
}

/**
 * Pairs the quotation marks of a paragraph and marks what lies inside. A
 * straight `"` opens when white space (or nothing) is before it and a letter
 * after, closes in the mirror case, and otherwise alternates. A mark that
 * finds no partner in its paragraph (a quote left open by the writer) quotes
 * nothing, so one stray mark cannot hide the rest of the paragraph.
 */
function markQuotations(tokens: Token[]): void {
  const open: number[] = []
  const pairs: Array<[number, number]> = []
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]
    if (token.kind === 'word' || token.kind === 'space') continue
    if (token.text in PAIRS) open.push(at)
    else if (CLOSERS.has(token.text)) {
      const partner = findOpener(tokens, open, (opener) => PAIRS[opener] === token.text)
      if (partner !== -1) pairs.push([partner, at])
    } else if (token.text === '"') {
      const before = tokens[at - 1]
      const after = tokens[at + 1]
      const opensHere = (!before || before.kind === 'space') && after?.kind === 'word'
      const closesHere = before !== undefined && before.kind !== 'space' && (!after || after.kind !== 'word')
      const partner = opensHere ? -1 : findOpener(tokens, open, (opener) => opener === '"')
      if (partner !== -1) pairs.push([partner, at])
      else if (!closesHere) open.push(at)
    }
  }
  for (const [from, to] of pairs) {
    tokens[from].quote = 'open'
    tokens[to].quote = 'close'
    for (let at = from + 1; at < to; at++) tokens[at].quoted = true
  }
}

/** The nearest unclosed opener that `fits`, removed from `open` with everything opened after it. */
function findOpener(tokens: Token[], open: number[], fits: (text: string) => boolean): number {
  for (let index = open.length - 1; index >= 0; index--) {
    if (!fits(tokens[open[index]].text)) continue
    const at = open[index]
    open.length = index
    return at
  }
  return -1
}

export interface Quotation {
  open: Token
  close: Token
  /** Document indexes of the sentences holding the opening and the closing mark. */
  first: number
  last: number
}

/** A quotation mark with no partner in its paragraph. */
export interface StrayMark {
  mark: Token
  /** It opens a quotation that never closes (rather than closing one that never opened). */
  opening: boolean
  /** The mark that would pair it. */
  partner: string
}

const quotationCache = new WeakMap<SentenceView[], {quotations: Quotation[]; strays: StrayMark[]}>()

/**
 * The quotations of a document in text order, inner ones included, and the
 * marks left without a partner. Kept per sentence list, like the list itself.
 */
export function quotationsOf(sentences: SentenceView[]): {quotations: Quotation[]; strays: StrayMark[]} {
  let found = quotationCache.get(sentences)
  if (!found) {
    found = findQuotations(sentences)
    quotationCache.set(sentences, found)
  }
  return found
}

function findQuotations(sentences: SentenceView[]): {quotations: Quotation[]; strays: StrayMark[]} {
  const quotations: Quotation[] = []
  const strays: StrayMark[] = []
  const open: Array<{mark: Token; sentence: number}> = []
  for (const sentence of sentences) {
    sentence.tokens.forEach((token, at) => {
      if (token.kind === 'word' || token.kind === 'space') return
      if (token.quote === 'open') open.push({mark: token, sentence: sentence.index})
      else if (token.quote === 'close') {
        const start = open.pop()!
        quotations.push({open: start.mark, close: token, first: start.sentence, last: sentence.index})
      } else if (token.text in PAIRS) strays.push({mark: token, opening: true, partner: PAIRS[token.text]})
      else if (token.text in OPENING_OF) strays.push({mark: token, opening: false, partner: OPENING_OF[token.text]})
      else if (token.text === '"') strays.push({mark: token, opening: sentence.tokens[at + 1]?.kind === 'word', partner: '"'})
    })
  }
  return {quotations: quotations.sort((a, b) => a.open.start - b.open.start), strays}
}

const DASHES = new Set(['-', '–', '—'])
/** A dateline (`واشنطن، 12 يناير (رويترز) -`) ends with a dash within this many words of the paragraph's start. */
const DATELINE_WORDS = 8

/** Offset where the text of a sentence starts, after the dateline that may open its paragraph. */
export function datelineEnd(sentence: SentenceView): number {
  if (!sentence.first) return sentence.start
  let words = 0
  for (const token of sentence.tokens) {
    if (token.kind === 'word' && ++words > DATELINE_WORDS) break
    if (DASHES.has(token.text)) return token.end
  }
  return sentence.start
}

/** A node's text; most words are a single text node, whose value needs no copy. */
function textOf(node: Paragraph['children'][number] | Sentence['children'][number]): string {
  if ('value' in node) return node.value
  const children = node.children
  return children.length === 1 && children[0].type === 'TextNode' ? children[0].value : toString(node)
}

function lastSignificant(tokens: Token[]): Token | undefined {
  for (let index = tokens.length - 1; index >= 0; index--) if (tokens[index].kind !== 'space') return tokens[index]
  return undefined
}

/** Paragraphs in document order, however deeply a syntax tree (e.g. from Markdown) nests them. */
function paragraphsOf(tree: Root): Paragraph[] {
  const found: Paragraph[] = []
  const stack: Array<{children?: unknown[]; type: string}> = [tree]
  // Depth-first, children in order: an explicit stack keeps deep trees from overflowing.
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'ParagraphNode') {
      found.push(node as Paragraph)
      continue
    }
    const children = node.children as Array<{children?: unknown[]; type: string}> | undefined
    if (children) for (let index = children.length - 1; index >= 0; index--) stack.push(children[index])
  }
  return found
}

