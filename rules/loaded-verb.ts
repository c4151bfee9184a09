/**
 * `loaded-verb`: a reporting verb that takes sides. `زعم` and `ادعى` cast
 * doubt on what follows; `أقر` and `اعترف` present it as a confession. AP
 * style attributes with the neutral "said" (`قال`) unless the doubt or the
 * admission is itself the news. The fix is the entry's neutral verb in the same form,
 * clitics included: `وزعمت` → `وقالت`، `زعموا` → `قالوا`، `زاعماً` → `قائلاً`.
 */
import {lintRule} from '../lib/lint/rule.js'
import {inflect} from '../lib/morphology/verbs.js'
import {normalize} from '../lib/text/normalize.js'

const DEFAULT_NEUTRAL = 'قال'

const INTENT = {
  loaded: 'unless the draft means to cast doubt',
  admission: 'unless the draft means to present the claim as an admission'
}

export default lintRule(
  {
    id: 'loaded-verb',
    description: 'A reporting verb casts doubt (زعم) or presents a claim as a confession (اعترف); the fix is the neutral verb in the same form.',
    severity: 'warn',
    fixable: true
  },
  {},
  ({attributions, lexicon, report}) => {
    const verbs = lexicon.verbs
    const find = (lemma: string) => verbs.find((entry) => normalize(entry.lemma) === normalize(lemma))
    for (const {cue} of attributions) {
      if ((cue.stance !== 'loaded' && cue.stance !== 'admission') || !cue.lemma || !cue.inflection) continue
      // The verb closes a nominal cue (`بحسب ما زعمت`).
      const actual = cue.text.slice(Math.max(cue.text.lastIndexOf(' '), cue.text.lastIndexOf('\u00A0')) + 1)
      const place = {start: cue.end - actual.length, end: cue.end}
      const neutral = find(find(cue.lemma)?.neutral ?? DEFAULT_NEUTRAL)
      const {proclitics, enclitic} = cue.inflection
      const expected = neutral && inflect(neutral, cue.inflection, proclitics, enclitic)
      report({
        reason: expected
          ? `Unexpected loaded verb \`${actual}\`, expected a neutral \`${expected}\` ${INTENT[cue.stance]}`
          : `Unexpected loaded verb \`${actual}\`, expected a neutral verb ${INTENT[cue.stance]}`,
        place,
        actual,
        expected: expected ? [expected] : undefined
      })
    }
  }
)
