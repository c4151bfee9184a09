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
  /** Inside a quotation opened earlier in the paragraph. */
  quoted: boolean
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

const OPENERS = new Set(['«', '“', '„', '‹'])
const CLOSERS = new Set(['»', '”', '›'])

/** Splits a document tree into sentences of tokens, in document order. */
export function sentencesOf(tree: Root): SentenceView[] {
  const sentences: SentenceView[] = []
  let paragraphIndex = 0
  for (const paragraph of paragraphsOf(tree)) {
    const group: SentenceView[] = []
    // Quotation depth runs across the sentences of a paragraph: a quote may hold several.
    let depth = 0
    let straightOpen = false
    for (const child of paragraph.children) {
      if (child.type !== 'SentenceNode') continue
      const tokens: Token[] = []
      for (const node of child.children) {
        const start = node.position?.start.offset
        const end = node.position?.end.offset
        if (start === undefined || end === undefined) continue
        const text = toString(node)
        const kind: TokenKind =
          node.type === 'WordNode' ? 'word' : node.type === 'WhiteSpaceNode' ? 'space' : node.type === 'SymbolNode' ? 'symbol' : 'punctuation'
        let quoted = depth > 0 || straightOpen
        if (kind !== 'space' && kind !== 'word') {
          if (OPENERS.has(text)) depth++
          else if (CLOSERS.has(text)) {
            depth = Math.max(0, depth - 1)
            quoted = depth > 0 || straightOpen
          } else if (text === '"') {
            straightOpen = !straightOpen
            quoted = depth > 0 || straightOpen
          }
        }
        tokens.push({kind, text, norm: kind === 'space' ? '' : normalize(text), start, end, quoted})
      }
      if (tokens.length === 0) continue
      group.push({
        index: sentences.length + group.length,
        paragraph: paragraphIndex,
        tokens,
        start: tokens[0].start,
        end: tokens[tokens.length - 1].end,
        first: group.length === 0,
        line: false
      })
    }
    if (group.length === 1) {
      const last = lastSignificant(group[0].tokens)
      group[0].line = last !== undefined && last.kind === 'word'
    }
    sentences.push(...group)
    if (group.length > 0) paragraphIndex++
  }
  return sentences
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

export type {Sentence}
