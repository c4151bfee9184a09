import type {Paragraph, Root, Sentence} from 'nlcst'
import type {Plugin, Processor} from 'unified'
import {ParseLatin} from 'parse-latin'
import {
  arabicParagraphPlugins,
  arabicRootPlugins,
  arabicSentencePlugins,
  type NlcstPlugin
} from './plugins.js'

// The same declarations as retext-latin's, so the two merge when both load.
declare module 'unified' {
  interface Data {
    nlcstParagraphExtensions?: Array<NlcstPlugin<Paragraph>>
    nlcstRootExtensions?: Array<NlcstPlugin<Root>>
    nlcstSentenceExtensions?: Array<NlcstPlugin<Sentence>>
  }
}

/**
 * Parse Arabic natural language, in plain text or, through remark-retext, in
 * Markdown.
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
    return parserFor(self).parse(document)
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

/** A parser built the way remark-retext builds one: a plain `ParseLatin` with the processor's extensions first. */
export function parserFor(processor: Processor): ParseLatin {
  const parser = new ParseLatin()
  parser.tokenizeRootPlugins.unshift(...(processor.data('nlcstRootExtensions') ?? []))
  parser.tokenizeParagraphPlugins.unshift(
    ...(processor.data('nlcstParagraphExtensions') ?? [])
  )
  parser.tokenizeSentencePlugins.unshift(
    ...(processor.data('nlcstSentenceExtensions') ?? [])
  )
  return parser
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
