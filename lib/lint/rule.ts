/**
 * The shape every isnad rule shares, after unified-lint-rule: one plugin per
 * rule, configured with a severity and options, reporting messages that carry
 * the rule's id, documentation URL and, where a fix exists, what to write instead.
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {VFileMessage, type Options as MessageOptions} from 'vfile-message'
import type {Attribution} from '../extract/types.js'
import type {Lexicon} from '../lexicon/types.js'
import {bundledLexicon} from '../lexicon/load.js'

export type Severity = 'off' | 'info' | 'warn' | 'error'

/** How a rule is set in config: a severity, or a severity with options. */
export type RuleSetting<Options = unknown> = Severity | [Severity] | [Severity, Options]

export interface RuleMeta {
  /** Stable id, used in config, messages and disable comments: `anonymous-source`. */
  id: string
  /** One line: what the rule reports. */
  description: string
  /** Severity when config says nothing. `off` rules run only when a preset or config turns them on. */
  severity: Severity
  /** Whether messages carry `expected` replacements an editor can apply. */
  fixable: boolean
}

/** Where a finding sits: offsets into the original text. */
export interface Span {
  start: number
  end: number
}

export interface Finding {
  reason: string
  place: Span
  /** The text as it stands, for fixes. */
  actual?: string
  /** Replacements for `actual`; an empty list means "remove". */
  expected?: string[]
  note?: string
  /** An earlier place the finding refers to (the first copy of a repeated passage). */
  related?: {place: Span; reason: string}
  /**
   * This finding's own level, over the rule's severity: `info` for a
   * boilerplate anonymity reason, `error` for a claim carried by an unnamed outlet.
   */
  level?: 'info' | 'error'
}

export interface RuleContext<Options> {
  /** The draft, or the section of it being checked (see `lib/sections.ts`). */
  tree: Root
  file: VFile
  /** The attribution records of `tree` (empty when extraction did not run). */
  attributions: Attribution[]
  /** Every record of the draft so far: all of them when `last`. */
  allAttributions: Attribution[]
  /** `tree` is the whole draft or its last section: document-level checks report now. */
  last: boolean
  /**
   * This rule's state for this draft, kept across its sections (`create`d
   * for the first): what a document-level check gathers until `last`.
   */
  carried<State>(create: () => State): State
  /** The vocabularies extraction used: the bundled lexicons with the newsroom's extensions. */
  lexicon: Lexicon
  options: Options
  report(finding: Finding): void
}

/** Base of the documentation links carried by messages. */
export const DOCS_BASE = 'https://github.com/isnad-dev/isnad/blob/main/docs/rules/'

export function ruleUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`
}

/** A rule plugin, with its metadata attached for the CLI, docs, SARIF and the language server. */
export type RulePlugin<Options> = ((setting?: RuleSetting<Options> | Options) => ((tree: Root, file: VFile) => undefined) | undefined) & {
  meta: RuleMeta
  /** The options a rule runs with when config gives none (their schema: `schemas/config.schema.json#/definitions/options`). */
  defaults: Options
}

/**
 * Wraps a check into a unified plugin. `setting` is a severity, `[severity,
 * options]`, or options alone (default severity); `off` removes the rule.
 */
export function lintRule<Options extends object = Record<string, never>>(
  meta: RuleMeta,
  defaults: Options,
  check: (context: RuleContext<Options>) => void
): RulePlugin<Options> {
  function plugin(setting?: RuleSetting<Options> | Options) {
    const [severity, given] = parseSetting<Options>(setting, meta.severity)
    if (severity === 'off') return undefined
    const options = {...defaults, ...given}
    const states = new WeakMap<VFile, unknown>()
    return function (tree: Root, file: VFile): undefined {
      const section = file.data.section
      const allAttributions = file.data.attributions ?? []
      if (!section || section.first) states.delete(file)
      check({
        tree,
        file,
        attributions: section ? allAttributions.slice(section.firstRecord) : allAttributions,
        allAttributions,
        last: !section || section.last,
        carried<State>(create: () => State): State {
          if (!states.has(file)) states.set(file, create())
          return states.get(file) as State
        },
        lexicon: file.data.lexicon ?? bundledLexicon(),
        options,
        report(finding) {
          const message = messageOn(file, finding.reason, {
            place: placeOf(file, finding.place),
            ruleId: meta.id,
            source: 'isnad'
          })
          const level = finding.level ?? severity
          message.fatal = level === 'error' ? true : level === 'warn' ? false : undefined
          message.url = ruleUrl(meta.id)
          if (finding.actual !== undefined) message.actual = finding.actual
          if (finding.expected !== undefined) message.expected = finding.expected
          if (finding.note !== undefined) message.note = finding.note
          if (finding.related) {
            message.cause = withoutStackTrace(
              () => new VFileMessage(finding.related!.reason, {place: placeOf(file, finding.related!.place), ruleId: meta.id, source: 'isnad'})
            )
          }
        }
      })
    }
  }
  return Object.assign(plugin, {meta, defaults})
}

/**
 * `file.message(reason, options)`, minus the stack trace: a `VFileMessage` is
 * an `Error`, whose constructor records the call stack, which vfile-message
 * then throws away (`stack = ''`). That capture was most of the cost of a
 * message, and a draft can have thousands.
 */
export function messageOn(file: VFile, reason: string, options: MessageOptions): VFileMessage {
  return withoutStackTrace(() => file.message(reason, options))
}

function withoutStackTrace<Result>(create: () => Result): Result {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return create()
  } finally {
    Error.stackTraceLimit = limit
  }
}

function parseSetting<Options>(setting: unknown, fallback: Severity): [Severity, Partial<Options>] {
  if (setting === undefined || setting === null || setting === true) return [fallback, {}]
  if (setting === false) return ['off', {}]
  if (typeof setting === 'string') return [setting as Severity, {}]
  if (Array.isArray(setting)) return [(setting[0] as Severity) ?? fallback, (setting[1] as Partial<Options>) ?? {}]
  return [fallback, setting as Partial<Options>]
}

/** Line/column positions of an offset range, from an index of the file's lines built once per file. */
export function placeOf(file: VFile, span: Span) {
  let index = indexes.get(file)
  if (!index) {
    index = location(file)
    indexes.set(file, index)
  }
  const start = index.toPoint(span.start)
  const end = index.toPoint(span.end)
  return start && end ? {start, end} : undefined
}

const indexes = new WeakMap<VFile, ReturnType<typeof location>>()
