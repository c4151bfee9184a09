/**
 * Inline control of rules from the draft itself, after remark-message-control:
 *
 * - `<!-- isnad-disable anonymous-source -->` … `<!-- isnad-enable anonymous-source -->`
 *   turns rules off over a stretch (all rules when none is named);
 * - `<!-- isnad-ignore anonymous-source -->` turns them off for the next paragraph only
 *   (in plain text, where every line is a paragraph, the next line).
 *
 * The same directives work in plain text as comments (the draft is not HTML,
 * but editors recognize the form) or as lines of their own starting with
 * `//`: `// isnad-disable anonymous-source`.
 *
 * Runs last: it removes the messages the directives silence.
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {messageOn, placeOf} from './rule.js'

export type Directive = 'disable' | 'enable' | 'ignore'

export interface Marker {
  directive: Directive
  /** Rule ids the directive names; empty for all rules. */
  rules: string[]
  start: number
  end: number
}

export interface ControlOptions {
  /** Rule ids that exist, to report directives naming unknown ones. */
  known: ReadonlySet<string>
}

const NAME = 'isnad-'
/** The rule id of a directive naming a rule that does not exist. */
export const UNKNOWN_RULE = 'unknown-rule'

/** Directives in a draft, in order: HTML comments and `//` lines. */
export function findMarkers(text: string): Marker[] {
  const markers: Marker[] = []
  for (let open = text.indexOf('<!--'); open !== -1; open = text.indexOf('<!--', open + 4)) {
    const close = text.indexOf('-->', open + 4)
    if (close === -1) break
    const marker = parseMarker(text.slice(open + 4, close), open, close + 3)
    if (marker) markers.push(marker)
  }
  for (let lineStart = 0; lineStart < text.length; ) {
    const lineEnd = text.indexOf('\n', lineStart) === -1 ? text.length : text.indexOf('\n', lineStart)
    const line = text.slice(lineStart, lineEnd).trim()
    if (line.startsWith('//')) {
      const marker = parseMarker(line.slice(2), lineStart, lineEnd)
      if (marker) markers.push(marker)
    }
    lineStart = lineEnd + 1
  }
  return markers.sort((a, b) => a.start - b.start)
}

function parseMarker(body: string, start: number, end: number): Marker | undefined {
  const words = body.trim().split(/\s+/)
  const head = words[0] ?? ''
  if (!head.startsWith(NAME)) return undefined
  const directive = head.slice(NAME.length)
  if (directive !== 'disable' && directive !== 'enable' && directive !== 'ignore') return undefined
  return {directive, rules: words.slice(1).filter(Boolean), start, end}
}

/**
 * End of the paragraph after `from`. In Markdown a paragraph ends at a blank
 * line; in plain text every line is a paragraph (as the parser reads it).
 */
function nextParagraphEnd(text: string, from: number, lines: boolean): number {
  if (lines) {
    let at = from
    // Skip the rest of the directive's line and any empty lines, then take the next line.
    while (at < text.length && text[at] !== '\n') at++
    while (at < text.length && text[at].trim() === '') at++
    const end = text.indexOf('\n', at)
    return end === -1 ? text.length : end
  }
  let seenText = false
  for (let at = from; at < text.length; at++) {
    const char = text[at]
    if (char === '\n') {
      let next = at + 1
      while (next < text.length && (text[next] === ' ' || text[next] === '\t' || text[next] === '\r')) next++
      if (seenText && (next >= text.length || text[next] === '\n')) return at
    } else if (char.trim() !== '') seenText = true
  }
  return text.length
}

/** Whether `ruleId` is silenced at `offset` by the markers. */
function silenced(markers: Marker[], text: string, lines: boolean, ruleId: string, offset: number): boolean {
  let off = false
  for (const marker of markers) {
    if (marker.start > offset) break
    const applies = marker.rules.length === 0 || marker.rules.includes(ruleId)
    if (!applies) continue
    if (marker.directive === 'disable') off = true
    else if (marker.directive === 'enable') off = false
    else if (offset < nextParagraphEnd(text, marker.end, lines)) return true
  }
  return off
}

export default function isnadControl(options: ControlOptions) {
  return function (_tree: Root, file: VFile): undefined {
    // A draft read in sections is filtered once, when all its messages are in.
    if (file.data.section && !file.data.section.last) return
    const text = String(file)
    const markers = findMarkers(text)
    if (markers.length === 0) return
    file.messages = file.messages.filter((message) => {
      if (message.source !== 'isnad' || !message.ruleId || message.place === undefined) return true
      const offset = 'start' in message.place ? message.place.start.offset : message.place.offset
      return offset === undefined || !silenced(markers, text, file.data.format !== 'markdown', message.ruleId, offset)
    })
    for (const marker of markers) {
      for (const rule of marker.rules) {
        if (options.known.has(rule)) continue
        const message = messageOn(file, `Unexpected unknown rule \`${rule}\` in \`${NAME}${marker.directive}\`, expected one of isnad's rule ids`, {
          place: placeOf(file, marker),
          ruleId: UNKNOWN_RULE,
          source: 'isnad'
        })
        message.fatal = false
      }
    }
  }
}
