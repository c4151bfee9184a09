/**
 * `duplicate-passage`: a paragraph or sentence that appears twice in the
 * draft, a paste or merge slip that repeats claims (and their sources) as if
 * they were new. Texts are compared in their matching form (`normalize`,
 * white space collapsed).
 *
 * Consecutive repeated paragraphs are one passage and get one message, with
 * the first copy as its cause. A repeated sentence in otherwise different
 * paragraphs gets its own message. Passages and sentences of fewer than
 * `minWords` words (subheads, datelines, separators) may repeat.
 */
import {lintRule, placeOf, type Span} from '../lib/lint/rule.js'
import {sentencesOf, type SentenceView} from '../lib/extract/tokens.js'

interface Block extends Span {
  /**
   * What is compared: for a sentence, the number of its matching form (see
   * `blockOf`); for a paragraph, the numbers of its sentences.
   */
  key: string
  words: number
  /** Document indexes of its first and last sentence. */
  first: number
  last: number
  /** It starts a paragraph. */
  opens: boolean
}

/**
 * A sentence as a block. Matching forms are numbered in order of first
 * appearance (`forms`): the comparisons below then read short keys, and a
 * long draft keeps one copy of each distinct text rather than all of them.
 */
function blockOf(sentence: SentenceView, forms: Map<string, string>): Block {
  const form = sentence.tokens
    .map((token) => (token.kind === 'space' ? ' ' : token.norm))
    .join('')
    .trim()
  let key = forms.get(form)
  if (key === undefined) {
    key = String(forms.size)
    forms.set(form, key)
  }
  const words = sentence.tokens.filter((token) => token.kind === 'word').length
  return {start: sentence.start, end: sentence.end, key, words, first: sentence.index, last: sentence.index, opens: sentence.first}
}

export default lintRule(
  {
    id: 'duplicate-passage',
    description: 'A paragraph or sentence is repeated in the draft.',
    severity: 'warn',
    fixable: false
  },
  {minWords: 6},
  ({tree, file, options, last, carried, report}) => {
    // Copies may lie in different sections of a long draft: gather them all, compare at the end.
    const {forms, sentences} = carried(() => ({forms: new Map<string, string>(), sentences: [] as Block[]}))
    for (const sentence of sentencesOf(tree)) sentences.push(blockOf(sentence, forms))
    if (!last) return
    const paragraphs: Block[] = []
    for (const sentence of sentences) {
      const paragraph = paragraphs[paragraphs.length - 1]
      if (sentence.opens) paragraphs.push({...sentence})
      else {
        paragraph.end = sentence.end
        paragraph.key += ` ${sentence.key}`
        paragraph.words += sentence.words
        paragraph.last = sentence.last
      }
    }
    const line = (span: Span) => placeOf(file, span)?.start.line
    /** Sentences inside a reported passage. */
    const reported = new Set<number>()

    // Each paragraph starts the longest run of consecutive paragraphs that repeats an earlier run.
    const earlier = new Map<string, number[]>()
    // Words from each paragraph to the end: a start with fewer left can begin no passage worth reporting.
    const wordsFrom = new Array<number>(paragraphs.length + 1).fill(0)
    for (let at = paragraphs.length - 1; at >= 0; at--) wordsFrom[at] = wordsFrom[at + 1] + paragraphs[at].words
    /** The paragraph before `index` started runs, none long enough to report. */
    let previousTooShort = false
    let index = 0
    while (index < paragraphs.length) {
      let length = 0
      let from = -1
      for (const candidate of wordsFrom[index] < options.minWords ? [] : (earlier.get(paragraphs[index].key) ?? [])) {
        // A run that continues one from the paragraph before is a shorter copy of a run already too short:
        // skipping it keeps thousands of identical separators (`***`) from taking cubic time.
        if (previousTooShort && candidate > 0 && paragraphs[candidate - 1].key === paragraphs[index - 1].key) continue
        let run = 0
        while (candidate + run < index && index + run < paragraphs.length && paragraphs[candidate + run].key === paragraphs[index + run].key) run++
        if (run > length) [length, from] = [run, candidate]
      }
      const run = paragraphs.slice(index, index + length)
      previousTooShort = length === 0 || run.reduce((sum, paragraph) => sum + paragraph.words, 0) < options.minWords
      if (previousTooShort) length = 1
      else {
        const copy = {start: paragraphs[from].start, end: paragraphs[from + length - 1].end}
        report({
          reason: `Unexpected repeated passage (${length} paragraph${length === 1 ? '' : 's'}), expected it once: first copy at line ${line(copy)}`,
          place: {start: run[0].start, end: run[length - 1].end},
          related: {place: copy, reason: 'first copy here'}
        })
        for (let sentence = run[0].first; sentence <= run[length - 1].last; sentence++) reported.add(sentence)
      }
      for (const stop = index + length; index < stop; index++) {
        const list = earlier.get(paragraphs[index].key)
        if (list) list.push(index)
        else earlier.set(paragraphs[index].key, [index])
      }
    }

    // A sentence repeated outside the passages reported above.
    const firstCopies = new Map<string, Block>()
    for (const sentence of sentences) {
      const copy = firstCopies.get(sentence.key)
      if (!copy) firstCopies.set(sentence.key, sentence)
      else if (!reported.has(sentence.first) && sentence.words >= options.minWords) {
        report({
          reason: `Unexpected repeated sentence, expected it once: first copy at line ${line(copy)}`,
          place: sentence,
          related: {place: copy, reason: 'first copy here'}
        })
      }
    }
  }
)
