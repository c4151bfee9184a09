/**
 * `anonymity-reason`: an anonymous source with no word on why it is not
 * named. AP asks the story to say why the source requested anonymity; the NYT
 * asks why they were granted it, and holds that formulaic reasons ("not
 * authorized to speak", `غير مخول بالحديث`) are worse than none, so a
 * boilerplate reason gets an info-level note. A source is checked once per
 * paragraph: the same description again, or a carried-over `وأضاف`, is not a
 * new source.
 */
import {lintRule} from '../lib/lint/rule.js'
import {normalize} from '../lib/text/normalize.js'
import {proseOf} from '../lib/parse/markup.js'

export default lintRule(
  {
    id: 'anonymity-reason',
    description: 'An anonymous source comes with no reason, or a boilerplate reason, for its anonymity.',
    severity: 'warn',
    fixable: false
  },
  {},
  ({attributions, report}) => {
    const seen = new Set<string>()
    for (const {source, anonymityReason, reason, paragraph} of attributions) {
      if (!source || source.type !== 'anonymous') continue
      const key = `${paragraph} ${normalize(proseOf(source.text))}`
      if (seen.has(key)) continue
      seen.add(key)
      if (!anonymityReason) {
        report({
          reason: `Unexpected anonymous source \`${source.text}\` with no reason for anonymity, expected the draft to say why the source is not named (AP)`,
          place: source,
          actual: source.text
        })
      } else if (reason?.boilerplate) {
        report({
          reason: `Unexpected boilerplate reason \`${reason.text}\` for the anonymity of \`${source.text}\`, expected a real reason: as the NYT says, formulaic reasons (“غير مخول بالحديث”) are worse than none`,
          place: reason,
          actual: reason.text,
          level: 'info'
        })
      }
    }
  }
)
