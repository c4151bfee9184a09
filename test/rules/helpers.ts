/**
 * Linting a draft with one rule on and every other rule and the policy off,
 * through the real processor.
 */
import {VFile} from 'vfile'
import {checkDraft, type IsnadSettings} from '../../lib/processor.js'
import type {RuleSetting} from '../../lib/lint/rule.js'
import {rules} from '../../rules/index.js'

export const allOff: Record<string, RuleSetting> = Object.fromEntries(rules.map((rule) => [rule.meta.id, 'off' as const]))

/** The messages of `text` with only rule `id` on (at `setting`, default `warn`). */
export async function lintWith(id: string, text: string, settings: IsnadSettings = {}, setting: RuleSetting = 'warn') {
  const file = await checkDraft(new VFile({value: text}), {policies: [], ...settings, rules: {...allOff, [id]: setting}})
  return file.messages
}
