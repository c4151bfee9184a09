/**
 * `anonymous-share`: a draft that rests too much on unnamed sources. Two
 * document-level checks:
 *
 * - the share of attributions whose source is anonymous or vague is above
 *   `maxShare` (an implicit attribution counts as the one it carries forward;
 *   one with no earlier speaker is not counted);
 * - the lead, the first prose paragraph with attributions when it is one of
 *   the first two prose paragraphs, has only unnamed sources.
 *
 * Reuters calls anonymous sources the weakest and wants a contentious first
 * paragraph sourced; the NYT asks for senior sign-off when a story hinges on
 * an anonymous source for its central fact; the BBC prefers named,
 * on-the-record sources. Headlines and datelines are not prose.
 */
import {lintRule} from '../lib/lint/rule.js'
import {datelineEnd, sentencesOf} from '../lib/extract/tokens.js'
import type {Attribution, SourceType} from '../lib/extract/types.js'

const UNNAMED: ReadonlySet<SourceType> = new Set(['anonymous', 'vague'])
/** The lead is among the first this many prose paragraphs. */
const LEAD_PARAGRAPHS = 2

const percent = (share: number) => `${Math.round(share * 100)}%`

export default lintRule(
  {
    id: 'anonymous-share',
    description: 'Too many of the claims of a draft, or its lead, rest on unnamed sources.',
    severity: 'warn',
    fixable: false
  },
  {maxShare: 0.5},
  ({tree, allAttributions: attributions, last, carried, options, report}) => {
    // The lead: the first of the first prose paragraphs to have counted attributions.
    const prose = carried<number[]>(() => [])
    for (const sentence of sentencesOf(tree)) {
      if (prose.length === LEAD_PARAGRAPHS) break
      if (sentence.line || prose.at(-1) === sentence.paragraph) continue
      const from = datelineEnd(sentence)
      if (sentence.tokens.some((token) => token.kind === 'word' && token.start >= from)) prose.push(sentence.paragraph)
    }
    if (!last) return

    const byId = new Map(attributions.map((attribution) => [attribution.id, attribution]))
    /** The type of the source an attribution rests on, following implicit ones back to their speaker. */
    const typeOf = (attribution: Attribution): SourceType | undefined => {
      let current: Attribution | undefined = attribution
      for (let hops = 0; current?.type === 'implicit' && hops < attributions.length; hops++) current = byId.get(current.ref ?? '')
      return current?.type === 'implicit' ? undefined : current?.type
    }
    const counted = attributions.flatMap((attribution) => {
      const type = typeOf(attribution)
      return type ? [{attribution, unnamed: UNNAMED.has(type)}] : []
    })
    if (counted.length === 0) return

    const unnamed = counted.filter((item) => item.unnamed).length
    const share = unnamed / counted.length
    if (share > options.maxShare) {
      report({
        reason: `Unexpected ${percent(share)} of claims resting on unnamed sources, expected at most ${percent(options.maxShare)}`,
        place: counted[0].attribution.cue,
        note: `${unnamed} of ${counted.length} attributions rest on anonymous or vague sources.`
      })
    }

    const lead = prose.find((index) => counted.some((item) => item.attribution.paragraph === index))
    const inLead = counted.filter((item) => item.attribution.paragraph === lead)
    if (inLead.length > 0 && inLead.every((item) => item.unnamed)) {
      const first = inLead[0].attribution
      report({
        reason: "Unexpected lead resting only on unnamed sources, expected a named source for the story's central claim (NYT, Reuters)",
        place: first.source ?? first.cue
      })
    }
  }
)
