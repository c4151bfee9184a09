/**
 * `anonymous-source`: a claim rests on a source described but not named
 * (`مسؤول أوكراني`، `مصادر أمنية`). AP and Reuters treat anonymous sources as
 * the weakest kind and ask for the most specific description possible, so
 * the message says how much the draft tells the reader about the source.
 */
import {lintRule} from '../lib/lint/rule.js'

export default lintRule(
  {
    id: 'anonymous-source',
    description: 'A claim rests on an unnamed source; the message says how specifically it is described.',
    severity: 'warn',
    fixable: false
  },
  {},
  ({attributions, report}) => {
    for (const attribution of attributions) {
      const source = attribution.source
      if (!source || source.type !== 'anonymous') continue
      const specificity =
        source.descriptors === 0
          ? 'a bare description that tells the reader nothing about the source'
          : source.descriptors === 1
            ? 'described by one detail only'
            : `described by ${source.descriptors} details`
      report({
        reason: `Unexpected anonymous source \`${source.text}\` (${specificity}), expected a named source or a more specific description`,
        place: source,
        actual: source.text
      })
    }
  }
)
