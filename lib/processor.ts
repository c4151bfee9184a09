/**
 * The one processor behind the CLI, the language server and the library, so
 * a draft gives the same records and findings wherever it is checked:
 * parse (plain text or Markdown) → extract the attribution records → rules →
 * policy → inline disable comments.
 */
import {unified} from 'unified'
import {VFile} from 'vfile'
import isnadParse, {formatOf, type DraftFormat} from './parse/draft.js'
import {markdownSectionBounds, sectionBounds} from './sections.js'
import {continueCount, sentencesOf} from './extract/tokens.js'
import isnadExtract from './extract/plugin.js'
import isnadControl, {UNKNOWN_RULE} from './lint/control.js'
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

/** When a draft is long enough to be checked in sections (see `lib/sections.ts`), and how long they are. */
export interface Sectioning {
  /** Drafts longer than this many UTF-16 code units are cut (default 200,000: about 400 KB of Arabic). */
  above: number
  /**
   * Code units per section, about (default 5,000, a couple of news articles:
   * a section's tree then dies young, before the garbage collector moves it
   * to the old generation, whose growth sets the peak memory).
   */
  size: number
}

const SECTIONING: Sectioning = {above: 200_000, size: 5_000}

/** Parses and checks one draft; the records and messages end up on `file`. */
export async function checkDraft(file: VFile, settings: IsnadSettings = {}, sectioning: Sectioning = SECTIONING): Promise<VFile> {
  const processor = processorFor(settings)
  const text = String(file)
  const format = settings.format ?? file.data.format ?? formatOf(file.path)
  const bounds = text.length > sectioning.above ? (format === 'text' ? sectionBounds : markdownSectionBounds)(text, sectioning.size) : []
  if (bounds.length < 2) {
    await processor.run(processor.parse(file), file)
    return file
  }
  file.data.format = format
  const base = {sentence: 0, paragraph: 0}
  for (const [index, section] of bounds.entries()) {
    const origin = {line: section.line, column: 1, offset: section.start}
    const tree = processor.parse(new VFile({path: file.path, value: text.slice(section.start, section.end), data: {format, origin}}))
    continueCount(tree, {...base})
    file.data.section = {first: index === 0, last: index === bounds.length - 1, firstRecord: file.data.attributions?.length ?? 0, firstMessage: file.messages.length}
    await processor.run(tree, file)
    const sentences = sentencesOf(tree)
    if (sentences.length > 0) {
      base.sentence = sentences[sentences.length - 1].index + 1
      base.paragraph = sentences[sentences.length - 1].paragraph + 1
    }
  }
  delete file.data.section
  // Each section ran every rule in turn; put the messages in the order one run over the whole draft gives.
  const rank = messageRanks()
  file.messages = file.messages
    .map((message, order) => ({message, order, rank: rank(message.ruleId)}))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map(({message}) => message)
  return file
}

/** The processor for `settings`, built once per settings object: a batch shares its config's settings across thousands of drafts. */
function processorFor(settings: IsnadSettings) {
  let processor = processors.get(settings)
  if (!processor) {
    processor = isnad(settings).freeze()
    processors.set(settings, processor)
  }
  return processor
}

const processors = new WeakMap<IsnadSettings, ReturnType<typeof isnad>>()

/** Where a rule's messages come in a run: rules in their order, then policy requirements, then inline control's. */
function messageRanks(): (ruleId: string | undefined) => number {
  const order = new Map(rules.map((rule, index) => [rule.meta.id, index]))
  return (ruleId) => order.get(ruleId ?? '') ?? (ruleId === UNKNOWN_RULE ? order.size + 1 : order.size)
}

export {formatOf, type DraftFormat} from './parse/draft.js'
