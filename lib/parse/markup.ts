/**
 * Inline Markdown markup around prose (`*كبير*`، `[رويترز](https://…)`). The
 * nlcst tree holds only the words, so a span read from its tokens can start
 * outside an element and end inside it: `widenOverMarkup` takes in the whole
 * element, so an editor highlighting the span sees balanced markup.
 */
import type {Nodes as MdastNodes} from 'mdast'

/** An inline element of a Markdown draft. Offsets are into the draft. */
export interface InlineMarkup {
  start: number
  end: number
  /** Where its children (the prose) start and end. */
  contentStart: number
  contentEnd: number
  /** Index of the element it lies in, or -1. */
  parent: number
}

declare module 'nlcst' {
  interface RootData {
    /** The inline Markdown elements of the draft, by start offset (none for plain text). */
    inlineMarkup?: InlineMarkup[]
  }
}

/** Inline elements whose markup wraps prose; inline code has no prose inside (it is one token). */
const WRAPPERS = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference'])

/**
 * Adds `node` to `markup` when it wraps prose, and returns its index there
 * (or `parent`, for nodes that are not such an element). Call in document order.
 */
export function collectMarkup(node: MdastNodes, parent: number, markup: InlineMarkup[]): number {
  if (!WRAPPERS.has(node.type) || !('children' in node) || node.children.length === 0) return parent
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  const contentStart = node.children[0].position?.start.offset
  const contentEnd = node.children[node.children.length - 1].position?.end.offset
  if (start === undefined || end === undefined || contentStart === undefined || contentEnd === undefined) return parent
  markup.push({start, end, contentStart, contentEnd, parent})
  return markup.length - 1
}

/**
 * `span` widened to the whole of every inline element it cuts: one it starts
 * outside of and ends inside, or the reverse. A span within an element's
 * prose, or holding the whole element, stays as it is. Elements nest, so
 * widening over one never cuts another.
 */
export function widenOverMarkup(span: {start: number; end: number}, markup: readonly InlineMarkup[]): {start: number; end: number} {
  let {start, end} = span
  const cuts = (element: InlineMarkup) =>
    start < element.end && end > element.start && !(start <= element.start && end >= element.end) && !(start >= element.contentStart && end <= element.contentEnd)
  // Only elements holding one of the span's ends can be cut: those are the innermost such element and its parents.
  for (const at of [innermostAt(markup, span.start, false), innermostAt(markup, span.end, true)]) {
    for (let index = at; index !== -1; index = markup[index].parent) {
      const element = markup[index]
      if (!cuts(element)) continue
      start = Math.min(start, element.start)
      end = Math.max(end, element.end)
    }
  }
  return {start, end}
}

/**
 * The last element (by start) that starts before `offset` (or at it, unless
 * `offset` is an end): the elements holding `offset` are it and its parents.
 */
function innermostAt(markup: readonly InlineMarkup[], offset: number, isEnd: boolean): number {
  let low = 0
  let high = markup.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (isEnd ? markup[middle].start < offset : markup[middle].start <= offset) low = middle + 1
    else high = middle
  }
  return low - 1
}

/** Link destinations and reference labels (`](https://…)`, `][1]`; no white space, so a stray `](` costs a word, not the rest), emphasis marks, brackets and escapes. */
const INLINE_MARKUP = /\](\([^)\s]*\)|\[[^\]\s]*\])|\\(?=[!-/:-@[-`{-~])|[*_~`[\]]/g

/**
 * The prose of a span's text, its inline Markdown markup taken out, with
 * white space collapsed: a source is the same source whether or not a
 * draft writes it as `*مسؤول*` or `[رويترز](https://…)`. For comparing and
 * counting sources, never for positions.
 */
export function proseOf(text: string): string {
  return text.replace(INLINE_MARKUP, ' ').replace(/\s+/g, ' ').trim()
}
