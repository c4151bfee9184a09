/**
 * The words of one sentence, with what separates them: the extractor reads
 * sentences word by word and needs to know where punctuation breaks a phrase
 * and where a quotation opens.
 */
import type {SentenceView, Token} from './tokens.js'
import {PERCENT_SIGNS, PHRASE_BREAKS} from './grammar.js'

export interface Word {
  token: Token
  /** Index of the token in the sentence. */
  at: number
  /** Punctuation other than quotation marks stands between this word and the previous one. */
  broken: boolean
  /** A quotation mark opens just before this word. */
  quoteBefore: Token | null
  /** A quotation mark closes just after this word. */
  quoteAfter: Token | null
}

export class Words {
  readonly list: Word[] = []
  /** Normalized forms, index-aligned with `list`. */
  readonly norms: string[] = []

  constructor(readonly sentence: SentenceView) {
    let broken = false
    let quoteBefore: Token | null = null
    sentence.tokens.forEach((token, at) => {
      if (token.kind === 'word') {
        this.list.push({token, at, broken, quoteBefore, quoteAfter: null})
        this.norms.push(token.norm)
        broken = false
        quoteBefore = null
        return
      }
      if (token.kind === 'space') return
      if (isQuote(token.text)) {
        const previous = this.list[this.list.length - 1]
        if (token.quote === 'open') quoteBefore = token
        else if (token.quote === 'close' && previous && previous.at < at) previous.quoteAfter = token
        return
      }
      // A percent sign belongs to the figure before it (`45 % من المشاركين`): it breaks no phrase.
      if (PERCENT_SIGNS.has(token.text) && /[0-9٠-٩۰-۹]$/.test(this.norms[this.norms.length - 1] ?? '')) return
      if (PHRASE_BREAKS.has(token.text) || token.kind === 'punctuation') broken = true
    })
  }

  get length(): number {
    return this.list.length
  }

  /**
   * The original text of the tokens lying within `start`–`end` (offsets on
   * token boundaries), found by binary search so long sentences stay linear.
   */
  textBetween(start: number, end: number): string {
    const tokens = this.sentence.tokens
    let low = 0
    let high = tokens.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (tokens[middle].start < start) low = middle + 1
      else high = middle
    }
    let text = ''
    for (let at = low; at < tokens.length && tokens[at].end <= end; at++) text += tokens[at].text
    return text
  }

}

const QUOTES = new Set(['«', '»', '“', '”', '„', '‹', '›', '"'])

function isQuote(text: string): boolean {
  return QUOTES.has(text)
}
