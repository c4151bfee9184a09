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
import {describe, expect, it} from 'vitest'
import {checkDraft, isnad, type IsnadSettings} from '../lib/processor.js'
import {sectionBounds} from '../lib/sections.js'
import {serializeMessage} from '../lib/cli/pool.js'
import {corpusDraft, corpusTexts, CORPUS} from '../bench/inputs.mjs'

const strict: IsnadSettings = {preset: 'strict'}

async function whole(text: string, settings: IsnadSettings) {
  const file = new VFile({path: 'draft.txt', value: text})
  const processor = isnad(settings)
  await processor.run(processor.parse(file), file)
  return {attributions: file.data.attributions, messages: file.messages.map(serializeMessage)}
}

async function inSections(text: string, settings: IsnadSettings, size: number) {
  const file = await checkDraft(new VFile({path: 'draft.txt', value: text}), settings, {above: 0, size})
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
