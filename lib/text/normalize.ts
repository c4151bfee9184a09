/**
 * Matching forms of Arabic words. Normalization is only ever used to compare
 * words with lexicon entries: positions are always taken from the original
 * text, never from a normalized copy.
 */

// Tashkeel (fathatan … sukun, extended marks), superscript alef, Quranic marks, tatweel,
// and the invisible format characters that may sit inside a word (ZWNJ, ZWJ, LRM, RLM, ALM).
const IGNORABLE = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200C-\u200F\u061C]/

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

/**
 * What `normalize` does with each code unit: 0 keeps it, -1 drops it, any
 * other value is the code unit it folds to. Built once; one pass over a word
 * then needs no regular expression, and a word with nothing to change (most
 * of them) is returned as it is, without a copy.
 */
const ACTION = new Int32Array(0x10000)
// Everything `IGNORABLE` and `FOLDS` name lies in the Arabic block or among the format characters.
for (const [first, last] of [[0x0600, 0x06ff], [0x200c, 0x200f]]) {
  for (let code = first; code <= last; code++) {
    const char = String.fromCharCode(code)
    if (IGNORABLE.test(char)) ACTION[code] = -1
    else if (char in FOLDS) ACTION[code] = FOLDS[char].charCodeAt(0)
  }
}

/**
 * The matching form of `value`: diacritics, tatweel and format characters
 * removed, alef forms folded to `ا`, `ى` to `ي`, `ة` to `ه`, and Persian and
 * Urdu look-alike letters to their Arabic counterparts.
 */
export function normalize(value: string): string {
  let at = 0
  while (at < value.length && ACTION[value.charCodeAt(at)] === 0) at++
  if (at === value.length) return value
  let result = value.slice(0, at)
  for (; at < value.length; at++) {
    const code = value.charCodeAt(at)
    const action = ACTION[code]
    if (action === 0) result += value[at]
    else if (action > 0) result += String.fromCharCode(action)
  }
  return result
}

/** Whether a code unit is dropped by `normalize` (used to map offsets back). */
export function isIgnorable(char: string): boolean {
  return char.length === 1 && ACTION[char.charCodeAt(0)] === -1
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
