import {toString} from 'nlcst-to-string'
import {unified, type Processor} from 'unified'
import {describe, expect, it} from 'vitest'
import {
  ParseArabic,
  arabicParagraphPlugins,
  arabicRootPlugins,
  arabicSentencePlugins,
  retextArabic
} from '../../lib/parse/index.js'
import {parse, sentences} from './helpers.js'

const TEXT =
  'مسؤول أوكراني: الهجوم بدأ\nقال\u200Fت إن النمو بلغ ٣٫٥٪؟» وارتفع العدد إلى 15. هل سيستمر؟! لا أحد يعرف…'

describe('ParseArabic', () => {
  it('parses as retextArabic does', () => {
    expect(new ParseArabic().parse(TEXT)).toEqual(parse(TEXT))
  })

  it('runs the Arabic plugins before parse-latin’s', () => {
    const parser = new ParseArabic()
    expect(parser.tokenizeSentencePlugins.slice(0, arabicSentencePlugins.length)).toEqual(
      arabicSentencePlugins
    )
    expect(parser.tokenizeParagraphPlugins.slice(0, arabicParagraphPlugins.length)).toEqual(
      arabicParagraphPlugins
    )
    expect(parser.tokenizeRootPlugins.slice(0, arabicRootPlugins.length)).toEqual(
      arabicRootPlugins
    )
  })
})

describe('retextArabic', () => {
  it('registers the Arabic plugins as nlcst extensions for remark-retext', () => {
    const processor = unified().use(retextArabic).freeze()
    expect(processor.data('nlcstRootExtensions')).toEqual(arabicRootPlugins)
    expect(processor.data('nlcstParagraphExtensions')).toEqual(arabicParagraphPlugins)
    expect(processor.data('nlcstSentenceExtensions')).toEqual(arabicSentencePlugins)
  })

  it('registers them once in a copy of a frozen processor', () => {
    const copy = unified().use(retextArabic).freeze()().freeze()
    expect(copy.data('nlcstSentenceExtensions')).toEqual(arabicSentencePlugins)
    expect(copy.parse(TEXT)).toEqual(parse(TEXT))
  })

  it('runs extensions other plugins register', () => {
    const seen: string[] = []
    function recordSentences(this: Processor) {
      const data = this.data()
      data.nlcstSentenceExtensions = [
        ...(data.nlcstSentenceExtensions ?? []),
        (sentence) => {
          seen.push(toString(sentence))
        }
      ]
    }
    unified().use(retextArabic).use(recordSentences).parse('نعم')
    expect(seen).toEqual(['نعم'])
  })

  it('parses an empty document', () => {
    expect(sentences('')).toEqual([])
  })
})
