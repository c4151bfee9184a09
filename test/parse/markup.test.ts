/**
 * Inline Markdown markup in span texts: `proseOf` gives the words a source is
 * compared and counted by, whatever markup a draft wraps it in.
 */
import {describe, expect, it} from 'vitest'
import {proseOf} from '../../lib/parse/markup.js'
import {countKey} from '../../lib/report/stats.js'

describe('proseOf', () => {
  it.each([
    ['emphasis inside a source', 'مسؤول *كبير*', 'مسؤول كبير'],
    ['strong around it', '**مسؤول كبير**', 'مسؤول كبير'],
    ['underscores and strike-through', '_مسؤول_ ~~سابق~~', 'مسؤول سابق'],
    ['a link, destination and all', 'وكالة [رويترز](https://www.reuters.com/world)', 'وكالة رويترز'],
    ['a reference link', 'وكالة [رويترز][1]', 'وكالة رويترز'],
    ['an escaped mark', 'مسؤول \\*كبير\\*', 'مسؤول كبير'],
    ['plain words, untouched', 'المتحدث باسم الوزارة', 'المتحدث باسم الوزارة']
  ])('%s', (_, text, prose) => {
    expect(proseOf(text)).toBe(prose)
  })

  it('keeps the words after a `](` that opens no destination', () => {
    expect(proseOf('مصدر](في الوزارة')).toBe('مصدر (في الوزارة')
  })
})

describe('countKey', () => {
  it('counts an outlet once however it is written', () => {
    const keys = ['رويترز', '«رويترز»', '[رويترز](https://www.reuters.com)', '*رويترز*'].map(countKey)
    expect(new Set(keys)).toEqual(new Set(['رويترز']))
  })
})
