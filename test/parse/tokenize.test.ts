/**
 * The fast tokenizer against parse-latin's own, and the Markdown path (which
 * uses it through `parserFor`) against the plugins with parse-latin's
 * tokenizer.
 */
import {fc, test} from '@fast-check/vitest'
import type {Root as MdastRoot} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {toNlcst} from 'mdast-util-to-nlcst'
import type {Root} from 'nlcst'
import {ParseLatin} from 'parse-latin'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import isnadParse from '../../lib/parse/draft.js'
import {
  arabicParagraphPlugins,
  arabicRootPlugins,
  arabicSentencePlugins
} from '../../lib/parse/plugins.js'
import {tokenize} from '../../lib/parse/tokenize.js'
import {addArabicExtensions, parserFor} from '../../lib/parse/retext-arabic.js'

const UNITS = [
  ...'قال مسؤولٌ ـ ٣٥ 35 ۱۵ ، ؛ ؟ . ! … : « » “ ” " ( ) - / \' ٫ ٬ ٪ % & _ a Z é',
  '\u200C', '\u200D', '\u200E', '\u200F', '\u061C', '\u00A0', '\t', '\n', '\r', '\r\n', '\u2028',
  '😀', '\uD83D', '\uDE00', '👍🏽', '??', '!!', '...'
]

describe('tokenize', () => {
  it('gives parse-latin’s tokens for every code unit', () => {
    const units = Array.from({length: 0x10000}, (_, code) => String.fromCharCode(code)).join(' ')
    expect(tokenize(units)).toEqual(new ParseLatin().tokenize(units))
  })

  it('counts lines as parse-latin does', () => {
    for (const text of ['a\nb', 'a\r\nb', 'a\rb', 'a\n\rb', 'a\r\r\nb', '\n', '\r\n\r\n', 'a \r\n \nb']) {
      expect(tokenize(text), JSON.stringify(text)).toEqual(new ParseLatin().tokenize(text))
    }
  })

  it('starts positions at the given point', () => {
    const [word] = tokenize('قال', {line: 3, column: 5, offset: 20})
    expect(word.position).toEqual({start: {line: 3, column: 5, offset: 20}, end: {line: 3, column: 8, offset: 23}})
  })

  test.prop([fc.array(fc.constantFrom(...UNITS), {maxLength: 80}).map((units) => units.join(''))], {numRuns: 3000})(
    'gives parse-latin’s tokens for any text',
    (text) => {
      expect(tokenize(text)).toEqual(new ParseLatin().tokenize(text))
    }
  )
})

describe('PluginPipeline', () => {
  // It runs its own one-pass versions of parse-latin's merging plugins; these units exercise each.
  const PIPELINE_UNITS = [
    ...UNITS, '؟!', '!?', '. ', ' ؟ ', '1.', '12. ', '1234.', 'U.S.', 'e.g.', 'a.b.c.', '&amp;', '&&', 'said.', 'said. ',
    ' said', ' etc. ', ' Cf. ', 'A', 'b', 'The', 'ß', 'Ā', "'", ', ', '; ', ' 5', '.5', '. .', 'x-', ' - ', 'x--', '-', 'x/', 'ab/', '/cd', 'abc'
  ]
  test.prop([fc.array(fc.constantFrom(...PIPELINE_UNITS), {maxLength: 80}).map((units) => units.join(''))], {numRuns: 3000})(
    'builds the tree parse-latin and the Arabic plugins build, for any text',
    (text) => {
      const parser = new ParseLatin()
      parser.tokenizeRootPlugins.unshift(...arabicRootPlugins)
      parser.tokenizeParagraphPlugins.unshift(...arabicParagraphPlugins)
      parser.tokenizeSentencePlugins.unshift(...arabicSentencePlugins)
      const processor = unified()
      addArabicExtensions(processor)
      expect(parserFor(processor).parse(text)).toEqual(parser.parse(text))
    }
  )
})

/** The Markdown tree as before: the plugins with parse-latin's tokenizer. */
function pluginMarkdownTree(markdown: string): Root {
  const parser = new ParseLatin()
  parser.tokenizeRootPlugins.unshift(...arabicRootPlugins)
  parser.tokenizeParagraphPlugins.unshift(...arabicParagraphPlugins)
  parser.tokenizeSentencePlugins.unshift(...arabicSentencePlugins)
  const file = new VFile(markdown)
  const mdast: MdastRoot = fromMarkdown(markdown)
  // As `isnadParse` does: text nodes keep the text they were written as.
  const stack: MdastRoot['children'] = [...mdast.children]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'text') node.value = markdown.slice(node.position!.start.offset, node.position!.end.offset)
    if ('children' in node) stack.push(...(node.children as MdastRoot['children']))
  }
  return toNlcst(mdast, file, parser, {ignore: ['code', 'yaml', 'toml', 'html']}) as Root
}

describe('the Markdown path', () => {
  it('builds the trees it built with parse-latin’s tokenizer', () => {
    const drafts = [
      '# عنوان الخبر\n\nقال مسؤول إن **الوضع** هادئ. وأضاف: «لا جديد»؟! ثم غادر.\n\n- بند أول\n- بند ثانٍ، مع `رمز`.\n\n> قال د. محمد العلي إن النمو بلغ ٣٫٥٪.\r\n> وارتفع العدد إلى 15. وقال سكان…\n',
      'قال\u200Fت المصادر.وقال آخرون [رابط](http://example.com) إن U.S. و*أ.د.* خالد\nحضروا\n\n\n1. أول\n2. ثانٍ'
    ]
    for (const draft of drafts) {
      const tree = unified().use(isnadParse, {format: 'markdown'}).parse(new VFile(draft))
      // The inline markup noted on the root (for spans, see `lib/parse/markup.ts`) is not the tokenizer's.
      expect({...tree, data: undefined}, draft).toEqual(pluginMarkdownTree(draft))
    }
  })
})
