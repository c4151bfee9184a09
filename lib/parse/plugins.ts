/**
 * Arabic segmentation as parse-latin plugins. Each plugin does one merge or
 * split and keeps positions pointing into the original text. They run before
 * parse-latin's own plugins of the same stage: on the whole token list
 * (sentence plugins), on the sentences of a paragraph (paragraph plugins) and
 * on the finished tree (root plugins).
 *
 * All Arabic behaviour lives here rather than in parser methods, because
 * remark-retext builds a plain `ParseLatin` and only adds plugin arrays.
 */
import type {
  Nodes,
  Paragraph,
  Punctuation,
  Root,
  Sentence,
  SentenceContent,
  Symbol as SymbolNode,
  WhiteSpace,
  Word,
  WordContent
} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {modifyChildren} from 'unist-util-modify-children'
import {abbreviationPrefix, lowerInitial, numerical, terminalMarker} from './parse-latin-expressions.js'

/** A parse-latin plugin: transforms `node` in place (parse-latin does not export this type). */
export type NlcstPlugin<Node extends Nodes> = (node: Node) => undefined | void

// ZWNJ, ZWJ, LRM, RLM (U+200C–U+200F) and ALM (U+061C): invisible, and
// tokenized by parse-latin as symbols that would split the word around them.
const FORMAT_MARKS = /^[\u200C-\u200F\u061C]+$/
// Western, Arabic-Indic and Extended Arabic-Indic digits.
const DIGIT = '0-9\u0660-\u0669\u06F0-\u06F9'
const DIGITS = new RegExp(`^[${DIGIT}]+$`)
const ENDS_WITH_DIGIT = new RegExp(`[${DIGIT}]$`)
// Arabic decimal (٫) and thousands (٬) separators, and their Western forms.
const NUMBER_SEPARATOR = /^[\u066B\u066C.,]$/
const PERCENT = /^[\u066A%]$/
// `؟` and `۔`, which parse-latin does not treat as ending a sentence.
const ARABIC_TERMINAL = /^[\u061F\u06D4]+$/
const TERMINAL = /^[\u061F\u06D4!.?\u2026\u203D]+$/
const LINE_BREAK = /[\n\r]/
// The numbers parse-latin's abbreviation rule takes for list markers (`1. `).
const LIST_NUMBER = /^[0-9]{1,3}$/
// Arabic letters and the marks on them (tashkeel), but not Arabic digits,
// punctuation or signs: the Arabic block, tested one character at a time.
const ARABIC_BLOCK = /^[\u0600-\u06FF]$/
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u
// One Arabic letter, with any tashkeel, standing for a word: the titles
// `د.` (دكتور), `م.` (مهندس) and `أ.` (أستاذ), and the letters of glued
// abbreviations such as `ص.ب` (صندوق بريد) and `ج.م.ع`; also after the
// conjunction و or ف, which is written joined to it: `ود. محمد`, `وأ.د.`.
// The tatweel is not a letter here, so `هـ.` (هجري) after a year ends a
// sentence as any word does. The price is that a sentence ending in a bare
// one-letter word or a two-letter one starting with و or ف (`فن.`, `فخ.`)
// runs on into the next when that starts with an Arabic word.
export const ABBREVIATION = /^[\u0648\u0641]?[\u0621-\u063A\u0641-\u064A\u0671-\u06D3][\u064B-\u065F\u0670]*$/
const FULL_STOP = /^\.$/

type Mark = Punctuation | SymbolNode

function isMark(node: SentenceContent | undefined, pattern: RegExp): node is Mark {
  return (
    (node?.type === 'PunctuationNode' || node?.type === 'SymbolNode') &&
    pattern.test(node.value)
  )
}

function isWordMatching(
  node: SentenceContent | undefined,
  pattern: RegExp
): node is Word {
  return node?.type === 'WordNode' && pattern.test(toString(node))
}

function isArabicLetter(character: string | undefined): boolean {
  return (
    character !== undefined &&
    ARABIC_BLOCK.test(character) &&
    LETTER_OR_MARK.test(character)
  )
}

function isFormatMark(node: WordContent | SentenceContent | undefined): boolean {
  return node?.type === 'SymbolNode' && FORMAT_MARKS.test(node.value)
}

/** Text of `nodes` without format marks. */
function textOf(nodes: Array<WordContent | SentenceContent>): string {
  return toString(nodes.filter((node) => !isFormatMark(node)))
}

/** Give `parent` the extent of its first and last child. */
function span(parent: Sentence | Word): void {
  const first = parent.children[0]
  const last = parent.children[parent.children.length - 1]
  if (first?.position && last?.position) {
    parent.position = {start: first.position.start, end: last.position.end}
  }
}

/** A sentence of `children`, spanning them. */
function sentenceOf(children: SentenceContent[]): Sentence {
  const sentence: Sentence = {type: 'SentenceNode', children}
  span(sentence)
  return sentence
}

/**
 * Puts `pieces` in place of the child at `index` of `parent`, in place (the
 * plugins' walk holds the array), and returns the index after them, where the
 * walk goes on. Pushed one by one: a spread of thousands of pieces would
 * overflow the argument list.
 */
function replaceChild(parent: Paragraph, index: number, pieces: Paragraph['children']): number {
  const siblings = parent.children
  const after = siblings.splice(index + 1)
  siblings.length = index
  for (const piece of pieces) siblings.push(piece)
  for (const node of after) siblings.push(node)
  return index + pieces.length
}

/**
 * Join a number written with separators and an optional percent sign into
 * one word: `٣٫٥٪`, `3.5%`, `١٬٠٠٠`, also after a prefix such as `و` or `ب`
 * (`و١٬٠٠٠`). parse-latin splits at `٫`, `٬`, `,` and before `٪` or `%`.
 */
const mergeNumbers = modifyChildren<Sentence>(function (child, index, parent) {
  if (!isWordMatching(child, ENDS_WITH_DIGIT)) return
  const siblings = parent.children
  let last = index
  while (
    isMark(siblings[last + 1], NUMBER_SEPARATOR) &&
    isWordMatching(siblings[last + 2], DIGITS)
  ) {
    last += 2
  }
  if (isMark(siblings[last + 1], PERCENT)) last++
  if (last === index) return

  for (const part of siblings.splice(index + 1, last - index)) {
    if (part.type === 'WordNode') for (const node of part.children) child.children.push(node)
    else child.children.push(part as Mark)
  }
  span(child)
})

/**
 * Put format marks (RLM, LRM, ALM, ZWJ, ZWNJ) inside the word they touch,
 * joining the two halves of a word they sit in. A mark with no word on either
 * side stays a symbol.
 */
const mergeFormatMarks = modifyChildren<Sentence>(function (child, index, parent) {
  if (!isMark(child, FORMAT_MARKS)) return
  const siblings = parent.children
  const previous = index > 0 ? siblings[index - 1] : undefined
  const next = siblings[index + 1]

  if (previous?.type === 'WordNode') {
    if (next?.type === 'WordNode') {
      siblings.splice(index, 2)
      previous.children.push(child, ...next.children)
    } else {
      siblings.splice(index, 1)
      previous.children.push(child)
    }
    span(previous)
    // The node now at `index` may be another mark after the same word.
    return index
  }

  if (next?.type === 'WordNode') {
    siblings.splice(index, 1)
    next.children.unshift(child)
    span(next)
    // The node before may be another mark that now touches this word.
    return Math.max(index - 1, 0)
  }
})

/**
 * End a sentence at a terminal mark glued between two Arabic letters, as in
 * `…في المنطقة.وقال سكان…`, which is common in news copy. parse-latin joins
 * `المنطقة.وقال` into one word (its `mergeInnerWordSymbol`, for `example.com`)
 * and `?` likewise. That sentence plugin runs after ours, so the word is split
 * here, at the first stage after it: the word before the mark ends this
 * sentence with the mark, the word after starts the next.
 *
 * Latin (`example.com`, `U.S.`) and numbers (`3.5`) have no Arabic letter on
 * both sides. A glued abbreviation (`د.محمد`, `ص.ب`, `أ.د.خالد`) is left whole:
 * no split after a single letter.
 */
const splitGluedSentences = modifyChildren<Paragraph>(function (child, index, parent) {
  if (child.type !== 'SentenceNode') return
  if (!child.children.some((node) => node.type === 'WordNode' && gluedTerminal(node.children) !== -1)) return
  // Every glued end of the sentence is split in this one visit: splitting one and
  // visiting the rest again would copy the rest once per split, quadratic on long runs.
  const sentences: SentenceContent[][] = [[]]
  for (const node of child.children) {
    if (node.type !== 'WordNode') {
      sentences[sentences.length - 1].push(node)
      continue
    }
    // The word is cut at each glued end in turn, each piece copied once (a run of
    // thousands, `قال.مسؤول.قال…`, is one word to parse-latin).
    const parts = node.children
    let start = 0
    let mark = gluedTerminal(parts)
    while (mark !== -1) {
      const piece: Word = start === 0 ? node : {type: 'WordNode', children: []}
      piece.children = parts.slice(start, mark)
      span(piece)
      sentences[sentences.length - 1].push(piece, parts[mark] as Mark)
      sentences.push([])
      start = mark + 1
      mark = gluedTerminal(parts, start)
    }
    if (start === 0) {
      sentences[sentences.length - 1].push(node)
      continue
    }
    const tail: Word = {type: 'WordNode', children: parts.slice(start)}
    span(tail)
    sentences[sentences.length - 1].push(tail)
  }
  child.children = sentences[0]
  span(child)
  return replaceChild(parent, index, [child, ...sentences.slice(1).map(sentenceOf)])
})

/** Index of the first terminal mark in `parts` that ends a sentence, or -1; with `from`, of `parts.slice(from)` as a word of its own. */
export function gluedTerminal(parts: WordContent[], from = 0): number {
  for (let index = from; index < parts.length; index++) {
    const part = parts[index]
    if (part.type === 'TextNode' || !TERMINAL.test(part.value)) continue
    let start = index
    while (start > from && isFormatMark(parts[start - 1])) start--
    let end = index + 1
    while (isFormatMark(parts[end])) end++
    const before = start > from ? parts[start - 1] : undefined
    const after = parts[end]
    if (
      before?.type !== 'TextNode' ||
      after?.type !== 'TextNode' ||
      !isArabicLetter(before.value.at(-1)) ||
      !isArabicLetter(after.value[0])
    ) {
      continue
    }
    // The letters since the previous inner mark (or the word start).
    while (start > from && (parts[start - 1].type === 'TextNode' || isFormatMark(parts[start - 1]))) {
      start--
    }
    if (!ABBREVIATION.test(textOf(parts.slice(start, index)))) return index
  }
  return -1
}

/**
 * Puts `kept` in place of the items of `list`, keeping the array itself: the
 * one-pass plugins change a node's children in place, as parse-latin's do.
 */
function refill<Item>(list: Item[], kept: readonly Item[]): void {
  list.length = kept.length
  for (let index = 0; index < kept.length; index++) list[index] = kept[index]
}

/**
 * Keep a one-letter abbreviation and the name after it in one sentence:
 * `قال د. محمد العلي`, `م. أحمد`, `أ. سعيد`, `ود. محمد`, and `أ. د. خالد` (the
 * joined sentence is visited again). parse-latin does this for a Latin letter
 * (`mergePrefixExceptions`) but not an Arabic one. The full stop goes into the
 * abbreviation, as parse-latin does (`د.`). A glued run of them (`وأ.د. خالد`)
 * counts too; parse-latin already keeps `أ.د.` whole (`mergeInitialisms`).
 *
 * Only before an Arabic word on the same line, and not after a number, where
 * `م.` is the era (ميلادي) ending a sentence: `عام 2015 م. وقال…`.
 */
function joinSentencesAfterAbbreviations(paragraph: Paragraph): undefined {
  const children = paragraph.children
  const kept: Paragraph['children'] = []
  for (let index = 0; index < children.length; index++) {
    const child = children[index]
    kept.push(child)
    // The joined sentence may end in another abbreviation: `أ. د. خالد`. In one pass, as a
    // paragraph of thousands of them (`د. د. …`) made removing each joined sentence quadratic.
    while (child.type === 'SentenceNode' && children[index + 1]?.type === 'SentenceNode' && joinAfterAbbreviation(child, children[index + 1] as Sentence)) index++
  }
  refill(children, kept)
}

/** Moves the words of `next` into `sentence` if it ends in an abbreviation before them; whether it did. */
function joinAfterAbbreviation(sentence: Sentence, next: Sentence): boolean {
  const nodes = sentence.children
  const fullStop = nodes[nodes.length - 1]
  const letter = nodes[nodes.length - 2]
  if (
    !isMark(fullStop, FULL_STOP) ||
    letter?.type !== 'WordNode' ||
    !textOf(letter.children)
      .split('.')
      .every((part) => ABBREVIATION.test(part))
  ) {
    return false
  }
  let before = nodes.length - 3
  if (nodes[before]?.type === 'WhiteSpaceNode') before--
  if (isWordMatching(nodes[before], ENDS_WITH_DIGIT)) return false

  const [space, name] = next.children
  if (
    space?.type !== 'WhiteSpaceNode' ||
    LINE_BREAK.test(space.value) ||
    name?.type !== 'WordNode' ||
    !isArabicLetter(textOf(name.children)[0])
  ) {
    return false
  }

  nodes.pop()
  letter.children.push(fullStop)
  span(letter)
  // One by one: a sentence may hold more tokens than a call takes arguments.
  for (const node of next.children) nodes.push(node)
  span(sentence)
  return true
}

/**
 * End a sentence after `؟` or `۔`, together with the terminal marks that
 * follow (`؟!`). Closing quotes and brackets after it are moved back into the
 * sentence by parse-latin's `mergeAffixSymbol`, and a leftover run of marks
 * with no words by its `mergeNonWordSentences`.
 */
const splitAtArabicTerminals = modifyChildren<Paragraph>(function (child, index, parent) {
  if (child.type !== 'SentenceNode') return
  const nodes = child.children
  // Every cut of the sentence in this one visit (see `splitGluedSentences`).
  const cuts: number[] = []
  for (let at = 0; at < nodes.length; at++) {
    if (!isMark(nodes[at], ARABIC_TERMINAL)) continue
    let end = at + 1
    while (isMark(nodes[end], TERMINAL)) end++
    if (end === nodes.length) break
    cuts.push(end)
    at = end - 1
  }
  if (cuts.length === 0) return
  const sentences = [nodes.slice(0, cuts[0]), ...cuts.map((cut, at) => nodes.slice(cut, cuts[at + 1] ?? nodes.length))]
  child.children = sentences[0]
  span(child)
  return replaceChild(parent, index, [child, ...sentences.slice(1).map(sentenceOf)])
})

/**
 * End a sentence at a line break, so that a headline without terminal
 * punctuation is not joined to the line after it. parse-latin only does so
 * at blank lines. The line break becomes a sibling of the sentences, so the
 * root splits the paragraph there, as it does after `.` and a line break.
 */
const splitAtLineBreaks = modifyChildren<Paragraph>(function (child, index, parent) {
  if (child.type !== 'SentenceNode') return
  const nodes = child.children
  // Every cut in this one visit (see `splitGluedSentences`). Line breaks at either
  // edge of a sentence are moved out by parse-latin itself.
  const pieces: Array<Sentence | WhiteSpace> = []
  let start = 0
  for (let at = 1; at < nodes.length - 1; at++) {
    const node = nodes[at]
    if (at === start || node.type !== 'WhiteSpaceNode' || !LINE_BREAK.test(node.value)) continue
    pieces.push(sentenceOf(nodes.slice(start, at)), node)
    start = at + 1
  }
  if (pieces.length === 0) return
  pieces.push(sentenceOf(nodes.slice(start)))
  child.children = (pieces[0] as Sentence).children
  span(child)
  pieces[0] = child
  return replaceChild(parent, index, pieces)
})

/**
 * parse-latin reads a full stop after a one- to three-digit number as a list
 * marker (`1. `) and joins the next sentence to it (`mergePrefixExceptions`),
 * but in news a number often ends a sentence: `ارتفع العدد إلى 15. وقال…`.
 * That rule only joins directly adjacent sentences, so move the white space
 * between them up to the paragraph. A sentence that is nothing but the number
 * and full stop is a real list marker and is left to be joined to its item.
 */
const separateSentencesAfterNumbers = modifyChildren<Paragraph>(function (child, index, parent) {
  const next = parent.children[index + 1]
  if (child.type !== 'SentenceNode' || next?.type !== 'SentenceNode') return
  if (!endsWithNumberFullStop(child)) return
  const head = next.children[0]
  if (head?.type !== 'WhiteSpaceNode') return

  next.children.shift()
  span(next)
  parent.children.splice(index + 1, 0, head)
})

function endsWithNumberFullStop(sentence: Sentence): boolean {
  const nodes = sentence.children
  const fullStop = nodes[nodes.length - 1]
  const number = nodes[nodes.length - 2]
  return (
    isMark(fullStop, /^\.$/) &&
    number?.type === 'WordNode' &&
    LIST_NUMBER.test(toString(number)) &&
    nodes.slice(0, -2).some((node) => node.type === 'WordNode')
  )
}

/**
 * The same parse-latin rule also moves the full stop into the number (`15.`)
 * even when it ends the sentence; give it back to the sentence as its
 * terminal.
 */
function restoreFullStopsAfterNumbers(root: Root): undefined {
  for (const paragraph of root.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue
      const word = sentence.children[sentence.children.length - 1]
      if (word?.type !== 'WordNode') continue
      const fullStop = word.children[word.children.length - 1]
      if (
        fullStop?.type === 'PunctuationNode' &&
        fullStop.value === '.' &&
        LIST_NUMBER.test(toString(word.children.slice(0, -1)))
      ) {
        word.children.pop()
        span(word)
        sentence.children.push(fullStop)
      }
    }
  }
}

// Numbers are joined before format marks, so that a mark at the edge of a
// number does not hide its digits from `mergeNumbers`.
/**
 * parse-latin's `mergeNonWordSentences`, with the same result in one pass: a
 * sentence without words joins the sentence before it, or else the one after
 * it. parse-latin removes each joined sentence with a `splice` and moves its
 * tokens with a spread call, so a paragraph of thousands of wordless
 * sentences (`؟!؟!…`) took quadratic time, and one of more than about
 * 100,000 tokens overflowed the call stack. `PluginPipeline` runs this one
 * in its place.
 */
export function mergeNonWordSentences(paragraph: Paragraph): undefined {
  const children = paragraph.children
  const kept: Paragraph['children'] = []
  for (let index = 0; index < children.length; index++) {
    const child = children[index]
    if (!('children' in child) || child.children.some((node) => node.type === 'WordNode')) {
      kept.push(child)
      continue
    }
    const previous = kept[kept.length - 1]
    const next = children[index + 1]
    if (previous && 'children' in previous) {
      for (const node of child.children) previous.children.push(node)
      if (previous.position && child.position) previous.position.end = child.position.end
    } else if (next && 'children' in next) {
      next.children = [...child.children, ...next.children]
      if (next.position && child.position) next.position.start = child.position.start
      // As in parse-latin, the sentence that took the tokens is not looked at again.
      kept.push(next)
      index++
    } else kept.push(child)
  }
  refill(children, kept)
}

/** parse-latin's `wordSymbolInner`: marks that join the words around them (`example.com`, `rock'n'roll`). */
const INNER_WORD_SYMBOL = /^([&'\-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027]|_+)$/

/**
 * parse-latin's `mergeInnerWordSymbol`, with the same result in one pass: a
 * word joins the words after it across marks such as `.` and `-`
 * (`example.com`). parse-latin removes each run with a `splice` and moves its
 * tokens with a spread call, so a sentence of thousands of such runs took
 * quadratic time, and one run of more than about 100,000 tokens
 * (`قال.مسؤول.قال…` with no space) overflowed the call stack.
 * `PluginPipeline` runs this one in its place.
 */
export function mergeInnerWordSymbol(sentence: Sentence): undefined {
  const children = sentence.children
  const kept: SentenceContent[] = []
  let index = 0
  while (index < children.length) {
    const child = children[index]
    const previous = kept[kept.length - 1]
    if (previous?.type === 'WordNode' && (child.type === 'SymbolNode' || child.type === 'PunctuationNode')) {
      // The run: inner marks and words, up to its last word (marks after it stay).
      let lastWord = -1
      for (let position = index; position < children.length; position++) {
        const sibling = children[position]
        if (sibling.type === 'WordNode') lastWord = position
        else if ((sibling.type !== 'SymbolNode' && sibling.type !== 'PunctuationNode') || !INNER_WORD_SYMBOL.test(sibling.value)) break
      }
      const before = previous.children.length
      for (let position = index; position <= lastWord; position++) {
        const sibling = children[position]
        if (sibling.type === 'WordNode') for (const node of sibling.children) previous.children.push(node)
        else previous.children.push(sibling as Mark)
      }
      if (previous.children.length > before) {
        const last = previous.children[previous.children.length - 1]
        if (previous.position && last.position) previous.position.end = last.position.end
        index = lastWord + 1
        continue
      }
    }
    kept.push(child)
    index++
  }
  refill(children, kept)
}

/** Whether `node` is a `&`, which parse-latin joins to the word after it. */
function isAmpersand(node: SentenceContent | undefined): node is Mark {
  return (node?.type === 'SymbolNode' || node?.type === 'PunctuationNode') && node.value === '&'
}

/**
 * parse-latin's `mergeInitialWordSymbol`, with the same result in one pass: a
 * run of `&` before a word joins it, all but the first when a word comes
 * right before the run (`&amp;` in copied HTML is `&`, `amp`, `;`).
 * parse-latin removes each `&` with a `splice`, so a sentence of thousands
 * took quadratic time. `PluginPipeline` runs this one in its place.
 */
export function mergeInitialWordSymbol(sentence: Sentence): undefined {
  const children = sentence.children
  const kept: SentenceContent[] = []
  let index = 0
  while (index < children.length) {
    let end = index
    while (isAmpersand(children[end])) end++
    const next = children[end]
    if (end === index || next?.type !== 'WordNode') {
      for (; index <= end && index < children.length; index++) kept.push(children[index])
      continue
    }
    if (kept[kept.length - 1]?.type === 'WordNode') kept.push(children[index++])
    // parse-latin joins the last `&` first, so the earliest one sets the start.
    const rest = next.children.splice(0)
    for (let position = index; position < end; position++) next.children.push(children[position] as Mark)
    for (const node of rest) next.children.push(node)
    for (let position = end - 1; position >= index; position--) {
      const mark = children[position]
      if (next.position && mark.position) next.position.start = mark.position.start
    }
    kept.push(next)
    index = end + 1
  }
  refill(children, kept)
}

/**
 * parse-latin's `mergeFinalWordSymbol`, with the same result in one pass: a
 * `-` after a word and not before one joins it (`said- `). parse-latin
 * removes each with a `splice`, so a sentence of thousands took quadratic
 * time. `PluginPipeline` runs this one in its place.
 */
export function mergeFinalWordSymbol(sentence: Sentence): undefined {
  const children = sentence.children
  const kept: SentenceContent[] = []
  for (let index = 0; index < children.length; index++) {
    const child = children[index]
    const previous = kept[kept.length - 1]
    if (
      (child.type === 'SymbolNode' || child.type === 'PunctuationNode') &&
      child.value === '-' &&
      previous?.type === 'WordNode' &&
      children[index + 1]?.type !== 'WordNode'
    ) {
      previous.children.push(child)
      if (previous.position && child.position) previous.position.end = child.position.end
    } else kept.push(child)
  }
  refill(children, kept)
}

/**
 * parse-latin's `mergeInnerWordSlash`, with the same result in one pass: a
 * `/` after a word of one or two characters joins it, with the word after it
 * if that is as short (`a/b`, `x/`). parse-latin removes each with a
 * `splice`, so a sentence of thousands took quadratic time. `PluginPipeline`
 * runs this one in its place.
 */
export function mergeInnerWordSlash(sentence: Sentence): undefined {
  const children = sentence.children
  const kept: SentenceContent[] = []
  for (let index = 0; index < children.length; index++) {
    const child = children[index]
    const previous = kept[kept.length - 1]
    const next = children[index + 1]
    if (
      previous?.type === 'WordNode' &&
      (child.type === 'SymbolNode' || child.type === 'PunctuationNode') &&
      child.value === '/' &&
      toString(previous).length < 3 &&
      (next?.type !== 'WordNode' || toString(next).length < 3)
    ) {
      previous.children.push(child)
      let tail: SentenceContent = child
      if (next?.type === 'WordNode') {
        for (const node of next.children) previous.children.push(node)
        tail = next
        index++
      }
      if (previous.position && tail.position) previous.position.end = tail.position.end
    } else kept.push(child)
  }
  refill(children, kept)
}

/**
 * parse-latin's `mergeInitialisms`, with the same result in one pass: a full
 * stop joins the word before it when that word is single characters between
 * full stops, not all digits (`U.S.`, `e.g.`). parse-latin removes each full
 * stop with a `splice`, so a sentence of thousands took quadratic time.
 * `PluginPipeline` runs this one in its place.
 */
export function mergeInitialisms(sentence: Sentence): undefined {
  const children = sentence.children
  const kept: SentenceContent[] = []
  for (const child of children) {
    const previous = kept[kept.length - 1]
    if (child.type === 'PunctuationNode' && child.value === '.' && previous?.type === 'WordNode' && isInitialism(previous.children)) {
      previous.children.push(child)
      if (previous.position && child.position) previous.position.end = child.position.end
    } else kept.push(child)
  }
  refill(children, kept)
}

/** parse-latin's test of a word before a full stop in `mergeInitialisms`. */
function isInitialism(parts: WordContent[]): boolean {
  if (parts.length === 1 || parts.length % 2 === 0) return false
  let isAllDigits = true
  for (let position = parts.length - 1; position >= 0; position--) {
    const value = toString(parts[position])
    if (position % 2 === 0) {
      if (value.length > 1) return false
      if (!numerical.test(value)) isAllDigits = false
    } else if (value !== '.') {
      if (position < parts.length - 2) break
      return false
    }
  }
  return !isAllDigits
}

/**
 * parse-latin's `mergePrefixExceptions`, with the same result in one pass: a
 * sentence ending in a list number, letter or Latin abbreviation and a full
 * stop (`1.`, `etc.`) takes the stop into that word and the next sentence
 * into itself. parse-latin removes each joined sentence with a `splice` and
 * moves its tokens with a spread call, so a paragraph of thousands (`1. 1. …`)
 * took quadratic time. `PluginPipeline` runs this one in its place.
 */
export function mergePrefixExceptions(paragraph: Paragraph): undefined {
  const children = paragraph.children
  const kept: Paragraph['children'] = []
  for (let index = 0; index < children.length; index++) {
    const child = children[index]
    kept.push(child)
    if (child.type !== 'SentenceNode') continue
    while (takePrefixFullStop(child)) {
      const next = children[index + 1]
      if (next?.type !== 'SentenceNode') break
      for (const node of next.children) child.children.push(node)
      if (next.position && child.position) child.position.end = next.position.end
      index++
    }
  }
  refill(children, kept)
}

/** Moves the final full stop of `sentence` into the abbreviation before it, as parse-latin does; whether it did. */
function takePrefixFullStop(sentence: Sentence): boolean {
  const nodes = sentence.children
  if (nodes.length < 2) return false
  const period = nodes[nodes.length - 1]
  const word = nodes[nodes.length - 2]
  if (
    (period.type !== 'PunctuationNode' && period.type !== 'SymbolNode') ||
    period.value !== '.' ||
    word.type !== 'WordNode' ||
    !abbreviationPrefix.test(toString(word).toLowerCase())
  ) {
    return false
  }
  word.children.push(period)
  nodes.pop()
  if (period.position && word.position) word.position.end = period.position.end
  return true
}

/**
 * Moves every sentence for which `joins` holds into the sentence before it,
 * in one pass. parse-latin's plugins that do this remove each sentence with a
 * `splice` and move its tokens with a spread call: quadratic on a paragraph
 * of thousands of such sentences, and past about 100,000 tokens a call-stack
 * overflow.
 */
function joinSentences(paragraph: Paragraph, joins: (sentence: Sentence) => boolean): undefined {
  const children = paragraph.children
  const kept: Paragraph['children'] = []
  for (const child of children) {
    const previous = kept[kept.length - 1]
    if (child.type === 'SentenceNode' && previous?.type === 'SentenceNode' && joins(child)) {
      for (const node of child.children) previous.children.push(node)
      if (previous.position && child.position) previous.position.end = child.position.end
    } else kept.push(child)
  }
  refill(children, kept)
}

/** The first word or mark of `sentence`, past white space. */
function firstWordOrMark(sentence: Sentence): Word | Mark | undefined {
  for (const node of sentence.children) {
    if (node.type === 'WordNode' || node.type === 'SymbolNode' || node.type === 'PunctuationNode') return node
  }
  return undefined
}

/**
 * parse-latin's `mergeInitialLowerCaseLetterSentences` in one pass (see
 * `joinSentences`): a sentence whose first word starts with a lower-case
 * letter joins the one before (`said. said. …`). `PluginPipeline` runs this
 * one in its place.
 */
export function mergeInitialLowerCaseLetterSentences(paragraph: Paragraph): undefined {
  joinSentences(paragraph, (sentence) => {
    const first = firstWordOrMark(sentence)
    return first?.type === 'WordNode' && lowerInitial.test(toString(first))
  })
}

/**
 * parse-latin's `mergeInitialDigitSentences` in one pass (see
 * `joinSentences`): a sentence that starts with a number joins the one
 * before. `PluginPipeline` runs this one in its place.
 */
export function mergeInitialDigitSentences(paragraph: Paragraph): undefined {
  joinSentences(paragraph, (sentence) => {
    const head = sentence.children[0]
    return head?.type === 'WordNode' && /^\d/.test(toString(head))
  })
}

/**
 * parse-latin's `mergeAffixExceptions` in one pass (see `joinSentences`): a
 * sentence whose first mark, before any word, is `,` or `;` joins the one
 * before. `PluginPipeline` runs this one in its place.
 */
export function mergeAffixExceptions(paragraph: Paragraph): undefined {
  joinSentences(paragraph, (sentence) => {
    const first = firstWordOrMark(sentence)
    return first !== undefined && first.type !== 'WordNode' && (first.value === ',' || first.value === ';')
  })
}


/**
 * parse-latin's `mergeRemainingFullStops`, with the same result in one pass
 * per sentence: a full stop that does not end its sentence joins the word
 * before it, or else the word after it. parse-latin removes each with a
 * `splice`, so a sentence of thousands (`said. said. …`, joined by
 * `mergeInitialLowerCaseLetterSentences`) took quadratic time.
 * `PluginPipeline` runs this one in its place.
 */
export function mergeRemainingFullStops(paragraph: Paragraph): undefined {
  for (const child of paragraph.children) {
    if (child.type === 'SentenceNode') mergeFullStopsOf(child)
  }
}

function mergeFullStopsOf(sentence: Sentence): void {
  const nodes = sentence.children
  // Back to front, as parse-latin walks: `kept` holds what follows `position`, last first.
  const kept: SentenceContent[] = []
  let hasFoundDelimiter = false
  for (let position = nodes.length - 1; position >= 0; position--) {
    const node = nodes[position]
    if (node.type !== 'SymbolNode' && node.type !== 'PunctuationNode') {
      if (node.type === 'WordNode') hasFoundDelimiter = true
    } else if (!terminalMarker.test(node.value)) {
      // Not a terminal marker: kept as it is.
    } else if (!hasFoundDelimiter) {
      // The sentence's own terminal marker.
      hasFoundDelimiter = true
    } else if (node.value === '.') {
      const previous = position > 0 ? nodes[position - 1] : undefined
      const next = kept[kept.length - 1]
      const nextNext = kept[kept.length - 2]
      if (previous?.type === 'WordNode') {
        // Not in `{.} .`.
        if (!(next && nextNext && next.type === 'WhiteSpaceNode' && toString(nextNext) === '.')) {
          previous.children.push(node)
          if (node.position && previous.position) previous.position.end = node.position.end
          // parse-latin skips the word it joined.
          kept.push(previous)
          position--
          continue
        }
      } else if (next?.type === 'WordNode') {
        next.children.unshift(node)
        if (node.position && next.position) next.position.start = node.position.start
        continue
      }
    }
    kept.push(node)
  }
  nodes.length = kept.length
  for (let index = 0; index < kept.length; index++) nodes[index] = kept[kept.length - 1 - index]
}

export const arabicSentencePlugins: Array<NlcstPlugin<Sentence>> = [
  mergeNumbers,
  mergeFormatMarks
]

// Paragraph plugins run after every sentence plugin, parse-latin's included
// (`mergeInnerWordSymbol` joins `المنطقة.وقال`), so this is the first stage
// where a glued word can be split for good. The split is first, so the other
// plugins see the sentences it makes; the abbreviation join comes before the
// splits at `؟` and line breaks, which then cut what it joined where needed.
export const arabicParagraphPlugins: Array<NlcstPlugin<Paragraph>> = [
  splitGluedSentences,
  joinSentencesAfterAbbreviations,
  splitAtArabicTerminals,
  splitAtLineBreaks,
  separateSentencesAfterNumbers
]

export const arabicRootPlugins: Array<NlcstPlugin<Root>> = [
  restoreFullStopsAfterNumbers
]
