import type {Root} from 'nlcst'
import {describe, expect, it} from 'vitest'
import {
  parse,
  parseMarkdown,
  sentenceSpans,
  sentences,
  sentencesOf,
  spans,
  toString,
  words
} from './helpers.js'

/** Every sentence's text must be the slice of `text` its position claims. */
function expectOffsets(tree: Root, text: string): void {
  for (const [value, start, end] of sentenceSpans(tree)) {
    expect(text.slice(start, end)).toBe(value)
  }
  for (const node of spans(tree)) {
    expect(text.slice(...node.slice), node.type).toBe(node.value)
  }
}

const GLUED =
  'وأكد شهود وقوع اشتباكات في المنطقة.وقال سكان محليون: إن الهدوء عاد صباحاً.'

describe('sentences glued without a space', () => {
  it('ends a sentence at a full stop between two Arabic letters', () => {
    expect(sentences(GLUED)).toEqual([
      'وأكد شهود وقوع اشتباكات في المنطقة.',
      'وقال سكان محليون: إن الهدوء عاد صباحاً.'
    ])
    expectOffsets(parse(GLUED), GLUED)
  })

  it('splits the word: word, full stop, then the next sentence’s first word', () => {
    const [first, second] = sentencesOf(parse(GLUED))
    const tail = first.children.slice(-2)
    expect(tail.map((node) => [node.type, toString(node)])).toEqual([
      ['WordNode', 'المنطقة'],
      ['PunctuationNode', '.']
    ])
    expect([second.children[0].type, toString(second.children[0])]).toEqual([
      'WordNode',
      'وقال'
    ])

    const dot = GLUED.indexOf('.')
    expect(tail[0].position?.end.offset).toBe(dot)
    expect(tail[1].position?.start.offset).toBe(dot)
    expect(first.position?.end.offset).toBe(dot + 1)
    expect(second.position?.start.offset).toBe(dot + 1)
    expect(second.children[0].position?.start.column).toBe(dot + 2)
  })

  it('finds every glued sentence in a paragraph', () => {
    const text =
      'لم يتم التوصل إلى اتفاق بين الطرفين.وذكر السكان بأن القصف توقف.وأضافوا أن الوضع هادئ'
    expect(sentences(text)).toEqual([
      'لم يتم التوصل إلى اتفاق بين الطرفين.',
      'وذكر السكان بأن القصف توقف.',
      'وأضافوا أن الوضع هادئ'
    ])
    expectOffsets(parse(text), text)
  })

  it('ends a sentence at a glued ? ؟ ! and …', () => {
    const text = 'هل انتهت الأزمة?وقال آخر: هل بدأت؟ورد ثالث بالنفي!وسكت الجميع…ثم انصرفوا'
    expect(sentences(text)).toEqual([
      'هل انتهت الأزمة?',
      'وقال آخر: هل بدأت؟',
      'ورد ثالث بالنفي!',
      'وسكت الجميع…',
      'ثم انصرفوا'
    ])
    expectOffsets(parse(text), text)
  })

  it('reads tashkeel and format marks at the join as part of the words', () => {
    const text = 'وصل الوفدُ.وقال\u200F المتحدث إنه بخير\u200F.وانتهى'
    expect(sentences(text)).toEqual([
      'وصل الوفدُ.',
      'وقال\u200F المتحدث إنه بخير\u200F.',
      'وانتهى'
    ])
    expectOffsets(parse(text), text)
  })

  it('leaves Latin inner dots, numbers and glued abbreviations whole', () => {
    const text = 'زار الموقع example.com وقال إن U.S. و3.5% و٣٫٥ وص.ب 123 ود.محمد'
    expect(sentences(text)).toEqual([text])
    expect(words(text)).toEqual([
      'زار',
      'الموقع',
      'example.com',
      'وقال',
      'إن',
      'U.S.',
      'و3.5%',
      'و٣٫٥',
      'وص.ب',
      '123',
      'ود.محمد'
    ])
  })

  it('does not split a glued abbreviation after a single letter', () => {
    const text = 'وقال د.محمد العلي إن أ.د.خالد ومكتبه في ص.ب 12 وافقا.'
    expect(sentences(text)).toEqual([text])
    expect(words(text)).toContain('د.محمد')
    expect(words(text)).toContain('أ.د.خالد')
    expect(words(text)).toContain('ص.ب')
  })
})

describe('Arabic abbreviations', () => {
  it('keeps د. and the name after it in the sentence', () => {
    const text = 'وقال د. محمد العلي إن الوضع مستقر. وأضاف أن المفاوضات مستمرة.'
    expect(sentences(text)).toEqual([
      'وقال د. محمد العلي إن الوضع مستقر.',
      'وأضاف أن المفاوضات مستمرة.'
    ])
    expect(words(text).slice(0, 3)).toEqual(['وقال', 'د.', 'محمد'])
    expectOffsets(parse(text), text)
  })

  it('keeps titles such as أ. د. م. together with the name', () => {
    const text =
      'وشارك أ. د. خالد السعيد والمهندس م. أحمد علي. ثم تحدث أ. سعيد. د. ليلى قالت إنها موافقة.'
    expect(sentences(text)).toEqual([
      'وشارك أ. د. خالد السعيد والمهندس م. أحمد علي.',
      'ثم تحدث أ. سعيد.',
      'د. ليلى قالت إنها موافقة.'
    ])
    expectOffsets(parse(text), text)
  })

  it('keeps a title with و joined to it, also glued ones such as وأ.د.', () => {
    const text = 'بحضور د. أحمد سالم ود. محمد العلي وأ.د. خالد السعيد. وقال المنظمون إنه نجح.'
    expect(sentences(text)).toEqual([
      'بحضور د. أحمد سالم ود. محمد العلي وأ.د. خالد السعيد.',
      'وقال المنظمون إنه نجح.'
    ])
    expect(words(text)).toContain('ود.')
    expect(words(text)).toContain('وأ.د.')
    expectOffsets(parse(text), text)
  })

  it('ends a sentence at an era after a year', () => {
    const text =
      'بُني المسجد عام 1436هـ. وافتتح عام 2015 م. وزاره الآلاف عام 1437 هـ. وقال المسؤول إنه مفتوح.'
    expect(sentences(text)).toEqual([
      'بُني المسجد عام 1436هـ.',
      'وافتتح عام 2015 م.',
      'وزاره الآلاف عام 1437 هـ.',
      'وقال المسؤول إنه مفتوح.'
    ])
    expectOffsets(parse(text), text)
  })

  it('does not join across a line break or before a non-Arabic word', () => {
    expect(sentences('وقال د.\nمحمد العلي')).toEqual(['وقال د.', 'محمد العلي'])
    expect(sentences('حصل على الدرجة ب. 15 طالباً نجحوا.')).toEqual([
      'حصل على الدرجة ب.',
      '15 طالباً نجحوا.'
    ])
  })
})

describe('Markdown through remark-retext', () => {
  const drafts = [
    GLUED,
    'لم يتم التوصل إلى اتفاق بين الطرفين.وذكر السكان بأن القصف توقف?وانتهى',
    'وقال د. محمد العلي إن الوضع مستقر. وأضاف أ. د. خالد أن م. أحمد وافق.\n\nبُني عام 2015 م. وافتتح.وقال د.محمد إنه جميل'
  ]

  it.each(drafts)('segments glued sentences and abbreviations as plain text: %j', async (text) => {
    const markdown = await parseMarkdown(text)
    const plain = parse(text)
    expect(sentenceSpans(markdown)).toEqual(sentenceSpans(plain))
    expect(spans(markdown).filter((node) => node.type === 'WordNode')).toEqual(
      spans(plain).filter((node) => node.type === 'WordNode')
    )
    expectOffsets(markdown, text)
  })

  it('finds the expected sentences in a Markdown draft', async () => {
    const tree = await parseMarkdown(drafts[2])
    expect(sentenceSpans(tree).map(([text]) => text)).toEqual([
      'وقال د. محمد العلي إن الوضع مستقر.',
      'وأضاف أ. د. خالد أن م. أحمد وافق.',
      'بُني عام 2015 م.',
      'وافتتح.',
      'وقال د.محمد إنه جميل'
    ])
  })
})
