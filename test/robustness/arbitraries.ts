/**
 * fast-check arbitraries for Arabic news text: letters, tashkeel, tatweel,
 * Western and Arabic-Indic digits, Arabic and Latin punctuation, quotation
 * marks, bidi and joiner marks, emoji (and the odd lone surrogate), line
 * breaks, and the lexicon's own words (reporting verbs with clitics, nominal
 * cues, anonymity nouns, outlets, reasons) so that real constructions occur.
 */
import {fc} from '@fast-check/vitest'

const LETTERS = [...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىةپچکگی']
const TASHKEEL = [...'\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670']
const DIGITS = [...'0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹']
export const PUNCTUATION = ['،', '؛', '؟', '.', '!', '«', '»', '“', '”', '"', ':', '(', ')', '-', '—', '…', '٫', '٬', '٪', '%', '/', ',']
export const BIDI = ['\u200E', '\u200F', '\u061C', '\u202B', '\u202C', '\u2067', '\u2069']
export const JOINERS = ['\u200C', '\u200D']
const EMOJI = ['😀', '👍🏽', '👨‍👩‍👧', '🇸🇦', '❤️', '\uD83D', '\uDE00']
const SPACE = [' ', ' ', ' ', '  ', '\n', '\n\n', '\r\n', '\t', '\u00A0']

/** Words and phrases of the lexicons and of news syntax, some with clitics and tashkeel. */
export const LEXICON_WORDS = [
  'قال', 'وقال', 'قالت', 'وقالت', 'قالوا', 'يقول', 'وتقول', 'أكد', 'وأكدت', 'يؤكد', 'أضاف', 'وأضاف', 'وأضافت', 'وأضافوا',
  'مضيفاً', 'مضيفةً', 'قائلاً', 'زعم', 'وزعمت', 'ادعى', 'اعترف', 'وأقر', 'نفى', 'ونفت', 'أوضح', 'وأوضح', 'كشف', 'أفاد',
  'وأفادت', 'ذكر', 'وذكرت', 'نقلت', 'نقل', 'يُقال', 'قيل', 'يُعتقد', 'ذُكر', 'علمت', 'صرح', 'بين', 'ورد',
  'بحسب', 'وبحسب', 'حسب', 'وفقاً', 'وفقاً ل', 'وفقاً لـ', 'نقلاً عن', 'بحسب ما', 'وفقاً لما', 'في بيان', 'على حد قوله', 'من جانبه',
  'مسؤول', 'مسؤولون', 'المسؤول', 'مصدر', 'مصادر', 'المصدر', 'مصدر أمني', 'مصادر مطلعة', 'مسؤول أوكراني رفيع', 'مسؤولين',
  'دبلوماسي غربي', 'خبراء', 'مراقبون', 'شهود عيان', 'أحد المسؤولين', 'عدد من السكان', 'بعض المصادر',
  'المتحدث باسم', 'الوزارة', 'وزارة الخارجية', 'وزير الداخلية', 'الرئيس', 'د.', 'م.', 'أ.', 'أ.د.', 'محمد', 'أحمد العلي',
  'رويترز', 'لرويترز', 'لـ', 'لـ«الاقتصادية»', 'وكالة', 'صحيفة', 'وسائل إعلام', 'وكالة الأنباء السعودية', 'للتلفزيون الرسمي',
  'إن', 'أن', 'بأن', 'إنه', 'أنها', 'إلى أن', 'الذي', 'التي', 'في', 'عن', 'من', 'على', 'لكن', 'وكانت', 'قد', 'اليوم', 'أمس',
  'ترددت أنباء', 'تشير تقارير', 'يرى مراقبون', 'طلب عدم الكشف عن هويته', 'غير مخول بالحديث', 'لأنه غير مخول',
  'يذكر أن', 'تجدر الإشارة', 'من المتوقع', 'تعتزم', 'آلاف', 'مليون', 'بالمئة', '45 %', '٣٫٥٪', 'عام 2015 م.', 'هـ.',
  '<!-- isnad-disable -->', '<!-- isnad-enable anonymous-source -->', '<!-- isnad-ignore no-such-rule -->', '// isnad-disable vague-source'
]

const pick = (values: readonly string[]) => fc.constantFrom(...values)
const run = (values: readonly string[], max: number) =>
  fc.array(pick(values), {minLength: 1, maxLength: max}).map((parts) => parts.join(''))

/** A made-up Arabic word, its letters sometimes carrying tashkeel or tatweel. */
export const arabicWord = fc
  .array(fc.tuple(pick(LETTERS), fc.oneof({arbitrary: fc.constant(''), weight: 6}, {arbitrary: pick([...TASHKEEL, 'ـ']), weight: 1})), {
    minLength: 1,
    maxLength: 8
  })
  .map((parts) => parts.map(([letter, mark]) => letter + mark).join(''))

/** One piece of text; `joined` pieces make a draft. */
export const fragment = fc.oneof(
  {arbitrary: pick(LEXICON_WORDS), weight: 10},
  {arbitrary: arabicWord, weight: 6},
  {arbitrary: pick(SPACE), weight: 12},
  {arbitrary: pick(PUNCTUATION), weight: 6},
  {arbitrary: run(DIGITS, 6), weight: 2},
  {arbitrary: run(TASHKEEL, 4), weight: 1},
  {arbitrary: run(['ـ'], 3), weight: 1},
  {arbitrary: pick(BIDI), weight: 2},
  {arbitrary: pick(JOINERS), weight: 1},
  {arbitrary: pick(EMOJI), weight: 1},
  {arbitrary: pick(['Reuters', 'U.S.', 'example.com', 'AP', 'a', '3.5%']), weight: 1}
)

/** A draft of up to `maxLength` pieces. */
export const draft = (maxLength = 80) => fc.array(fragment, {maxLength}).map((parts) => parts.join(''))

/** Markdown structure around pieces: headings, quotes, lists, code, emphasis, HTML, front matter. */
const markdownPiece = fc.oneof(
  {arbitrary: fragment, weight: 20},
  {arbitrary: pick(['\n# ', '\n## ', '\n> ', '\n- ', '\n1. ', '`', '**', '_', '\n```\n', '\n\n---\n\n', '<br>', '[', '](http://x)']), weight: 3}
)

export const markdownDraft = (maxLength = 80) =>
  fc
    .tuple(fc.boolean(), fc.array(markdownPiece, {maxLength}))
    .map(([frontMatter, parts]) => (frontMatter ? '---\ntitle: خبر\n---\n' : '') + parts.join(''))

/** A text with `insertions` spliced in at relative positions (0 to 1): real copy with noise in it. */
export const insertions = fc.array(fc.tuple(fc.double({min: 0, max: 1, noNaN: true}), fc.array(fragment, {minLength: 1, maxLength: 4})), {
  maxLength: 12
})

export function splice(text: string, edits: Array<[number, string[]]>): string {
  // From the end, so earlier positions stay valid.
  const sorted = [...edits].sort((a, b) => b[0] - a[0])
  let result = text
  for (const [at, parts] of sorted) {
    const index = Math.floor(at * result.length)
    result = result.slice(0, index) + parts.join('') + result.slice(index)
  }
  return result
}
