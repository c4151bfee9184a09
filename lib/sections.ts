/**
 * Reading a long plain-text draft in sections. The nlcst tree of a draft
 * takes about sixty times the text's size in memory, so a 10 MB archive dump
 * parsed whole needs gigabytes. `checkDraft` instead cuts such a draft at
 * line breaks (where the parser starts a new paragraph anyway), parses and
 * checks one section at a time on the same file, and lets each tree go
 * before the next. What must outlive a section does so explicitly: the
 * extraction state (records, earlier speakers), the sentence and paragraph
 * counts, and the state of document-level rules (`RuleContext.carried`).
 * The findings are the same as for the draft read whole; a test holds it.
 */
import type {Nodes, Root} from 'nlcst'
import type {Point} from 'unist'

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
}

export interface SectionBounds {
  /** Offsets into the draft. */
  start: number
  end: number
  /** Line (1-based) the section starts on; it always starts a line. */
  line: number
}

/**
 * Cuts `text` into sections of about `size` code units: each ends after the
 * first run of white space holding a line break once `size` is reached, so
 * every section starts a line with a non-space character and no paragraph
 * is split. A draft with no line break past `size` stays one section.
 */
export function sectionBounds(text: string, size: number): SectionBounds[] {
  const sections: SectionBounds[] = []
  let start = 0
  let line = 1
  while (start < text.length) {
    let end = text.indexOf('\n', start + size)
    if (end === -1) end = text.length
    else while (end < text.length && isSpace(text.charCodeAt(end))) end++
    sections.push({start, end, line})
    line += countLines(text, start, end)
    start = end
  }
  return sections
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

/**
 * Moves the positions of a section's tree, parsed on its own, to where the
 * section lies in the draft. Sections start at the beginning of a line, so
 * columns stay as they are. The points of the leaves (text, white space,
 * punctuation, symbols) are moved in place; a parent's position is its
 * children's extent, so it is rebuilt from them rather than moved, which also
 * leaves no point shared between a parent and its child moved twice.
 */
export function placeSection(tree: Root, bounds: SectionBounds): void {
  place(tree, bounds.start, bounds.line - 1)
}

function place(node: Nodes, offset: number, lines: number): void {
  const position = node.position
  if ('children' in node && node.children.length > 0) {
    for (const child of node.children) place(child, offset, lines)
    const first = node.children[0].position
    const last = node.children[node.children.length - 1].position
    if (position && first && last) node.position = {start: first.start, end: last.end}
    return
  }
  if (!position) return
  move(position.start, offset, lines)
  if (position.end !== position.start) move(position.end, offset, lines)
}

function move(point: Point, offset: number, lines: number): void {
  point.line += lines
  if (point.offset !== undefined) point.offset += offset
}
