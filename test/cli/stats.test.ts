/**
 * End-to-end tests of `isnad stats`: the real compiled CLI
 * (`dist/lib/cli/isnad.mjs`, the bundled command) run as a child process on drafts written to a
 * temporary folder. Figures are checked against the records `isnad extract`
 * prints for the same drafts, so they follow the extractor wherever it goes.
 */
import {spawn, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {corpusDraft} from '../../bench/inputs.mjs'

const root = fileURLToPath(new URL('../..', import.meta.url))
const bin = path.join(root, 'dist', 'lib', 'cli', 'isnad.mjs')

interface Run {
  status: number | null
  stdout: string
  stderr: string
}

function run(args: string[], options: {cwd?: string; input?: string} = {}): Run {
  const result = spawnSync(process.execPath, [bin, ...args], {cwd: options.cwd ?? folder, input: options.input ?? '', encoding: 'utf8', timeout: 60_000})
  if (result.error) throw result.error
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

const lines = (text: string) => text.split('\n').filter((line) => line !== '')

interface Record {
  id: string
  type: string
  ref: string | null
  source: {text: string; type: string} | null
  via: Array<{text: string; type: string}>
}

/** What the figures should be, computed here from `isnad extract` output. */
function expectedFigures(records: Record[]) {
  const byId = new Map(records.map((record) => [record.id, record]))
  const resolve = (record: Record): string => {
    let current: Record | undefined = record
    const seen = new Set<string>()
    while (current && current.type === 'implicit' && current.ref && !seen.has(current.id)) {
      seen.add(current.id)
      current = byId.get(current.ref)
    }
    return current?.type ?? 'implicit'
  }
  const types = records.map(resolve)
  const named = types.filter((type) => ['person', 'role', 'organization', 'outlet'].includes(type)).length
  const anonymous = types.filter((type) => type === 'anonymous').length
  const vague = types.filter((type) => type === 'vague').length
  const byType: {[type: string]: number} = {person: 0, role: 0, organization: 0, outlet: 0, anonymous: 0, vague: 0, implicit: 0}
  for (const record of records) byType[record.type]++
  return {attributions: records.length, byType, named, anonymous, vague, unresolved: records.length - named - anonymous - vague}
}

let folder: string
const drafts: {[name: string]: string} = {
  'a.txt': 'قال مسؤول أوكراني إن الهجوم بدأ فجراً.\n',
  'b.txt': 'وأفادت وكالة رويترز بأن الوزير وصل إلى القاهرة مساء أمس.\n\nوقال مسؤول أوكراني لوكالة رويترز إن القصف مستمر.\n',
  'c, "d".txt': 'ترددت أنباء عن استقالة الوزير.\n',
  'nested/e.md': '# عنوان\n\nقال المتحدث باسم الوزارة إن الاجتماع انتهى.\n',
  'nested/notes.json': '{"not": "a draft"}\n'
}

beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-stats-'))
  for (const [name, text] of Object.entries(drafts)) {
    fs.mkdirSync(path.dirname(path.join(folder, name)), {recursive: true})
    fs.writeFileSync(path.join(folder, name), text)
  }
})

afterAll(() => fs.rmSync(folder, {recursive: true, force: true}))

describe('isnad stats', () => {
  it('prints one JSON line per draft, then the total, matching the extracted records', () => {
    const names = ['a.txt', 'b.txt', 'c, "d".txt']
    const result = run(['stats', ...names])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const output = lines(result.stdout).map((line) => JSON.parse(line))
    expect(output).toHaveLength(4)
    const extracted = lines(run(['extract', ...names]).stdout).map((line) => JSON.parse(line) as {file: string; attributions: Record[]})
    for (const [index, name] of names.entries()) {
      expect(output[index].file).toBe(name)
      expect(output[index]).toMatchObject(expectedFigures(extracted[index].attributions))
    }
    const total = output[3]
    expect(total).toMatchObject({total: true, files: 3, unreadable: 0, ...expectedFigures(extracted.flatMap((line) => line.attributions))})
    // Hand-checked: one anonymous source in a.txt, Reuters cited in b.txt.
    expect(output[0]).toMatchObject({attributions: 1, anonymous: 1, anonymousShare: 1, topSources: [{text: 'مسؤول اوكراني', count: 1}]})
    expect(output[1].topOutlets[0]).toEqual({text: 'وكاله رويترز', count: expect.any(Number)})
    expect(total.topSources.find((item: {text: string}) => item.text === 'مسؤول اوكراني')?.count).toBe(2)
    // Shares over the attributions with a known source.
    const known = total.named + total.anonymous + total.vague
    expect(total.anonymousShare).toBeCloseTo(total.anonymous / known, 4)
    expect(total.unnamedShare).toBeCloseTo((total.anonymous + total.vague) / known, 4)
  })

  it('expands folders like the linter: drafts only, in name order, Markdown included', () => {
    const result = run(['stats', '.'])
    expect(result.status).toBe(0)
    const files = lines(result.stdout)
      .map((line) => JSON.parse(line))
      .filter((line) => !line.total)
      .map((line) => line.file)
    expect(files).toEqual(['a.txt', 'b.txt', 'c, "d".txt', path.join('nested', 'e.md')])
  })

  it('writes CSV with a header, quoted cells and a total row', () => {
    const result = run(['stats', '--format', 'csv', '--top', '1', 'a.txt', 'c, "d".txt'])
    expect(result.status).toBe(0)
    const rows = lines(result.stdout)
    expect(rows).toHaveLength(4)
    expect(rows[0].split(',')).toEqual([
      'kind',
      'file',
      'files',
      'attributions',
      'type_person',
      'type_role',
      'type_organization',
      'type_outlet',
      'type_anonymous',
      'type_vague',
      'type_implicit',
      'named',
      'anonymous',
      'vague',
      'unresolved',
      'anonymous_share',
      'unnamed_share',
      'top_sources',
      'top_outlets'
    ])
    expect(rows[1]).toBe('file,a.txt,1,1,0,0,0,0,1,0,0,0,1,0,0,1,1,مسؤول اوكراني:1,')
    expect(rows[2].startsWith('file,"c, ""d"".txt",1,')).toBe(true)
    expect(rows[3].startsWith('total,,2,')).toBe(true)
  })

  it('reports unreadable drafts on stderr, one line each, counts the others and exits 1', () => {
    const result = run(['stats', 'missing.txt', 'a.txt', 'nested'])
    expect(result.status).toBe(1)
    expect(lines(result.stderr)).toEqual(['isnad: missing.txt: no such file; check the path'])
    const output = lines(result.stdout).map((line) => JSON.parse(line))
    expect(output.map((line) => line.file ?? 'total')).toEqual(['a.txt', path.join('nested', 'e.md'), 'total'])
    expect(output[2]).toMatchObject({files: 2, unreadable: 1})
  })

  it('reads standard input when no path is given', () => {
    const result = run(['stats'], {input: drafts['a.txt']})
    expect(result.status).toBe(0)
    const output = lines(result.stdout).map((line) => JSON.parse(line))
    expect(output[0]).toMatchObject({file: '<stdin>', attributions: 1, anonymous: 1})
    expect(output[1]).toMatchObject({total: true, files: 1})
  })

  it('rejects an unknown format or option with exit 2 and counts nothing', () => {
    const format = run(['stats', '--format', 'xml', 'a.txt'])
    expect(format.status).toBe(2)
    expect(format.stdout).toBe('')
    expect(format.stderr).toMatch(/unknown format xml/)
    const option = run(['stats', '--frobnicate', 'a.txt'])
    expect(option.status).toBe(2)
    expect(option.stdout).toBe('')
  })

  it('streams: a draft line is printed before a later, long draft is done', async () => {
    const big = path.join(folder, 'zz-big.txt')
    fs.writeFileSync(big, corpusDraft(1_500_000))
    try {
      const child = spawn(process.execPath, [bin, 'stats', 'a.txt', 'zz-big.txt'], {cwd: folder})
      let exited = false
      child.on('exit', () => {
        exited = true
      })
      const first = await new Promise<{chunk: string; exited: boolean}>((resolve, reject) => {
        child.stdout.setEncoding('utf8')
        child.stdout.once('data', (chunk: string) => resolve({chunk, exited}))
        child.once('error', reject)
      })
      expect(first.exited).toBe(false)
      expect(lines(first.chunk)).toHaveLength(1)
      expect(JSON.parse(lines(first.chunk)[0]).file).toBe('a.txt')
      const code = await new Promise<number | null>((resolve) => (exited ? resolve(child.exitCode) : child.on('exit', resolve)))
      expect(code).toBe(0)
    } finally {
      fs.rmSync(big, {force: true})
    }
  })
})
