/**
 * `retextArabic` in a stock `retext` pipeline: it replaces retext-latin's
 * parser, segments Arabic, and the tree stringifies back to the same text.
 */
import {retext} from 'retext'
import {toString} from 'nlcst-to-string'
import {describe, expect, it} from 'vitest'
import retextArabic from '../../lib/parse/retext-arabic.js'
import isnadExtract from '../../lib/extract/plugin.js'

describe('retextArabic in retext()', () => {
  const text = 'هل انتهت الأزمة؟ قال المتحدث إن المفاوضات مستمرة.'

  it('parses Arabic sentences and round-trips the text', async () => {
    const processor = retext().use(retextArabic)
    const tree = processor.parse(text)
    const sentences = tree.children.flatMap((paragraph) => (paragraph.type === 'ParagraphNode' ? paragraph.children : []))
    expect(sentences.filter((node) => node.type === 'SentenceNode').map((sentence) => toString(sentence))).toEqual(['هل انتهت الأزمة؟', 'قال المتحدث إن المفاوضات مستمرة.'])
    expect(String(await processor.process(text))).toBe(text)
  })

  it('runs the extractor as an ordinary retext plugin', async () => {
    const file = await retext().use(retextArabic).use(isnadExtract).process(text)
    expect(file.data.attributions?.map((attribution) => [attribution.cue.text, attribution.source?.text])).toEqual([['قال', 'المتحدث']])
  })
})
