/**
 * `unattributed-quote`: a direct quotation (`«…»`, `“…”`, `"…"`) with no
 * attribution in its sentences or the sentence after it. Reuters asks that
 * the speaker of a quote be identified, usually after its first sentence.
 *
 * Quotations of fewer than `minWords` words are names and terms
 * (`«ستينغر»`، `«حزب الله»`), not quotes; a quotation inside another one is
 * judged with the outer one.
 */
import {lintRule, type Span} from '../lib/lint/rule.js'
import {quotationsOf, sentenceAt, sentencesOf, type Token} from '../lib/extract/tokens.js'

export default lintRule(
  {
    id: 'unattributed-quote',
    description: 'A direct quotation has no speaker in its sentence or the next.',
    severity: 'warn',
    fixable: false
  },
  {minWords: 3},
  ({tree, attributions, options, last: lastSection, carried, report}) => {
    const sentences = sentencesOf(tree)
    const attributed = new Set(attributions.map((attribution) => attribution.sentence))
    const unattributed = (place: Span) =>
      report({reason: 'Unexpected quotation with no attribution, expected a speaker in this sentence or the next (Reuters)', place})
    // A quotation ending a section of a long draft waits for the next section's first sentence.
    const waiting = carried<Array<Span & {sentence: number}>>(() => [])
    for (const quotation of waiting.splice(0)) if (!attributed.has(quotation.sentence + 1)) unattributed(quotation)
    const lastSentence = sentences.at(-1)?.index
    /**
     * Whether sentences `first` to `last` hold `count` words between `from` and `to`. Counted from
     * `from` on, and only until `count`: a sentence of thousands of quotations was quadratic.
     */
    const hasWords = (first: number, last: number, from: number, to: number, count: number) => {
      if (count <= 0) return true
      let words = 0
      for (let index = first; index <= last; index++) {
        const tokens = sentenceAt(sentences, index)!.tokens
        for (let at = firstAfter(tokens, from); at < tokens.length && tokens[at].end < to; at++) {
          if (tokens[at].kind === 'word' && ++words >= count) return true
        }
      }
      return false
    }
    // Outer quotations first: an inner one is judged with the quotation around it.
    const {quotations} = quotationsOf(sentences)
    let outerEnd = -1
    for (const {open, close, first, last} of quotations) {
      if (close.end <= outerEnd) continue
      outerEnd = close.end
      if (!hasWords(first, last, open.start, close.end, options.minWords)) continue
      let spoken = false
      for (let index = first; index <= last + 1; index++) spoken ||= attributed.has(index)
      if (spoken) continue
      const place = {start: open.start, end: close.end}
      if (last === lastSentence && !lastSection) waiting.push({...place, sentence: last})
      else unattributed(place)
    }
  }
)

/** Index of the first of `tokens` (in text order) that starts after `offset`. */
function firstAfter(tokens: readonly Token[], offset: number): number {
  let low = 0
  let high = tokens.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (tokens[middle].start > offset) high = middle
    else low = middle + 1
  }
  return low
}
