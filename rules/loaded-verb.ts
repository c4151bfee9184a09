/**
 * `loaded-verb`: a reporting verb that takes sides. `زعم` and `ادعى` cast
 * doubt on what follows; `أقر` and `اعترف` present it as a confession. AP
 * style attributes with the neutral "said" (`قال`) unless the doubt or the
 * admission is itself the news. The fix is the entry's neutral verb in the same form,
 * clitics included: `وزعمت` → `وقالت`، `زعموا` → `قالوا`، `زاعماً` → `قائلاً`.
 */
import {lintRule} from '../lib/lint/rule.js'
import {sentenceAt, sentencesOf, type Token} from '../lib/extract/tokens.js'
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
  ({tree, attributions, lexicon, report}) => {
    const sentences = sentencesOf(tree)
    const verbs = lexicon.verbs
    const find = (lemma: string) => verbs.find((entry) => normalize(entry.lemma) === normalize(lemma))
    for (const {cue, sentence} of attributions) {
      if ((cue.stance !== 'loaded' && cue.stance !== 'admission') || !cue.lemma || !cue.inflection) continue
      // The verb is the cue's last word: it closes a nominal cue (`بحسب ما زعمت`), and Markdown markup may follow it (`بحسب *ما زعمت*`).
      const verb = lastWordBy(sentenceAt(sentences, sentence)!.tokens, cue.end)
      const actual = verb.text
      const place = {start: verb.start, end: verb.end}
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

/** The last word of `tokens` ending at `end` or before. */
function lastWordBy(tokens: readonly Token[], end: number): Token {
  let word = tokens[0]
  for (const token of tokens) if (token.kind === 'word' && token.end <= end) word = token
  return word
}
