/**
 * Markdown rewrites text it parses (escapes, character references, the
 * markers of continuation lines); positions must still point at what is
 * written in the file. The parser reads each text node from its source slice.
 * A record's spans are what the file holds between their offsets, inline
 * markup included, and never cut an inline element in two.
 */
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {checkDraft} from '../../lib/processor.js'

/** The cue `قال` and the source `مسؤول أمني` must sit exactly where they are written. */
async function expectExactPlaces(text: string) {
  const file = await checkDraft(new VFile({path: 'draft.md', value: text}), {preset: 'strict'})
  const [record] = file.data.attributions ?? []
  expect(record.cue.text).toBe('قال')
  expect(text.slice(record.cue.start, record.cue.end)).toBe('قال')
  expect(record.source?.text).toBe('مسؤول أمني')
  expect(text.slice(record.source!.start, record.source!.end)).toBe('مسؤول أمني')
  for (const message of file.messages) {
    const place = message.place && 'start' in message.place ? message.place : undefined
    if (place?.start.offset !== undefined) expect(place.start.offset).toBeLessThanOrEqual(text.length)
  }
}

describe('Markdown offsets after text Markdown rewrites', () => {
  it.each([
    ['an indented continuation line', 'خبر أول.\n  قال مسؤول أمني إن الوضع هادئ.'],
    ['a continuation line of a block quote', '> خبر أول.\n> قال مسؤول أمني إن الوضع هادئ.'],
    ['an escaped character before the cue', 'خبر\\* أول. قال مسؤول أمني إن الوضع هادئ.'],
    ['a character reference before the cue', 'خبر &amp; أول. قال مسؤول أمني إن الوضع هادئ.']
  ])('%s', async (_, text) => {
    await expectExactPlaces(text)
  })
})

describe('deeply nested Markdown', () => {
  // `mdast-util-to-nlcst` recurses per level: containers past a hundred levels are flattened first.
  it.each([
    ['20,000 nested block quotes', `${'> '.repeat(20_000)}قال مسؤول أمني إن الوضع هادئ.\n`],
    ['2,000 nested list items in block quotes', `${'> - '.repeat(2_000)}قال مسؤول أمني إن الوضع هادئ.\n`]
  ])('%s: the record sits where it is written', async (_, text) => {
    await expectExactPlaces(text)
  })

  it('segments a draft nested past the limit as the same draft nested a little', async () => {
    const sentence = 'قال مسؤول أمني إن الوضع هادئ. وأضاف أن الطرق مفتوحة.'
    const deep = `${'> '.repeat(150)}${sentence}\n`
    const shallow = `${'> '.repeat(3)}${sentence}\n`
    const shift = deep.length - shallow.length
    const [deepFile, shallowFile] = await Promise.all(
      [deep, shallow].map((value) => checkDraft(new VFile({path: 'draft.md', value}), {preset: 'strict'}))
    )
    const cues = (file: VFile, by: number) => (file.data.attributions ?? []).map((record) => [record.cue.text, record.cue.start - by, record.source?.text ?? null])
    expect(cues(deepFile, shift)).toEqual(cues(shallowFile, 0))
    expect(cues(shallowFile, 0)).toHaveLength(2)
  })
})

/** The first record of a Markdown draft. */
async function firstRecord(text: string) {
  const file = await checkDraft(new VFile({path: 'draft.md', value: text}), {preset: 'strict'})
  return file.data.attributions![0]
}

/** Where `part` is written in `text`, as a span. */
function spanAt(text: string, part: string) {
  const start = text.indexOf(part)
  return {text: part, start, end: start + part.length}
}

describe('spans across inline Markdown', () => {
  it('a source with emphasis inside it: its text is its source, closing mark included', async () => {
    const text = 'قال مسؤول *كبير* إن الوضع هادئ.'
    const record = await firstRecord(text)
    expect(text.slice(record.source!.start, record.source!.end)).toBe(record.source!.text)
    expect(record.source).toMatchObject(spanAt(text, 'مسؤول *كبير*'))
  })

  it('a source that starts in strong text takes in the opening marks', async () => {
    const text = 'قال **مسؤول** رفيع إن الوضع هادئ.'
    expect((await firstRecord(text)).source).toMatchObject(spanAt(text, '**مسؤول** رفيع'))
  })

  it('strong around the whole source: the span stays on the words', async () => {
    const text = 'قال **مسؤول كبير** إن الوضع هادئ.'
    expect((await firstRecord(text)).source).toMatchObject(spanAt(text, 'مسؤول كبير'))
  })

  it('a link around an outlet name', async () => {
    const named = 'بحسب [رويترز](https://www.reuters.com) فإن الوضع هادئ.'
    expect((await firstRecord(named)).source).toMatchObject(spanAt(named, 'رويترز'))
    const described = 'بحسب وكالة [رويترز](https://www.reuters.com) فإن الوضع هادئ.'
    expect((await firstRecord(described)).source).toMatchObject(spanAt(described, 'وكالة [رويترز](https://www.reuters.com)'))
  })

  it('a link around the outlet that carried a statement', async () => {
    const text = 'نقلاً عن وكالة [رويترز](https://www.reuters.com) عن مسؤول كبير، فإن الوضع هادئ.'
    const record = await firstRecord(text)
    expect(record.via).toMatchObject([spanAt(text, 'وكالة [رويترز](https://www.reuters.com)')])
    expect(record.source).toMatchObject(spanAt(text, 'مسؤول كبير'))
  })

  it('a cue whose verb is emphasized', async () => {
    const text = 'بحسب *ما زعمت* الوكالة فإن الوضع هادئ.'
    expect((await firstRecord(text)).cue).toMatchObject(spanAt(text, 'بحسب *ما زعمت*'))
  })

  it('markup inside and around a quoted claim', async () => {
    const text = 'قال مسؤول كبير: _«الوضع *هادئ* تماماً»_.'
    const {claim} = await firstRecord(text)
    expect(text.slice(claim!.start, claim!.end)).toBe('_«الوضع *هادئ* تماماً»_.')
  })

  // Found by the fast-check property: with no inline element in the draft, the text was left as the words.
  it('inline HTML inside a source word: its text is still its slice', async () => {
    const text = 'يرى مراقبون<!-- isnad-enable anonymous-source -->\u200C أن الوضع هادئ.'
    const {source} = await firstRecord(text)
    expect(source!.text).toBe(text.slice(source!.start, source!.end))
    expect(source!.text).toContain('<!--')
  })

  it('an escaped mark inside an emphasized source', async () => {
    const text = 'قالت شركة *النور\\** إن الوضع هادئ.'
    expect((await firstRecord(text)).source).toMatchObject(spanAt(text, 'شركة *النور\\**'))
  })
})
