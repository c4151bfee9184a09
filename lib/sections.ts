/**
 * Reading a long draft in sections. The nlcst tree of a draft takes about
 * sixty times the text's size in memory, so a 10 MB archive dump parsed whole
 * needs gigabytes. `checkDraft` instead cuts such a draft where the parser
 * starts a new paragraph anyway (plain text at line breaks, Markdown where a
 * top-level paragraph starts), parses each
 * section at its place in the draft (`file.data.origin`, so positions are the
 * draft's) and checks one at a time on the same file, letting each tree go
 * before the next. What must outlive a section does so explicitly: the
 * extraction state (records, earlier speakers), the sentence and paragraph
 * counts, and the state of document-level rules (`RuleContext.carried`).
 * The findings are the same as for the draft read whole; a test holds it.
 */
import {abbreviationPrefix} from './parse/parse-latin-expressions.js'

declare module 'vfile' {
  interface DataMap {
    /** Set while a draft is checked in sections: which section the current run is. */
    section: Section
  }
}

export interface Section {
  /** The draft's first section: nothing carries over into it. */
  first: boolean
  /** The draft's last section: document-level checks report now. */
  last: boolean
  /** Index in `file.data.attributions` of the first record of this section. */
  firstRecord: number
  /** Index in `file.messages` of the first message of this section. */
  firstMessage: number
}

export interface SectionBounds {
  /** Offsets into the draft. */
  start: number
  end: number
  /** Line (1-based) the section starts on; it always starts a line. */
  line: number
}

/**
 * Cuts `text` into sections of about `size` code units: each ends at the
 * first line break past `size` where a section may start (`startsOnItsOwn`),
 * after the white space that follows it, so every section starts a line and
 * no paragraph or sentence is split. A draft with no such place past `size`
 * stays one section.
 */
export function sectionBounds(text: string, size: number): SectionBounds[] {
  const sections: SectionBounds[] = []
  let start = 0
  let line = 1
  while (start < text.length) {
    let end = text.indexOf('\n', start + size)
    while (end !== -1) {
      let next = end
      while (next < text.length && isSpace(text.charCodeAt(next))) next++
      if (next < text.length && startsOnItsOwn(text, start, end, next)) {
        end = next
        break
      }
      end = text.indexOf('\n', next)
    }
    if (end === -1) end = text.length
    sections.push({start, end, line})
    line += countLines(text, start, end)
    start = end
  }
  return sections
}

/** An Arabic letter or a Latin capital: a sentence starting with one is joined to none before it (parse-latin joins lower-case, digit and comma starts). */
const STANDS_ALONE = /^[\u0621-\u064A\u0671-\u06D3A-Z]/
/** A word, for the text before a cut. */
const WORD = /[\p{L}\p{N}]/u
/** What may close a Markdown block without being prose: emphasis marks, code marks, link ends. */
const TRAILING_MARKUP = /[*_~`\])>#\s]+$/

/**
 * Whether a section may start at `next`, the first character after the white
 * space at `lineBreak` that follows text from `start`: the parser then reads
 * the lines on either side as it does within the whole draft, because no rule
 * joins sentences across that break. It must be a paragraph break (spaces,
 * tabs and line breaks only); the line after it must start with a word no
 * rule joins to the sentence before (`STANDS_ALONE`); the line before it must
 * hold a word (a sentence without one is joined to a neighbour) and must not
 * end in a full stop after a Latin abbreviation, nor in a number (an
 * abbreviation such as `م.` after a number ends a sentence).
 */
function startsOnItsOwn(text: string, start: number, lineBreak: number, next: number): boolean {
  if (!STANDS_ALONE.test(text.slice(next, next + 1))) return false
  let contentEnd = lineBreak
  while (contentEnd > start && isSpace(text.charCodeAt(contentEnd - 1))) contentEnd--
  for (let at = contentEnd; at < next; at++) {
    const code = text.charCodeAt(at)
    if (code !== 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return false
  }
  const lineStart = Math.max(start, text.lastIndexOf('\n', contentEnd - 1) + 1, text.lastIndexOf('\r', contentEnd - 1) + 1)
  if (!WORD.test(text.slice(lineStart, lineBreak))) return false
  const before = text.slice(Math.max(lineStart, lineBreak - 200), lineBreak).replace(TRAILING_MARKUP, '')
  if (/[0-9\u0660-\u0669\u06F0-\u06F9]$/.test(before)) return false
  const abbreviation = /([A-Za-z0-9]+)\.$/.exec(before)
  return !(abbreviation && abbreviationPrefix.test(abbreviation[1].toLowerCase()))
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0b || code === 0x0c || code === 0xa0
}

/** Line breaks in `text` between `start` and `end`, counted as parse-latin and vfile-location count them (`\r\n`, `\r`, `\n`). */
function countLines(text: string, start: number, end: number): number {
  let lines = 0
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at)
    if (code === 0x0a) lines++
    else if (code === 0x0d && text.charCodeAt(at + 1) !== 0x0a) lines++
  }
  return lines
}

/** Blocks whose end is not a blank line: what a Markdown section must not start inside (CommonMark HTML blocks 1–5). */
const HTML_BLOCKS: Array<[start: RegExp, end: RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/]
]
const FENCE = /^ {0,3}(`{3,}|~{3,})/
const FRONT_MATTER = /^(?:---|\+\+\+)[ \t]*$/
/** A link reference definition, at the top level or in a block quote or list. */
const DEFINITION = /^[ \t>*+-]*\[[^\]\n]+\]:/m

/**
 * Cuts a Markdown draft into sections of about `size` code units, at the
 * start of a top-level paragraph only: a line after a blank line that
 * `startsOnItsOwn` (it begins with an Arabic letter or a capital), outside
 * fenced code, front matter and the HTML blocks that run past blank lines. There the Markdown parser has no block open
 * (a blank line and an unindented letter close every list, block quote and
 * indented code), so each section parses as it does within the whole draft.
 * A draft with link reference definitions stays whole: a reference in one
 * section may be defined in another.
 */
export function markdownSectionBounds(text: string, size: number): SectionBounds[] {
  if (DEFINITION.test(text)) return [{start: 0, end: text.length, line: 1}]
  const sections: SectionBounds[] = []
  let start = 0
  let startLine = 1
  let line = 1
  let previousBlank = false
  /** Where the last line with anything on it ends: the white space from there to a cut must be a paragraph break. */
  let previousEnd = 0
  let fence: string | undefined
  let htmlEnd: RegExp | undefined
  let frontMatter: string | undefined
  for (let at = 0; at < text.length; line++) {
    let next = at
    while (next < text.length && text.charCodeAt(next) !== 0x0a && text.charCodeAt(next) !== 0x0d) next++
    const content = text.slice(at, next)
    const blank = content.trim() === ''
    if (next < text.length) next += text.charCodeAt(next) === 0x0d && text.charCodeAt(next + 1) === 0x0a ? 2 : 1
    if (frontMatter !== undefined || (at === 0 && FRONT_MATTER.test(content))) {
      // Front matter runs from its first line to the same marker again.
      if (at === 0) frontMatter = content.trim()
      else if (content.trim() === frontMatter) frontMatter = undefined
    } else if (fence !== undefined) {
      const closing = FENCE.exec(content)
      if (closing && closing[1][0] === fence[0] && closing[1].length >= fence.length && content.slice(closing[0].length).trim() === '') fence = undefined
    } else if (htmlEnd) {
      if (htmlEnd.test(content)) htmlEnd = undefined
    } else {
      if (previousBlank && at >= start + size && startsOnItsOwn(text, start, previousEnd, at)) {
        sections.push({start, end: at, line: startLine})
        start = at
        startLine = line
      }
      const opening = FENCE.exec(content)
      if (opening && !(opening[1][0] === '`' && content.slice(opening[0].length).includes('`'))) fence = opening[1]
      else {
        const html = HTML_BLOCKS.find(([begins]) => begins.test(content))
        if (html && !html[1].test(content.slice(content.indexOf('<') + 2))) htmlEnd = html[1]
      }
    }
    if (!blank) previousEnd = at + content.length
    previousBlank = blank
    at = next
  }
  sections.push({start, end: text.length, line: startLine})
  return sections
}
