/**
 * `isnadParse`: parses a draft into nlcst whatever its format. Plain text goes
 * straight to the Arabic parser; Markdown is parsed to mdast first and turned
 * into nlcst with the same Arabic plugins (see `retextArabic`), so positions
 * point into the `.md` file and both formats segment alike. Code, front matter
 * and raw HTML are not prose and are left out.
 */
import type {Root} from 'nlcst'
import type {Point} from 'unist'
import type {Nodes as MdastNodes, Root as MdastRoot} from 'mdast'
import type {Plugin, Processor} from 'unified'
import type {VFile} from 'vfile'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {frontmatterFromMarkdown} from 'mdast-util-frontmatter'
import {frontmatter} from 'micromark-extension-frontmatter'
import {toNlcst} from 'mdast-util-to-nlcst'
import {fastParse} from './fast-parse.js'
import {collectMarkup, type InlineMarkup} from './markup.js'
import {addArabicExtensions, hasOnlyArabicExtensions, parserFor} from './retext-arabic.js'

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
    const mdast = fromMarkdown(document, {
      extensions: [frontmatter(['yaml', 'toml'])],
      mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml'])]
    })
    const inlineMarkup = prepareForNlcst(mdast, document)
    const tree = toNlcst(mdast, file, parser, {ignore: ['code', 'yaml', 'toml', 'html']}) as Root
    if (inlineMarkup.length > 0) tree.data = {...tree.data, inlineMarkup}
    return tree
  }
}

export default isnadParse

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
