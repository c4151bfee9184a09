/**
 * The sourcing figures of a draft: how many attributions rest on named,
 * anonymous and vague sources (a carried-over speaker counts as the source it
 * carries over).
 */
import type {Attribution, SourceType} from '../extract/types.js'
import {NAMED_TYPES} from '../extract/types.js'

export interface SourcingSummary {
  attributions: number
  named: number
  anonymous: number
  vague: number
  /** Carried-over speakers with no earlier speaker to resolve to. */
  unresolved: number
}

/** The type an attribution rests on, following `ref` through carried-over speakers. */
export function effectiveType(attribution: Attribution, byId: ReadonlyMap<string, Attribution>): SourceType {
  let current: Attribution | undefined = attribution
  const seen = new Set<string>()
  while (current && current.type === 'implicit' && current.ref && !seen.has(current.id)) {
    seen.add(current.id)
    current = byId.get(current.ref)
  }
  return current?.type ?? 'implicit'
}

export function summarize(attributions: readonly Attribution[]): SourcingSummary {
  const byId = new Map(attributions.map((attribution) => [attribution.id, attribution]))
  const summary: SourcingSummary = {attributions: attributions.length, named: 0, anonymous: 0, vague: 0, unresolved: 0}
  for (const attribution of attributions) {
    const type = effectiveType(attribution, byId)
    if (NAMED_TYPES.has(type)) summary.named++
    else if (type === 'anonymous') summary.anonymous++
    else if (type === 'vague') summary.vague++
    else summary.unresolved++
  }
  return summary
}

/** `3 attributions: 1 named, 1 anonymous, 1 vague` */
export function formatSummary(summary: SourcingSummary): string {
  const parts = [`${summary.named} named`, `${summary.anonymous} anonymous`, `${summary.vague} vague`]
  if (summary.unresolved > 0) parts.push(`${summary.unresolved} unresolved`)
  return `${summary.attributions} attribution${summary.attributions === 1 ? '' : 's'}: ${parts.join(', ')}`
}
