/**
 * `secondhand-source`: a claim the draft knows only through an outlet that
 * cited someone else (`نقلت وكالة الإعلام الروسية عن دبلوماسي روسي`). The
 * newsroom has not heard the source itself, so the claim should be confirmed
 * with the source or the chain kept visible. The BBC uses agency copy only
 * when it is attributed to a named, reputable agency: a claim carried by an
 * unnamed outlet (`نقلت وسائل إعلام عن …`) is an error.
 */
import {lintRule} from '../lib/lint/rule.js'

export default lintRule(
  {
    id: 'secondhand-source',
    description: 'A claim is known only through an outlet citing another source; an unnamed carrier is an error.',
    severity: 'warn',
    fixable: false
  },
  {},
  ({attributions, report}) => {
    for (const {source, via} of attributions) {
      if (!source) continue
      // An outlet speaking for itself is not a chain.
      const carriers = via.filter((carrier) => carrier.start !== source.start || carrier.end !== source.end)
      if (carriers.length === 0) continue
      const chain = `\`${source.text}\` via ${carriers.map((carrier) => `\`${carrier.text}\``).join(' via ')}`
      const unnamed = carriers.find((carrier) => !carrier.named)
      if (unnamed) {
        report({
          reason: `Unexpected second-hand claim from an unnamed carrier: ${chain}, expected the carrying outlet named (BBC: agency copy only when attributed to a named, reputable agency)`,
          place: unnamed,
          actual: unnamed.text,
          level: 'error'
        })
      } else {
        report({
          reason: `Unexpected second-hand claim: ${chain}, expected the claim confirmed with the source or the chain kept visible`,
          place: source,
          actual: source.text
        })
      }
    }
  }
)
