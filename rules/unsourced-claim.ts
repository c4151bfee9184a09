/**
 * `unsourced-claim` (off unless turned on; on in the `strict` preset): a
 * sentence that makes a checkable claim, a figure (`12`، `٣٠٠`، `40%`) or
 * a claim marker from the lexicon (an intention or plan such as `تعتزم`،
 * `تدرس`، an estimate such as `من المتوقع`، a number in words such as
 * `آلاف`), in a paragraph with no attribution. AP asks that every disputable
 * fact the reporter did not witness be attributed.
 *
 * Headlines, datelines and quoted words are not claims. Markers are matched
 * on the matching form of a word with its clitics (`و`، `ف`، future `س`,
 * prepositions, the article) stripped.
 *
 */
import {lintRule} from '../lib/lint/rule.js'
import {datelineEnd, sentencesOf, type Token} from '../lib/extract/tokens.js'
import type {ClaimMarkerEntry, ClaimMarkerKind, Lexicon} from '../lib/lexicon/types.js'
import {segment} from '../lib/morphology/index.js'
import {normalize} from '../lib/text/normalize.js'

const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/
/** A year (`2015`، `١٤٣٦هـ`) or a time of day (`12:30`): when, not how much. */
const DATE_OR_TIME = /^(?:[12][0-9]{3}|[١٢][٠-٩]{3}|[۱۲][۰-۹]{3})(?:هـ|ه|م)?$|^[0-9٠-٩۰-۹]{1,2}[:٫.][0-9٠-٩۰-۹]{2}$/
interface Marker {
  /** Matching forms of the words after the first. */
  rest: string[]
  entry: ClaimMarkerEntry
}

const indexes = new WeakMap<Lexicon, Map<string, Marker[]>>()

/** Claim markers by the matching form of their first word, built once per lexicon. */
function markerIndex(lexicon: Lexicon): Map<string, Marker[]> {
  let markers = indexes.get(lexicon)
  if (!markers) {
    markers = new Map()
    indexes.set(lexicon, markers)
    for (const entry of lexicon.claimMarkers) {
      const [first, ...rest] = normalize(entry.text).split(' ')
      const list = markers.get(first)
      if (list) list.push({rest, entry})
      else markers.set(first, [{rest, entry}])
    }
  }
  return markers
}

/** The first figure or claim marker among `words`: its text and what it marks. */
function claimMarker(words: Token[], lexicon: Lexicon): {text: string; kind: ClaimMarkerKind} | undefined {
  const index = markerIndex(lexicon)
  for (const [at, word] of words.entries()) {
    if (DIGIT.test(word.text) && !DATE_OR_TIME.test(normalize(word.text))) return {text: word.text, kind: 'figure'}
    for (const {stem, enclitic} of segment(word.norm)) {
      if (enclitic) continue
      for (const {rest, entry} of index.get(stem) ?? []) {
        const following = words.slice(at + 1, at + 1 + rest.length)
        if (rest.every((norm, offset) => following[offset]?.norm === norm)) {
          return {text: [word, ...following].map((token) => token.text).join(' '), kind: entry.kind}
        }
      }
    }
  }
  return undefined
}

export default lintRule(
  {
    id: 'unsourced-claim',
    description: 'A sentence with a figure or a claim marker stands in a paragraph with no attribution.',
    severity: 'off',
    fixable: false
  },
  {},
  ({tree, attributions, lexicon, report}) => {
    const sourced = new Set(attributions.map((attribution) => attribution.paragraph))
    for (const sentence of sentencesOf(tree)) {
      if (sentence.line || sourced.has(sentence.paragraph)) continue
      const from = datelineEnd(sentence)
      const text = sentence.tokens.filter((token) => token.kind !== 'space' && token.start >= from)
      const marker = claimMarker(
        text.filter((token) => token.kind === 'word' && !token.quoted),
        lexicon
      )
      if (!marker) continue
      report({
        reason: 'Unexpected unsourced claim, expected an attribution in its paragraph (AP)',
        place: {start: text[0].start, end: sentence.end},
        note: `Claim marker: \`${marker.text}\` (${marker.kind})`
      })
    }
  }
)
