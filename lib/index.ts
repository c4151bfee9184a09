/**
 * isnad as a library: the processor the CLI and the language server use, and
 * its pieces as unified plugins.
 */
export {isnad, checkDraft, formatOf, type IsnadSettings, type DraftFormat} from './processor.js'
export {default as isnadParse} from './parse/draft.js'
export {retextArabic, ParseArabic} from './parse/index.js'
export {isnadExtract, extractAttributions, type ExtractOptions} from './extract/index.js'
export type {Attribution, Cue, Source, Via, SourceType, Mode, Inflection} from './extract/types.js'
export {isnadPolicy, defaultPolicy, type PolicySchema} from './policy/index.js'
export {loadPolicySchema} from './policy/load.js'
export {bundledLexicon, loadLexicon} from './lexicon/load.js'
export type {Lexicon} from './lexicon/types.js'
export {presets, type PresetName} from './lint/presets.js'
export {lintRule, type RuleMeta, type RuleSetting, type Severity} from './lint/rule.js'
export {rules} from '../rules/index.js'
export {summarize, formatSummary, type SourcingSummary} from './report/summary.js'
export {toSarif} from './report/sarif.js'
