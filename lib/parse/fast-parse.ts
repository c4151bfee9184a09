/**
 * A one-pass parser for plain-text drafts that builds, line by line, exactly
 * the tree that parse-latin with the Arabic plugins builds (see
 * `PluginPipeline`), with far fewer allocations: no intermediate token list,
 * no splicing, and one point object per token boundary.
 *
 * The document is cut at line breaks where the two sides cannot affect each
 * other's segmentation (`isSafeCut`). Between cuts, a stretch that is one
 * line of plain Arabic prose (`simpleParagraph`) is built directly: its
 * sentences are computed on token ranges by the few paragraph rules that
 * can apply to such a line. Any other stretch (Latin, numbers with
 * separators, abbreviations, glued sentences, unusual punctuation, lines
 * whose boundaries interact) is parsed by the plugin pipeline itself, in
 * place, so the result stays exactly equal.
 */
import type {
  Paragraph,
  Root,
  RootContent,
  Sentence,
  SentenceContent,
  WhiteSpace
} from 'nlcst'
import {ABBREVIATION, LIST_NUMBER} from './plugins.js'
import type {PluginPipeline} from './retext-arabic.js'
import {
  PUNCTUATION,
  WHITE_SPACE,
  WORD,
  isSurrogate,
  pointAfterWhiteSpace,
  unitClasses,
  type Point
} from './tokenize.js'

// Token kinds: the class in the low bits, then flags.
const CLASS = 3
// A word of Arabic-block units and ASCII digits only (no Latin, which
// parse-latin's lower-case and abbreviation rules look at).
const PLAIN_WORD = 4
// White space with a line break.
const LINE_BREAK = 4
// White space of spaces, tabs and line breaks only, which parse-latin's
// `newLine` expression requires to split paragraphs there.
const PARAGRAPH_BREAK = 8

// parse-latin's `mergePrefixExceptions` abbreviations (not exported by it): a
// sentence ending in one of them and a full stop is joined to the next.
const LATIN_PREFIX =
  /^([0-9]{1,3}|[a-z]|al|ca|cap|cca|cent|cf|cit|con|cp|cwt|ead|etc|ff|fl|ibid|id|nem|op|pro|seq|sic|stat|tem|viz)$/

const FULL_STOP = 0x2e
const QUESTION_MARK = 0x3f
const EXCLAMATION_MARK = 0x21
const ELLIPSIS = 0x2026
const ARABIC_QUESTION_MARK = 0x061f
const COLON = 0x3a
const HYPHEN = 0x2d
const SLASH = 0x2f

/** Marks a plain line may hold: they join nothing in parse-latin or our plugins whatever surrounds them. */
const INERT_MARKS = new Set([
  0x060c, // ،
  0x061b, // ؛
  0xab, // «
  0xbb, // »
  0x28, // (
  0x29, // )
  0x5b, // [
  0x5d, // ]
  0x201c, // “
  0x201d, // ”
  0x22, // "
  0x2013, // –
  0x2014 // —
])

/** Of the marks a plain line may hold, those parse-latin's `affixSymbol` moves back into the sentence before. */
const AFFIX_MARKS = new Set([
  0x22, 0x29, 0x5d, 0xbb, 0x201d, FULL_STOP, QUESTION_MARK, EXCLAMATION_MARK, ELLIPSIS
])

/** Of the marks a plain line may hold, those parse-latin's `wordSymbolInner` joins between words. */
const INNER_WORD_MARKS = new Set([FULL_STOP, QUESTION_MARK, COLON, HYPHEN])

/** parse-latin's terminal markers, among the marks a plain line may hold. */
function isLatinTerminal(code: number): boolean {
  return code === FULL_STOP || code === QUESTION_MARK || code === EXCLAMATION_MARK || code === ELLIPSIS
}

/** The terminal markers of `splitAtArabicTerminals`, among the marks a plain line may hold. */
function isTerminal(code: number): boolean {
  return isLatinTerminal(code) || code === ARABIC_QUESTION_MARK
}

/** The digits of our plugins' `ENDS_WITH_DIGIT`. */
function isDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x0660 && code <= 0x0669) || (code >= 0x06f0 && code <= 0x06f9)
}

function isArabicBlock(code: number): boolean {
  return code >= 0x0600 && code <= 0x06ff
}

/**
 * The tree of the plain-text `document`, equal to `pipeline.parse(document)`;
 * `pipeline` must run exactly the Arabic plugins and parse-latin's.
 */
export function fastParse(document: string, pipeline: PluginPipeline): Root {
  return new FastParser(document, pipeline).parse()
}

class FastParser {
  private readonly document: string
  private readonly pipeline: PluginPipeline
  /** Start offset of each token, and the document length after the last. */
  private readonly starts: Int32Array
  /** Class and flags of each token. */
  private readonly kinds: Uint8Array
  private count = 0
  // Sentences of the line being built, as token ranges.
  private sentenceStarts: number[] = []
  private sentenceEnds: number[] = []

  constructor(document: string, pipeline: PluginPipeline) {
    this.document = document
    this.pipeline = pipeline
    this.starts = new Int32Array(document.length + 1)
    this.kinds = new Uint8Array(document.length)
  }

  parse(): Root {
    const {document, starts, kinds} = this
    this.scan()
    const count = this.count
    const children: RootContent[] = []
    // Where the current line starts: its first token, and the point there.
    let lineStart = 0
    let linePoint: Point = {line: 1, column: 1, offset: 0}
    // Where the stretch since the last cut starts.
    let stretchStart = 0
    let stretchPoint = linePoint
    for (let index = 0; index <= count; index++) {
      if (index < count && (kinds[index] & (CLASS | LINE_BREAK)) !== (WHITE_SPACE | LINE_BREAK)) continue
      if (index < count && !this.isSafeCut(lineStart, index)) {
        const breakStart = pointAt(linePoint, starts[index])
        linePoint = pointAfterWhiteSpace(document, starts[index], starts[index + 1], breakStart)
        lineStart = index + 1
        continue
      }
      let end: Point | undefined
      if (stretchStart < index) {
        const paragraph =
          stretchStart === lineStart ? this.simpleParagraph(stretchStart, index, stretchPoint) : undefined
        if (paragraph) {
          children.push(paragraph)
          end = paragraph.position!.end as Point
        } else {
          const stretch = document.slice(starts[stretchStart], starts[index])
          children.push(...this.pipeline.parseAt(stretch, stretchPoint).children)
        }
      }
      if (index === count) break
      const breakStart = end ?? pointAt(linePoint, starts[index])
      linePoint = pointAfterWhiteSpace(document, starts[index], starts[index + 1], breakStart)
      const lineBreak: WhiteSpace = {
        type: 'WhiteSpaceNode',
        value: document.slice(starts[index], starts[index + 1]),
        position: {start: breakStart, end: linePoint}
      }
      children.push(lineBreak)
      lineStart = index + 1
      stretchStart = lineStart
      stretchPoint = linePoint
    }
    const root: Root = {type: 'RootNode', children}
    if (children.length > 0) {
      root.position = {
        start: children[0].position!.start,
        end: children[children.length - 1].position!.end
      }
    }
    return root
  }

  /** Split the document into tokens as parse-latin's `tokenize` does, noting what the cuts and plain lines need. */
  private scan(): void {
    const {document, starts, kinds} = this
    const classes = unitClasses()
    const length = document.length
    let count = 0
    let index = 0
    while (index < length) {
      starts[count] = index
      const first = document.charCodeAt(index)
      const unitClass = classes[first]
      let kind = unitClass
      index++
      if (unitClass === WORD) {
        let plain = isArabicBlock(first) || (first >= 0x30 && first <= 0x39)
        let code: number
        while (index < length && classes[(code = document.charCodeAt(index))] === WORD) {
          if (!(isArabicBlock(code) || (code >= 0x30 && code <= 0x39))) plain = false
          index++
        }
        if (plain) kind |= PLAIN_WORD
      } else if (unitClass === WHITE_SPACE) {
        let lineBreak = first === 10 || first === 13
        let paragraphBreak = lineBreak || first === 32 || first === 9
        let code: number
        while (index < length && classes[(code = document.charCodeAt(index))] === WHITE_SPACE) {
          if (code === 10 || code === 13) lineBreak = true
          else if (code !== 32 && code !== 9) paragraphBreak = false
          index++
        }
        if (lineBreak) kind |= LINE_BREAK
        if (lineBreak && paragraphBreak) kind |= PARAGRAPH_BREAK
      } else {
        let previous = first
        let code: number
        while (
          index < length &&
          classes[(code = document.charCodeAt(index))] === unitClass &&
          (code === previous || isSurrogate(code))
        ) {
          previous = code
          index++
        }
      }
      kinds[count] = kind
      count++
    }
    starts[count] = length
    this.count = count
  }

  /**
   * Whether the line break at token `index`, after the line starting at token
   * `lineStart`, leaves the lines on either side to be parsed on their own.
   * In the whole pipeline the break ends up between sentences, so nothing
   * joins across it, when:
   * - it is a paragraph break (only spaces, tabs and line breaks);
   * - the next line starts with an Arabic word (so its first sentence has a
   *   word, starts with no lower-case letter, comma or closing mark);
   * - the line before ends in a word and marks, with no white space among
   *   them (so its last sentence has a word, and no word-less sentence is
   *   moved across), not in a full stop after one of parse-latin's
   *   abbreviations (which joins the next sentence), and not in a number
   *   when the next line starts with an abbreviation.
   */
  private isSafeCut(lineStart: number, index: number): boolean {
    const {kinds} = this
    if (!(kinds[index] & PARAGRAPH_BREAK)) return false
    const next = index + 1
    if (next < this.count && !((kinds[next] & CLASS) === WORD && isArabicBlock(this.code(next)))) return false
    if (lineStart === index) return true
    let lastWord = index - 1
    while (lastWord >= lineStart && (kinds[lastWord] & CLASS) !== WORD) {
      if ((kinds[lastWord] & CLASS) === WHITE_SPACE) return false
      lastWord--
    }
    if (lastWord < lineStart) return false
    if (lastWord === index - 1) {
      // `joinSentencesAfterAbbreviations` looks back past the line break
      // for a number before the abbreviation.
      return !(
        isDigit(this.document.charCodeAt(this.starts[index] - 1)) &&
        next + 1 < this.count &&
        this.isSingle(next + 1, FULL_STOP)
      )
    }
    return !(
      lastWord === index - 2 &&
      this.isSingle(index - 1, FULL_STOP) &&
      LATIN_PREFIX.test(this.value(lastWord).toLowerCase())
    )
  }

  /**
   * The paragraph of the line of tokens `from` to `to`, starting at `start`,
   * when it is plain Arabic prose whose tree can be built here.
   */
  private simpleParagraph(from: number, to: number, start: Point): Paragraph | undefined {
    if (!this.isSimpleLine(from, to)) return undefined
    const sentenceStarts = this.sentenceStarts
    const sentenceEnds = this.sentenceEnds
    sentenceStarts.length = 0
    sentenceEnds.length = 0
    this.splitAtTerminals(from, to)
    this.mergeWordlessSentences()
    this.mergeAffixMarks()
    if (!this.keepsFullStops()) return undefined
    return this.build(start)
  }

  /**
   * Whether the line starts with an Arabic word and holds only plain words,
   * white space and marks that no sentence plugin joins to a word there:
   * no number separators, format marks, abbreviations before a full stop,
   * marks between two words, or words glued after a terminal mark.
   */
  private isSimpleLine(from: number, to: number): boolean {
    const {kinds} = this
    if ((kinds[from] & (CLASS | PLAIN_WORD)) !== (WORD | PLAIN_WORD) || !isArabicBlock(this.code(from))) return false
    if ((kinds[to - 1] & CLASS) === WHITE_SPACE) return false
    for (let index = from; index < to; index++) {
      const unitClass = kinds[index] & CLASS
      if (unitClass === WHITE_SPACE) continue
      if (unitClass === WORD) {
        if (!(kinds[index] & PLAIN_WORD)) return false
        continue
      }
      const code = this.code(index)
      const afterWord = index > from && (kinds[index - 1] & CLASS) === WORD
      if (code === HYPHEN || code === SLASH) {
        // `mergeFinalWordSymbol`, `mergeInnerWordSymbol`, `mergeInnerWordSlash`.
        if (afterWord) return false
      } else if (code === COLON) {
        if (afterWord && this.joinsNextWord(index, to)) return false
      } else if (isTerminal(code)) {
        if (afterWord && this.joinsNextWord(index, to)) return false
        if (this.wordGluedAfter(index, to)) return false
        if (
          afterWord &&
          this.isSingle(index, FULL_STOP) &&
          (ABBREVIATION.test(this.value(index - 1)) || LIST_NUMBER.test(this.value(index - 1)))
        ) {
          return false
        }
      } else if (!INERT_MARKS.has(code)) {
        return false
      }
    }
    return true
  }

  /** Whether the single inner-word mark at `index` (after a word) is followed by a word or another such mark, which `mergeInnerWordSymbol` joins. */
  private joinsNextWord(index: number, to: number): boolean {
    if (!INNER_WORD_MARKS.has(this.code(index)) || this.length(index) !== 1) return false
    const next = index + 1
    if (next >= to) return false
    const unitClass = this.kinds[next] & CLASS
    return (
      unitClass === WORD ||
      (unitClass !== WHITE_SPACE && this.length(next) === 1 && INNER_WORD_MARKS.has(this.code(next)))
    )
  }

  /** Whether a word follows the terminal mark at `index` and the marks after it, with no white space: such a sentence may be joined to the one before. */
  private wordGluedAfter(index: number, to: number): boolean {
    let next = index + 1
    while (next < to && (this.kinds[next] & CLASS) !== WORD && (this.kinds[next] & CLASS) !== WHITE_SPACE) next++
    return next < to && (this.kinds[next] & CLASS) === WORD
  }

  /**
   * Sentences as parse-latin splits them (after `.`, `!`, `?`, `…`), then
   * `splitAtArabicTerminals` (after `؟` and the terminal marks after it).
   */
  private splitAtTerminals(from: number, to: number): void {
    const {kinds} = this
    let start = from
    let arabicTerminal = -1
    for (let index = from; index < to; index++) {
      const unitClass = kinds[index] & CLASS
      if (unitClass === WORD || unitClass === WHITE_SPACE) continue
      const code = this.code(index)
      if (code === ARABIC_QUESTION_MARK && arabicTerminal === -1) arabicTerminal = index
      if (unitClass === PUNCTUATION && isLatinTerminal(code)) {
        this.splitAtArabicTerminals(start, index + 1, arabicTerminal)
        start = index + 1
        arabicTerminal = -1
      }
    }
    if (start < to) this.splitAtArabicTerminals(start, to, arabicTerminal)
  }

  /** Add the sentence of tokens `from` to `to`, split after its first `؟` (at `terminal`, or -1) and after each one in the rest. */
  private splitAtArabicTerminals(from: number, to: number, terminal: number): void {
    let start = from
    while (terminal !== -1) {
      let end = terminal + 1
      while (end < to && (this.kinds[end] & CLASS) !== WORD && (this.kinds[end] & CLASS) !== WHITE_SPACE && isTerminal(this.code(end))) end++
      if (end === to) break
      this.sentenceStarts.push(start)
      this.sentenceEnds.push(end)
      start = end
      terminal = -1
      for (let index = end; index < to; index++) {
        if ((this.kinds[index] & CLASS) !== WORD && (this.kinds[index] & CLASS) !== WHITE_SPACE && this.code(index) === ARABIC_QUESTION_MARK) {
          terminal = index
          break
        }
      }
    }
    this.sentenceStarts.push(start)
    this.sentenceEnds.push(to)
  }

  /** parse-latin's `mergeNonWordSentences`, on token ranges. */
  private mergeWordlessSentences(): void {
    const starts = this.sentenceStarts
    const ends = this.sentenceEnds
    let index = 0
    while (index < starts.length) {
      if (this.hasWord(starts[index], ends[index])) {
        index++
      } else if (index > 0) {
        ends[index - 1] = ends[index]
        starts.splice(index, 1)
        ends.splice(index, 1)
      } else {
        if (index + 1 < starts.length) {
          starts[index + 1] = starts[index]
          starts.splice(index, 1)
          ends.splice(index, 1)
        }
        // parse-latin goes on after the sentence it merged into.
        index++
      }
    }
  }

  private hasWord(from: number, to: number): boolean {
    for (let index = from; index < to; index++) {
      if ((this.kinds[index] & CLASS) === WORD) return true
    }
    return false
  }

  /** parse-latin's `mergeAffixSymbol`, on token ranges: closing marks after a terminal go back to the sentence before. */
  private mergeAffixMarks(): void {
    const starts = this.sentenceStarts
    const ends = this.sentenceEnds
    let index = 0
    while (index < starts.length) {
      const first = starts[index]
      if (
        index > 0 &&
        first < ends[index] &&
        (this.kinds[first] & CLASS) !== WORD &&
        (this.kinds[first] & CLASS) !== WHITE_SPACE &&
        AFFIX_MARKS.has(this.code(first))
      ) {
        ends[index - 1] = first + 1
        starts[index] = first + 1
        index--
      } else {
        index++
      }
    }
  }

  /**
   * Whether parse-latin's `mergeRemainingFullStops` leaves every full stop
   * alone: it moves a full stop that is not its sentence's last terminal
   * into the word beside it.
   */
  private keepsFullStops(): boolean {
    const {kinds} = this
    const starts = this.sentenceStarts
    const ends = this.sentenceEnds
    for (let sentence = 0; sentence < starts.length; sentence++) {
      const from = starts[sentence]
      const to = ends[sentence]
      let delimited = false
      for (let index = to - 1; index >= from; index--) {
        const unitClass = kinds[index] & CLASS
        if (unitClass === WORD) delimited = true
        if (unitClass === WORD || unitClass === WHITE_SPACE) continue
        if (!isLatinTerminal(this.code(index))) continue
        if (!delimited) {
          delimited = true
          continue
        }
        if (!this.isSingle(index, FULL_STOP)) continue
        if (index - 1 >= from && (kinds[index - 1] & CLASS) === WORD) {
          const spacedFullStop =
            index + 2 < to && (kinds[index + 1] & CLASS) === WHITE_SPACE && this.isSingle(index + 2, FULL_STOP)
          if (!spacedFullStop) return false
        } else if (index + 1 < to && (kinds[index + 1] & CLASS) === WORD) {
          return false
        }
      }
    }
    return true
  }

  /**
   * The paragraph of the sentences found, with the white space at their
   * edges moved up beside them (`makeInitialWhiteSpaceSiblings`,
   * `makeFinalWhiteSpaceSiblings`) and empty ones left out.
   */
  private build(start: Point): Paragraph {
    const starts = this.sentenceStarts
    const ends = this.sentenceEnds
    const children: Paragraph['children'] = []
    let point = start
    for (let sentence = 0; sentence < starts.length; sentence++) {
      let from = starts[sentence]
      let to = ends[sentence]
      if ((this.kinds[from] & CLASS) === WHITE_SPACE) {
        const end = this.pointAfter(from, point)
        children.push(this.token(from, point, end) as WhiteSpace)
        point = end
        from++
      }
      const trailing = to > from && (this.kinds[to - 1] & CLASS) === WHITE_SPACE
      if (trailing) to--
      if (from < to) {
        const nodes: SentenceContent[] = []
        const sentenceStart = point
        for (let index = from; index < to; index++) {
          const end = this.pointAfter(index, point)
          nodes.push(this.token(index, point, end))
          point = end
        }
        const node: Sentence = {type: 'SentenceNode', children: nodes, position: {start: sentenceStart, end: point}}
        children.push(node)
      }
      if (trailing) {
        const end = this.pointAfter(to, point)
        children.push(this.token(to, point, end) as WhiteSpace)
        point = end
      }
    }
    return {type: 'ParagraphNode', children, position: {start, end: point}}
  }

  /** The point after token `index` (on the line, so no line break in it), which starts at `start`. */
  private pointAfter(index: number, start: Point): Point {
    const length = this.starts[index + 1] - this.starts[index]
    return {line: start.line, column: start.column + length, offset: start.offset + length}
  }

  private token(index: number, start: Point, end: Point): SentenceContent {
    const unitClass = this.kinds[index] & CLASS
    const value = this.value(index)
    if (unitClass === WORD) {
      return {
        type: 'WordNode',
        children: [{type: 'TextNode', value, position: {start, end}}],
        position: {start, end}
      }
    }
    return {
      type: unitClass === WHITE_SPACE ? 'WhiteSpaceNode' : unitClass === PUNCTUATION ? 'PunctuationNode' : 'SymbolNode',
      value,
      position: {start, end}
    }
  }

  private code(index: number): number {
    return this.document.charCodeAt(this.starts[index])
  }

  private length(index: number): number {
    return this.starts[index + 1] - this.starts[index]
  }

  private value(index: number): string {
    return this.document.slice(this.starts[index], this.starts[index + 1])
  }

  /** Whether token `index` is the single unit `code`. */
  private isSingle(index: number, code: number): boolean {
    return this.length(index) === 1 && this.code(index) === code
  }
}

/** The point at `offset` on the line that `lineStart` is on (no line break between them). */
function pointAt(lineStart: Point, offset: number): Point {
  return {line: lineStart.line, column: lineStart.column + offset - lineStart.offset, offset}
}
