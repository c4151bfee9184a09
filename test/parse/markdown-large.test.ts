/**
 * Markdown paragraphs too long for `mdast-util-to-nlcst` in one piece: it
 * spreads each node's tokens into `push`, which overflowed the stack past
 * about 100,000 tokens. `splitLargeNodes` cuts such nodes into siblings
 * first; the nlcst tree must be the one the library builds from the uncut
 * tree (positions included), and the lint the plain-text one.
 */
import {existsSync} from 'node:fs'
import {fc, test} from '@fast-check/vitest'
import type {Root} from 'nlcst'
import {toNlcst} from 'mdast-util-to-nlcst'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import isnadParse, {markdownTree, splitLargeNodes} from '../../lib/parse/draft.js'
import {addArabicExtensions, parserFor} from '../../lib/parse/retext-arabic.js'
import {checkDraft} from '../../lib/processor.js'
import {CORPUS, corpusTexts} from '../../bench/inputs.mjs'
import {markdownDraft} from '../robustness/arbitraries.js'

const SENTENCE = 'قال مسؤول إن الوضع هادئ. '

/** The tree `mdast-util-to-nlcst` builds from the Markdown of `text`, cut first into nodes of at most `maxSpan` code units if given. */
function libraryTree(text: string, maxSpan?: number): Root {
  const {tree: mdast, inlineMarkup} = markdownTree(text)
  if (maxSpan !== undefined) splitLargeNodes(mdast, text, maxSpan)
  const processor = unified()
  addArabicExtensions(processor)
  const tree = toNlcst(mdast, new VFile(text), parserFor(processor), {ignore: ['code', 'yaml', 'toml', 'html']}) as Root
  // The inline elements `isnadParse` adds to the library's tree, for spans to be widened over.
  if (inlineMarkup.length > 0) tree.data = {...tree.data, inlineMarkup}
  return tree
}

function parsedTree(text: string): Root {
  return unified().use(isnadParse).parse(new VFile({path: 'draft.md', value: text}))
}

describe('splitLargeNodes builds mdast-util-to-nlcst’s tree', () => {
  it.each([
    // About 99,000 tokens on one line: as far as the library goes uncut.
    ['one line just below the limit', SENTENCE.repeat(9_000)],
    ['one sentence a line, CRLF', 'قال مسؤول إن الوضع هادئ.\r\n'.repeat(2_000)],
    ['a block quote', '> قال مسؤول إن الوضع هادئ.\n'.repeat(2_000)],
    ['a paragraph in a list item in a block quote', `> - ${'قال مسؤول إن الوضع هادئ.\n>   '.repeat(2_000)}\n`],
    ['emphasis, links, code and hard breaks', 'قال *مسؤول* إن [الوضع](http://x) `هادئ`.  \nوقال **آخر**\\\n'.repeat(1_000)],
    ['paragraphs between headings and code', '# عنوان\n\nقال مسؤول إن الوضع هادئ.\nوأضاف.\n\n```\nرمز\n```\n\n'.repeat(1_000)]
  ])('%s', (_, text) => {
    expect(text.length).toBeGreaterThan(40_000)
    expect(parsedTree(text)).toEqual(libraryTree(text))
  })

  it('leaves a single token longer than the limit whole', () => {
    const text = `قال ${'م'.repeat(30_000)} إن الوضع هادئ.`
    expect(parsedTree(text)).toEqual(libraryTree(text))
  })

  it.skipIf(!existsSync(CORPUS))('on the corpus written as Markdown, whole and cut every few hundred code units', () => {
    for (const text of corpusTexts()) {
      const expected = libraryTree(text)
      expect(parsedTree(text)).toEqual(expected)
      expect(libraryTree(text, 300)).toEqual(expected)
    }
  })

  test.prop([markdownDraft(), fc.integer({min: 1, max: 40})], {numRuns: 1000})('on generated Markdown cut into nodes of a few code units', (text, maxSpan) => {
    expect(libraryTree(text, maxSpan)).toEqual(libraryTree(text))
  })
})

describe('a Markdown paragraph past 100,000 tokens', () => {
  async function lint(text: string, path: string) {
    const file = await checkDraft(new VFile({path, value: text}), {preset: 'strict'})
    const messages = file.messages.map((message) => [message.ruleId, message.place && 'start' in message.place ? message.place.start.offset : undefined])
    return {attributions: file.data.attributions ?? [], messages}
  }

  // 12,500 sentences on one line, 137,500 tokens: this threw `RangeError`.
  it('lints as the same text in plain text, records at exact offsets', async () => {
    const text = SENTENCE.repeat(12_500)
    const [markdown, plain] = await Promise.all([lint(text, 'draft.md'), lint(text, 'draft.txt')])
    expect(markdown.attributions).toHaveLength(12_500)
    expect(markdown).toEqual(plain)
    const last = markdown.attributions.at(-1)!
    expect(last.cue.start).toBe(text.length - SENTENCE.length)
    for (const record of markdown.attributions) {
      expect(text.slice(record.cue.start, record.cue.end)).toBe('قال')
      expect(text.slice(record.source!.start, record.source!.end)).toBe('مسؤول')
    }
  })
})
