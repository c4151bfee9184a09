/**
 * Marking up overlapping spans of a text: a claim holding its source, a cue
 * inside another record's claim, a finding across both. Elements must nest,
 * spans need not, so the text is cut at every boundary and, where a span
 * ends inside another that began after it, the inner one is closed and
 * reopened (the later pieces get `first: false`).
 */

export interface Mark {
  /** UTF-16 offsets into the text; `end` is exclusive. */
  start: number
  end: number
  /** Among marks with the same span, the lower rank is the outer element. */
  rank: number
  /** The opening `<mark …>` tag (and any leading hidden text) for the first piece or a later one. */
  open(first: boolean): string
}

const ENTITIES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}

/** Text safe in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character])
}

/** Longer spans outside shorter ones, then by rank. */
const outerFirst = (a: Mark, b: Mark) => b.end - a.end || a.rank - b.rank

/** The escaped text with every mark as a properly nested `<mark>` element; empty or out-of-range marks are dropped. */
export function nest(text: string, marks: readonly Mark[]): string {
  const valid = marks.filter((mark) => mark.start >= 0 && mark.start < mark.end && mark.end <= text.length)
  const byStart = [...valid].sort((a, b) => a.start - b.start || outerFirst(a, b))
  const boundaries = [...new Set([0, text.length, ...valid.flatMap((mark) => [mark.start, mark.end])])].sort((a, b) => a - b)
  const open: Mark[] = []
  let next = 0
  let html = ''
  boundaries.forEach((at, index) => {
    // Close from the outermost mark that ends here; those above it that go on are reopened.
    const ending = open.findIndex((mark) => mark.end <= at)
    const closed = ending === -1 ? [] : open.splice(ending)
    html += '</mark>'.repeat(closed.length)
    const opening = closed.filter((mark) => mark.end > at)
    while (next < byStart.length && byStart[next].start === at) opening.push(byStart[next++])
    for (const mark of opening.sort(outerFirst)) {
      html += mark.open(mark.start === at)
      open.push(mark)
    }
    if (index + 1 < boundaries.length) html += escapeHtml(text.slice(at, boundaries[index + 1]))
  })
  return html
}
