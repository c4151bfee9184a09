/**
 * `quote-balance`: a quotation mark with no partner in its paragraph (`«`
 * with no `»`, `»` with no `«`, an odd number of `"`). An unclosed quote
 * leaves the reader unable to tell the speaker's words from the reporter's,
 * which Reuters asks to keep apart.
 *
 * Also exports the pairing of quotation marks, which `unattributed-quote`
 * reads.
 */
import {lintRule} from '../lib/lint/rule.js'
import {sentencesOf, type SentenceView, type Token} from '../lib/extract/tokens.js'

/** The closing mark of each opening mark; `"` closes itself. */
const CLOSING = new Map([['«', '»'], ['“', '”'], ['"', '"']])
/** The opening mark of each closing mark other than `"`. */
const OPENING = new Map([['»', '«'], ['”', '“']])

export interface Quotation {
  open: Token
  close: Token
  /** Document indexes of the sentences holding the opening and the closing mark. */
  first: number
  last: number
}

/** A mark with no partner in its paragraph: `expected` is the mark that would pair it. */
export interface Stray {
  mark: Token
  expected: string
  opening: boolean
}

/**
 * The quotations of a document, inner ones included, and its marks with no
 * partner, in text order. Marks pair within a paragraph only. `«»` and `“”`
 * nest; a `"` closes the open `"` if there is one and opens a quotation
 * otherwise.
 */
export function quotationsOf(sentences: SentenceView[]): {quotations: Quotation[]; strays: Stray[]} {
  const quotations: Quotation[] = []
  const strays: Stray[] = []
  const open: Record<string, Array<{mark: Token; sentence: number}>> = {'«': [], '“': [], '"': []}
  const unclosed = () => {
    for (const stack of Object.values(open)) for (const {mark} of stack.splice(0)) strays.push({mark, expected: CLOSING.get(mark.text)!, opening: true})
  }
  for (const sentence of sentences) {
    if (sentence.first) unclosed()
    for (const mark of sentence.tokens) {
      if (mark.kind === 'word' || mark.kind === 'space') continue
      const opener = OPENING.get(mark.text) ?? (mark.text === '"' && open['"'].length > 0 ? '"' : undefined)
      if (opener !== undefined) {
        const start = open[opener].pop()
        if (start) quotations.push({open: start.mark, close: mark, first: start.sentence, last: sentence.index})
        else strays.push({mark, expected: opener, opening: false})
      } else if (CLOSING.has(mark.text)) open[mark.text].push({mark, sentence: sentence.index})
    }
  }
  unclosed()
  strays.sort((left, right) => left.mark.start - right.mark.start)
  return {quotations, strays}
}

export default lintRule(
  {
    id: 'quote-balance',
    description: 'A quotation mark has no partner in its paragraph.',
    severity: 'warn',
    fixable: false
  },
  {},
  ({tree, report}) => {
    for (const {mark, expected, opening} of quotationsOf(sentencesOf(tree)).strays) {
      report({
        reason: opening
          ? `Unexpected unclosed \`${mark.text}\`, expected a closing \`${expected}\``
          : `Unexpected \`${mark.text}\` with no opening \`${expected}\`, expected an opening \`${expected}\` before it`,
        place: mark,
        actual: mark.text
      })
    }
  }
)
