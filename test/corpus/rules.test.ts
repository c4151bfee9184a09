/**
 * The unnamed-source rules against the gold annotations of the development
 * corpus (`../shared/corpus/dev`): `anonymous-source` and `vague-source` must
 * fire on at least 95% of the gold anonymous and vague attributions and on no
 * gold named one. A rule "fires on" an attribution when one of its messages
 * overlaps the gold source (or, with no source words, the cue).
 */
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {checkDraft} from '../../lib/processor.js'
import {rules} from '../../rules/index.js'
import type {RuleSetting} from '../../lib/lint/rule.js'

const corpusDir = fileURLToPath(new URL('../../../shared/corpus/dev', import.meta.url))
const locator = fileURLToPath(new URL('../../../shared/eval/locate.mjs', import.meta.url))

interface Span {
  start: number
  end: number
}
interface Gold {
  type: string
  cue: Span & {text: string}
  source: (Span & {text: string}) | null
}

const checked = new Set(['anonymous-source', 'vague-source'])
const onlyUnnamedRules: Record<string, RuleSetting> = Object.fromEntries(rules.map((rule) => [rule.meta.id, checked.has(rule.meta.id) ? 'warn' : 'off']))
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end

async function measure() {
  const {loadCorpus} = (await import(locator)) as {loadCorpus(dir: string): Array<{file: string; text: string; attributions: Gold[]}>}
  let unnamed = 0
  let caught = 0
  const falseAlarms: string[] = []
  const missed: string[] = []
  for (const doc of loadCorpus(corpusDir)) {
    const file = await checkDraft(new VFile({path: doc.file, value: doc.text}), {rules: onlyUnnamedRules, policies: []})
    const fired = file.messages
      .filter((message) => checked.has(message.ruleId ?? ''))
      .map((message) => ({start: message.place && 'start' in message.place ? message.place.start.offset! : 0, end: message.place && 'end' in message.place ? message.place.end.offset! : 0}))
    for (const gold of doc.attributions) {
      const span = gold.source ?? gold.cue
      const hit = fired.some((place) => overlaps(place, span))
      if (gold.type === 'anonymous' || gold.type === 'vague') {
        unnamed++
        if (hit) caught++
        else missed.push(`${doc.file} ${gold.cue.text} ${gold.source?.text ?? ''}`)
      } else if (gold.type !== 'implicit' && gold.source && hit) falseAlarms.push(`${doc.file} ${gold.cue.text} ${gold.source.text}`)
    }
  }
  return {unnamed, caught, recall: caught / unnamed, falseAlarms, missed}
}

describe.skipIf(!existsSync(corpusDir))('unnamed-source rules on the development corpus', () => {
  // The target (95.6% and no gold named flagged when it was reached).
  it('fire on at least 95% of gold anonymous and vague attributions and on no gold named one', async () => {
    const result = await measure()
    expect(result.recall).toBeGreaterThanOrEqual(0.95)
    expect(result.falseAlarms).toEqual([])
  })

  // A ratchet on what the extractor reaches today, so a change cannot lose ground unnoticed.
  it('do not fall below the recall and false-alarm figures reached so far', async () => {
    const result = await measure()
    console.log(`anonymous-source + vague-source: ${result.caught}/${result.unnamed} gold unnamed (${(result.recall * 100).toFixed(1)}%), ${result.falseAlarms.length} gold named flagged`)
    expect(result.recall).toBeGreaterThanOrEqual(0.955)
    expect(result.falseAlarms.length).toBeLessThanOrEqual(0)
  })
})
