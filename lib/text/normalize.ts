/**
 * Matching forms of Arabic words. Normalization is only ever used to compare
 * words with lexicon entries: positions are always taken from the original
 * text, never from a normalized copy.
 */

// Tashkeel (fathatan … sukun, extended marks), superscript alef, Quranic marks, tatweel,
// and the invisible format characters that may sit inside a word (ZWNJ, ZWJ, LRM, RLM, ALM).
const IGNORABLE = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200C-\u200F\u061C]/
const IGNORED = new RegExp(IGNORABLE.source, 'g')

const FOLDS: Record<string, string> = {
  'أ': 'ا',
  'إ': 'ا',
  'آ': 'ا',
  'ٱ': 'ا',
  'ٲ': 'ا',
  'ٳ': 'ا',
  'ى': 'ي',
  'ی': 'ي', // Persian yeh
  'ې': 'ي',
  'ۍ': 'ي',
  'ک': 'ك', // Persian keheh
  'ڪ': 'ك',
  'ة': 'ه',
  'ۀ': 'ه',
  'ہ': 'ه', // Urdu heh goal
  'ھ': 'ه', // heh doachashmee
  'ە': 'ه'
}

const FOLDABLE = new RegExp(`[${Object.keys(FOLDS).join('')}]`, 'g')

/**
 * The matching form of `value`: diacritics, tatweel and format characters
 * removed, alef forms folded to `ا`, `ى` to `ي`, `ة` to `ه`, and Persian and
 * Urdu look-alike letters to their Arabic counterparts.
 */
export function normalize(value: string): string {
  return value.replace(IGNORED, '').replace(FOLDABLE, (c) => FOLDS[c])
}

/** Whether a code unit is dropped by `normalize` (used to map offsets back). */
export function isIgnorable(char: string): boolean {
  return IGNORABLE.test(char)
}

/**
 * Offset in `original` of the code unit that became offset `index` of
 * `normalize(original)`. `normalize` only drops code units or replaces one by
 * one, so a single left-to-right walk recovers the mapping.
 */
export function originalOffset(original: string, index: number): number {
  let kept = 0
  for (let at = 0; at < original.length; at++) {
    if (isIgnorable(original[at])) continue
    if (kept === index) return at
    kept++
  }
  return original.length
}
