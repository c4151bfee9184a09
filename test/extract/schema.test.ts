/**
 * The records the real pipeline produces for real drafts (the seed article,
 * every dev article and the bundled example) conform to
 * `schemas/attribution.schema.json` and hold together: unique ids in text
 * order, `ref`s that point back, spans that read their own text.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {Ajv} from 'ajv'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {checkDraft} from '../../lib/processor.js'
import type {Attribution} from '../../lib/extract/types.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
/** The shared corpora sit next to the repository (`/work/shared` beside `/work/main`). */
const corpus = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url))

const schema = JSON.parse(readFileSync(`${root}schemas/attribution.schema.json`, 'utf8'))
// Draft-07 is Ajv's default dialect; no formats are used. Every strict check
// is on; union types (`["string", "null"]`) spell the nullable fields.
const STRICT = {strict: true, allowUnionTypes: true} as const
const ajv = new Ajv({...STRICT, allErrors: true})
const validate = ajv.compile(schema)

/** Decoded as the guideline says: UTF-8, a leading byte order mark removed. */
function read(path: string): string {
  return readFileSync(path, 'utf8').replace(/^\uFEFF/, '')
}

function rawFiles(dir: string): string[] {
  const raw = `${corpus}${dir}/raw/`
  if (!existsSync(raw)) return []
  return readdirSync(raw)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => `${raw}${name}`)
}

const seed = rawFiles('seed').filter((path) => path.endsWith('/000.txt'))
const dev = rawFiles('dev')
const haveCorpus = seed.length === 1 && dev.length > 0

const drafts: Array<[string, string]> = [
  ['examples/sample.txt', `${root}examples/sample.txt`],
  ...[...seed, ...dev].map((path): [string, string] => [path.slice(corpus.length), path])
]

const extracted = new Map<string, Promise<Attribution[]>>()

/** The records of a draft, extracted once and shared by the checks below. */
function attributionsOf(text: string): Promise<Attribution[]> {
  let records = extracted.get(text)
  if (!records) {
    records = (async () => {
      const file = new VFile({value: text})
      await checkDraft(file, {format: 'text', extractOnly: true})
      if (!file.data.attributions) throw new Error('file.data.attributions is not set')
      return file.data.attributions
    })()
    extracted.set(text, records)
  }
  return records
}

function spansOf(record: Attribution): Array<[string, {text: string; start: number; end: number}]> {
  return [
    ['cue', record.cue],
    ...(record.source ? [['source', record.source] as [string, typeof record.source]] : []),
    ...record.via.map((via, index): [string, typeof via] => [`via[${index}]`, via]),
    ...(record.reason ? [['reason', record.reason] as [string, typeof record.reason]] : [])
  ]
}

describe('attribution schema', () => {
  it('compiles in strict draft-07 mode', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#')
    expect(typeof validate).toBe('function')
  })

  it('compiles with every strict check on, strictTypes included', () => {
    expect(() => new Ajv({...STRICT, logger: false}).compile(schema)).not.toThrow()
  })

  it('rejects records that break it', async () => {
    expect(validate({id: 'x1'})).toBe(false)
    const [record] = await attributionsOf(read(`${root}examples/sample.txt`))
    expect(record, 'examples/sample.txt has attributions').toBeDefined()
    const plain = JSON.parse(JSON.stringify(record))
    expect(validate(plain)).toBe(true)
    expect(validate({...plain, extra: 1})).toBe(false)
    expect(validate({...plain, type: 'implicit'})).toBe(false)
    expect(validate({...plain, cue: {...plain.cue, text: ''}})).toBe(false)
    expect(validate({...plain, mode: 'quoted'})).toBe(false)
  })

  it.runIf(!haveCorpus)(`finds no shared corpus at ${corpus}: only the bundled example is checked`, () => {
    expect(existsSync(`${root}examples/sample.txt`)).toBe(true)
  })
})

describe.each(drafts)('records of %s', (_name, path) => {
  const text = read(path)

  it('validate against schemas/attribution.schema.json', async () => {
    const records = await attributionsOf(text)
    for (const record of records) {
      const ok = validate(JSON.parse(JSON.stringify(record)))
      expect(ok, `${record.id}: ${ajv.errorsText(validate.errors)}`).toBe(true)
    }
  })

  it('have unique ids a1, a2, … in text order, and refs to earlier ids', async () => {
    const records = await attributionsOf(text)
    const ids = records.map((record) => record.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual(records.map((_, index) => `a${index + 1}`))
    const seen = new Set<string>()
    for (const record of records) {
      if (record.ref !== null) expect(seen.has(record.ref), `${record.id}.ref = ${record.ref}`).toBe(true)
      seen.add(record.id)
    }
    for (let index = 1; index < records.length; index++) {
      const [before, after] = [records[index - 1], records[index]]
      expect(after.cue.start, `${after.id} after ${before.id}`).toBeGreaterThan(before.cue.start)
      expect(after.cue.start, `${after.id} after ${before.id}`).toBeGreaterThanOrEqual(before.cue.end)
    }
  })

  it('have spans that read their own text', async () => {
    const records = await attributionsOf(text)
    for (const record of records) {
      for (const [field, span] of spansOf(record)) {
        expect(span.start, `${record.id}.${field}`).toBeGreaterThanOrEqual(0)
        expect(span.end, `${record.id}.${field}`).toBeGreaterThan(span.start)
        expect(span.end, `${record.id}.${field}`).toBeLessThanOrEqual(text.length)
        expect(text.slice(span.start, span.end), `${record.id}.${field}`).toBe(span.text)
      }
    }
  })

  it('have claims within the document', async () => {
    const records = await attributionsOf(text)
    for (const record of records) {
      if (!record.claim) continue
      expect(record.claim.start, `${record.id}.claim`).toBeGreaterThanOrEqual(0)
      expect(record.claim.end, `${record.id}.claim`).toBeGreaterThan(record.claim.start)
      expect(record.claim.end, `${record.id}.claim`).toBeLessThanOrEqual(text.length)
    }
  })
})
