/**
 * `inflect`: a form of a verb entry, by its tags, with its clitics, spelled as
 * in news copy, for the fixes of `loaded-verb`. Every tag of قال (the neutral
 * verb fixes use), then the spelling repairs other classes need.
 */
import {describe, expect, it} from 'vitest'
import {bundledLexicon} from '../../lib/lexicon/load.js'
import type {VerbEntry} from '../../lib/lexicon/types.js'
import {inflect, type InflectionTags} from '../../lib/morphology/verbs.js'

function verb(lemma: string): VerbEntry {
  const entry = bundledLexicon().verbs.find((candidate) => candidate.lemma === lemma)
  if (!entry) throw new Error(`no verb ${lemma}`)
  return entry
}

type Row = [InflectionTags['tense'], InflectionTags['voice'], InflectionTags['person'], InflectionTags['number'], InflectionTags['gender'], string]

function tags([tense, voice, person, number, gender]: Row): InflectionTags {
  return {tense, voice, person, number, gender}
}

const QAL: Row[] = [
  ['past', 'active', 3, 'singular', 'masculine', 'قال'],
  ['past', 'active', 3, 'singular', 'feminine', 'قالت'],
  ['past', 'active', 3, 'plural', 'masculine', 'قالوا'],
  ['past', 'active', 3, 'plural', 'feminine', 'قلن'],
  ['past', 'active', 3, 'dual', 'masculine', 'قالا'],
  ['past', 'active', 3, 'dual', 'feminine', 'قالتا'],
  ['past', 'active', 2, 'singular', 'masculine', 'قلت'],
  ['past', 'active', 2, 'singular', 'feminine', 'قلت'],
  ['past', 'active', 2, 'plural', 'masculine', 'قلتم'],
  ['past', 'active', 2, 'plural', 'feminine', 'قلتن'],
  ['past', 'active', 2, 'dual', 'common', 'قلتما'],
  ['past', 'active', 1, 'singular', 'common', 'قلت'],
  ['past', 'active', 1, 'plural', 'common', 'قلنا'],
  ['present', 'active', 3, 'singular', 'masculine', 'يقول'],
  ['present', 'active', 3, 'singular', 'feminine', 'تقول'],
  ['present', 'active', 3, 'plural', 'masculine', 'يقولون'],
  ['present', 'active', 3, 'plural', 'feminine', 'يقلن'],
  ['present', 'active', 3, 'dual', 'masculine', 'يقولان'],
  ['present', 'active', 3, 'dual', 'feminine', 'تقولان'],
  ['present', 'active', 2, 'singular', 'masculine', 'تقول'],
  ['present', 'active', 2, 'singular', 'feminine', 'تقولين'],
  ['present', 'active', 2, 'plural', 'masculine', 'تقولون'],
  ['present', 'active', 2, 'plural', 'feminine', 'تقلن'],
  ['present', 'active', 2, 'dual', 'common', 'تقولان'],
  ['present', 'active', 1, 'singular', 'common', 'أقول'],
  ['present', 'active', 1, 'plural', 'common', 'نقول'],
  ['past', 'passive', 3, 'singular', 'masculine', 'قيل'],
  ['past', 'passive', 3, 'singular', 'feminine', 'قيلت'],
  ['present', 'passive', 3, 'singular', 'masculine', 'يُقال'],
  ['present', 'passive', 3, 'singular', 'feminine', 'تقال'],
  ['present', 'passive', 1, 'singular', 'common', 'أقال'],
  ['participle', 'active', 3, 'singular', 'masculine', 'قائلاً'],
  ['participle', 'active', 3, 'singular', 'feminine', 'قائلةً'],
  ['participle', 'active', 3, 'plural', 'masculine', 'قائلون'],
  ['participle', 'active', 3, 'plural', 'feminine', 'قائلات'],
  ['participle', 'active', 3, 'dual', 'masculine', 'قائلان'],
  ['participle', 'active', 3, 'dual', 'feminine', 'قائلتان']
]

describe('inflect: every form of قال', () => {
  it.each(QAL)('%s %s %s %s %s → %s', (...row) => {
    expect(inflect(verb('قال'), tags(row), '', '')).toBe(row[5])
  })
})

describe('inflect: clitics', () => {
  const qal = verb('قال')
  it.each([
    [['past', 'active', 3, 'singular', 'feminine', ''], 'و', '', 'وقالت'],
    [['past', 'active', 3, 'plural', 'masculine', ''], 'ف', '', 'فقالوا'],
    [['present', 'active', 3, 'singular', 'masculine', ''], 'وس', '', 'وسيقول'],
    [['present', 'active', 3, 'singular', 'feminine', ''], 'ل', '', 'لتقول'],
    [['participle', 'active', 3, 'singular', 'masculine', ''], 'و', '', 'وقائلاً'],
    [['past', 'active', 3, 'singular', 'masculine', ''], 'و', 'ه', 'وقاله'],
    [['past', 'active', 3, 'plural', 'masculine', ''], '', 'ها', 'قالوها'],
    [['present', 'active', 1, 'singular', 'common', ''], '', 'ه', 'أقوله']
  ] as Array<[Row, string, string, string]>)('%j + %s + %s → %s', (row, proclitics, enclitic, expected) => {
    expect(inflect(qal, tags(row), proclitics, enclitic)).toBe(expected)
  })

  it('gives nothing for a pronoun on a form that takes none', () => {
    expect(inflect(qal, tags(['participle', 'active', 3, 'singular', 'masculine', '']), '', 'ه')).toBeUndefined()
    expect(inflect(qal, tags(['past', 'passive', 3, 'singular', 'masculine', '']), '', 'ه')).toBeUndefined()
  })

  it('gives nothing for a form the entry does not have', () => {
    expect(inflect(verb('صرّح'), tags(['past', 'passive', 3, 'singular', 'masculine', '']), '', '')).toBeUndefined()
    expect(inflect(verb('صرّح'), tags(['participle', 'active', 3, 'singular', 'masculine', '']), '', '')).toBeUndefined()
  })
})

describe('inflect: spelling other classes', () => {
  it.each([
    // Hamza on the alef of the stem, lost by normalization, comes back.
    ['أفاد', ['past', 'active', 3, 'singular', 'feminine', ''], 'أفادت'],
    ['أفاد', ['past', 'active', 1, 'singular', 'common', ''], 'أفدت'],
    ['أفاد', ['present', 'active', 1, 'singular', 'common', ''], 'أفيد'],
    ['أفاد', ['past', 'passive', 3, 'singular', 'feminine', ''], 'أفيدت'],
    ['أقرّ', ['past', 'active', 3, 'singular', 'masculine', ''], 'أقرّ'],
    ['أقرّ', ['past', 'active', 3, 'plural', 'masculine', ''], 'أقروا'],
    ['أقرّ', ['past', 'active', 3, 'plural', 'feminine', ''], 'أقررن'],
    // A final ى stays ى where the stem keeps it, and is ي where it returns.
    ['ادّعى', ['past', 'active', 3, 'singular', 'masculine', ''], 'ادّعى'],
    ['ادّعى', ['past', 'active', 3, 'singular', 'feminine', ''], 'ادعت'],
    ['ادّعى', ['past', 'active', 1, 'singular', 'common', ''], 'ادعيت'],
    ['روى', ['present', 'passive', 3, 'singular', 'feminine', ''], 'تروى'],
    ['تباهى', ['present', 'active', 3, 'singular', 'feminine', ''], 'تتباهى'],
    // The feminine participle ends in ة, with the entry's tanween.
    ['أضاف', ['participle', 'active', 3, 'singular', 'feminine', ''], 'مضيفةً'],
    ['ادّعى', ['participle', 'active', 3, 'singular', 'feminine', ''], 'مدعيةً']
  ] as Array<[string, Row, string]>)('%s %j → %s', (lemma, row, expected) => {
    expect(inflect(verb(lemma), tags(row), '', '')).toBe(expected)
  })
})
