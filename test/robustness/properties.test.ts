/**
 * Properties of the whole pipeline (`checkDraft` with the strict preset, every
 * rule on) over generated Arabic drafts, plain text and Markdown, and over
 * corpus articles with noise spliced in:
 *
 * - linting never throws;
 * - every message (and its cause) has a place inside the document:
 *   0 ≤ start offset ≤ end offset ≤ length, lines and columns agreeing with
 *   the offsets;
 * - every span of every record is exact: `text.slice(start, end) === span.text`,
 *   and claims lie inside the document; in Markdown, no span (claims
 *   included) cuts an inline element in two;
 * - the output is deterministic: two runs give equal messages and records.
 */
import {fc, test} from '@fast-check/vitest'
import {describe, expect} from 'vitest'
import {VFile} from 'vfile'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {frontmatterFromMarkdown} from 'mdast-util-frontmatter'
import {frontmatter} from 'micromark-extension-frontmatter'
import {location} from 'vfile-location'
import type {VFileMessage} from 'vfile-message'
import {checkDraft} from '../../lib/processor.js'
import type {Attribution} from '../../lib/extract/types.js'
import {corpusTexts} from '../../bench/inputs.mjs'
import {draft, insertions, markdownDraft, splice} from './arbitraries.js'

const corpus = corpusTexts()
/** `ISNAD_FC_SCALE=10` runs every property ten times as often (for a deeper search than the default suite). */
const scale = Number(process.env.ISNAD_FC_SCALE ?? 1)
const runs = (count: number) => Math.max(1, Math.round(count * scale))

interface Outcome {
  text: string
  messages: VFileMessage[]
  attributions: Attribution[]
}

async function lint(text: string, path: string): Promise<Outcome> {
  const file = new VFile({path, value: text})
  await checkDraft(file, {preset: 'strict'})
  return {text, messages: file.messages, attributions: file.data.attributions ?? []}
}

/** The checks of the place of a message, with what is wrong, or nothing. */
function placeProblem(message: VFileMessage, text: string, index: ReturnType<typeof location>): string | undefined {
  const place = message.place
  if (!place) return `no place: ${message.reason}`
  const [start, end] = 'start' in place ? [place.start, place.end] : [place, place]
  if (start.offset === undefined || end.offset === undefined) return `place without offsets: ${JSON.stringify(place)}`
  if (!(start.offset >= 0 && start.offset <= end.offset && end.offset <= text.length))
    return `place ${start.offset}-${end.offset} outside 0-${text.length}: ${message.reason}`
  for (const point of [start, end]) {
    if (index.toOffset(point) !== point.offset) return `line/column ${point.line}:${point.column} do not match offset ${point.offset}`
  }
  return undefined
}

interface Element {
  start: number
  end: number
  contentStart: number
  contentEnd: number
}

/** The inline elements of a Markdown draft that wrap prose. */
function inlineElements(text: string): Element[] {
  const tree = fromMarkdown(text, {extensions: [frontmatter(['yaml', 'toml'])], mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml'])]})
  const elements: Element[] = []
  type Node = {type: string; position?: {start: {offset?: number}; end: {offset?: number}}; children?: Node[]}
  const stack: Node[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (!node.children) continue
    const [first, last] = [node.children[0], node.children.at(-1)]
    if (['emphasis', 'strong', 'delete', 'link', 'linkReference'].includes(node.type) && first && last) {
      elements.push({start: node.position!.start.offset!, end: node.position!.end.offset!, contentStart: first.position!.start.offset!, contentEnd: last.position!.end.offset!})
    }
    stack.push(...node.children)
  }
  return elements
}

/** The span holds part of the element, not all of it, and not only its prose. */
function cuts(span: {start: number; end: number}, element: Element): boolean {
  const overlaps = span.start < element.end && span.end > element.start
  const holdsAll = span.start <= element.start && span.end >= element.end
  const withinProse = span.start >= element.contentStart && span.end <= element.contentEnd
  return overlaps && !holdsAll && !withinProse
}

function spanProblems(attributions: Attribution[], text: string, markdown: boolean): string[] {
  const problems: string[] = []
  const elements = markdown ? inlineElements(text) : []
  const balanced = (name: string, value: {start: number; end: number}) => {
    const cut = elements.find((element) => cuts(value, element))
    if (cut) problems.push(`${name} ${value.start}-${value.end} cuts ${JSON.stringify(text.slice(cut.start, cut.end))}`)
  }
  const span = (name: string, value: {text: string; start: number; end: number} | null | undefined) => {
    if (!value) return
    balanced(name, value)
    if (!(value.start >= 0 && value.start <= value.end && value.end <= text.length)) problems.push(`${name} ${value.start}-${value.end} outside 0-${text.length}`)
    else if (text.slice(value.start, value.end) !== value.text)
      problems.push(`${name} ${value.start}-${value.end}: ${JSON.stringify(text.slice(value.start, value.end))} !== ${JSON.stringify(value.text)}`)
  }
  for (const record of attributions) {
    span(`${record.id}.cue`, record.cue)
    span(`${record.id}.source`, record.source)
    record.via.forEach((via, index) => span(`${record.id}.via[${index}]`, via))
    span(`${record.id}.reason`, record.reason)
    const claim = record.claim
    if (claim && !(claim.start >= 0 && claim.start <= claim.end && claim.end <= text.length))
      problems.push(`${record.id}.claim ${claim.start}-${claim.end} outside 0-${text.length}`)
    if (claim) balanced(`${record.id}.claim`, claim)
  }
  return problems
}

function checkInvariants({text, messages, attributions}: Outcome, markdown = false): void {
  const index = location(text)
  const problems: string[] = []
  for (const message of messages) {
    const problem = placeProblem(message, text, index)
    if (problem) problems.push(`${message.ruleId}: ${problem}`)
    const cause = message.cause as VFileMessage | undefined
    if (cause?.place) {
      const causeProblem = placeProblem(cause, text, index)
      if (causeProblem) problems.push(`${message.ruleId} cause: ${causeProblem}`)
    }
  }
  problems.push(...spanProblems(attributions, text, markdown))
  expect(problems).toEqual([])
}

/** Messages and records as plain data, for comparing two runs. */
function snapshot({messages, attributions}: Outcome): string {
  return JSON.stringify({
    messages: messages.map((message) => ({...message, cause: (message.cause as VFileMessage | undefined)?.reason, stack: undefined})),
    attributions
  })
}

describe('the strict pipeline on generated drafts', () => {
  test.prop([draft(90)], {numRuns: runs(250)})('plain text: never throws, places inside the document, exact spans', async (text) => {
    checkInvariants(await lint(text, 'draft.txt'))
  })

  test.prop([markdownDraft(90)], {numRuns: runs(150)})('Markdown: never throws, places inside the document, exact spans that cut no inline element', async (text) => {
    checkInvariants(await lint(text, 'draft.md'), true)
  })

  test.prop([fc.nat({max: corpus.length - 1}), insertions], {numRuns: runs(60)})(
    'corpus articles with noise spliced in: the same invariants',
    async (article, edits) => {
      checkInvariants(await lint(splice(corpus[article], edits), 'article.txt'))
    }
  )

  test.prop([draft(90), fc.boolean()], {numRuns: runs(100)})('deterministic: two runs give the same messages and records', async (text, markdown) => {
    const path = markdown ? 'draft.md' : 'draft.txt'
    expect(snapshot(await lint(text, path))).toBe(snapshot(await lint(text, path)))
  })
})
