/**
 * The seed draft of the shared corpus (`/work/shared/corpus/seed/raw/000.txt`,
 * a Russia–Ukraine story whose body is repeated) with the recommended rules:
 * `anonymous-source` on every anonymous attribution and `secondhand-source`
 * on the agency chain, at positions found by searching the text.
 */
import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {VFileMessage} from 'vfile-message'
import {expect, it} from 'vitest'
import {checkDraft} from '../../lib/processor.js'

const text = readFileSync('/work/shared/corpus/seed/raw/000.txt', 'utf8')
const index = location(text)

/** `line:column-line:column ruleId` of every occurrence of `needle` (its `part` when given). */
function at(ruleId: string, needle: string, part = needle): string[] {
  const found: string[] = []
  for (let from = text.indexOf(needle); from !== -1; from = text.indexOf(needle, from + 1)) {
    const start = index.toPoint(from + needle.indexOf(part))
    const end = index.toPoint(from + needle.indexOf(part) + part.length)
    found.push(`${start?.line}:${start?.column}-${end?.line}:${end?.column} ${ruleId}`)
  }
  return found
}

function span(place: VFileMessage['place']): string {
  return place && 'start' in place ? `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}` : String(place)
}

function sorted(list: string[]): string[] {
  return [...list].sort((a, b) => a.localeCompare(b, 'en', {numeric: true}))
}

it('lints the seed draft: anonymous sources and the agency chain', async () => {
  const file = await checkDraft(new VFile({path: '000.txt', value: text}))
  const anonymous = [
    ...at('anonymous-source', 'دبلوماسي روسي'),
    ...at('anonymous-source', 'مسؤولون أمريكيون وأوكرانيون'),
    ...at('anonymous-source', 'وقال مسؤولون أمريكيون', 'مسؤولون أمريكيون'),
    ...at('anonymous-source', 'مسؤول أوكراني')
  ]
  // The story's body is repeated; its first paragraph, with the agency chain, is not.
  expect(anonymous).toHaveLength(7)
  const secondhand = at('secondhand-source', 'دبلوماسي روسي')
  const actual = file.messages
    .filter((message) => message.ruleId === 'anonymous-source' || message.ruleId === 'secondhand-source')
    .map((message) => `${span(message.place)} ${message.ruleId}`)
  expect(sorted(actual)).toEqual(sorted([...anonymous, ...secondhand]))
})
