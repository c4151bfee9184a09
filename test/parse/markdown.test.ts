import {describe, expect, it} from 'vitest'
import {parse, parseMarkdown, sentenceSpans, spans} from './helpers.js'

const drafts = {
  paragraph:
    'وقال المتحدث: «هل انتهت الأزمة؟» ثم أضاف أن النمو بلغ ٣٫٥٪ هذا العام. هل سيستمر؟! لا أحد يعرف…',
  headline: 'مسؤول أوكراني: الهجوم بدأ\nقال مسؤول إن الهجوم بدأ فجراً.',
  'format marks': 'قال\u200Fت إن ال\u200Cوزير \u200Fوصل\u200F. «\u061Cنعم»',
  paragraphs:
    'عاجل: انفجار في المدينة\n\nارتفع عدد القتلى إلى 15. وقال مسؤول إن ١٬٠٠٠ شخص نزحوا؟ الطقس جميل۔\n\nلا تعليق'
}

describe('Markdown through remark-retext', () => {
  it.each(Object.entries(drafts))(
    'segments a %s exactly as plain text',
    async (_, text) => {
      const markdown = await parseMarkdown(text)
      const plain = parse(text)
      expect(sentenceSpans(markdown)).toEqual(sentenceSpans(plain))
      for (const node of sentenceSpans(markdown)) {
        expect(text.slice(node[1], node[2])).toBe(node[0])
      }
      // Words and their offsets too, not only sentence boundaries.
      expect(spans(markdown).filter((node) => node.type === 'WordNode')).toEqual(
        spans(plain).filter((node) => node.type === 'WordNode')
      )
    }
  )

  it('finds the expected sentences in a Markdown draft', async () => {
    const tree = await parseMarkdown(drafts.headline + '\n\n' + drafts.paragraph)
    expect(sentenceSpans(tree).map(([text]) => text)).toEqual([
      'مسؤول أوكراني: الهجوم بدأ',
      'قال مسؤول إن الهجوم بدأ فجراً.',
      'وقال المتحدث: «هل انتهت الأزمة؟»',
      'ثم أضاف أن النمو بلغ ٣٫٥٪ هذا العام.',
      'هل سيستمر؟!',
      'لا أحد يعرف…'
    ])
  })
})
