/**
 * Quick fixes: the replacements a message carries in `expected`, a
 * placeholder reason after an anonymous source, and an inline comment that
 * silences a rule for one paragraph.
 */
import {CodeActionKind, type CodeAction, type Diagnostic, type TextEdit} from 'vscode-languageserver/node.js'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {Attribution} from '../extract/types.js'
import type {FixData} from './diagnostics.js'

/**
 * Inserted after an anonymous source that has no reason. Not a request for
 * anonymity (`طالباً عدم الكشف عن هويته` is newsroom boilerplate in the
 * lexicon) but a gap to fill: `لأن المحادثات سرية` completes it into a real reason.
 * No pronoun, so it agrees with any source.
 */
export const REASON_PLACEHOLDER = '، وقد حُجب الاسم لأن [السبب]'

const ANONYMITY_RULES = new Set(['anonymity-reason', 'policy/anonymity-reason'])
/** Diagnostics that are not rule findings, so no inline comment can silence them. */
const NOT_RULES = new Set(['config', 'internal', 'unknown-rule'])

export function codeActions(document: TextDocument, attributions: readonly Attribution[], diagnostics: readonly Diagnostic[]): CodeAction[] {
  const text = document.getText()
  const fixes: CodeAction[] = []
  const reasons = new Map<number, CodeAction>()
  const disables = new Map<string, CodeAction>()
  const action = (title: string, diagnostic: Diagnostic, edit: TextEdit, isPreferred = false): CodeAction => ({
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred,
    edit: {changes: {[document.uri]: [edit]}}
  })

  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== 'isnad' || typeof diagnostic.code !== 'string') continue
    const rule = diagnostic.code
    const start = document.offsetAt(diagnostic.range.start)
    const end = document.offsetAt(diagnostic.range.end)

    const data = diagnostic.data as FixData | undefined
    // Only while the text still reads what the message saw: a stale diagnostic gets no fix.
    if (data?.expected && (data.actual === undefined || text.slice(start, end) === data.actual)) {
      const single = data.expected.length === 1
      for (const replacement of data.expected) {
        fixes.push(action(`Replace \`${text.slice(start, end)}\` with \`${replacement}\``, diagnostic, {range: diagnostic.range, newText: replacement}, single))
      }
      if (data.expected.length === 0) fixes.push(action(`Remove \`${text.slice(start, end)}\``, diagnostic, {range: diagnostic.range, newText: ''}))
    }

    if (ANONYMITY_RULES.has(rule) && !reasons.has(end)) {
      const unexplained = attributions.some(
        ({source, anonymityReason}) => source?.type === 'anonymous' && !anonymityReason && source.start === start && source.end === end
      )
      if (unexplained) {
        const at = diagnostic.range.end
        reasons.set(end, action(`Add a reason for the anonymity of \`${text.slice(start, end)}\``, diagnostic, {range: {start: at, end: at}, newText: REASON_PLACEHOLDER}))
      }
    }

    if (!NOT_RULES.has(rule)) {
      const paragraph = paragraphStart(text, start)
      const key = `${rule}@${paragraph}`
      if (!disables.has(key)) {
        const at = document.positionAt(paragraph)
        const indent = /^[ \t]*/.exec(text.slice(paragraph))![0]
        const comment = document.languageId === 'markdown' ? `<!-- isnad-ignore ${rule} -->` : `// isnad-ignore ${rule}`
        disables.set(key, action(`Disable ${rule} for this paragraph`, diagnostic, {range: {start: at, end: at}, newText: `${indent}${comment}\n`}))
      }
    }
  }
  return [...fixes, ...reasons.values(), ...disables.values()]
}

/**
 * Start of the paragraph holding `offset`: the line after the last blank
 * line before it. `isnad-ignore` covers the next paragraph in this sense
 * (up to the next blank line, see `lib/lint/control.ts`), so the comment goes there.
 */
export function paragraphStart(text: string, offset: number): number {
  let start = offset === 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1
  while (start > 0) {
    const previous = text.lastIndexOf('\n', start - 2) + 1
    if (text.slice(previous, start - 1).trim() === '') break
    start = previous
  }
  return start
}
