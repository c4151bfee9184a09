import {describe, expect, it} from 'vitest'
import {segment} from '../../lib/morphology/index.js'
import {normalize} from '../../lib/text/normalize.js'

const readings = (word: string) => segment(normalize(word)).map(({proclitics, stem, enclitic}) => `${proclitics}+${stem}+${enclitic}`)

describe('segment', () => {
  it.each([
    ['وقال', ['+وقال+', 'و+قال+']],
    ['فقالت', ['ف+قالت+']],
    ['وبالتالي', ['وبال+تالي+', 'وب+التالي+']],
    ['للوزير', ['لل+وزير+', 'ل+لوزير+']],
    ['وللرئيس', ['ولل+رئيس+']],
    ['كالعادة', ['كال+عاده+']],
    ['وسيقول', ['وس+يقول+']],
    ['فسيكشفونها', ['فس+يكشفون+ها']],
    ['سأقول', ['س+اقول+']],
    ['حكومته', ['+حكومت+ه', '+حكومه+ه']],
    ['وكتابهم', ['و+كتاب+هم']],
    ['قالهما', ['+قال+هما']],
    ['أبلغني', ['+ابلغ+ني', '+ابلغن+ي']]
  ])('%s', (word, expected) => {
    expect(readings(word)).toEqual(expect.arrayContaining(expected))
  })

  it('puts the unsegmented reading first, even when short', () => {
    expect(segment('و')[0]).toEqual({proclitics: '', stem: 'و', enclitic: ''})
    expect(segment('قالت')[0]).toEqual({proclitics: '', stem: 'قالت', enclitic: ''})
  })

  it('keeps stems of at least two letters', () => {
    for (const word of ['وله', 'فيه', 'بها', 'لكم', 'وسيقول', 'كالعاده'])
      for (const {stem, proclitics} of segment(word)) if (proclitics || stem !== word) expect(stem.length).toBeGreaterThanOrEqual(2)
  })

  it('reads future س only before a present prefix', () => {
    expect(readings('سلام')).not.toContain('س+لام+')
    expect(readings('سقال')).not.toContain('س+قال+')
    expect(readings('ستقول')).toContain('س+تقول+')
  })

  it('gives no pronoun to a word with the article', () => {
    expect(readings('الكتابه').filter((reading) => reading.startsWith('ال+') && !reading.endsWith('+'))).toEqual([])
    expect(readings('للوزيره')).not.toContain('لل+وزير+ه')
  })

  it('orders proclitics as conjunction, preposition or future, article', () => {
    expect(readings('بوقال')).not.toContain('بو+قال+')
    expect(readings('سوقال')).not.toContain('سو+قال+')
    expect(readings('الوقال').some((reading) => reading.startsWith('الو'))).toBe(false)
  })

  it('stays small on long words', () => {
    expect(segment(normalize('وبالمستشفياتهما')).length).toBeLessThan(40)
  })
})
