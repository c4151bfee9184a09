import {PluginPipeline} from './retext-arabic.js'
import {
  arabicParagraphPlugins,
  arabicRootPlugins,
  arabicSentencePlugins
} from './plugins.js'

/**
 * parse-latin with the Arabic plugins running before its own at each stage,
 * built the way parse-english extends it (with the fast exact tokenizer).
 * Usable wherever a parser class or instance is expected, such as
 * remark-retext's mutate mode.
 */
export class ParseArabic extends PluginPipeline {}

ParseArabic.prototype.tokenizeRootPlugins = [
  ...arabicRootPlugins,
  ...PluginPipeline.prototype.tokenizeRootPlugins
]
ParseArabic.prototype.tokenizeParagraphPlugins = [
  ...arabicParagraphPlugins,
  ...PluginPipeline.prototype.tokenizeParagraphPlugins
]
ParseArabic.prototype.tokenizeSentencePlugins = [
  ...arabicSentencePlugins,
  ...PluginPipeline.prototype.tokenizeSentencePlugins
]
