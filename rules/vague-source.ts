/**
 * `vague-source`: a claim put in no one's mouth — a passive (`يُقال`،
 * `يُعتقد`), a phrase that reports without a source (`ترددت أنباء`، `تشير
 * تقارير`) or an unnamed crowd with nothing to identify it (`مصادر`، `خبراء`).
 * Wikipedia lists these among the words to watch: they are vague unless the
 * text names the source, so a named source (a person, a role, an
 * organization or an outlet) that the vague phrase itself leans on
 * (`يُقال، بحسب الوزارة، إن …`) silences the rule.
 */
import {NAMED_TYPES} from '../lib/extract/types.js'
import {lintRule} from '../lib/lint/rule.js'

/** Only spaces and punctuation: nothing of a claim between two cues. */
const NO_WORDS = /^[\s\p{P}]*$/u

export default lintRule(
  {
    id: 'vague-source',
    description: 'A claim is attributed to no one in particular and no named source stands in for it.',
    severity: 'warn',
    fixable: false
  },
  {},
  ({attributions, file, report}) => {
    const text = String(file.value)
    const named = attributions.filter((attribution) => NAMED_TYPES.has(attribution.type))
    for (const attribution of attributions) {
      if (attribution.type !== 'vague') continue
      const span = attribution.source ?? attribution.cue
      // The named cue opens right where the vague phrase's claim would: the claim is the named source's.
      const answered = named.some(
        (other) => other.sentence === attribution.sentence && other.cue.start >= span.end && NO_WORDS.test(text.slice(span.end, other.cue.start))
      )
      if (answered) continue
      report({
        reason: `Unexpected vague attribution \`${span.text}\`, expected the paragraph to name who says so`,
        place: span,
        actual: span.text
      })
    }
  }
)
