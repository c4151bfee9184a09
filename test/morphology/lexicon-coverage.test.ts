/**
 * Every verb of the bundled lexicon matches in every form the generator
 * gives it, bare and with every clitic combination a verb takes: the
 * conjunctions `و`/`ف`, and the future `س` and the lam of purpose on
 * present forms. (Object pronouns are covered by the tables in verbs.test.ts.)
 */
import {describe, expect, it} from 'vitest'
import {bundledLexicon} from '../../lib/lexicon/load.js'
import {conjugate, VerbIndex} from '../../lib/morphology/index.js'

const lexicon = bundledLexicon()
const index = new VerbIndex(lexicon.verbs)

const PROCLITICS = {
  past: ['', 'و', 'ف'],
  present: ['', 'و', 'ف', 'س', 'وس', 'فس', 'ل', 'ول', 'فل'],
  participle: ['', 'و']
} as const

describe('every lexicon verb, every form, every clitic combination', () => {
  it.each(lexicon.verbs.map((entry) => [entry.lemma, entry] as const))('%s', (_, entry) => {
    const unmatched: string[] = []
    let checked = 0
    let exact = 0
    for (const form of conjugate(entry)) {
      if (form.listed) continue
      for (const proclitic of PROCLITICS[form.tense]) {
        const word = proclitic + form.form
        const match = index.lookup(word)
        checked++
        // A homograph may win (`لافت`: the participle of لفت, or لـ + أفتِ); the word must still read as a verb.
        if (!match) unmatched.push(word)
        else if (match.entry === entry && match.form.form === form.form) exact++
      }
    }
    expect(unmatched).toEqual([])
    expect(checked).toBeGreaterThanOrEqual(40)
    // Homographs are the exception: nearly every word reads as this very form.
    expect(exact / checked).toBeGreaterThan(0.9)
  })
})
