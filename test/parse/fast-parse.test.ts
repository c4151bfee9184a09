/**
 * Differential tests of the one-pass parser: on the corpus, on the texts of
 * the other parse tests and on generated drafts, its tree must deep-equal
 * (positions included) the tree of the plugin pipeline, built as before it
 * existed: parse-latin's own tokenizer with the Arabic plugins first.
 */
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {fc, test} from '@fast-check/vitest'
import type {Root} from 'nlcst'
import {ParseLatin} from 'parse-latin'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import isnadParse from '../../lib/parse/draft.js'
import {fastParse} from '../../lib/parse/fast-parse.js'
import {
  arabicParagraphPlugins,
  arabicRootPlugins,
  arabicSentencePlugins
} from '../../lib/parse/plugins.js'
import {addArabicExtensions, parserFor, type PluginPipeline} from '../../lib/parse/retext-arabic.js'

/** The plugin pipeline as it was: parse-latin, its tokenizer, and the Arabic plugins first. */
function pluginTree(text: string): Root {
  const parser = new ParseLatin()
  parser.tokenizeRootPlugins.unshift(...arabicRootPlugins)
  parser.tokenizeParagraphPlugins.unshift(...arabicParagraphPlugins)
  parser.tokenizeSentencePlugins.unshift(...arabicSentencePlugins)
  return parser.parse(text)
}

function pipeline(): PluginPipeline {
  const processor = unified()
  addArabicExtensions(processor)
  return parserFor(processor)
}

function fastTree(text: string): Root {
  return fastParse(text, pipeline())
}

/** How much of `text` (in code units) the one-pass parser hands to the whole pipeline, in stretches of lines it could not cut apart. */
function fallbackShare(text: string): number {
  const parser = pipeline()
  const parseAt = parser.parseAt.bind(parser)
  let units = 0
  parser.parseAt = (value, origin) => {
    units += value.length
    return parseAt(value, origin)
  }
  fastParse(text, parser)
  return units / text.length
}

const CORPUS = fileURLToPath(new URL('../../../shared/corpus', import.meta.url))

function corpusTexts(): Array<[string, string]> {
  if (!existsSync(CORPUS)) return []
  return readdirSync(CORPUS).flatMap((set) => {
    const folder = `${CORPUS}/${set}/raw`
    if (!existsSync(folder)) return []
    return readdirSync(folder)
      .filter((name) => name.endsWith('.txt'))
      .map((name): [string, string] => [`${set}/${name}`, readFileSync(`${folder}/${name}`, 'utf8')])
  })
}

/** The Arabic string literals of the other parse tests, evaluated. */
function fixtureTexts(): string[] {
  const folder = fileURLToPath(new URL('.', import.meta.url))
  const texts = new Set<string>()
  for (const name of readdirSync(folder)) {
    if (!name.endsWith('.test.ts') || name === 'fast-parse.test.ts') continue
    const source = readFileSync(`${folder}/${name}`, 'utf8')
    for (const [literal] of source.matchAll(/'(?:[^'\\\n]|\\.)*'|`(?:[^`\\$]|\\.)*`/g)) {
      if (!/[\u0600-\u06FF]/.test(literal)) continue
      texts.add(new Function(`return ${literal}`)() as string)
    }
  }
  return [...texts]
}

const corpus = corpusTexts()

describe('fastParse', () => {
  it.skipIf(corpus.length === 0).each(corpus)('builds the plugins’ tree for corpus text %s', (_, text) => {
    expect(fastTree(text)).toEqual(pluginTree(text))
  })

  it('builds the plugins’ tree for every text of the other parse tests', () => {
    const texts = fixtureTexts()
    expect(texts.length).toBeGreaterThan(50)
    for (const text of texts) {
      expect(fastTree(text), text).toEqual(pluginTree(text))
      // The same text as a line among plain lines, which the parser cuts around.
      const embedded = `قال مسؤول إن الوضع هادئ.\n${text}\nوأضاف أن الأمر انتهى.`
      expect(fastTree(embedded), embedded).toEqual(pluginTree(embedded))
    }
  })

  it('parses edge cases of the document as the plugins do', () => {
    for (const text of ['', ' ', '\n', '\r\n\r\n', 'قال', ' قال', 'قال ', '\nقال', 'قال.\n', 'قال\r\n', '\n\nقال.\n\n', '.', '«']) {
      expect(fastTree(text), JSON.stringify(text)).toEqual(pluginTree(text))
    }
  })

  it.skipIf(corpus.length === 0)('cuts the corpus into lines of its own almost everywhere', () => {
    expect(fallbackShare(corpus.map(([, text]) => text).join('\n\n'))).toBeLessThan(0.05)
  })

  it('is what isnadParse uses for plain text, unless other plugins add extensions', () => {
    const text = 'قال مسؤول إن الوضع هادئ. وأضاف: «لا جديد».'
    const processor = unified().use(isnadParse, {format: 'text'})
    expect(processor.parse(new VFile(text))).toEqual(pluginTree(text))
    const seen: string[] = []
    const extended = unified()
      .use(isnadParse, {format: 'text'})
      .use(function () {
        const data = this.data()
        data.nlcstSentenceExtensions = [...(data.nlcstSentenceExtensions ?? []), () => void seen.push('sentence')]
      })
    extended.parse(new VFile(text))
    expect(seen).toEqual(['sentence'])
  })
})

const pick = (values: readonly string[]) => fc.constantFrom(...values)

const LETTERS = [...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىة']
const WORDS = ['قال', 'وقال', 'مسؤول', 'المصادر', 'الوزارة', 'أكدت', 'إن', 'في', 'عن', 'من', 'مُسؤولٌ', 'الـوزارة', 'لـ', 'هـ', 'م', 'د', 'أ', 'و', 'ف', 'ود', 'وأ']
const NUMBERS = ['3', '15', '2015', '١٥', '٣', '۱۵', '3٫5', '١٬٠٠٠', '3.5%', '12-13', '19:05', '1,000', '٪٣', '2015م']
const MARKS = ['٫', '٬', '٪', '%', '،', '؛', '؟', '.', '!', '…', ':', '«', '»', '“', '”', '‘', '’', '"', '(', ')', '[', ']', '-', '–', '—', '/', "'", ',', ';', '?', '&', '_', '*', '#', '+', '=', '@', '|', '•', '۔', '‽', '...', '؟!', '.»', '!»', '//']
const FORMAT_MARKS = ['\u200C', '\u200D', '\u200E', '\u200F', '\u061C']
const SPACES = [' ', ' ', ' ', '  ', '\n', '\r\n', '\n\n', '\r', '\t', ' \n ']
const LATIN = ['a', 'U', 'iPhone', 'Reuters', 'etc', 'U.S.', 'e', 'CNN', 'news', 'Élan', 'é']
const ABBREVIATIONS = ['د. ', 'م. ', 'أ. د. ', 'وأ.د. ', 'ص.ب ']

const arabicWord = fc
  .array(fc.tuple(pick(LETTERS), fc.oneof({arbitrary: fc.constant(''), weight: 5}, {arbitrary: pick(['\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u064B', 'ـ']), weight: 1})), {minLength: 1, maxLength: 7})
  .map((parts) => parts.map(([letter, mark]) => letter + mark).join(''))

/** Any mix of the pieces of Arabic news text. */
const soup = fc
  .array(
    fc.oneof(
      {arbitrary: arabicWord, weight: 8},
      {arbitrary: pick(WORDS), weight: 6},
      {arbitrary: pick(SPACES), weight: 12},
      {arbitrary: pick(MARKS), weight: 7},
      {arbitrary: pick(NUMBERS), weight: 2},
      {arbitrary: pick(FORMAT_MARKS), weight: 1},
      {arbitrary: pick(LATIN), weight: 1},
      {arbitrary: pick(ABBREVIATIONS), weight: 1}
    ),
    {maxLength: 60}
  )
  .map((parts) => parts.join(''))

/** Lines of sentences as news copy writes them, so that most take the one-pass path. */
const sentence = fc
  .tuple(
    fc.option(pick(['«', '(', '"', '“', '- ', '* ', '[', ', ', '...']), {freq: 4}),
    fc.array(
      fc.tuple(
        fc.oneof({arbitrary: arabicWord, weight: 6}, {arbitrary: pick(WORDS), weight: 3}, {arbitrary: pick(NUMBERS), weight: 1}, {arbitrary: pick(LATIN), weight: 1}),
        fc.oneof(
          {arbitrary: fc.constant(' '), weight: 12},
          {arbitrary: pick(['، ', '؛ ', ': ', ':', ' - ', '-', ' – ', ' / ', '/', ' (', ') ', ' «', '» ', '  ', ', ', ' , ', '%', '٪ ', ' #', '_', '\u200F', ' . ', '. ']), weight: 4}
        )
      ),
      {minLength: 1, maxLength: 12}
    ),
    fc.option(pick(['»', ')', '"', '”']), {freq: 4}),
    pick(['.', '.', '.', '؟', '!', '…', '...', '؟!', '?', '', '.»', '؟»', '.)'])
  )
  .map(([open, words, close, end]) => `${open ?? ''}${words.map(([word, gap]) => word + gap).join('').trimEnd()}${close ?? ''}${end}`)

const line = fc.array(sentence, {minLength: 1, maxLength: 4}).map((sentences) => sentences.join(' '))
const news = fc
  .array(fc.tuple(line, pick(['\n', '\n', '\n\n', '\r\n', '\n ', ' \n'])), {minLength: 1, maxLength: 6})
  .map((lines) => lines.map(([text, gap]) => text + gap).join(''))

/** Lines whose edges test where the parser may cut: starting or ending with marks, numbers, abbreviations, Latin, nothing but marks. */
const edgyLine = fc
  .tuple(
    pick(['', '', '«', '(', '- ', '* ', ', ', '; ', '…', '. ', '؟ ', '»', '\u200F', 'iPhone ', 'Reuters ', '15 ', '3. ', 'د. ', 'أ.د. ', 'e ']),
    fc.oneof({arbitrary: sentence, weight: 3}, {arbitrary: soup, weight: 1}, {arbitrary: pick(['***', '—', '«»', '...', '15', 'د', 'a', '']), weight: 1}),
    pick(['', '', '.', ' .', '»', '.»', '؟', ' 15', ' 15.', ' د.', ' a.', ' etc.', ' U.S.', '\u200F', ' -', '-', ' «', ' ...', ' 2015'])
  )
  .map(([head, body, tail]) => head + body + tail)
const edgyDraft = fc
  .array(fc.tuple(edgyLine, pick(['\n', '\n', '\n\n', '\r\n', ' \n ', '\n\t', '\r', '\n\u00A0'])), {minLength: 1, maxLength: 8})
  .map((lines) => lines.map(([text, gap]) => text + gap).join(''))

describe('fastParse, on generated drafts', () => {
  test.prop([edgyDraft], {numRuns: 3000})('builds the plugins’ tree whatever the lines start and end with', (text) => {
    expect(fastTree(text)).toEqual(pluginTree(text))
  })

  test.prop([soup], {numRuns: 4000})('builds the plugins’ tree for any mix of pieces', (text) => {
    expect(fastTree(text)).toEqual(pluginTree(text))
  })

  test.prop([news], {numRuns: 3000})('builds the plugins’ tree for lines of news copy', (text) => {
    expect(fastTree(text)).toEqual(pluginTree(text))
  })
})
