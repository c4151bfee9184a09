/**
 * `lintInPool`: the compiled pool (`dist/lib/cli/pool.js`, whose worker is
 * the bundled `dist/lib/cli/worker.mjs`) gives, in input order, exactly what serial
 * `checkDraft` gives, with one worker and with two.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {reporterJson} from 'vfile-reporter-json'
import {checkDraft, type IsnadSettings} from '../../dist/lib/processor.js'
import {lintInPool, restoreFile, serializeMessage, type PoolJob, type PoolResult} from '../../dist/lib/cli/pool.js'
import {ConfigResolver} from '../../dist/lib/config/index.js'
import {summarize} from '../../dist/lib/report/summary.js'
import {corpusTexts} from '../../bench/inputs.mjs'

const texts = corpusTexts().slice(0, 50)

async function serial(jobs: PoolJob[]): Promise<PoolResult[]> {
  const results: PoolResult[] = []
  for (const job of jobs) {
    const file = new VFile({path: job.path, value: job.text})
    await checkDraft(file, job.settings)
    results.push({path: job.path, messages: file.messages.map(serializeMessage), summary: summarize(file.data.attributions ?? [])})
  }
  return results
}

async function collect(jobs: PoolJob[], workers: number): Promise<PoolResult[]> {
  const results: PoolResult[] = []
  for await (const result of lintInPool(jobs, workers)) results.push(result)
  return results
}

let folder: string
let configured: IsnadSettings

beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-pool-'))
  // A config with a lexicon extension and the default policy: the settings a real run sends to workers.
  fs.writeFileSync(
    path.join(folder, '.isnadrc.json'),
    JSON.stringify({preset: 'strict', lexicon: {outlets: [{name: 'صحيفة الاختبار', kind: 'newspaper', country: 'SA'}]}})
  )
  configured = new ConfigResolver().forFile(path.join(folder, 'draft.txt')).settings
})

afterAll(() => fs.rmSync(folder, {recursive: true, force: true}))

describe('lintInPool', () => {
  it('settings from a config are structured-cloneable plain data', () => {
    expect(configured.lexicon).toBeDefined()
    expect(configured.policies?.length).toBeGreaterThan(0)
    expect(structuredClone(configured)).toEqual(configured)
  })

  const jobs = (settings: IsnadSettings): PoolJob[] => texts.map((text, index) => ({path: `article-${index}.txt`, settings, text}))

  for (const workers of [1, 2]) {
    it(`equals serial checkDraft on ${texts.length} dev articles with ${workers} worker${workers === 1 ? '' : 's'} (strict preset)`, async () => {
      const input = jobs({preset: 'strict'})
      const expected = await serial(input)
      expect(expected.some((result) => result.messages.length > 0)).toBe(true)
      expect(await collect(input, workers)).toEqual(expected)
    })
  }

  it('equals serial checkDraft with settings read from a config (lexicon extension, policies), 2 workers', async () => {
    const input = jobs(configured)
    expect(await collect(input, 2)).toEqual(await serial(input))
  })

  it('yields in input order when a later draft finishes first', async () => {
    const big = texts.join('\n\n').repeat(3)
    const input: PoolJob[] = [
      {path: 'big.txt', settings: {}, text: big},
      ...texts.slice(0, 6).map((text, index) => ({path: `small-${index}.txt`, settings: {}, text}))
    ]
    const results = await collect(input, 2)
    expect(results.map((result) => result.path)).toEqual(input.map((job) => job.path))
    expect(results).toEqual(await serial(input))
  })

  it('keeps causes (duplicate-passage) and rebuilds files that report like the serial ones', async () => {
    const paragraph = 'قال مسؤول أمني إن الهجوم بدأ فجراً وأسفر عن سقوط عدد من الجرحى في المدينة.'
    const input: PoolJob[] = [{path: 'dup.txt', settings: {preset: 'strict'}, text: `${paragraph}\n\nفقرة أخرى هنا.\n\n${paragraph}\n`}]
    const [result] = await collect(input, 1)
    expect(result.messages.some((message) => message.cause !== null)).toBe(true)
    const file = new VFile({path: 'dup.txt', value: input[0].text})
    await checkDraft(file, input[0].settings)
    expect(reporterJson(restoreFile(result, input[0].text))).toBe(reporterJson(file))
  })

  it('throws at the failing draft, after the earlier results', async () => {
    const bad: IsnadSettings = {policies: [{schema: {type: 'not-a-type'}, path: 'broken.schema.json'}]}
    const input: PoolJob[] = [
      {path: 'ok.txt', settings: {}, text: texts[0]},
      {path: 'bad.txt', settings: bad, text: texts[1]},
      {path: 'later.txt', settings: {}, text: texts[2]}
    ]
    const seen: string[] = []
    await expect(
      (async () => {
        for await (const result of lintInPool(input, 2)) seen.push(result.path)
      })()
    ).rejects.toThrow(/bad\.txt: policy broken\.schema\.json/)
    expect(seen).toEqual(['ok.txt'])
  })

  it('stops its workers when the caller leaves early', async () => {
    const input = jobs({})
    for await (const result of lintInPool(input, 2)) {
      expect(result.path).toBe('article-0.txt')
      break
    }
  })

  it('yields nothing for no jobs', async () => {
    expect(await collect([], 2)).toEqual([])
  })
})
