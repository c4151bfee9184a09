/**
 * Views of a draft's attribution records: hover on a cue, source, carrier or
 * claim, and the outline of sources grouped by how far they are named.
 */
import {MarkupKind, SymbolKind, type Diagnostic, type DocumentSymbol, type Hover} from 'vscode-languageserver/node.js'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {NAMED_TYPES, type Attribution, type SourceType} from '../extract/types.js'

interface Span {
  start: number
  end: number
}

const EXCERPT = 160

/** The attribution under `offset`: its cue, source or a carrier first, else the narrowest claim. */
function hit(attributions: readonly Attribution[], offset: number): {attribution: Attribution; span: Span} | undefined {
  const inside = (span: Span | null) => span !== null && span.start <= offset && offset < span.end
  for (const attribution of attributions) {
    const span = [attribution.cue, attribution.source, ...attribution.via].find(inside)
    if (span) return {attribution, span}
  }
  let best: {attribution: Attribution; span: Span} | undefined
  for (const attribution of attributions) {
    const claim = attribution.claim
    if (inside(claim) && (!best || claim!.end - claim!.start < best.span.end - best.span.start)) best = {attribution, span: claim!}
  }
  return best
}

/** Text from the draft shown inside Markdown: no markup, one line. */
function literal(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|#]/g, '\\$&')
}

function excerpt(text: string): string {
  return text.length <= EXCERPT ? text : `${text.slice(0, EXCERPT - 40)} … ${text.slice(-30)}`
}

export function hover(document: TextDocument, attributions: readonly Attribution[], diagnostics: readonly Diagnostic[], offset: number): Hover | null {
  const found = hit(attributions, offset)
  if (!found) return null
  const {attribution, span} = found
  const {cue, source, via, claim, reason} = attribution
  const text = document.getText()
  const lines: string[] = []

  if (source) lines.push(`**Source:** ${literal(source.text)} (${source.type})`)
  else if (attribution.ref) {
    const carried = attributions.find((other) => other.id === attribution.ref)?.source
    lines.push(`**Source:** carried over from ${carried ? `${literal(carried.text)} (${carried.type})` : attribution.ref}`)
  } else lines.push(`**Source:** none named (${attribution.type})`)
  // `via` lists the carriers nearest the speaker first; the chain reads from the outermost.
  if (via.length > 0) lines.push(`**Chain:** ${[...via].reverse().map((carrier) => `${literal(carrier.text)} (${carrier.type})`).join(' → ')} → ${source ? literal(source.text) : '?'}`)
  lines.push(`**Cue:** ${literal(cue.text)} (${[cue.kind, cue.stance, cue.passive ? 'passive' : null].filter(Boolean).join(', ')})`)
  lines.push(`**Mode:** ${attribution.mode}`)
  if (claim) lines.push(`**Claim:** ${literal(excerpt(text.slice(claim.start, claim.end)))}`)
  if (reason) lines.push(`**Reason for anonymity:** ${literal(reason.text)}${reason.boilerplate ? ' (boilerplate)' : ''}`)

  const extent = [cue, source, ...via, claim].filter((part): part is Span => part !== null)
  const start = Math.min(...extent.map((part) => part.start))
  const end = Math.max(...extent.map((part) => part.end))
  const fired = diagnostics.filter((diagnostic) => {
    const from = document.offsetAt(diagnostic.range.start)
    return typeof diagnostic.code === 'string' && from < end && Math.max(document.offsetAt(diagnostic.range.end), from + 1) > start
  })
  if (fired.length > 0) {
    lines.push('', '**Rules here:**')
    for (const diagnostic of fired) {
      const name = diagnostic.codeDescription ? `[${diagnostic.code}](${diagnostic.codeDescription.href})` : `\`${diagnostic.code}\``
      // Messages are written for Markdown: their backticks quote the draft.
      lines.push(`- ${name}: ${diagnostic.message.replace(/\s+/g, ' ')}`)
    }
  }
  return {
    contents: {kind: MarkupKind.Markdown, value: lines.join('  \n')},
    range: {start: document.positionAt(span.start), end: document.positionAt(span.end)}
  }
}

const GROUPS = [
  // Icons by certainty: a constant is named, a variable is not, an event has nobody behind it.
  {name: 'Named sources', kind: SymbolKind.Constant, has: (type: SourceType) => NAMED_TYPES.has(type)},
  {name: 'Anonymous sources', kind: SymbolKind.Variable, has: (type: SourceType) => type === 'anonymous'},
  {name: 'Vague sources', kind: SymbolKind.Event, has: (type: SourceType) => type === 'vague'}
]

/** The draft's sources for the outline, grouped by type; carried-over speakers are not new sources. */
export function symbols(document: TextDocument, attributions: readonly Attribution[]): DocumentSymbol[] {
  const outline: DocumentSymbol[] = []
  for (const group of GROUPS) {
    const children: DocumentSymbol[] = []
    for (const attribution of attributions) {
      if (!group.has(attribution.type)) continue
      // A vague report with no source words (`ترددت أنباء`) is shown by its cue.
      const span = attribution.source ?? attribution.cue
      const range = {start: document.positionAt(span.start), end: document.positionAt(span.end)}
      children.push({name: span.text, detail: `${attribution.type} · ${attribution.cue.text}`, kind: group.kind, range, selectionRange: range})
    }
    if (children.length === 0) continue
    const range = {start: children[0].range.start, end: children.at(-1)!.range.end}
    outline.push({name: group.name, detail: String(children.length), kind: SymbolKind.Namespace, range, selectionRange: children[0].range, children})
  }
  return outline
}
