/**
 * `dangling-continuation`: a cue that carries an earlier speaker forward
 * (`وأضاف`، `وتابعت`، `مضيفاً`) with no earlier speaker to carry. AP asks
 * that later paragraphs restate the attribution unless the context makes it
 * perfectly clear; here the context names no one.
 */
import {lintRule} from '../lib/lint/rule.js'

export default lintRule(
  {
    id: 'dangling-continuation',
    description: 'A continuation cue (`وأضاف`، `مضيفاً`) has no earlier speaker to refer to.',
    severity: 'warn',
    fixable: false
  },
  {},
  ({attributions, report}) => {
    for (const {type, ref, cue} of attributions) {
      if (type !== 'implicit' || ref !== null) continue
      report({
        reason: `Unexpected \`${cue.text}\` with no earlier speaker, expected the speaker named`,
        place: cue,
        actual: cue.text
      })
    }
  }
)
