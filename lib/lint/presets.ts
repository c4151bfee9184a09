/**
 * Presets: named sets of rule settings a config starts from.
 *
 * - `recommended` (the default): every rule at its own default severity.
 * - `strict`: every rule on, `unsourced-claim` included, warnings raised to errors.
 */
import type {RuleSetting, Severity} from './rule.js'
import {rules} from '../../rules/index.js'

export type PresetName = 'recommended' | 'strict'

export const presets: Record<PresetName, Record<string, RuleSetting>> = {
  recommended: Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta.severity])),
  strict: Object.fromEntries(rules.map((rule) => [rule.meta.id, strictSeverity(rule.meta.severity)]))
}

function strictSeverity(severity: Severity): Severity {
  return severity === 'off' || severity === 'warn' ? 'error' : severity
}
