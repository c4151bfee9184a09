import {describe, expect, it} from 'vitest'
import {isIgnorable, normalize, originalOffset} from '../../lib/text/normalize.js'

describe('normalize', () => {
  it.each([
    ['قَالَ', 'قال'],
    ['مُتَحَدِّثٌ', 'متحدث'],
    ['قـــال', 'قال'],
    ['أكد', 'اكد'],
    ['إسرائيل', 'اسرائيل'],
    ['آخر', 'اخر'],
    ['ٱلله', 'الله'],
    ['مستشفى', 'مستشفي'],
    ['وزارة', 'وزاره'],
    ['ی', 'ي'],
    ['ک', 'ك'],
    ['ہ', 'ه'],
    ['مص\u200Cدر', 'مصدر'],
    ['\u200Fقال\u061C', 'قال'],
    ['Reuters 2024', 'Reuters 2024'],
    ['', '']
  ])('%s → %s', (input, expected) => {
    expect(normalize(input)).toBe(expected)
  })

  it('returns a word with nothing to change as it is', () => {
    const word = 'المتحدث باسم الوزاره'
    expect(normalize(word)).toBe(word)
  })

  it('is idempotent and never lengthens a text', () => {
    const text = 'وَقَالَ المُتَحَدِّثُ باسْمِ الوِزارَةِ إنَّ «الأَمْرَ» انتهـــى؟'
    expect(normalize(normalize(text))).toBe(normalize(text))
    expect(normalize(text).length).toBeLessThan(text.length)
  })

  it('maps offsets of the normalized form back to the original', () => {
    const original = 'وَقَالَ مَصْدَرٌ'
    const index = normalize(original).indexOf('مصدر')
    expect(original.slice(originalOffset(original, index))).toBe('مَصْدَرٌ')
    expect(isIgnorable('\u064E')).toBe(true)
    expect(isIgnorable('ق')).toBe(false)
  })
})
