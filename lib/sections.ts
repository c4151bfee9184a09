/**
 * Reading a long plain-text draft in sections. The nlcst tree of a draft
 * takes about sixty times the text's size in memory, so a 10 MB archive dump
 * parsed whole needs gigabytes. `checkDraft` instead cuts such a draft at
 * line breaks (where the parser starts a new paragraph anyway), parses each
 * section at its place in the draft (`file.data.origin`, so positions are the
 * draft's) and checks one at a time on the same file, letting each tree go
 * before the next. What must outlive a section does so explicitly: the
 * extraction state (records, earlier speakers), the sentence and paragraph
 * counts, and the state of document-level rules (`RuleContext.carried`).
 * The findings are the same as for the draft read whole; a test holds it.
 */

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
