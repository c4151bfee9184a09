/**
 * End-to-end tests of `isnad extract`: the real compiled CLI
 * (`dist/lib/cli/isnad.mjs`, the bundled command) run as a child process, on drafts written to
 * temporary folders and on the shared corpus (read only).
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))
const bin = path.join(root, 'dist', 'lib', 'cli', 'isnad.mjs')
const corpus = '/work/shared/corpus'

interface Span {
  text: string
  start: number
  end: number
  type?: string
}

interface Attribution {
  id: string
  cue: Span
  source: Span | null
  ref: string | null
  via: Span[]
  claim?: {start: number; end: number} | null
}

interface Line {
  file: string
  attributions: Attribution[]
}

interface Run {
  status: number | null
  stdout: string
  stderr: string
}

// Short drafts, each with one obvious attribution at the very start.
const draft = 'قال مسؤول أوكراني إن الهجوم بدأ فجراً.\n'
const otherDraft = 'وأفادت وكالة الأنباء بأن الوزير وصل إلى القاهرة مساء أمس.\n'

/** Runs the CLI with `args` (and `input` on standard input) from the project root. */
function run(args: string[], input: string | Buffer = ''): Run {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    timeout: 60_000
  })
  if (result.error) throw result.error
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** The lines of an output stream (a final newline is required when not empty). */
function linesOf(output: string): string[] {
  if (output === '') return []
  expect(output.endsWith('\n'), `output ends with a newline: ${JSON.stringify(output)}`).toBe(true)
  return output.slice(0, -1).split('\n')
}

/** Standard output parsed as JSON Lines (every line must be valid JSON). */
function jsonLines(output: string): Line[] {
  return linesOf(output).map((line) => {
    try {
      return JSON.parse(line) as Line
    } catch {
      throw new Error(`not a JSON line: ${line}`)
    }
  })
}

/** A draft's text as the offsets count it: UTF-8, a leading BOM removed. */
function textOf(file: string): string {
  return fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '')
}

/** Every span with a `text` in the records: cue, source, via. */
function spansOf(attributions: Attribution[]): Span[] {
  return attributions.flatMap((attribution) => [
    attribution.cue,
    ...(attribution.source ? [attribution.source] : []),
    ...(attribution.via ?? [])
  ])
}

/** Checks that every span points at its own text in `text`, and claims are in bounds. */
function expectOffsetsInto(text: string, attributions: Attribution[], label: string): void {
  for (const span of spansOf(attributions)) {
    expect(span.start, `${label}: ${JSON.stringify(span)}`).toBeGreaterThanOrEqual(0)
    expect(span.end, `${label}: ${JSON.stringify(span)}`).toBeGreaterThanOrEqual(span.start)
    expect(text.slice(span.start, span.end), `${label}: ${JSON.stringify(span)}`).toBe(span.text)
  }
  for (const {claim} of attributions) {
    if (!claim) continue
    expect(claim.start, label).toBeGreaterThanOrEqual(0)
    expect(claim.end, label).toBeGreaterThanOrEqual(claim.start)
    expect(claim.end, label).toBeLessThanOrEqual(text.length)
  }
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

const temporary: string[] = []

/** A fresh temporary folder, removed after the tests. */
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-cli-'))
  temporary.push(dir)
  return dir
}

beforeAll(() => {
  // `dist/` is built once for the whole run (test/setup/build.ts).
  if (!fs.existsSync(bin)) throw new Error(`the build did not produce ${bin}`)
}, 120_000)

afterAll(() => {
  for (const dir of temporary) fs.rmSync(dir, {recursive: true, force: true})
})

describe('isnad extract: files that cannot be read', () => {
  const cases: Array<{
    name: string
    /** Creates the bad input in `dir` (or not) and returns the path to give. */
    make: (dir: string) => string
    reason: RegExp
  }> = [
    {
      name: 'a missing file',
      make: (dir) => path.join(dir, 'لا-يوجد.txt'),
      reason: /^no such file; check the path$/
    },
    {
      name: 'a directory',
      make: (dir) => {
        const folder = path.join(dir, 'drafts')
        fs.mkdirSync(folder)
        return folder
      },
      reason: /^is a directory; give the draft files inside it$/
    },
    {
      name: 'a binary file (NUL byte)',
      make: (dir) => {
        const file = path.join(dir, 'archive.zip')
        fs.writeFileSync(file, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01, 0xff]))
        return file
      },
      reason: /^binary file \(NUL byte at offset 4\); .*UTF-8/
    },
    {
      name: 'invalid UTF-8 (ق then a lone lead byte)',
      make: (dir) => {
        const file = path.join(dir, 'latin1.txt')
        fs.writeFileSync(file, Buffer.from([0xd9, 0x82, 0xc3, 0x28]))
        return file
      },
      // "ق" is one character, so the bad byte (offset 2) is at line 1, column 2.
      reason: /^invalid UTF-8 at 1:2 \(byte 2\); save the draft as UTF-8$/
    },
    {
      name: 'invalid UTF-8 on a later line',
      make: (dir) => {
        const file = path.join(dir, 'cp1256.txt')
        fs.writeFileSync(
          file,
          Buffer.concat([Buffer.from('سطر أول\nقال '), Buffer.from([0xff]), Buffer.from(' مسؤول إن الهجوم بدأ.')])
        )
        return file
      },
      // 13 bytes + "\n" + 7 bytes of "قال " before it; 4 characters into line 2.
      reason: /^invalid UTF-8 at 2:5 \(byte 21\); save the draft as UTF-8$/
    }
  ]

  it.each(cases)('$name: exit 1, one stderr line naming it, the good file still printed', ({make, reason}) => {
    const dir = tempDir()
    const bad = make(dir)
    const good = path.join(dir, 'good.txt')
    fs.writeFileSync(good, draft)

    const result = run(['extract', bad, good])

    expect(result.status).toBe(1)
    const errors = linesOf(result.stderr)
    expect(errors).toHaveLength(1)
    const match = new RegExp(`^isnad: ${escapeRegExp(bad)}: (.*)$`).exec(errors[0])
    expect(match, `stderr names the file: ${errors[0]}`).not.toBeNull()
    expect(match![1]).toMatch(reason)

    // No partial output for the bad file: exactly the good file's line.
    const lines = jsonLines(result.stdout)
    expect(lines.map((line) => line.file)).toEqual([good])
    expect(lines[0].attributions.length).toBeGreaterThan(0)
    expectOffsetsInto(draft, lines[0].attributions, good)
  })

  it('keeps going past several bad files, in argument order', () => {
    const dir = tempDir()
    const first = path.join(dir, 'first.txt')
    const second = path.join(dir, 'second.txt')
    const missing = path.join(dir, 'missing.txt')
    const binary = path.join(dir, 'image.png')
    fs.writeFileSync(first, draft)
    fs.writeFileSync(second, otherDraft)
    fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00]))

    const result = run(['extract', missing, first, binary, second])

    expect(result.status).toBe(1)
    const errors = linesOf(result.stderr)
    expect(errors).toHaveLength(2)
    expect(errors[0].startsWith(`isnad: ${missing}: `)).toBe(true)
    expect(errors[1].startsWith(`isnad: ${binary}: `)).toBe(true)
    expect(jsonLines(result.stdout).map((line) => line.file)).toEqual([first, second])
  })
})

describe('isnad extract: files that are read', () => {
  it('a file starting with a UTF-8 BOM: succeeds, offsets count from after the BOM', () => {
    const dir = tempDir()
    const file = path.join(dir, 'bom.txt')
    const plain = path.join(dir, 'plain.txt')
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(draft)]))
    fs.writeFileSync(plain, draft)

    const result = run(['extract', file, plain])

    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    const [withBom, without] = jsonLines(result.stdout)
    expect(withBom.file).toBe(file)
    expect(withBom.attributions.length).toBeGreaterThan(0)
    expectOffsetsInto(textOf(file), withBom.attributions, file)
    // The cue is the first word: offset 0, not 1.
    expect(withBom.attributions[0].cue).toMatchObject({text: 'قال', start: 0, end: 3})
    // The BOM changes nothing in the records.
    expect(withBom.attributions).toEqual(without.attributions)
  })

  it('an empty (0-byte) file: succeeds with no attributions', () => {
    const dir = tempDir()
    const file = path.join(dir, 'empty.txt')
    fs.writeFileSync(file, '')

    const result = run(['extract', file])

    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    expect(jsonLines(result.stdout)).toEqual([{file, attributions: []}])
  })

  it('several files: one line per file, in argument order, named as given', () => {
    const dir = tempDir()
    fs.writeFileSync(path.join(dir, 'b.txt'), draft)
    fs.writeFileSync(path.join(dir, 'a.txt'), otherDraft)
    fs.writeFileSync(path.join(dir, 'c.txt'), '')
    // Given relative to the project root (the CLI's working directory) and absolute.
    const relative = path.relative(root, path.join(dir, 'a.txt'))
    const files = [path.join(dir, 'b.txt'), relative, path.join(dir, 'c.txt'), path.join(dir, 'b.txt')]

    const result = run(['extract', ...files])

    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    const lines = jsonLines(result.stdout)
    expect(lines.map((line) => line.file)).toEqual(files)
    expect(lines[0].attributions.length).toBeGreaterThan(0)
    expect(lines[1].attributions.length).toBeGreaterThan(0)
    expect(lines[2].attributions).toEqual([])
    expect(lines[3]).toEqual(lines[0])
    expectOffsetsInto(draft, lines[0].attributions, files[0])
    expectOffsetsInto(otherDraft, lines[1].attributions, files[1])
  })
})

describe('isnad extract: standard input', () => {
  it('reads standard input when no file is given', () => {
    const result = run(['extract'], draft)

    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    const lines = jsonLines(result.stdout)
    expect(lines).toHaveLength(1)
    expect(lines[0].file).toBe('<stdin>')
    expect(lines[0].attributions.length).toBeGreaterThan(0)
    expectOffsetsInto(draft, lines[0].attributions, '<stdin>')
  })

  it('reads standard input for `-`, among files', () => {
    const dir = tempDir()
    const file = path.join(dir, 'draft.txt')
    fs.writeFileSync(file, otherDraft)

    const result = run(['extract', file, '-'], draft)

    expect(result.status).toBe(0)
    const lines = jsonLines(result.stdout)
    expect(lines.map((line) => line.file)).toEqual([file, '<stdin>'])
    expectOffsetsInto(draft, lines[1].attributions, '<stdin>')
  })

  it('drops a BOM on standard input too', () => {
    const result = run(['extract'], Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(draft)]))

    expect(result.status).toBe(0)
    const [line] = jsonLines(result.stdout)
    expect(line.attributions[0].cue).toMatchObject({text: 'قال', start: 0, end: 3})
    expectOffsetsInto(draft, line.attributions, '<stdin>')
  })

  it('invalid UTF-8 on standard input: exit 1, one stderr line, nothing on stdout', () => {
    const result = run(['extract'], Buffer.from([0xd9, 0x82, 0xc3, 0x28]))

    expect(result.status).toBe(1)
    expect(result.stdout).toBe('')
    const errors = linesOf(result.stderr)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/^isnad: .+: invalid UTF-8 at 1:2 \(byte 2\)/)
  })
})

describe('isnad extract: offsets into the real corpus', () => {
  const files = [
    path.join(corpus, 'seed', 'raw', '000.txt'),
    ...fs
      .readdirSync(path.join(corpus, 'dev', 'raw'))
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => path.join(corpus, 'dev', 'raw', name))
  ]

  it(`every cue/source/via span is the text at its offsets (${files.length} files)`, () => {
    const result = run(['extract', ...files])

    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const lines = jsonLines(result.stdout)
    expect(lines.map((line) => line.file)).toEqual(files)
    // The seed file has attributions; the check below is not vacuous.
    expect(lines[0].attributions.length).toBeGreaterThan(0)
    for (const line of lines) {
      expectOffsetsInto(textOf(line.file), line.attributions, line.file)
      // ids are unique within a file, and refs point at one of them.
      const ids = line.attributions.map((attribution) => attribution.id)
      expect(new Set(ids).size, line.file).toBe(ids.length)
      for (const {ref} of line.attributions) if (ref !== null) expect(ids, line.file).toContain(ref)
    }
  })
})

describe('isnad: help, version, usage errors', () => {
  const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {version: string}).version

  it.each(['--help', '-h'])('%s: exit 0 with the usage', (flag) => {
    const result = run([flag])

    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout).toMatch(/^Usage: isnad /)
    expect(result.stdout).toContain('extract')
  })

  it.each(['--version', '-v'])('%s: prints the package.json version', (flag) => {
    const result = run([flag])

    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe(`${version}\n`)
  })

  it.each([
    {title: 'unknown option: isnad --frobnicate', args: ['--frobnicate'], named: '--frobnicate'},
    {
      title: 'unknown option: isnad extract --frobnicate FILE',
      args: ['extract', '--frobnicate', 'examples/sample.txt'],
      named: '--frobnicate'
    },
    {title: 'unknown option: isnad extract FILE -x', args: ['extract', 'examples/sample.txt', '-x'], named: '-x'}
  ])('$title: exit 2, one stderr line naming it, no output', ({args, named}) => {
    const result = run(args)

    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    const errors = linesOf(result.stderr)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/^isnad: /)
    expect(errors[0]).toContain(named)
  })

  // The default command lints: a word that is not a command is a path to lint.
  it('isnad frobnicate: a missing draft, exit 1, one stderr line naming it', () => {
    const result = run(['frobnicate'])

    expect(result.status).toBe(1)
    expect(result.stdout).toBe('')
    const errors = linesOf(result.stderr)
    expect(errors).toEqual(['isnad: frobnicate: no such file; check the path'])
  })

  // The usage reads `isnad <command> [options] [FILE…]` and lists -h/--help among
  // the options, so `isnad extract --help` should show it rather than reject it.
  it.each(['--help', '-h'])('extract %s: exit 0 with the usage', (flag) => {
    const result = run(['extract', flag])

    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^Usage: isnad /)
  })
})

describe('isnad extract: Markdown drafts', () => {
  const heading = '# الهجوم على كييف'
  const paragraph = 'قال مسؤول أوكراني إن الهجوم بدأ فجراً واستمر ساعتين.'
  const code = '```text\nقال مسؤول إن هذا مثال داخل الشيفرة فقط.\n```'

  /** Writes `text` to a `.md` file in a temp folder and runs `isnad extract` on it. */
  function extractMarkdown(text: string): {file: string; line: Line} {
    const file = path.join(tempDir(), 'مسودة.md')
    fs.writeFileSync(file, text)
    const result = run(['extract', file])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const lines = jsonLines(result.stdout)
    expect(lines.map((line) => line.file)).toEqual([file])
    return {file, line: lines[0]}
  }

  it('offsets point into the .md text; nothing comes from a fenced code block', () => {
    const frontMatter = '---\ntitle: Kyiv morning draft\ndate: 2024-05-01\n---'
    const text = `${frontMatter}\n\n${heading}\n\n${paragraph}\n\n${code}\n`
    const {line} = extractMarkdown(text)

    expectOffsetsInto(text, line.attributions, 'markdown')
    const codeStart = text.indexOf('```')
    const codeEnd = text.lastIndexOf('```') + 3
    for (const span of spansOf(line.attributions)) {
      const inCode = span.start < codeEnd && span.end > codeStart
      expect(inCode, `span from the code block: ${JSON.stringify(span)}`).toBe(false)
    }
    // Exactly the paragraph's attribution, at its place in the .md file.
    expect(line.attributions).toHaveLength(1)
    const [attribution] = line.attributions
    expect(attribution.cue).toMatchObject({text: 'قال', start: text.indexOf(paragraph)})
    expect(attribution.source?.text).toBe('مسؤول أوكراني')
  })

  // Front matter is metadata, not prose: an attribution-like `title:` must not be
  // read as an attribution (nor anything else in the YAML block).
  it('nothing comes from YAML front matter', () => {
    const frontMatter = '---\ntitle: قال مسؤول إن الهجوم بدأ\nauthor: فريق التحرير\n---'
    const text = `${frontMatter}\n\n${heading}\n\n${paragraph}\n`
    const {line} = extractMarkdown(text)

    expectOffsetsInto(text, line.attributions, 'markdown')
    for (const span of spansOf(line.attributions)) {
      expect(span.start >= frontMatter.length, `span from the front matter: ${JSON.stringify(span)}`).toBe(true)
    }
    expect(line.attributions.map((attribution) => attribution.cue.start)).toEqual([text.indexOf(paragraph)])
  })
})
