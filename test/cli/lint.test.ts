/**
 * `isnad [paths]` as a process: the table of bad inputs (each gets its exit
 * code and one clear line, and nothing is half-linted), config discovery, the
 * reporters, and exit codes.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'
import {CORPUS, corpusTexts} from '../../bench/inputs.mjs'

const root = fileURLToPath(new URL('../../', import.meta.url))
const bin = path.join(root, 'dist', 'lib', 'cli', 'isnad.mjs')
const folders: string[] = []
const anonymous = 'قال مسؤول أوكراني إن الهجوم بدأ فجراً.\n'

/** A temporary folder holding `files` (name → text or bytes). */
function project(files: Record<string, string | Uint8Array>): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-lint-'))
  folders.push(folder)
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(folder, name), content)
  return folder
}

function run(cwd: string, args: string[]) {
  const result = spawnSync('node', [bin, '--no-color', ...args], {cwd, encoding: 'utf8'})
  return {status: result.status, stdout: result.stdout, stderr: result.stderr, lines: result.stderr.split('\n').filter(Boolean)}
}

afterAll(() => {
  for (const folder of folders) fs.rmSync(folder, {recursive: true, force: true})
})

describe('bad configs: exit 2, one line naming the file and the place, nothing linted', () => {
  it.each([
    ['malformed JSON', {'.isnadrc.json': '{"rules": '}, /\.isnadrc\.json: invalid JSON: .*; fix the syntax$/],
    ['malformed YAML', {'.isnadrc.yaml': 'rules:\n  anonymous-source: [off\n'}, /\.isnadrc\.yaml: invalid YAML at 3:1: .*; fix the syntax$/],
    ['an unknown rule id', {'.isnadrc': '{"rules": {"anonymus-source": "off"}}'}, /\.isnadrc \/rules\/anonymus-source: unknown rule id `anonymus-source`; expected one of anonymous-source, /],
    ['a wrong severity', {'.isnadrc.json': '{"rules": {"anonymous-source": "loud"}}'}, /\.isnadrc\.json \/rules\/anonymous-source: invalid rule setting; expected "off", "info", "warn", "error", or \[severity, options\]$/],
    ['an option of the wrong type', {'.isnadrc.json': '{"rules": {"duplicate-passage": ["warn", {"minWords": "six"}]}}'}, /\.isnadrc\.json \/rules\/duplicate-passage\/1\/minWords: invalid option of rule `duplicate-passage`: minWords must be integer$/],
    ['an option out of range', {'.isnadrc.yaml': 'rules:\n  anonymous-share: [warn, {maxShare: 1.5}]\n'}, /\.isnadrc\.yaml \/rules\/anonymous-share\/1\/maxShare: invalid option of rule `anonymous-share`: maxShare must be <= 1$/],
    ['an unknown option', {'.isnadrc.json': '{"rules": {"unattributed-quote": ["warn", {"minWord": 4}]}}'}, /\.isnadrc\.json \/rules\/unattributed-quote\/1\/minWord: unknown option `minWord` of rule `unattributed-quote`; expected `minWords`$/],
    ['options for a rule that takes none', {'.isnadrc.json': '{"rules": {"anonymous-source": ["error", {"strict": true}]}}'}, /\.isnadrc\.json \/rules\/anonymous-source\/1(\/strict)?: rule `anonymous-source` takes no options; remove them$/],
    ['an unknown field', {'.isnadrc.json': '{"rulez": {}}'}, /\.isnadrc\.json \/rulez: unknown field `rulez`; expected one of preset, rules, policy, lexicon$/],
    ['a policy that is not a JSON Schema', {'.isnadrc.json': '{"policy": {"schemas": ["./policy.json"]}}', 'policy.json': '{"type": 12}'}, /\.isnadrc\.json \/policy\/schemas\/0: policy .*policy\.json: not a valid JSON Schema: /],
    ['a bad lexicon extension', {'.isnadrc.json': '{"lexicon": {"outlets": [{"name": "الأيام", "kind": "blog"}]}}'}, /\.isnadrc\.json \/lexicon\/outlets\/0\/kind: /],
    ['a package.json isnad field', {'package.json': '{"name": "x", "isnad": {"preset": "lenient"}}'}, /package\.json \/preset: must be equal to one of the allowed values: "recommended", "strict"$/]
  ])('%s', (_, files, line) => {
    const folder = project({'a.txt': anonymous, 'b.txt': anonymous, ...files})
    const result = run(folder, ['a.txt', 'b.txt'])
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.lines).toHaveLength(1)
    expect(result.lines[0]).toMatch(/^isnad: /)
    expect(result.lines[0]).toMatch(line)
  })
})

describe('bad inputs: one line each, the other drafts still linted', () => {
  it.each([
    ['a missing file', () => ({}), 'missing.txt', /^isnad: missing\.txt: no such file; check the path$/],
    ['a binary file', () => ({'bin.txt': new Uint8Array([0xd9, 0x82, 0, 1])}), 'bin.txt', /^isnad: bin\.txt: binary file \(NUL byte at offset 2\)/],
    ['invalid UTF-8', () => ({'bad.txt': new Uint8Array([0xd9, 0x82, 0xc3, 0x28])}), 'bad.txt', /^isnad: bad\.txt: invalid UTF-8 at 1:2 \(byte 2\); save the draft as UTF-8$/],
    ['an ignored file given by name', () => ({'.isnadignore': 'skip.txt\n', 'skip.txt': anonymous}), 'skip.txt', /^isnad: skip\.txt: ignored by \.isnadignore; remove the pattern or do not name the file$/]
  ])('%s', (_, files, name, line) => {
    const folder = project({'good.txt': anonymous, ...files()})
    const result = run(folder, ['--report', 'json', name, 'good.txt'])
    expect(result.status).toBe(1)
    expect(result.lines).toEqual([expect.stringMatching(line)])
    const report = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{ruleId: string}>}>
    expect(report.map((file) => file.path)).toEqual(['good.txt'])
    expect(report[0].messages.map((message) => message.ruleId)).toContain('anonymous-source')
  })
})

describe('config discovery and reports', () => {
  it('finds the nearest config up from each draft and applies it to that draft only', () => {
    const folder = project({'.isnadrc.json': '{"rules": {"anonymous-source": "error"}, "policy": {"default": false}}', 'a.txt': anonymous})
    fs.mkdirSync(path.join(folder, 'desk'))
    fs.writeFileSync(path.join(folder, 'desk', '.isnadrc.yaml'), 'rules:\n  anonymous-source: "off"\npolicy:\n  default: false\n')
    fs.writeFileSync(path.join(folder, 'desk', 'b.txt'), anonymous)
    const result = run(folder, ['--report', 'json', '.'])
    const report = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{ruleId: string; fatal: boolean}>}>
    const rulesOf = (name: string) => report.find((file) => file.path === name)!.messages.map((message) => `${message.ruleId}:${message.fatal}`)
    expect(rulesOf('a.txt')).toContain('anonymous-source:true')
    expect(rulesOf(path.join('desk', 'b.txt')).some((rule) => rule.startsWith('anonymous-source'))).toBe(false)
    expect(result.status).toBe(1)
  })

  it('exits 0 on warnings alone and 1 with --frail', () => {
    const folder = project({'.isnadrc.json': '{"policy": {"default": false}}', 'a.txt': 'قال مسؤول أوكراني، طالباً عدم الكشف عن هويته لأن المفاوضات سرية، إن الهجوم بدأ.\n'})
    expect(run(folder, ['a.txt']).status).toBe(0)
    expect(run(folder, ['--frail', 'a.txt']).status).toBe(1)
  })

  it('prints the readable report and a sourcing summary line per draft on standard error', () => {
    const folder = project({'a.txt': anonymous})
    const result = run(folder, ['a.txt'])
    expect(result.stderr).toContain('1:5-1:18')
    expect(result.stderr).toContain('anonymous-source')
    expect(result.lines.at(-1)).toBe('a.txt: 1 attribution: 0 named, 1 anonymous, 0 vague')
  })

  it('lines up the rule column of the readable report by display width: an Arabic letter is one column, a diacritic none', () => {
    // Sources of different lengths, one with diacritics, so the reasons quoting them differ in width.
    const folder = project({'a.txt': 'قالَ مَسْؤُولٌ كَبِيرٌ إن الهجوم بدأ.\n\nوقال مسؤول إن الوضع هادئ.\n'})
    const result = run(folder, ['a.txt'])
    const rows = result.lines.filter((line) => / (warning|error) /.test(line))
    expect(rows.length).toBeGreaterThan(2)
    // The display width of what comes before the rule id (the last two cells are the rule id and `isnad`).
    const columns = rows.map((row) => [...row.replace(/ [a-z/-]+ +isnad$/, '')].filter((character) => !/\p{M}/u.test(character)).length)
    expect(new Set(columns).size).toBe(1)
    expect(rows.some((row) => /\p{M}/u.test(row))).toBe(true)
  })

  it('JSON output round-trips: parsed, it holds every message with its place and rule', () => {
    const folder = project({'a.md': `# خبر\n\n${anonymous}\n\`\`\`\nقال مسؤول إن هذا مقطع برمجي.\n\`\`\`\n`})
    const result = run(folder, ['--report', 'json', 'a.md'])
    const [file] = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{ruleId: string; line: number; column: number; source: string}>}>
    expect(JSON.parse(JSON.stringify(file))).toEqual(file)
    expect(file.path).toBe('a.md')
    expect(file.messages.every((message) => message.source === 'isnad' && message.line === 3)).toBe(true)
    expect(file.messages.map((message) => message.ruleId)).toContain('anonymous-source')
  })

  // mdast-util-to-nlcst once overflowed the stack on it, and the draft "cannot be checked".
  it('lints a Markdown paragraph of more than 100,000 tokens as the same text in a .txt file', () => {
    const text = 'قال مسؤول إن الوضع هادئ. '.repeat(12_500)
    const folder = project({'big.md': text, 'big.txt': text})
    const result = spawnSync('node', [bin, '--report', 'json', 'big.md', 'big.txt'], {cwd: folder, encoding: 'utf8', maxBuffer: 64 << 20})
    expect(result.stderr).toBe('')
    const [markdown, plain] = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{ruleId: string; place: unknown}>}>
    expect(markdown.path).toBe('big.md')
    expect(markdown.messages.length).toBeGreaterThan(12_500)
    expect(markdown.messages.map(({ruleId, place}) => [ruleId, place])).toEqual(plain.messages.map(({ruleId, place}) => [ruleId, place]))
  })

  it('reads standard input, its format from --stdin-filename', () => {
    const result = spawnSync('node', [bin, '--report', 'json', '--stdin-filename', 'draft.md'], {input: `<!-- isnad-ignore anonymous-source -->\n${anonymous}`, encoding: 'utf8', cwd: project({})})
    const [file] = JSON.parse(result.stdout) as Array<{messages: Array<{ruleId: string}>}>
    expect(file.messages.map((message) => message.ruleId)).not.toContain('anonymous-source')
  })
})

describe('--jobs', () => {
  it.skipIf(!fs.existsSync(CORPUS))('on worker threads, reports exactly what one thread reports, in the same order', () => {
    const texts = corpusTexts().slice(0, 12)
    const folder = project(Object.fromEntries(texts.map((text, index) => [`${String(index).padStart(2, '0')}.txt`, text])))
    for (const report of [[], ['--report', 'json']]) {
      const serial = run(folder, ['--jobs', '1', ...report, '.'])
      const pooled = run(folder, ['--jobs', '2', ...report, '.'])
      expect(serial.stdout + serial.stderr).toContain('attributions')
      expect(pooled.status).toBe(serial.status)
      expect(pooled.stdout).toBe(serial.stdout)
      expect(pooled.stderr).toBe(serial.stderr)
    }
  })

  it('rejects a count that is not a whole number of at least 1', () => {
    const result = run(project({'a.txt': anonymous}), ['--jobs', '0', 'a.txt'])
    expect(result.status).toBe(2)
    expect(result.lines).toEqual(['isnad: --jobs 0: expected a whole number of at least 1'])
  })
})
