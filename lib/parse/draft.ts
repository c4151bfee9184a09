/**
 * `isnadParse`: parses a draft into nlcst whatever its format. Plain text goes
 * straight to the Arabic parser; Markdown is parsed to mdast first and turned
 * into nlcst with the same Arabic plugins (see `retextArabic`), so positions
 * point into the `.md` file and both formats segment alike. Code, front matter
 * and raw HTML are not prose and are left out.
 */
import type {Root, RootContent} from 'nlcst'
import type {Point} from 'unist'
import type {Nodes as MdastNodes, Root as MdastRoot, Text as MdastText} from 'mdast'
import type {Plugin, Processor} from 'unified'
import type {VFile} from 'vfile'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {frontmatterFromMarkdown} from 'mdast-util-frontmatter'
import {frontmatter} from 'micromark-extension-frontmatter'
import {toNlcst} from 'mdast-util-to-nlcst'
import {location} from 'vfile-location'
import {fastParse} from './fast-parse.js'
import {collectMarkup, type InlineMarkup} from './markup.js'
import {addArabicExtensions, hasOnlyArabicExtensions, parserFor} from './retext-arabic.js'
import {classesFor, tokenEnd} from './tokenize.js'

export type DraftFormat = 'text' | 'markdown'

const MARKDOWN_EXTENSIONS = /\.(?:md|markdown|mdown|mkd|mkdn)$/i

/** The format of a draft, from its file name (plain text when it has none). */
export function formatOf(path: string | undefined): DraftFormat {
  return path && MARKDOWN_EXTENSIONS.test(path) ? 'markdown' : 'text'
}

declare module 'vfile' {
  interface DataMap {
    /** How the draft was parsed. */
    format: DraftFormat
    /**
     * The file holds one section of a longer plain-text draft, starting at
     * this point of it (the start of a line): positions are the draft's.
     */
    origin: Required<Point>
  }
}

export interface ParseOptions {
  /** Force a format instead of reading it from the file name. */
  format?: DraftFormat
}

const isnadParse: Plugin<[ParseOptions?], string, Root> = function (this: Processor, options: ParseOptions = {}) {
  const self = this
  addArabicExtensions(self)
  self.parser = function (document: string, file: VFile): Root {
    const parser = parserFor(self)
    const format = options.format ?? file.data.format ?? formatOf(file.path)
    file.data.format = format
    if (format === 'text') {
      // The one-pass parser builds the same tree, but knows only our plugins.
      const origin = file.data.origin ?? {line: 1, column: 1, offset: 0}
      return hasOnlyArabicExtensions(self) ? fastParse(document, parser, origin) : parser.parseAt(document, origin)
    }
    const {tree: mdast, inlineMarkup} = markdownTree(document)
    splitLargeNodes(mdast, document)
    const tree = toNlcst(mdast, file, parser, {ignore: ['code', 'yaml', 'toml', 'html']}) as Root
    if (file.data.origin) moveTo(tree, inlineMarkup, file.data.origin)
    if (inlineMarkup.length > 0) tree.data = {...tree.data, inlineMarkup}
    return tree
  }
}

export default isnadParse

/**
 * Moves the positions of a section's tree, parsed as a document of its own,
 * to the section's place in the draft. A section starts a line, so columns
 * stay; a point may be shared by several nodes, and moves once.
 */
function moveTo(tree: Root, inlineMarkup: InlineMarkup[], origin: Required<Point>): void {
  const lines = origin.line - 1
  const offset = origin.offset
  const moved = new Set<Point>()
  const move = (point: Point) => {
    if (moved.has(point)) return
    moved.add(point)
    point.line += lines
    if (point.offset !== undefined) point.offset += offset
  }
  const stack: Array<Root | RootContent> = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.position) {
      move(node.position.start)
      move(node.position.end)
    }
    if ('children' in node) for (const child of node.children) stack.push(child)
  }
  for (const element of inlineMarkup) {
    element.start += offset
    element.end += offset
    element.contentStart += offset
    element.contentEnd += offset
  }
}

/**
 * The mdast tree of a Markdown draft, with front matter, readied for
 * `mdast-util-to-nlcst` by `prepareForNlcst`, and its inline elements.
 */
export function markdownTree(document: string): {tree: MdastRoot; inlineMarkup: InlineMarkup[]} {
  const tree = fromMarkdown(document, {
    extensions: [frontmatter(['yaml', 'toml'])],
    mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml'])]
  })
  return {tree, inlineMarkup: prepareForNlcst(tree, document)}
}

/** Nesting beyond which containers are flattened (no real draft comes near it). */
const MAX_NESTING = 100

/**
 * Readies a Markdown tree for `mdast-util-to-nlcst`, in one walk:
 *
 * - every text node gets the text it was written as. A node's value loses
 *   escapes (`\*`), character references (`&amp;`) and the markers of
 *   continuation lines (`> `), and nlcst positions computed from the value
 *   would drift from the file; parsed from the source slice they stay exact;
 * - every parent nested deeper than `MAX_NESTING` gets its leaves as
 *   children, in order. `mdast-util-to-nlcst` walks the tree recursively, so
 *   thousands of nested block quotes, list items or emphasis marks would
 *   overflow the stack; it joins the text of all blocks into one run anyway
 *   (with a line break between text on different lines), so the leaves alone
 *   segment the same way.
 *
 * It returns the inline elements that wrap prose, in document order, for
 * spans to be widened over (see `widenOverMarkup`).
 */
function prepareForNlcst(tree: MdastRoot, document: string): InlineMarkup[] {
  const markup: InlineMarkup[] = []
  // `around`: index in `markup` of the inline element a node lies in.
  const stack: Array<{node: MdastNodes; depth: number; around: number}> = [{node: tree, depth: 0, around: -1}]
  while (stack.length > 0) {
    const {node, depth, around} = stack.pop()!
    const inside = collectMarkup(node, around, markup)
    if (node.type === 'text' && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
      node.value = document.slice(node.position.start.offset, node.position.end.offset)
    }
    if (!('children' in node)) continue
    if (depth >= MAX_NESTING) {
      const parent = node as {children: MdastNodes[]}
      parent.children = leavesOf(node)
    }
    // Pushed last to first, so nodes are visited in document order.
    const children = node.children as MdastNodes[]
    for (let index = children.length - 1; index >= 0; index--) stack.push({node: children[index], depth: depth + 1, around: inside})
  }
  return markup
}

/** The descendants of `parent` that have no children, in document order. */
function leavesOf(parent: MdastNodes): MdastNodes[] {
  const leaves: MdastNodes[] = []
  const stack: MdastNodes[] = [...((parent as {children: MdastNodes[]}).children)].reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    if ('children' in node) {
      const children = node.children as MdastNodes[]
      for (let index = children.length - 1; index >= 0; index--) stack.push(children[index])
    } else leaves.push(node)
  }
  return leaves
}

/**
 * Most code units a node under the root may span. `mdast-util-to-nlcst`
 * spreads the tokens of each node into `push`, which overflows the stack past
 * about 100,000 arguments; a node yields at most one token per code unit it
 * spans. Far above any real paragraph, so ordinary drafts are left as they are.
 */
const MAX_SPAN = 20_000

/**
 * Splits every node under the root that spans more than `maxSpan` code units
 * into siblings of its type, so `mdast-util-to-nlcst` can take a paragraph of
 * any length. Its nlcst tree stays the same: the library joins the tokens of
 * all nodes into one run anyway, with a line break between siblings on
 * different lines, which holds between two pieces as it did between the
 * children they were cut between. Text is cut at token boundaries, parents
 * between children. Run after `prepareForNlcst`, whose text values are the
 * source.
 */
export function splitLargeNodes(tree: MdastRoot, document: string, maxSpan = MAX_SPAN): void {
  const place = location(document)
  /** `node` as pieces of at most `maxSpan` code units, but for single tokens and leaves other than text. */
  const piecesOf = (node: MdastNodes): MdastNodes[] => {
    if (spanOf(node) <= maxSpan) return [node]
    if (node.type === 'text') return textPieces(node)
    if (!('children' in node)) return [node]
    const groups: MdastNodes[][] = [[]]
    for (const piece of (node.children as MdastNodes[]).flatMap(piecesOf)) {
      const group = groups[groups.length - 1]
      if (group.length > 0 && endOf(piece) - startOf(group[0]) > maxSpan) groups.push([piece])
      else group.push(piece)
    }
    // The first and last pieces keep the node's edges, which decide the line breaks around it.
    return groups.map((children, index) => ({
      ...node,
      children,
      position: {
        start: index === 0 ? node.position!.start : children[0].position!.start,
        end: index === groups.length - 1 ? node.position!.end : children[children.length - 1].position!.end
      }
    }) as MdastNodes)
  }
  const textPieces = (node: MdastText): MdastText[] => {
    const {value} = node
    const classes = classesFor(value)
    const cuts = [0]
    for (let from = 0, to = 0; from < value.length; from = to) {
      to = tokenEnd(value, from, classes)
      const cut = cuts[cuts.length - 1]
      if (from > cut && to - cut > maxSpan) cuts.push(from)
    }
    cuts.push(value.length)
    const pointAt = (index: number) => place.toPoint(startOf(node) + index)!
    return cuts.slice(1).map((end, index) => ({
      type: 'text',
      value: value.slice(cuts[index], end),
      position: {start: pointAt(cuts[index]), end: pointAt(end)}
    }))
  }
  tree.children = tree.children.flatMap(piecesOf) as MdastRoot['children']
}

function startOf(node: MdastNodes): number {
  return node.position?.start.offset ?? NaN
}

function endOf(node: MdastNodes): number {
  return node.position?.end.offset ?? NaN
}

/** Code units `node` spans in the document (0, so it is not split, without offsets). */
function spanOf(node: MdastNodes): number {
  return endOf(node) - startOf(node) || 0
}
