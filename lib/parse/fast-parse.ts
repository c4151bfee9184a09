/**
 * A one-pass parser for plain-text drafts that builds, line by line, exactly
 * the tree that parse-latin with the Arabic plugins builds (see
 * `PluginPipeline`), with far fewer allocations: no token list for the whole
 * draft, no splicing, and one point object per token boundary.
 *
 * The document is cut at line breaks where the two sides cannot affect each
 * other's segmentation (`isSafeCut`). Between cuts, a single line is built
 * here (`simpleParagraph`): the sentence plugins run only on the clusters of
 * tokens they may join, and the paragraph rules that can apply are computed
 * on ranges of the line's nodes. A line where a rule not reproduced here
 * would act (a glued sentence end, an abbreviation or list number before a
 * full stop, a sentence starting in lower case, unusual marks), and a stretch
 * of lines that could not be cut apart, is parsed by the plugin pipeline
 * itself, in place, so the result stays exactly equal.
 */
import type {
  Paragraph,
  Punctuation,
  Root,
  RootContent,
  Sentence,
  SentenceContent,
  Symbol as SymbolNode,
  WhiteSpace,
  Word
} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {ABBREVIATION, gluedTerminal} from './plugins.js'
import {abbreviationPrefix, terminalMarker} from './parse-latin-expressions.js'
import type {PluginPipeline} from './retext-arabic.js'
import {
  PUNCTUATION,
  WHITE_SPACE,
  WORD,
  isSurrogate,
  pointAfterWhiteSpace,
  classesFor,
  type Point
} from './tokenize.js'

// Token kinds: the class in the low bits, then flags of white space.
const CLASS = 3
// White space with a line break.
const LINE_BREAK = 4
// White space of spaces, tabs and line breaks only, which parse-latin's
// `newLine` expression requires to split paragraphs there.
const PARAGRAPH_BREAK = 8


const FULL_STOP = 0x2e
const QUESTION_MARK = 0x3f
const EXCLAMATION_MARK = 0x21
const ELLIPSIS = 0x2026
const ARABIC_QUESTION_MARK = 0x061f
const COMMA = 0x2c
const SEMICOLON = 0x3b

const codes = (marks: string) => new Set([...marks].map((mark) => mark.charCodeAt(0)))

// Format marks (RLM, LRM, ALM, ZWJ, ZWNJ) and `&`: `mergeFormatMarks` and
// `mergeInitialWordSymbol` join them to a word on either side.
const JOINING_MARKS = codes('\u200C\u200D\u200E\u200F\u061C&')
// Joined to the word before them whatever follows: `-`
// (`mergeFinalWordSymbol`), `/` (`mergeInnerWordSlash`), percent signs
// (`mergeNumbers`).
const WORD_FINAL_MARKS = codes('-/%\u066A')
// Joined between the word before them and what follows: parse-latin's
// `wordSymbolInner` and our number separators.
const WORD_INNER_MARKS = codes("&'-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027_,\u066B\u066C")
// The marks whose part in the paragraph rules is known here: terminal marks,
// closing marks (`AFFIX_MARKS`), `,` and `;` (`mergeAffixExceptions`), and
// marks no paragraph rule looks at.
const LINE_MARKS = codes(
  '.!?\u2026\u061F' + '"\')]\u00BB\u201D\u2019' + ',;' + '\u060C\u061B\u00AB([\u201C\u2018\u2013\u2014:-/%\u066A\u066B\u066C_&*#+=@|\u2022' + '\u200C\u200D\u200E\u200F\u061C'
)
// Every mark that ends a sentence: parse-latin's terminal markers and ours.
const ANY_TERMINAL = codes('.!?\u2026\u203D\u061F\u06D4')
// Of the marks a line may hold, the ones parse-latin's `affixSymbol` moves
// back into the sentence before when they follow its terminal mark.
const AFFIX_MARKS = codes('.!?\u2026"\')]\u00BB\u201D\u2019')

/** parse-latin's terminal markers, among the marks a line may hold here. */
function isLatinTerminal(code: number): boolean {
  return code === FULL_STOP || code === QUESTION_MARK || code === EXCLAMATION_MARK || code === ELLIPSIS
}

/** The terminal markers of `splitAtArabicTerminals`, among the marks a line may hold here. */
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

/** A unit that cannot start parse-latin's `lowerInitial`: Arabic, a digit or a Latin capital. */
function isCapitalOrCaseless(code: number): boolean {
  return isArabicBlock(code) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a)
}

function isMark(node: SentenceContent | undefined): node is Punctuation | SymbolNode {
  return node?.type === 'PunctuationNode' || node?.type === 'SymbolNode'
}

function isTerminalMark(node: SentenceContent): boolean {
  return isMark(node) && isTerminal(node.value.charCodeAt(0))
}

function hasWord(nodes: SentenceContent[], from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    if (nodes[index].type === 'WordNode') return true
  }
  return false
}

/**
 * Whether a full stop after `word` may join sentences: an Arabic one-letter
 * abbreviation (`joinSentencesAfterAbbreviations`) or one of parse-latin's
 * (`mergePrefixExceptions`, also list numbers for
 * `separateSentencesAfterNumbers`). Format marks in the word are left to the
 * plugins.
 */
function isAbbreviation(word: Word): boolean {
  const text = toString(word)
  return (
    abbreviationPrefix.test(text.toLowerCase()) ||
    text.split('.').every((part) => ABBREVIATION.test(part)) ||
    word.children.some((part) => part.type === 'SymbolNode')
  )
}

/**
 * The tree of the plain-text `document`, equal to `pipeline.parse(document)`;
 * `pipeline` must run exactly the Arabic plugins and parse-latin's. With an
 * `origin` (the start of a line), positions are those of `document` placed
 * there in a longer draft, as `pipeline.parseAt` gives them.
 */
export function fastParse(document: string, pipeline: PluginPipeline, origin: Point = ORIGIN): Root {
  return new FastParser(document, pipeline, origin).parse()
}

const ORIGIN: Point = {line: 1, column: 1, offset: 0}

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

  /** Where `document` starts in its draft. */
  private readonly origin: Point

  constructor(document: string, pipeline: PluginPipeline, origin: Point) {
    this.document = document
    this.pipeline = pipeline
    this.origin = origin
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
    let linePoint: Point = {...this.origin}
    // Token starts are offsets into `document`; points are offsets into the draft.
    const base = this.origin.offset
    // Where the stretch since the last cut starts.
    let stretchStart = 0
    let stretchPoint = linePoint
    for (let index = 0; index <= count; index++) {
      if (index < count && (kinds[index] & (CLASS | LINE_BREAK)) !== (WHITE_SPACE | LINE_BREAK)) continue
      if (index < count && !this.isSafeCut(lineStart, index)) {
        const breakStart = pointAt(linePoint, base + starts[index])
        linePoint = pointAfterWhiteSpace(document, starts[index], starts[index + 1], breakStart)
        lineStart = index + 1
        continue
      }
      let end: Point | undefined
      if (stretchStart === lineStart && stretchStart < index) {
        const line = this.lineTree(stretchStart, index, stretchPoint)
        for (const node of line) children.push(node)
        end = line[line.length - 1].position!.end as Point
      } else if (stretchStart < index) {
        const stretch = document.slice(starts[stretchStart], starts[index])
        for (const node of this.pipeline.parseAt(stretch, stretchPoint).children) children.push(node)
      }
      if (index === count) break
      const breakStart = end ?? pointAt(linePoint, base + starts[index])
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
    const classes = classesFor(document)
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
        while (index < length && classes[document.charCodeAt(index)] === WORD) index++
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
   * In the whole pipeline the break then ends up between sentences, and no
   * rule joins or looks across it:
   * - it is a paragraph break (only spaces, tabs and line breaks);
   * - the next line has a word before any terminal mark, and starts with
   *   neither a lower-case word, a comma nor a semicolon (so its first
   *   sentence is not moved to the line before);
   * - the line before has a word, does not end in a full stop after one of
   *   parse-latin's abbreviations (which joins the next sentence), nor in a
   *   number when the next line may start with an abbreviation (a full stop
   *   in its first word), before which `joinSentencesAfterAbbreviations`
   *   looks back for a number.
   */
  private isSafeCut(lineStart: number, index: number): boolean {
    const {kinds} = this
    if (!(kinds[index] & PARAGRAPH_BREAK)) return false
    const next = index + 1
    if (next < this.count && !this.startsSentence(next)) return false
    if (lineStart === index) return true
    let lastWord = index - 1
    while (lastWord >= lineStart && (kinds[lastWord] & CLASS) !== WORD) lastWord--
    if (lastWord < lineStart) return false
    if (lastWord === index - 1 && isDigit(this.document.charCodeAt(this.starts[index] - 1))) {
      for (let token = next; token < this.count && (kinds[token] & CLASS) !== WHITE_SPACE; token++) {
        if (this.isSingle(token, FULL_STOP)) return false
      }
    }
    return !(this.isSingle(lastWord + 1, FULL_STOP) && abbreviationPrefix.test(this.value(lastWord).toLowerCase()))
  }

  /** Whether the line from token `from` has a word before any terminal mark, and starts with neither a lower-case word, `,` nor `;`. */
  private startsSentence(from: number): boolean {
    const {kinds} = this
    const first = kinds[from] & CLASS
    if (first === WORD) return isCapitalOrCaseless(this.code(from))
    if (this.isSingle(from, COMMA) || this.isSingle(from, SEMICOLON)) return false
    for (let index = from; index < this.count; index++) {
      const unitClass = kinds[index] & CLASS
      if (unitClass === WORD) return true
      if (unitClass === WHITE_SPACE) {
        if (kinds[index] & LINE_BREAK) return false
      } else if (ANY_TERMINAL.has(this.code(index))) {
        return false
      }
    }
    return false
  }

  /**
   * The root children of the line of tokens `from` to `to`, starting at
   * `start`: its paragraph built here when the paragraph rules that apply are
   * all reproduced here, else by the pipeline's paragraph and root plugins.
   */
  private lineTree(from: number, to: number, start: Point): RootContent[] {
    const nodes = this.lineNodes(from, to, start)
    // White space at the start or end of the document ends up in the root.
    const leading = (this.kinds[from] & CLASS) === WHITE_SPACE ? 1 : 0
    const trailing = to - from > leading && (this.kinds[to - 1] & CLASS) === WHITE_SPACE ? 1 : 0
    if (to - from > leading + trailing && this.hasKnownMarks(from + leading, to - trailing)) {
      const words = leading + trailing > 0 ? nodes.slice(leading, nodes.length - trailing) : nodes
      const paragraph = this.simpleParagraph(words, words[0].position!.start as Point)
      if (paragraph) {
        return [...nodes.slice(0, leading), paragraph, ...nodes.slice(nodes.length - trailing)] as RootContent[]
      }
    }
    return this.pluginParagraphs(nodes)
  }

  /** The paragraph of the line of `nodes`, starting at `start`, when the paragraph rules that apply to it are all reproduced here. */
  private simpleParagraph(nodes: SentenceContent[], start: Point): Paragraph | undefined {
    if (!this.leavesWordsAlone(nodes)) return undefined
    const sentenceStarts = this.sentenceStarts
    const sentenceEnds = this.sentenceEnds
    sentenceStarts.length = 0
    sentenceEnds.length = 0
    this.splitAtTerminals(nodes)
    this.mergeWordlessSentences(nodes)
    this.mergeAffixMarks(nodes)
    if (!this.keepsSentencesApart(nodes) || !this.keepsFullStops(nodes)) return undefined
    return this.build(nodes, start)
  }

  /**
   * The root children of the line of `nodes`, as the pipeline builds them
   * from the same tokens after its sentence plugins: split after terminal
   * marks, then the paragraph plugins, then the root ones (`tokenizeRoot`).
   */
  private pluginParagraphs(nodes: SentenceContent[]): RootContent[] {
    const paragraph: Paragraph = {type: 'ParagraphNode', children: []}
    let first = 0
    for (let index = 0; index < nodes.length; index++) {
      const node = nodes[index]
      // The plugins give words a new end in place: the text keeps its own.
      const position = node.position!
      if (node.type === 'WordNode' && node.children[0].position === position) {
        node.children[0].position = {start: position.start, end: position.end}
      }
      if (index === nodes.length - 1 || (node.type === 'PunctuationNode' && terminalMarker.test(node.value))) {
        paragraph.children.push({
          type: 'SentenceNode',
          children: nodes.slice(first, index + 1),
          position: {start: nodes[first].position!.start, end: node.position!.end}
        })
        first = index + 1
      }
    }
    for (const plugin of this.pipeline.tokenizeParagraphPlugins) plugin(paragraph)
    // A line has no line break to split the paragraph at.
    const children = paragraph.children
    const root: Root = {
      type: 'RootNode',
      children: [
        {
          type: 'ParagraphNode',
          children,
          position: {start: children[0].position!.start, end: children[children.length - 1].position!.end}
        }
      ]
    }
    for (const plugin of this.pipeline.tokenizeRootPlugins) plugin(root)
    return root.children
  }

  /** Whether the tokens `from` to `to` hold only marks whose part in the paragraph rules is known here. */
  private hasKnownMarks(from: number, to: number): boolean {
    const {kinds} = this
    for (let index = from; index < to; index++) {
      const unitClass = kinds[index] & CLASS
      if (unitClass !== WORD && unitClass !== WHITE_SPACE && !LINE_MARKS.has(this.code(index))) return false
    }
    return true
  }

  /**
   * The tokens of the line as the sentence plugins leave them. Those only
   * join tokens that touch, so they run on each stretch without white space
   * (a cluster) where they may join something, and the rest is taken as is.
   */
  private lineNodes(from: number, to: number, start: Point): SentenceContent[] {
    const nodes: SentenceContent[] = []
    let point = start
    let cluster = from
    for (let index = from; index <= to; index++) {
      if (index < to && (this.kinds[index] & CLASS) !== WHITE_SPACE) continue
      if (cluster < index) {
        if (this.mayJoin(cluster, index)) {
          const sentence: Sentence = {type: 'SentenceNode', children: []}
          for (let token = cluster; token < index; token++) {
            const end = this.pointAfter(token, point)
            sentence.children.push(this.token(token, point, end, false))
            point = end
          }
          for (const plugin of this.pipeline.tokenizeSentencePlugins) plugin(sentence)
          for (const node of sentence.children) nodes.push(node)
        } else {
          for (let token = cluster; token < index; token++) {
            const end = this.pointAfter(token, point)
            nodes.push(this.token(token, point, end, true))
            point = end
          }
        }
      }
      if (index < to) {
        const end = this.pointAfter(index, point)
        nodes.push(this.token(index, point, end, true))
        point = end
      }
      cluster = index + 1
    }
    return nodes
  }

  /** Whether a sentence plugin may join tokens of the cluster `from` to `to`. */
  private mayJoin(from: number, to: number): boolean {
    const {kinds} = this
    if (to - from < 2) return false
    for (let index = from; index < to; index++) {
      if ((kinds[index] & CLASS) === WORD) continue
      const code = this.code(index)
      if (JOINING_MARKS.has(code)) return true
      if (index === from || (kinds[index - 1] & CLASS) !== WORD) continue
      if (WORD_FINAL_MARKS.has(code)) return true
      if (index + 1 < to && WORD_INNER_MARKS.has(code)) return true
    }
    return false
  }

  /**
   * Whether our paragraph plugins and parse-latin's leave the words as they
   * are and split sentences only at their terminal marks: no word holds a
   * glued sentence end or ends in a full stop, no full stop follows an
   * abbreviation, and no word is glued after a terminal mark.
   */
  private leavesWordsAlone(nodes: SentenceContent[]): boolean {
    // Whether only marks came since the last terminal mark.
    let afterTerminal = false
    for (let index = 0; index < nodes.length; index++) {
      const node = nodes[index]
      if (node.type === 'WordNode') {
        if (afterTerminal) return false
        const parts = node.children
        if (parts.length > 1) {
          const last = parts[parts.length - 1]
          if (gluedTerminal(parts) !== -1 || (last.type === 'PunctuationNode' && last.value === '.')) return false
        }
        continue
      }
      if (node.type === 'WhiteSpaceNode') {
        afterTerminal = false
        continue
      }
      if (!isTerminal(node.value.charCodeAt(0))) continue
      afterTerminal = true
      const previous = nodes[index - 1]
      if (node.value === '.' && previous?.type === 'WordNode' && isAbbreviation(previous)) return false
    }
    return true
  }

  /**
   * Sentences as parse-latin splits them (after `.`, `!`, `?`, `…`), then
   * `splitAtArabicTerminals` (after `؟` and the terminal marks after it).
   */
  private splitAtTerminals(nodes: SentenceContent[]): void {
    let start = 0
    let arabicTerminal = -1
    for (let index = 0; index < nodes.length; index++) {
      const node = nodes[index]
      if (!isMark(node)) continue
      const code = node.value.charCodeAt(0)
      if (code === ARABIC_QUESTION_MARK && arabicTerminal === -1) arabicTerminal = index
      if (node.type === 'PunctuationNode' && isLatinTerminal(code)) {
        this.splitAtArabicTerminals(nodes, start, index + 1, arabicTerminal)
        start = index + 1
        arabicTerminal = -1
      }
    }
    if (start < nodes.length) this.splitAtArabicTerminals(nodes, start, nodes.length, arabicTerminal)
  }

  /** Add the sentence of `nodes` `from` to `to`, split after its first `؟` (at `terminal`, or -1) and after each one in the rest. */
  private splitAtArabicTerminals(nodes: SentenceContent[], from: number, to: number, terminal: number): void {
    let start = from
    while (terminal !== -1) {
      let end = terminal + 1
      while (end < to && isTerminalMark(nodes[end])) end++
      if (end === to) break
      this.sentenceStarts.push(start)
      this.sentenceEnds.push(end)
      start = end
      terminal = -1
      for (let index = end; index < to; index++) {
        const node = nodes[index]
        if (isMark(node) && node.value.charCodeAt(0) === ARABIC_QUESTION_MARK) {
          terminal = index
          break
        }
      }
    }
    this.sentenceStarts.push(start)
    this.sentenceEnds.push(to)
  }

  /**
   * parse-latin's `mergeNonWordSentences`, on ranges of `nodes`: a sentence
   * without words joins the one before, or the first joins the next (which
   * parse-latin then does not look at). Compacted in place rather than
   * spliced, so that a line of many word-less sentences stays linear.
   */
  private mergeWordlessSentences(nodes: SentenceContent[]): void {
    const starts = this.sentenceStarts
    const ends = this.sentenceEnds
    const count = starts.length
    let kept = 0
    for (let index = 0; index < count; index++) {
      if (!hasWord(nodes, starts[index], ends[index])) {
        if (kept > 0) {
          ends[kept - 1] = ends[index]
          continue
        }
        if (index + 1 < count) {
          starts[kept] = starts[index]
          ends[kept] = ends[index + 1]
          kept++
          index++
          continue
        }
      }
      starts[kept] = starts[index]
      ends[kept] = ends[index]
      kept++
    }
    starts.length = kept
    ends.length = kept
  }

  /** parse-latin's `mergeAffixSymbol`, on ranges of `nodes`: closing marks after a terminal go back to the sentence before. */
  private mergeAffixMarks(nodes: SentenceContent[]): void {
    const starts = this.sentenceStarts
    const ends = this.sentenceEnds
    let index = 0
    while (index < starts.length) {
      const first = starts[index]
      const node = nodes[first]
      if (index > 0 && first < ends[index] && isMark(node) && AFFIX_MARKS.has(node.value.charCodeAt(0))) {
        ends[index - 1] = first + 1
        starts[index] = first + 1
        index--
      } else {
        index++
      }
    }
  }

  /**
   * Whether parse-latin joins no sentence to the one before: none starts
   * with a word (`mergeInitialDigitSentences`), a lower-case one
   * (`mergeInitialLowerCaseLetterSentences`) or a comma or semicolon
   * (`mergeAffixExceptions`).
   */
  private keepsSentencesApart(nodes: SentenceContent[]): boolean {
    const starts = this.sentenceStarts
    const ends = this.sentenceEnds
    for (let sentence = 1; sentence < starts.length; sentence++) {
      const to = ends[sentence]
      if (nodes[starts[sentence]]?.type === 'WordNode') return false
      for (let index = starts[sentence]; index < to; index++) {
        const node = nodes[index]
        if (node.type === 'WhiteSpaceNode') continue
        if (node.type === 'WordNode') {
          if (!isCapitalOrCaseless(toString(node).charCodeAt(0))) return false
        } else if (node.value === ',' || node.value === ';') {
          return false
        }
        break
      }
    }
    return true
  }

  /**
   * Whether parse-latin's `mergeRemainingFullStops` leaves every full stop
   * alone: it moves a full stop that is not its sentence's last terminal
   * into the word beside it.
   */
  private keepsFullStops(nodes: SentenceContent[]): boolean {
    const starts = this.sentenceStarts
    const ends = this.sentenceEnds
    for (let sentence = 0; sentence < starts.length; sentence++) {
      const from = starts[sentence]
      const to = ends[sentence]
      let delimited = false
      for (let index = to - 1; index >= from; index--) {
        const node = nodes[index]
        if (node.type === 'WordNode') delimited = true
        if (!isMark(node) || !isLatinTerminal(node.value.charCodeAt(0))) continue
        if (!delimited) {
          delimited = true
          continue
        }
        if (node.value !== '.') continue
        if (index - 1 >= from && nodes[index - 1].type === 'WordNode') {
          const next = nodes[index + 1]
          const spacedFullStop = index + 2 < to && next.type === 'WhiteSpaceNode' && toString(nodes[index + 2]) === '.'
          if (!spacedFullStop) return false
        } else if (index + 1 < to && nodes[index + 1].type === 'WordNode') {
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
  private build(nodes: SentenceContent[], start: Point): Paragraph {
    const starts = this.sentenceStarts
    const ends = this.sentenceEnds
    const children: Paragraph['children'] = []
    for (let sentence = 0; sentence < starts.length; sentence++) {
      let from = starts[sentence]
      let to = ends[sentence]
      if (from === to) continue
      if (nodes[from].type === 'WhiteSpaceNode') children.push(nodes[from++] as WhiteSpace)
      const trailing = to > from && nodes[to - 1].type === 'WhiteSpaceNode'
      if (trailing) to--
      if (from < to) {
        const node: Sentence = {
          type: 'SentenceNode',
          children: nodes.slice(from, to),
          position: {start: nodes[from].position!.start, end: nodes[to - 1].position!.end}
        }
        children.push(node)
      }
      if (trailing) children.push(nodes[to] as WhiteSpace)
    }
    const end = children[children.length - 1].position!.end
    return {type: 'ParagraphNode', children, position: {start, end}}
  }

  /** The point after token `index` (on the line, so no line break in it), which starts at `start`. */
  private pointAfter(index: number, start: Point): Point {
    const length = this.starts[index + 1] - this.starts[index]
    return {line: start.line, column: start.column + length, offset: start.offset + length}
  }

  /**
   * The node of token `index`. A word shares its position with its text when
   * `shared`; not when plugins will run on it, as they give the word a new
   * end in place.
   */
  private token(index: number, start: Point, end: Point, shared: boolean): SentenceContent {
    const unitClass = this.kinds[index] & CLASS
    const value = this.value(index)
    const position = {start, end}
    if (unitClass === WORD) {
      return {
        type: 'WordNode',
        children: [{type: 'TextNode', value, position: shared ? position : {start, end}}],
        position
      }
    }
    return {
      type: unitClass === WHITE_SPACE ? 'WhiteSpaceNode' : unitClass === PUNCTUATION ? 'PunctuationNode' : 'SymbolNode',
      value,
      position
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
