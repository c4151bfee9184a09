import type {Nodes, Root, Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import {unified} from 'unified'
import {VFile} from 'vfile'
import retextArabic from '../../lib/parse/retext-arabic.js'

export function parse(text: string): Root {
  return unified().use(retextArabic).parse(text)
}

/** The nlcst tree retext gets for `text` read as Markdown (bridge mode). */
export async function parseMarkdown(text: string): Promise<Root> {
  let result: Root | undefined
  const retext = unified()
    .use(retextArabic)
    .use(() => (tree: Root) => {
      result = tree
    })
  const markdown = unified().use(remarkParse).use(remarkRetext, retext)
  const file = new VFile(text)
  await markdown.run(markdown.parse(file), file)
  if (!result) throw new Error('retext did not run')
  return result
}

export function sentencesOf(tree: Root): Sentence[] {
  return tree.children.flatMap((paragraph) =>
    paragraph.type === 'ParagraphNode'
      ? paragraph.children.filter((child) => child.type === 'SentenceNode')
      : []
  )
}

/** Text of each sentence of `text`, in order. */
export function sentences(text: string): string[] {
  return sentencesOf(parse(text)).map((sentence) => toString(sentence))
}

/** Text of each word of `text`, in order. */
export function words(text: string): string[] {
  return sentencesOf(parse(text)).flatMap((sentence) =>
    sentence.children
      .filter((child) => child.type === 'WordNode')
      .map((word) => toString(word))
  )
}

/** Every node of `tree` with its text and the span of `text` it claims. */
export function spans(
  tree: Nodes
): Array<{type: string; value: string; slice: [number, number]}> {
  const start = tree.position?.start.offset ?? -1
  const end = tree.position?.end.offset ?? -1
  const own = {type: tree.type, value: toString(tree), slice: [start, end] as [number, number]}
  return 'children' in tree ? [own, ...tree.children.flatMap((child) => spans(child))] : [own]
}

/** Each sentence as its text and offsets. */
export function sentenceSpans(tree: Root): Array<[string, number, number]> {
  return sentencesOf(tree).map((sentence) => [
    toString(sentence),
    sentence.position?.start.offset ?? -1,
    sentence.position?.end.offset ?? -1
  ])
}

export {toString}
