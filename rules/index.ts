/**
 * Every isnad rule, in the order they run and are documented.
 */
import type {RulePlugin} from '../lib/lint/rule.js'
import anonymousSource from './anonymous-source.js'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rules differ in their options.
export const rules: ReadonlyArray<RulePlugin<any>> = [anonymousSource]

export const ruleIds: ReadonlySet<string> = new Set(rules.map((rule) => rule.meta.id))
