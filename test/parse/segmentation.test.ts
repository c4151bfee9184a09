import {describe, expect, it} from 'vitest'
import {parse, sentences, sentencesOf, spans, words} from './helpers.js'

const DRAFT =
  'وقال المتحدث: «هل انتهت الأزمة؟» ثم أضاف أن النمو بلغ ٣٫٥٪ هذا العام. هل سيستمر؟! لا أحد يعرف…'

describe('sentence ends', () => {
  it('ends sentences at ؟ . ?! and …, keeping closing quotes with their sentence', () => {
    expect(sentences(DRAFT)).toEqual([
      'وقال المتحدث: «هل انتهت الأزمة؟»',
      'ثم أضاف أن النمو بلغ ٣٫٥٪ هذا العام.',
      'هل سيستمر؟!',
      'لا أحد يعرف…'
    ])
  })

  it('ends a sentence at ۔ and at a run of question marks', () => {
    expect(sentences('الطقس جميل۔ والأمطار؟؟ غزيرة')).toEqual([
      'الطقس جميل۔',
      'والأمطار؟؟',
      'غزيرة'
    ])
  })

  it('keeps a run of mixed terminal marks together, in either order', () => {
    expect(sentences('هل انتهى؟! نعم!؟ حقاً!! ربما?')).toEqual([
      'هل انتهى؟!',
      'نعم!؟',
      'حقاً!!',
      'ربما?'
    ])
  })

  it('keeps closing quotes and brackets after ؟ with their sentence', () => {
    expect(
      sentences('سأل: «هل انتهت؟» وسأل "هل بدأت؟" ثم (هل عادت؟) و[لماذا؟] وقال ”متى؟” انتهى')
    ).toEqual([
      'سأل: «هل انتهت؟»',
      'وسأل "هل بدأت؟"',
      'ثم (هل عادت؟)',
      'و[لماذا؟]',
      'وقال ”متى؟”',
      'انتهى'
    ])
  })

  it('does not end a sentence at a decimal point', () => {
    expect(sentences('بلغ النمو 3.5% هذا العام. وقال آخر إنه ٣٫٥٪ فقط.')).toEqual([
      'بلغ النمو 3.5% هذا العام.',
      'وقال آخر إنه ٣٫٥٪ فقط.'
    ])
  })

  it('ends a sentence after a number, which parse-latin reads as a list marker', () => {
    expect(
      sentences('ارتفع عدد القتلى إلى 15. وقال مسؤول إن 20. 30 شخصاً أصيبوا. وبلغ العدد 45.')
    ).toEqual([
      'ارتفع عدد القتلى إلى 15.',
      'وقال مسؤول إن 20.',
      '30 شخصاً أصيبوا.',
      'وبلغ العدد 45.'
    ])
    // The full stop stays the sentence's terminal, outside the number.
    expect(words('وبلغ العدد 45.')).toEqual(['وبلغ', 'العدد', '45'])
  })

  it('keeps a list marker with its item', () => {
    expect(sentences('1. البند الأول\n2. البند الثاني')).toEqual([
      '1. البند الأول',
      '2. البند الثاني'
    ])
  })
})

describe('headlines', () => {
  it('makes a line without terminal punctuation its own sentence', () => {
    expect(sentences('مسؤول أوكراني: الهجوم بدأ\nقال مسؤول إن الهجوم بدأ فجراً.')).toEqual([
      'مسؤول أوكراني: الهجوم بدأ',
      'قال مسؤول إن الهجوم بدأ فجراً.'
    ])
  })

  it('puts the headline in its own paragraph, as a line ending in . is', () => {
    const tree = parse('الهجوم بدأ\r\nقال مسؤول إن الهجوم بدأ.\nوأضاف أنه مستمر.')
    expect(tree.children.map((child) => child.type)).toEqual([
      'ParagraphNode',
      'WhiteSpaceNode',
      'ParagraphNode',
      'WhiteSpaceNode',
      'ParagraphNode'
    ])
  })

  it('does not let a number after a headline join it', () => {
    expect(sentences('عاجل: انفجار في المدينة\n15 قتيلاً على الأقل')).toEqual([
      'عاجل: انفجار في المدينة',
      '15 قتيلاً على الأقل'
    ])
  })
})

describe('numbers', () => {
  it('keeps numbers with separators and percent signs as one word', () => {
    expect(words('٣٫٥٪ 3.5% ١٬٠٠٠ 1,000.5% ۱۲٫۵٪ ٪ 5 ٪')).toEqual([
      '٣٫٥٪',
      '3.5%',
      '١٬٠٠٠',
      '1,000.5%',
      '۱۲٫۵٪',
      '5'
    ])
  })

  it('keeps a number with a prefix such as و or ب as one word', () => {
    expect(words('وارتفع بـ٣٫٥٪ إلى و١٬٠٠٠')).toEqual(['وارتفع', 'بـ٣٫٥٪', 'إلى', 'و١٬٠٠٠'])
  })

  it('does not join numbers across white space or a trailing separator', () => {
    expect(words('بين 3، 4 و5, 6 و7.')).toEqual(['بين', '3', '4', 'و5', '6', 'و7'])
  })
})

describe('format marks', () => {
  it('keeps RLM, LRM, ALM, ZWJ and ZWNJ inside the word they sit in', () => {
    expect(words('قال\u200Fت ال\u200Cوزير مر\u200Dحبا ١\u061C٢ a\u200Eb')).toEqual([
      'قال\u200Fت',
      'ال\u200Cوزير',
      'مر\u200Dحبا',
      '١\u061C٢',
      'a\u200Eb'
    ])
  })

  it('attaches marks at either edge of a word, also several in a row', () => {
    expect(words('\u200E\u200Fقال\u200F\u200E. «\u061Cنعم\u200F»')).toEqual([
      '\u200E\u200Fقال\u200F\u200E',
      '\u061Cنعم\u200F'
    ])
    expect(sentences('\u200Fقال\u200F. «\u061Cنعم»')).toEqual(['\u200Fقال\u200F.', '«\u061Cنعم»'])
  })

  it('leaves a mark between white space as a symbol', () => {
    const [sentence] = sentencesOf(parse('قال \u200F نعم'))
    expect(sentence.children.map((child) => child.type)).toEqual([
      'WordNode',
      'WhiteSpaceNode',
      'SymbolNode',
      'WhiteSpaceNode',
      'WordNode'
    ])
  })
})

describe('diacritics and tatweel', () => {
  it('keeps tashkeel, shadda with a vowel, superscript alef and tatweel inside words', () => {
    expect(words('ـقال شَدَّ قِّ عُلِمَ هٰذا كبيـــر ـ مُّ')).toEqual([
      'ـقال',
      'شَدَّ',
      'قِّ',
      'عُلِمَ',
      'هٰذا',
      'كبيـــر',
      'ـ',
      'مُّ'
    ])
  })
})

describe('positions', () => {
  const texts = [
    DRAFT,
    'مسؤول أوكراني: الهجوم بدأ\nقال مسؤول إن الهجوم بدأ فجراً.',
    'قال\u200Fت ال\u200Cوزير \u200F نعم. «\u061Cنعم»\n\nارتفع العدد إلى 15. وقال آخر 1,000.5% ',
    '  نعم!؟ قال  \r\n الطقس جميل۔\n'
  ]

  it.each(texts)('points every node into the original text: %j', (text) => {
    for (const node of spans(parse(text))) {
      expect(text.slice(...node.slice), node.type).toBe(node.value)
    }
  })
})
