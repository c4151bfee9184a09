/**
 * Sourcing figures for archive audits (`isnad stats`): per draft and in total,
 * how many attributions rest on each type of source, the share resting on
 * anonymous (and on unnamed: anonymous or vague) sources, and which sources
 * and outlets are cited most, counted by their matching text.
 *
 * Figures are computed from the attribution records alone (no rule runs).
 * Shares are taken over the attributions whose source is known: an implicit
 * speaker counts as the one it carries over (see `effectiveType`), and one
 * with no earlier speaker (unresolved) is left out of the denominator, as in
 * the `anonymous-share` rule.
 */
import type {Attribution, SourceType} from '../extract/types.js'
import {normalize} from '../text/normalize.js'
import {proseOf} from '../parse/markup.js'
import {summarize} from './summary.js'

export const SOURCE_TYPES: readonly SourceType[] = ['person', 'role', 'organization', 'outlet', 'anonymous', 'vague', 'implicit']

export interface Count {
  /** The matching form of the text (see `countKey`). */
  text: string
  count: number
}

export interface SourcingStats {
  attributions: number
  /** Attributions by the type recorded on them (`implicit`: a carried-over speaker). */
  byType: Record<SourceType, number>
  /** By the type they rest on, implicit speakers followed to their antecedent. */
  named: number
  anonymous: number
  vague: number
  /** Carried-over speakers with no earlier speaker to resolve to. */
  unresolved: number
  /** anonymous / (named + anonymous + vague); null when there is none. */
  anonymousShare: number | null
  /** (anonymous + vague) / (named + anonymous + vague); null when there is none. */
  unnamedShare: number | null
  /** The most cited sources (words naming the speaker), most frequent first. */
  topSources: Count[]
  /** The most cited outlets, as speakers or as carriers (`نقلت وكالة X عن`), most frequent first. */
  topOutlets: Count[]
}

/** Running totals that drafts are added to one at a time; `stats()` reads them at any point. */
export class StatsAccumulator {
  attributions = 0
  readonly byType: Record<SourceType, number> = emptyByType()
  named = 0
  anonymous = 0
  vague = 0
  unresolved = 0
  readonly sources = new Map<string, number>()
  readonly outlets = new Map<string, number>()

  /** Adds one draft's attribution records. */
  add(attributions: readonly Attribution[]): this {
    // The named/anonymous/vague split is the sourcing summary the linter prints.
    const summary = summarize(attributions)
    this.attributions += summary.attributions
    this.named += summary.named
    this.anonymous += summary.anonymous
    this.vague += summary.vague
    this.unresolved += summary.unresolved
    for (const attribution of attributions) {
      this.byType[attribution.type]++
      if (attribution.source) bump(this.sources, countKey(attribution.source.text))
      // Each outlet once per attribution, whether it speaks or carries.
      const outlets = new Set<string>()
      if (attribution.source?.type === 'outlet') outlets.add(countKey(attribution.source.text))
      for (const via of attribution.via) if (via.type === 'outlet') outlets.add(countKey(via.text))
      for (const outlet of outlets) bump(this.outlets, outlet)
    }
    return this
  }

  /** Adds another accumulator's totals (a draft's, or a worker's). */
  merge(other: StatsAccumulator): this {
    this.attributions += other.attributions
    for (const type of SOURCE_TYPES) this.byType[type] += other.byType[type]
    this.named += other.named
    this.anonymous += other.anonymous
    this.vague += other.vague
    this.unresolved += other.unresolved
    for (const [text, count] of other.sources) bump(this.sources, text, count)
    for (const [text, count] of other.outlets) bump(this.outlets, text, count)
    return this
  }

  /** The figures, with the `top` most cited sources and outlets. */
  stats(top = 10): SourcingStats {
    const known = this.named + this.anonymous + this.vague
    return {
      attributions: this.attributions,
      byType: {...this.byType},
      named: this.named,
      anonymous: this.anonymous,
      vague: this.vague,
      unresolved: this.unresolved,
      anonymousShare: known === 0 ? null : round(this.anonymous / known),
      unnamedShare: known === 0 ? null : round((this.anonymous + this.vague) / known),
      topSources: topOf(this.sources, top),
      topOutlets: topOf(this.outlets, top)
    }
  }
}

/**
 * The form sources and outlets are counted under: the matching form (see
 * `normalize`), without quotation marks, brackets or Markdown markup, white
 * space collapsed, so that `«رويترز»`, `[رويترز](https://…)` and `رويترز`
 * are one outlet.
 */
export function countKey(text: string): string {
  return normalize(proseOf(text))
    .replace(/[«»“”„‹›"'()[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

function emptyByType(): Record<SourceType, number> {
  return Object.fromEntries(SOURCE_TYPES.map((type) => [type, 0])) as Record<SourceType, number>
}

function bump(map: Map<string, number>, key: string, by = 1): void {
  if (key) map.set(key, (map.get(key) ?? 0) + by)
}

/** Most frequent first; ties in code-unit order of the text, so output is stable. */
function topOf(map: ReadonlyMap<string, number>, top: number): Count[] {
  return [...map]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, Math.max(0, top))
    .map(([text, count]) => ({text, count}))
}

function round(share: number): number {
  return Math.round(share * 10_000) / 10_000
}

/** Columns of the CSV output, in order. */
export const CSV_COLUMNS = [
  'kind',
  'file',
  'files',
  'attributions',
  ...SOURCE_TYPES.map((type) => `type_${type}` as const),
  'named',
  'anonymous',
  'vague',
  'unresolved',
  'anonymous_share',
  'unnamed_share',
  'top_sources',
  'top_outlets'
] as const

/**
 * One CSV row (RFC 4180, no line break): `kind` is `file` or `total`. The
 * `type_*` columns count the recorded types; `named`, `anonymous`, `vague`
 * and `unresolved` follow implicit speakers to the source they carry over.
 * Top lists are `text:count` joined by `; `.
 */
export function csvRow(kind: 'file' | 'total', file: string, files: number, stats: SourcingStats): string {
  const list = (counts: Count[]) => counts.map(({text, count}) => `${text}:${count}`).join('; ')
  const cells: Array<string | number | null> = [
    kind,
    file,
    files,
    stats.attributions,
    ...SOURCE_TYPES.map((type) => stats.byType[type]),
    stats.named,
    stats.anonymous,
    stats.vague,
    stats.unresolved,
    stats.anonymousShare,
    stats.unnamedShare,
    list(stats.topSources),
    list(stats.topOutlets)
  ]
  return cells.map(csvCell).join(',')
}

export function csvHeader(): string {
  return CSV_COLUMNS.join(',')
}

function csvCell(value: string | number | null): string {
  if (value === null) return ''
  const text = String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}
