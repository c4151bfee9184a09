import type {Paragraph, Root, Sentence, SentenceContent} from 'nlcst'
import type {Plugin, Processor} from 'unified'
import {ParseLatin} from 'parse-latin'
import {
  arabicParagraphPlugins,
  arabicRootPlugins,
  arabicSentencePlugins,
  mergeAffixExceptions,
  mergeFinalWordSymbol,
  mergeInitialDigitSentences,
  mergeInitialisms,
  mergeInitialLowerCaseLetterSentences,
  mergeInitialWordSymbol,
  mergeInnerWordSlash,
  mergeInnerWordSymbol,
  mergeNonWordSentences,
  mergePrefixExceptions,
  mergeRemainingFullStops,
  type NlcstPlugin
} from './plugins.js'
import {fastParse} from './fast-parse.js'
import {tokenize, type Point} from './tokenize.js'

// The same declarations as retext-latin's, so the two merge when both load.
declare module 'unified' {
  interface Data {
    nlcstParagraphExtensions?: Array<NlcstPlugin<Paragraph>>
    nlcstRootExtensions?: Array<NlcstPlugin<Root>>
    nlcstSentenceExtensions?: Array<NlcstPlugin<Sentence>>
  }
}

/**
 * Parse Arabic natural language, in plain text (with the one-pass
 * `fastParse` when no other plugin adds extensions) or, through
 * remark-retext, in Markdown.
 *
 * The Arabic plugins are registered as the processor's `nlcst*Extensions`,
 * which is all remark-retext reads: it builds a plain `ParseLatin` and puts
 * those extensions before its plugins. The plain-text parser is built the
 * same way, rather than from `ParseArabic`, so both paths run the same
 * plugins in the same order, other plugins' extensions included, and nothing
 * runs twice.
 */
const retextArabic: Plugin<[], string, Root> = function retextArabic(
  this: Processor
) {
  const self = this
  addArabicExtensions(self)
  self.parser = function (document: string): Root {
    const parser = parserFor(self)
    // The one-pass parser builds the same tree, but knows only our plugins.
    return hasOnlyArabicExtensions(self) ? fastParse(document, parser) : parser.parse(document)
  }
}

/** Registers the Arabic plugins as the processor's `nlcst*Extensions` (once). */
export function addArabicExtensions(processor: Processor): void {
  const data = processor.data()
  data.nlcstRootExtensions = withPlugins(
    data.nlcstRootExtensions,
    arabicRootPlugins
  )
  data.nlcstParagraphExtensions = withPlugins(
    data.nlcstParagraphExtensions,
    arabicParagraphPlugins
  )
  data.nlcstSentenceExtensions = withPlugins(
    data.nlcstSentenceExtensions,
    arabicSentencePlugins
  )
}

const ORIGIN: Point = {line: 1, column: 1, offset: 0}

/**
 * parse-latin and its plugins with the exact fast tokenizer, which can also
 * parse a stretch of a document in place.
 */
export class PluginPipeline extends ParseLatin {
  private origin: Point = ORIGIN

  override tokenize(value?: string | null): SentenceContent[] {
    return tokenize(value, this.origin)
  }

  /** The tree of `value`, the stretch of a document that starts at `origin`, with positions into that document. */
  parseAt(value: string, origin: Point): Root {
    this.origin = origin
    try {
      return this.tokenizeRoot(value)
    } finally {
      this.origin = ORIGIN
    }
  }
}

// parse-latin's plugins that merge one node at a time with a `splice`, by their index in its lists,
// and ours that give the same trees in linear time (a test compares them).
const ONE_PASS_PARAGRAPH_PLUGINS: Record<number, NlcstPlugin<Paragraph>> = {
  0: mergeNonWordSentences,
  2: mergeInitialLowerCaseLetterSentences,
  3: mergeInitialDigitSentences,
  4: mergePrefixExceptions,
  5: mergeAffixExceptions,
  6: mergeRemainingFullStops
}
const ONE_PASS_SENTENCE_PLUGINS: Record<number, NlcstPlugin<Sentence>> = {
  0: mergeInitialWordSymbol,
  1: mergeFinalWordSymbol,
  2: mergeInnerWordSymbol,
  3: mergeInnerWordSlash,
  4: mergeInitialisms
}
PluginPipeline.prototype.tokenizeParagraphPlugins = ParseLatin.prototype.tokenizeParagraphPlugins.map(
  (plugin, index) => ONE_PASS_PARAGRAPH_PLUGINS[index] ?? plugin
)
PluginPipeline.prototype.tokenizeSentencePlugins = ParseLatin.prototype.tokenizeSentencePlugins.map(
  (plugin, index) => ONE_PASS_SENTENCE_PLUGINS[index] ?? plugin
)

/**
 * A parser built the way remark-retext builds one: parse-latin with the
 * processor's extensions first (and the same tokens from a faster tokenizer,
 * the same trees from one-pass versions of its merging plugins).
 */
export function parserFor(processor: Processor): PluginPipeline {
  const parser = new PluginPipeline()
  parser.tokenizeRootPlugins.unshift(...(processor.data('nlcstRootExtensions') ?? []))
  parser.tokenizeParagraphPlugins.unshift(
    ...(processor.data('nlcstParagraphExtensions') ?? [])
  )
  parser.tokenizeSentencePlugins.unshift(
    ...(processor.data('nlcstSentenceExtensions') ?? [])
  )
  return parser
}

/** Whether the processor's `nlcst*Extensions` are the Arabic plugins and no others. */
export function hasOnlyArabicExtensions(processor: Processor): boolean {
  return (
    sameList(processor.data('nlcstRootExtensions'), arabicRootPlugins) &&
    sameList(processor.data('nlcstParagraphExtensions'), arabicParagraphPlugins) &&
    sameList(processor.data('nlcstSentenceExtensions'), arabicSentencePlugins)
  )
}

function sameList<Item>(list: Item[] | undefined, expected: Item[]): boolean {
  return list?.length === expected.length && list.every((item, index) => item === expected[index])
}

export default retextArabic

/**
 * `list` with `plugins` appended, skipping those already there: a copy of a
 * frozen processor keeps its data and runs its attachers again.
 */
function withPlugins<Extension>(
  list: Array<Extension> | undefined,
  plugins: Array<Extension>
): Array<Extension> {
  const result = list ?? []
  for (const plugin of plugins) {
    if (!result.includes(plugin)) result.push(plugin)
  }
  return result
}
