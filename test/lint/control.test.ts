/**
 * Inline control of rules from the draft: disable/enable stretches, ignore
 * for the next paragraph (the next line in plain text), HTML comments and
 * `//` lines, and unknown rule ids reported.
 */
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {checkDraft} from '../../lib/processor.js'

const anonymous = 'قال مسؤول أوكراني إن الهجوم بدأ فجراً.'

async function ruleLines(value: string, path = 'draft.txt') {
  const file = await checkDraft(new VFile({path, value}), {policies: [], rules: {'plural-anonymous': 'off', 'anonymity-reason': 'off', 'anonymous-share': 'off', 'duplicate-passage': 'off'}})
  return file.messages.map((message) => `${message.line} ${message.ruleId}`)
}

describe('inline control', () => {
  it('disables a rule from the directive to the matching enable', async () => {
    const text = [anonymous, '<!-- isnad-disable anonymous-source -->', anonymous, '<!-- isnad-enable anonymous-source -->', anonymous].join('\n')
    expect(await ruleLines(text)).toEqual(['1 anonymous-source', '5 anonymous-source'])
  })

  it('disables every rule when none is named', async () => {
    const text = ['// isnad-disable', anonymous, 'وزعمت الوزارة أن الهجوم فشل.'].join('\n')
    expect(await ruleLines(text)).toEqual([])
  })

  it('ignores the next line only in plain text', async () => {
    const text = ['// isnad-ignore anonymous-source', anonymous, anonymous].join('\n')
    expect(await ruleLines(text)).toEqual(['3 anonymous-source'])
  })

  it('ignores the next paragraph in Markdown, whatever its line breaks', async () => {
    const text = ['<!-- isnad-ignore anonymous-source -->', anonymous, '', anonymous].join('\n')
    expect(await ruleLines(text, 'draft.md')).toEqual(['4 anonymous-source'])
  })

  it('leaves other rules running', async () => {
    const text = ['<!-- isnad-ignore loaded-verb -->', anonymous].join('\n')
    expect(await ruleLines(text)).toEqual(['2 anonymous-source'])
  })

  it('reports an unknown rule id at its directive', async () => {
    const file = await checkDraft(new VFile({path: 'draft.txt', value: `// isnad-disable anonymus-source\n${anonymous}`}), {policies: []})
    const unknown = file.messages.filter((message) => message.ruleId === 'unknown-rule')
    expect(unknown.map((message) => [message.line, message.reason])).toEqual([
      [1, 'Unexpected unknown rule `anonymus-source` in `isnad-disable`, expected one of isnad\'s rule ids']
    ])
  })
})
