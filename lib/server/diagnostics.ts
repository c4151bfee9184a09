/**
 * vfile messages as LSP diagnostics. Ranges come from the offsets in each
 * message's place (UTF-16 code units, as LSP counts), so Arabic with
 * diacritics, tatweel, bidi marks or emoji maps one to one.
 */
import {pathToFileURL} from 'node:url'
import {DiagnosticSeverity, type Diagnostic, type Range} from 'vscode-languageserver/node.js'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {VFileMessage} from 'vfile-message'
import {ConfigError} from '../config/index.js'

/** What code actions need from a diagnostic, kept on `Diagnostic.data`. */
export interface FixData {
  actual?: string
  expected: string[]
}

type Place = VFileMessage['place']
type Point = {line: number; column: number; offset?: number}

function positionOf(point: Point, document: TextDocument) {
  // Line and column are 1-based; prefer the offset, which needs no conversion.
  return point.offset === undefined ? {line: point.line - 1, character: point.column - 1} : document.positionAt(point.offset)
}

export function rangeOf(place: Place, document: TextDocument): Range {
  if (!place) return {start: {line: 0, character: 0}, end: {line: 0, character: 0}}
  if ('start' in place) return {start: positionOf(place.start, document), end: positionOf(place.end, document)}
  const at = positionOf(place, document)
  return {start: at, end: at}
}

export function toDiagnostic(message: VFileMessage, document: TextDocument): Diagnostic {
  const diagnostic: Diagnostic = {
    range: rangeOf(message.place, document),
    message: message.reason,
    severity: message.fatal === true ? DiagnosticSeverity.Error : message.fatal === false ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
    source: message.source ?? 'isnad'
  }
  if (message.ruleId) diagnostic.code = message.ruleId
  if (message.url) diagnostic.codeDescription = {href: message.url}
  const cause = message.cause as VFileMessage | undefined
  if (cause && typeof cause === 'object' && 'place' in cause && cause.place) {
    diagnostic.relatedInformation = [{location: {uri: document.uri, range: rangeOf(cause.place, document)}, message: cause.reason}]
  }
  if (message.expected) diagnostic.data = {actual: message.actual, expected: message.expected} satisfies FixData
  return diagnostic
}

/** A config (or any) failure, shown at the top of the document instead of silence. */
export function failureDiagnostic(error: unknown): Diagnostic {
  const top = {start: {line: 0, character: 0}, end: {line: 0, character: 0}}
  if (error instanceof ConfigError) {
    return {
      range: top,
      severity: DiagnosticSeverity.Error,
      source: 'isnad',
      code: 'config',
      message: `isnad cannot use its config, so this draft is not checked: ${error.message}`,
      relatedInformation: [{location: {uri: pathToFileURL(error.file).href, range: top}, message: error.pointer ? `at ${error.pointer}` : 'this file'}]
    }
  }
  return {range: top, severity: DiagnosticSeverity.Error, source: 'isnad', code: 'internal', message: `isnad failed on this draft: ${(error as Error)?.message ?? String(error)}`}
}
