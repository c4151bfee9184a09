/**
 * Clitic segmentation. Arabic writes conjunctions, prepositions, the future
 * particle, the article and pronouns as part of the word (`وبالتالي`،
 * `فسيكشفونها`), so a word rarely equals a lexicon entry as it stands. Rather
 * than guess one split, `segment` lists every plausible one and the caller
 * keeps the splits whose stem it knows.
 *
 * Everything here works on normalized words (see `normalize`).
 */

export interface Segmentation {
  /**
   * The proclitics as written, in order: `و`، `فس`، `وبال`. `لل` is the
   * preposition ل with the article, whose alef is dropped after it (`للوزير`).
   */
  proclitics: string
  stem: string
  /** A pronoun suffix (`ه`، `ها`، `هم`…), or `''`. */
  enclitic: string
}

const CONJUNCTIONS = ['', 'و', 'ف']
/** Prepositions, or the future `س`: only one of them can follow the conjunction. */
const PARTICLES = ['', 'ب', 'ل', 'ك', 'س']
/** `س` only precedes a present verb, which opens with one of these. */
const PRESENT_PREFIXES = new Set(['ي', 'ت', 'ن', 'ا'])
const ENCLITICS = ['ه', 'ها', 'هم', 'هما', 'هن', 'ك', 'كم', 'كما', 'كن', 'نا', 'ي', 'ني']
const MIN_STEM = 2

/**
 * Every plausible split of a normalized word, the unsegmented reading first.
 * Proclitics combine as conjunction (`و`/`ف`), then a preposition (`ب`/`ل`/`ك`)
 * or future `س`, then the article (`ال`, fused as `لل` after ل); an enclitic
 * pronoun may close the word unless it carries the article. Stems keep at
 * least two letters. At most a few dozen readings, found by prefix and suffix
 * comparison only.
 */
export function segment(word: string): Segmentation[] {
  const readings: Segmentation[] = [{proclitics: '', stem: word, enclitic: ''}]
  for (const conjunction of CONJUNCTIONS) {
    if (!word.startsWith(conjunction)) continue
    const afterConjunction = word.slice(conjunction.length)
    for (const particle of PARTICLES) {
      if (!afterConjunction.startsWith(particle)) continue
      const rest = afterConjunction.slice(particle.length)
      if (particle === 'س' && !PRESENT_PREFIXES.has(rest[0])) continue
      const proclitics = conjunction + particle
      addReadings(readings, proclitics, rest, true)
      if (particle === 'س') continue
      // After ل the article loses its alef: ل + الوزير is written للوزير.
      const article = particle === 'ل' ? 'ل' : 'ال'
      if (rest.startsWith(article)) addReadings(readings, proclitics + article, rest.slice(article.length), false)
    }
  }
  return readings
}

function addReadings(readings: Segmentation[], proclitics: string, rest: string, encliticAllowed: boolean): void {
  // The bare word is already the first reading.
  if (proclitics && rest.length >= MIN_STEM) readings.push({proclitics, stem: rest, enclitic: ''})
  // A word with the article takes no pronoun suffix.
  if (!encliticAllowed) return
  for (const enclitic of ENCLITICS) {
    if (!rest.endsWith(enclitic)) continue
    const stem = rest.slice(0, -enclitic.length)
    if (stem.length < MIN_STEM) continue
    readings.push({proclitics, stem, enclitic})
    // Before a pronoun the feminine ة is written ت: حكومته is حكومة + ه.
    if (stem.endsWith('ت')) readings.push({proclitics, stem: `${stem.slice(0, -1)}ه`, enclitic})
  }
}
