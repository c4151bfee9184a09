/**
 * `vague-source`: a claim put in no one's mouth — a passive (`يُقال`،
 * `يُعتقد`), a phrase that reports without a source (`ترددت أنباء`، `تشير
 * تقارير`) or an unnamed crowd with nothing to identify it (`مصادر`، `خبراء`).
 * Wikipedia lists these among the words to watch: they are vague unless the
 * text names the source, so a named source (a person, a role, an
 * organization or an outlet) in the same sentence silences the rule.
 */
import {NAMED_TYPES} from '../lib/extract/types.js'
import {lintRule} from '../lib/lint/rule.js'

export default lintRule(
  {
    id: 'vague-source',
    description: 'A claim is attributed to no one in particular and its sentence names no source.',
    severity: 'warn',
    fixable: false
  },
  {},
  ({attributions, report}) => {
    // A named source in the same sentence supplies what the vague phrase leaves out (`يُقال، بحسب الوزارة، إن …`).
    const named = new Set(attributions.filter((attribution) => NAMED_TYPES.has(attribution.type)).map((attribution) => attribution.sentence))
    for (const attribution of attributions) {
      if (attribution.type !== 'vague' || named.has(attribution.sentence)) continue
      const span = attribution.source ?? attribution.cue
      report({
        reason: `Unexpected vague attribution \`${span.text}\`, expected the paragraph to name who says so`,
        place: span,
        actual: span.text
      })
    }
  }
)
