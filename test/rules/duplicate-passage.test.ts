import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {checkDraft} from '../../lib/processor.js'
import type {RuleSetting} from '../../lib/lint/rule.js'

const SEED = new URL('../../../shared/corpus/seed/raw/000.txt', import.meta.url)

/** Each duplicate-passage message for `value`: its place, its cause's place and its reason. */
async function messages(value: string, setting: RuleSetting = 'warn'): Promise<string[]> {
  const file = await checkDraft(new VFile({value}), {rules: {'duplicate-passage': setting}})
  return file.messages
    .filter((message) => message.ruleId === 'duplicate-passage')
    .map((message) => {
      const cause = message.cause as {name: string; reason: string} | undefined
      return `${message.name} (${cause?.name} ${cause?.reason}) ${message.reason}`
    })
}

const BUDGET = 'قال وزير المالية إن الموازنة الجديدة تركز على الصحة والتعليم.'
const DEFICIT = 'وأضاف أن العجز سينخفض إلى النصف خلال ثلاث سنوات.'
const OPPOSITION = 'وانتقدت المعارضة الموازنة ووصفتها بأنها غير واقعية.'

describe('duplicate-passage', () => {
  it('reports the seed draft’s repeated block once, with its first copy as cause', async () => {
    // Line 1 is the lead; lines 2–6 are repeated verbatim as lines 7–11.
    expect(await messages(readFileSync(SEED, 'utf8'))).toEqual([
      '7:1-11:189 (2:1-6:189 first copy here) Unexpected repeated passage (5 paragraphs), expected it once: first copy at line 2'
    ])
  })

  it('reports one repeated paragraph', async () => {
    expect(await messages([BUDGET, OPPOSITION, BUDGET].join('\n'))).toEqual([
      '3:1-3:62 (1:1-1:62 first copy here) Unexpected repeated passage (1 paragraph), expected it once: first copy at line 1'
    ])
  })

  it('reports each repeated run on its own', async () => {
    expect(await messages([BUDGET, DEFICIT, BUDGET, OPPOSITION, DEFICIT].join('\n'))).toEqual([
      '3:1-3:62 (1:1-1:62 first copy here) Unexpected repeated passage (1 paragraph), expected it once: first copy at line 1',
      '5:1-5:49 (2:1-2:49 first copy here) Unexpected repeated passage (1 paragraph), expected it once: first copy at line 2'
    ])
  })

  it('matches the longest earlier run, not the first copy of its first paragraph', async () => {
    expect(await messages([BUDGET, OPPOSITION, BUDGET, DEFICIT, BUDGET, DEFICIT].join('\n'))).toEqual([
      '3:1-3:62 (1:1-1:62 first copy here) Unexpected repeated passage (1 paragraph), expected it once: first copy at line 1',
      '5:1-6:49 (3:1-4:49 first copy here) Unexpected repeated passage (2 paragraphs), expected it once: first copy at line 3'
    ])
  })

  it('reports a sentence repeated inside otherwise different paragraphs', async () => {
    expect(await messages(`${BUDGET} ${DEFICIT}\n${OPPOSITION} ${DEFICIT}`)).toEqual([
      '2:53-2:101 (1:63-1:111 first copy here) Unexpected repeated sentence, expected it once: first copy at line 1'
    ])
  })

  it('compares texts in their matching form, white space collapsed', async () => {
    const respelled = 'قالَ وزيرُ المالية  إنّ الموازنة الجديدة تركز علی الصحة والتعليم.'
    expect(await messages(`${BUDGET}\n${respelled}`)).toEqual([
      '2:1-2:66 (1:1-1:62 first copy here) Unexpected repeated passage (1 paragraph), expected it once: first copy at line 1'
    ])
  })

  it('lets short lines repeat', async () => {
    expect(await messages(['ردود الفعل', BUDGET, 'ردود الفعل', OPPOSITION, 'تم تأجيل الجلسة. ثم عادت.', 'تم تأجيل الجلسة.'].join('\n'))).toEqual([])
    expect(await messages(['ردود الفعل', BUDGET, 'ردود الفعل', OPPOSITION].join('\n'), ['warn', {minWords: 2}])).toEqual([
      '3:1-3:11 (1:1-1:11 first copy here) Unexpected repeated passage (1 paragraph), expected it once: first copy at line 1'
    ])
  })

  it('takes short paragraphs into a run of long ones', async () => {
    expect(await messages(['ردود الفعل', OPPOSITION, BUDGET, 'ردود الفعل', OPPOSITION].join('\n'))).toEqual([
      '4:1-5:52 (1:1-2:52 first copy here) Unexpected repeated passage (2 paragraphs), expected it once: first copy at line 1'
    ])
  })
})
