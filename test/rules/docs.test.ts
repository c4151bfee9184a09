/**
 * The rule docs are the rules' tests, after remark-lint: every `text` example
 * in `docs/rules/<id>.md` is linted with only that rule on, and its messages
 * (`line:column-line:column ruleId`, sorted) must equal the `messages` block
 * right after it, or be none when there is no such block. Each registered rule
 * has a page, each page a registered rule, and the page states the rule's
 * default severity.
 */
import {readFileSync, readdirSync} from 'node:fs'
import type {Heading, RootContent} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import type {Severity} from '../../lib/lint/rule.js'
import {checkDraft} from '../../lib/processor.js'
import {rules} from '../../rules/index.js'

const folder = new URL('../../docs/rules/', import.meta.url)

interface Example {
  section: string
  text: string
  expected: string[]
}

interface Page {
  id: string
  title: string
  severity: string | undefined
  examples: Example[]
}

function readPage(name: string): Page {
  const markdown = readFileSync(new URL(name, folder), 'utf8')
  const examples: Example[] = []
  let title = ''
  let section = ''
  let previous: RootContent | undefined
  for (const node of fromMarkdown(markdown).children) {
    if (node.type === 'heading') {
      if (node.depth === 1) title = textOf(node)
      else section = textOf(node)
    } else if (node.type === 'code' && node.lang === 'text') {
      examples.push({section, text: node.value, expected: []})
    } else if (node.type === 'code' && node.lang === 'messages') {
      if (previous?.type !== 'code' || previous.lang !== 'text') throw new Error(`${name}: a messages block must follow a text block`)
      examples[examples.length - 1].expected = node.value.split('\n').filter(Boolean).sort(byPosition)
    }
    previous = node
  }
  return {id: name.replace(/\.md$/, ''), title, severity: /^Default severity: `(\w+)`\.$/m.exec(markdown)?.[1], examples}
}

function textOf(heading: Heading): string {
  return heading.children.map((child) => ('value' in child ? child.value : '')).join('')
}

function span(place: VFileMessage['place']): string {
  return place && 'start' in place ? `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}` : String(place)
}

function byPosition(a: string, b: string): number {
  return a.localeCompare(b, 'en', {numeric: true})
}

const pages = readdirSync(folder)
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map(readPage)

const allOff = Object.fromEntries(rules.map((rule) => [rule.meta.id, 'off' as Severity]))

async function lint(text: string, id: string, severity: Severity): Promise<string[]> {
  const file = await checkDraft(new VFile({value: text}), {policies: [], rules: {...allOff, [id]: severity === 'off' ? 'warn' : severity}})
  return file.messages
    .filter((message) => message.ruleId === id)
    .map((message) => `${span(message.place)} ${message.ruleId}`)
    .sort(byPosition)
}

describe('rule docs', () => {
  it('cover every registered rule, and only those', () => {
    expect(pages.map((page) => page.id)).toEqual(rules.map((rule) => rule.meta.id).sort())
  })

  for (const page of pages) {
    describe(page.id, () => {
      const rule = rules.find((candidate) => candidate.meta.id === page.id)

      it('is titled with the rule id and states its default severity', () => {
        expect(page.title).toBe(page.id)
        expect(page.severity).toBe(rule?.meta.severity)
      })

      it('has incorrect examples with messages and correct examples', () => {
        const incorrect = page.examples.filter((example) => example.section === 'Incorrect')
        expect(incorrect.length).toBeGreaterThan(0)
        for (const example of incorrect) expect(example.expected, example.text).not.toEqual([])
        expect(page.examples.some((example) => example.section === 'Correct')).toBe(true)
      })

      page.examples.forEach((example, index) => {
        it(`${example.section} ${index + 1}: ${example.text.split('\n')[0]}`, async () => {
          expect(await lint(example.text, page.id, (page.severity ?? 'warn') as Severity)).toEqual(example.expected)
        })
      })
    })
  }
})
