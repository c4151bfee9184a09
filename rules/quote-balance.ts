/**
 * `quote-balance`: a quotation mark with no partner in its paragraph (`«`
 * with no `»`, `»` with no `«`, a `"` left open). An unclosed quote leaves
 * the reader unable to tell the speaker's words from the reporter's, which
 * Reuters asks to keep apart. The pairing itself is the engine's
 * (`quotationsOf`): extraction relies on it to skip reporting verbs inside quotes.
 */
import {lintRule} from '../lib/lint/rule.js'
import {quotationsOf, sentencesOf} from '../lib/extract/tokens.js'

export default lintRule(
  {
    id: 'quote-balance',
    description: 'A quotation mark has no partner in its paragraph.',
    severity: 'warn',
    fixable: false
  },
  {},
  ({tree, report}) => {
    for (const {mark, opening, partner} of quotationsOf(sentencesOf(tree)).strays) {
      report({
        reason: opening
          ? `Unexpected unclosed \`${mark.text}\`, expected a closing \`${partner}\``
          : `Unexpected \`${mark.text}\` with no opening \`${partner}\`, expected an opening \`${partner}\` before it`,
        place: mark,
        actual: mark.text
      })
    }
  }
)
