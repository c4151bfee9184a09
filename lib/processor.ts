/**
 * The one processor behind the CLI, the language server and the library, so
 * a draft gives the same records and findings wherever it is checked:
 * parse (plain text or Markdown) → extract the attribution records → rules →
 * policy → inline disable comments.
 */
import {unified} from 'unified'
import type {VFile} from 'vfile'
import isnadParse, {type DraftFormat} from './parse/draft.js'
import isnadExtract from './extract/plugin.js'
import isnadControl from './lint/control.js'
import {presets, type PresetName} from './lint/presets.js'
import type {RuleSetting} from './lint/rule.js'
import type {Lexicon} from './lexicon/types.js'
import {defaultPolicy, isnadPolicy, policyRules, type PolicySchema} from './policy/index.js'
import {rules, ruleIds} from '../rules/index.js'

export interface IsnadSettings {
  /** Vocabularies (default: the bundled lexicons). */
  lexicon?: Lexicon
  /** The preset rule settings start from (default `recommended`). */
  preset?: PresetName
  /** Rule settings by id, over the preset's. */
  rules?: Record<string, RuleSetting>
  /** Force a format instead of reading it from the file name. */
  format?: DraftFormat
  /** Run no rule at all: extraction only (`isnad extract`). */
  extractOnly?: boolean
  /** Policy schemas every attribution record must satisfy (default: the bundled policy; `[]` for none). */
  policies?: PolicySchema[]
}

/** The processor for `settings`. */
export function isnad(settings: IsnadSettings = {}) {
  const processor = unified().use(isnadParse, {format: settings.format}).use(isnadExtract, {lexicon: settings.lexicon})
  if (settings.extractOnly) return processor
  const chosen = {...presets[settings.preset ?? 'recommended'], ...settings.rules}
  for (const rule of rules) processor.use(rule, chosen[rule.meta.id] ?? rule.meta.severity)
  const policies = settings.policies ?? [defaultPolicy()]
  const known = new Set([...ruleIds, ...policyRules(policies).map((rule) => rule.id)])
  return processor.use(isnadPolicy, {schemas: policies}).use(isnadControl, {known})
}

/** Parses and checks one draft; the records and messages end up on `file`. */
export async function checkDraft(file: VFile, settings: IsnadSettings = {}): Promise<VFile> {
  // One processor per settings object: a batch shares its config's settings across thousands of drafts.
  let processor = processors.get(settings)
  if (!processor) {
    processor = isnad(settings).freeze()
    processors.set(settings, processor)
  }
  await processor.run(processor.parse(file), file)
  return file
}

const processors = new WeakMap<IsnadSettings, ReturnType<typeof isnad>>()

export {formatOf, type DraftFormat} from './parse/draft.js'
