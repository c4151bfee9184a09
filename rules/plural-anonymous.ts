/**
 * `plural-anonymous`: an unnamed source in the plural (`مصادر`، `مسؤولون
 * أمريكيون`). Reuters never cites "sources" when there is only one, and a
 * plural is easy to write and hard to check, so the editor should confirm how
 * many people the reporter actually spoke to.
 */
import {lintRule} from '../lib/lint/rule.js'

export default lintRule(
  {
    id: 'plural-anonymous',
    description: 'An unnamed source is in the plural; the editor should confirm there is more than one.',
    severity: 'warn',
    fixable: false
  },
  {},
  ({attributions, report}) => {
    for (const {source} of attributions) {
      if (!source?.plural || (source.type !== 'anonymous' && source.type !== 'vague')) continue
      report({
        reason: `Unexpected plural unnamed source \`${source.text}\`, expected a count the editor has confirmed (Reuters: never “sources” for one source)`,
        place: source,
        actual: source.text
      })
    }
  }
)
