/**
 * A long draft checked in sections (`lib/sections.ts`) gives exactly the
 * records and messages, in the same order, as the draft checked whole. The
 * section size is forced small so that drafts of a few kilobytes are cut in
 * many places, also in the middle of articles: between a speaker and its
 * `وأضاف`, between a quotation and the attribution after it, between a
 * passage and its repeat.
 */
import {existsSync} from 'node:fs'
import {VFile} from 'vfile'
import {fc, test} from '@fast-check/vitest'
import {describe, expect, it} from 'vitest'
import {checkDraft, isnad, type IsnadSettings} from '../lib/processor.js'
import {markdownSectionBounds, sectionBounds} from '../lib/sections.js'
import {serializeMessage} from '../lib/cli/pool.js'
import {corpusDraft, corpusTexts, CORPUS} from '../bench/inputs.mjs'
import {fragment} from './robustness/arbitraries.js'

const strict: IsnadSettings = {preset: 'strict'}

async function whole(text: string, settings: IsnadSettings, path = 'draft.txt') {
  const file = new VFile({path, value: text})
  const processor = isnad(settings)
  await processor.run(processor.parse(file), file)
  return {attributions: file.data.attributions, messages: file.messages.map(serializeMessage)}
}

async function inSections(text: string, settings: IsnadSettings, size: number, path = 'draft.txt') {
  const file = await checkDraft(new VFile({path, value: text}), settings, {above: 0, size})
  return {attributions: file.data.attributions, messages: file.messages.map(serializeMessage)}
}

describe('sectionBounds', () => {
  it('cuts after the white space that follows a line break past the size, so every section starts a line', () => {
    const text = 'قال مسؤول إن الوضع هادئ.\n\nوأضاف أن الطرق مفتوحة.\nوقالت الوزارة إن العمل مستمر.'
    const bounds = sectionBounds(text, 10)
    expect(bounds.map(({start, end}) => text.slice(start, end))).toEqual([
      'قال مسؤول إن الوضع هادئ.\n\n',
      'وأضاف أن الطرق مفتوحة.\n',
      'وقالت الوزارة إن العمل مستمر.'
    ])
    expect(bounds.map((bound) => bound.line)).toEqual([1, 3, 4])
  })

  it('counts `\\r\\n` and `\\r` line breaks as the parser does', () => {
    const text = 'سطر أول طويل بعض الشيء\r\nسطر ثان طويل بعض الشيء\r\n\r\nسطر ثالث'
    expect(sectionBounds(text, 5).map((bound) => bound.line)).toEqual([1, 2, 4])
  })

  it('keeps a draft with no line break past the size whole', () => {
    const text = 'كلمة '.repeat(100)
    expect(sectionBounds(text, 10)).toEqual([{start: 0, end: text.length, line: 1}])
  })
})

describe('a section parsed at its origin', () => {
  it('has the positions the whole draft gives its nodes', () => {
    const text = 'سطر أول.\nقال مسؤول إن الوضع هادئ.\n\nوأضاف أن «الطرق مفتوحة».'
    const [, second] = sectionBounds(text, 3)
    const processor = isnad({extractOnly: true})
    const origin = {line: second.line, column: 1, offset: second.start}
    const section = processor.parse(new VFile({path: 'a.txt', value: text.slice(second.start), data: {origin}}))
    const whole = processor.parse(new VFile({path: 'a.txt', value: text}))
    expect(section.children).toEqual(whole.children.slice(whole.children.length - section.children.length))
  })
})

describe.skipIf(!existsSync(CORPUS))('checking a draft in sections', () => {
  it('gives the records and messages of the whole draft on every dev article, cut every few lines', async () => {
    for (const text of corpusTexts()) {
      const expected = await whole(text, strict)
      expect(await inSections(text, strict, 300)).toEqual(expected)
    }
  })

  it('gives the same on a draft of many articles, with repeated passages far apart', async () => {
    const articles = corpusTexts().slice(0, 12)
    const text = corpusDraft(2 * Buffer.byteLength(articles.join('\n\n')), articles)
    const expected = await whole(text, strict)
    expect(expected.messages.some((message) => message.ruleId === 'duplicate-passage')).toBe(true)
    expect(await inSections(text, strict, 20_000)).toEqual(expected)
  })

  it('finds the speaker of a quotation that ends a section in the first sentence of the next', async () => {
    const text = [
      'عقد وزير الداخلية مؤتمراً صحفياً في العاصمة صباح اليوم.',
      '«لن نتراجع عن هذا القرار مهما كان الثمن»',
      'هكذا قال الوزير للصحفيين في ختام المؤتمر.',
      '«الطرق كلها ستبقى مغلقة حتى إشعار آخر»',
      'وانتهى المؤتمر بعد ساعة.'
    ].join('\n')
    const expected = await whole(text, strict)
    expect(expected.messages.filter((message) => message.ruleId === 'unattributed-quote')).toHaveLength(1)
    expect(await inSections(text, strict, 20)).toEqual(expected)
  })

  it('honours inline disable comments that span sections', async () => {
    const [first, second] = corpusTexts()
    const text = `<!-- isnad-disable anonymous-source -->\n${first}\n<!-- isnad-enable -->\n${second}\n<!-- isnad-ignore no-such-rule -->\n`
    expect(await inSections(text, strict, 200)).toEqual(await whole(text, strict))
  })
})

describe('markdownSectionBounds', () => {
  const cuts = (text: string) => markdownSectionBounds(text, 1).map(({start, end}) => text.slice(start, end))

  it('cuts only where a line starts with a letter after a blank line', () => {
    const text = 'قال مسؤول إن الوضع هادئ.\n\n# عنوان\n\n- بند أول\n\n> اقتباس\n\nوأضاف أن الطرق مفتوحة.\nوتابع.\n\n1. بند\n'
    expect(cuts(text)).toEqual(['قال مسؤول إن الوضع هادئ.\n\n# عنوان\n\n- بند أول\n\n> اقتباس\n\n', 'وأضاف أن الطرق مفتوحة.\nوتابع.\n\n1. بند\n'])
    expect(markdownSectionBounds(text, 1).map((bound) => bound.line)).toEqual([1, 9])
  })

  it('never cuts inside fenced code, an HTML comment or front matter that run past blank lines', () => {
    const text = [
      '---\ntitle: خبر\n\nملخص: نص\n---\n',
      '```\nرمز\n\nقال مسؤول في الرمز\n```\n',
      '<!--\nملاحظة\n\nقال مسؤول في التعليق\n-->\n',
      // The line before a cut must hold a word: here the prose after the comment.
      'وأضاف أن الطرق مفتوحة.\n',
      'قال مسؤول إن الوضع هادئ.\n'
    ].join('\n')
    expect(cuts(text)).toEqual([text.slice(0, text.indexOf('قال مسؤول إن')), 'قال مسؤول إن الوضع هادئ.\n'])
  })

  it('keeps a draft with link reference definitions whole', () => {
    const text = 'قال [مسؤول][1] إن الوضع هادئ.\n\nوأضاف أن الطرق مفتوحة.\n\n[1]: https://example.com\n'
    expect(cuts(text)).toEqual([text])
  })
})

describe('a Markdown section parsed at its origin', () => {
  it('has the positions the whole draft gives its nodes, inline markup included', () => {
    const text = '# خبر\n\nقال *مسؤول* إن الوضع هادئ.\n\nوأضاف أن [الطرق](https://example.com) «مفتوحة».\nوتابع.'
    const last = markdownSectionBounds(text, 3).at(-1)!
    const processor = isnad({extractOnly: true})
    const origin = {line: last.line, column: 1, offset: last.start}
    const section = processor.parse(new VFile({path: 'a.md', value: text.slice(last.start), data: {origin}}))
    const whole = processor.parse(new VFile({path: 'a.md', value: text}))
    expect(last.line).toBe(5)
    expect(section.children).toEqual(whole.children.slice(whole.children.length - section.children.length))
    expect(section.data?.inlineMarkup).toEqual(whole.data?.inlineMarkup?.slice(-1))
  })
})

describe.skipIf(!existsSync(CORPUS))('checking a Markdown draft in sections', () => {
  it('gives the records and messages of the whole draft on every dev article as Markdown, cut at every paragraph', async () => {
    // A blank line between the lines of an article makes each a Markdown paragraph, and a place to cut.
    const texts = corpusTexts().map((article) => article.split('\n').map((line) => line.trim()).join('\n\n'))
    expect(texts.reduce((sections, text) => sections + markdownSectionBounds(text, 300).length, 0)).toBeGreaterThan(3 * texts.length)
    for (const text of texts) {
      const expected = await whole(text, strict, 'draft.md')
      expect(await inSections(text, strict, 300, 'draft.md')).toEqual(expected)
    }
  })

  it('honours inline disable comments that span sections', async () => {
    const [first, second] = corpusTexts().map((article) => article.split('\n').map((line) => line.trim()).join('\n\n'))
    const anonymous = 'قال مسؤول إن الوضع هادئ.'
    const text = `<!-- isnad-disable anonymous-source -->\n\n${first}\n\n${anonymous}\n\n<!-- isnad-enable -->\n\n${second}\n\n${anonymous}\n\n<!-- isnad-ignore no-such-rule -->\n`
    const expected = await whole(text, strict, 'draft.md')
    // The comments are read: one of the two unnamed sources is reported, and the unknown rule.
    expect(expected.messages.filter((message) => message.ruleId === 'anonymous-source')).toHaveLength(1)
    expect(expected.messages.some((message) => message.reason.includes('no-such-rule'))).toBe(true)
    expect(await inSections(text, strict, 200, 'draft.md')).toEqual(expected)
  })

  it('gives the same on articles between headings, lists, quotes, code, comments and inline markup', async () => {
    const [first, second, third] = corpusTexts().map((text) => text.replace(/(مسؤول|مصدر|وزير)/g, '*$1*').replace(/(رويترز|الوزارة)/g, '[$1](https://example.com)'))
    const text = [
      '---\ntitle: ملف\n---',
      `# ${first.split('\n')[0]}`,
      first,
      '- قال مسؤول إن الوضع هادئ.\n\n  وأضاف أن الطرق مفتوحة.',
      '> «لن نتراجع عن هذا القرار»\n\n',
      'هكذا قال الوزير للصحفيين.',
      '```\nقال مسؤول في الرمز إن هذا لا يُقرأ.\n\nوأضاف.\n```',
      second,
      '<!--\nقال مسؤول في تعليق.\n\nوأضاف.\n-->',
      third
    ].join('\n\n')
    const expected = await whole(text, strict, 'draft.md')
    expect(expected.attributions!.length).toBeGreaterThan(10)
    for (const size of [50, 400, 3_000]) expect(await inSections(text, strict, size, 'draft.md')).toEqual(expected)
  })
})

/** Markdown with the blocks a cut must not fall inside: fences, HTML comments, lists, quotes, indented code, blank lines. */
const markdownWithBlocks = fc
  .array(
    fc.oneof(
      {arbitrary: fragment, weight: 12},
      {arbitrary: fc.constantFrom('\n\n', '\n\nقال مسؤول إن الوضع هادئ.', '\n\nوأضاف أن «الطرق مفتوحة».'), weight: 6},
      {
        arbitrary: fc.constantFrom('\n```\n', '\n~~~~\n', '\n<!--\n', '-->', '\n<pre>\n', '</pre>', '\n# ', '\n> ', '\n- ', '\n1. ', '\n    ', '*', '_', '[', '](http://x)', '\n---\n'),
        weight: 4
      }
    ),
    {maxLength: 60}
  )
  .map((parts) => parts.join(''))

describe('a generated Markdown draft checked in sections', () => {
  test.prop([markdownWithBlocks], {numRuns: Math.round(150 * Number(process.env.ISNAD_FC_SCALE ?? 1))})(
    'gives the records and messages of the whole draft, cut wherever a paragraph starts',
    async (text) => {
      expect(await inSections(text, strict, 1, 'draft.md')).toEqual(await whole(text, strict, 'draft.md'))
    }
  )
})
