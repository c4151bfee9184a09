/**
 * The real CLI (`node dist/lib/cli/isnad.mjs FILES…`, the default command,
 * lint) on paths that are not clean drafts: a missing file, a directory, an
 * unreadable file, a binary file, invalid UTF-8 and a 0-byte file. Each gets
 * one clear line, the exit code says whether anything failed, and the other
 * files named with it are still linted and reported.
 *
 * Unreadable files: `chmod 000` does not stop root, and these tests often
 * run as root (CI does). Then the CLI is run as `nobody` (uid 65534), for
 * whom the mode does apply; when that is not possible either, the test is
 * skipped and says why rather than passing for nothing.
 */
import {spawnSync, type SpawnSyncOptions} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))
const bin = path.join(root, 'dist', 'lib', 'cli', 'isnad.mjs')

/** A draft with one named source and no finding under the default preset. */
const CLEAN = 'قال وزير الخارجية المصري سامح شكري إن الاجتماع كان مثمراً.\n'

let folder: string

interface Run {
  status: number | null
  stdout: string
  stderr: string
}

function cli(args: string[], options: SpawnSyncOptions = {}): Run {
  const result = spawnSync(process.execPath, [bin, '--no-color', ...args], {cwd: folder, encoding: 'utf8', timeout: 60_000, ...options})
  if (result.error) throw result.error
  return {status: result.status, stdout: String(result.stdout), stderr: String(result.stderr)}
}

const lines = (text: string) => text.split('\n').filter((line) => line !== '')
/** The `isnad: PATH: reason` lines of standard error. */
const problems = (run: Run) => lines(run.stderr).filter((line) => line.startsWith('isnad: '))
/** Files the JSON report lists. */
const reported = (run: Run) => (JSON.parse(run.stdout) as Array<{path: string; messages: unknown[]}>).map((file) => file.path)

beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-cli-inputs-'))
  // Readable by `nobody` for the unreadable-file test.
  fs.chmodSync(folder, 0o755)
  const write = (name: string, data: string | Buffer) => {
    fs.mkdirSync(path.dirname(path.join(folder, name)), {recursive: true})
    fs.writeFileSync(path.join(folder, name), data)
  }
  write('clean.txt', CLEAN)
  write('folder/inside.md', `# خبر\n\n${CLEAN}`)
  write('folder/nested/deeper.txt', CLEAN)
  write('folder/notes.json', '{}')
  fs.mkdirSync(path.join(folder, 'no-drafts'))
  write('no-drafts/image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]))
  write('binary.txt', Buffer.concat([Buffer.from('قال مسؤول '), Buffer.from([0x00, 0x01, 0x02]), Buffer.from(' إن')]))
  write('latin1.txt', Buffer.concat([Buffer.from('قال الوزير\n'), Buffer.from([0x63, 0x61, 0x66, 0xe9]), Buffer.from('\n')]))
  write('empty.txt', '')
})

afterAll(() => {
  fs.rmSync(folder, {recursive: true, force: true})
})

describe('the lint CLI on inputs that are not clean drafts', () => {
  it('a clean draft alone: no problem line, exit 0 (the reference)', () => {
    const run = cli(['clean.txt'])
    expect(problems(run)).toEqual([])
    expect(run.status).toBe(0)
  })

  it('a missing file: one line, exit 1, the other file still reported', () => {
    const run = cli(['--report', 'json', 'missing.txt', 'clean.txt'])
    expect(problems(run)).toEqual(['isnad: missing.txt: no such file; check the path'])
    expect(run.status).toBe(1)
    expect(reported(run)).toEqual(['clean.txt'])
  })

  it('a directory: its drafts are linted (Markdown and nested folders included, other files not)', () => {
    const run = cli(['--report', 'json', 'folder', 'clean.txt'])
    expect(problems(run)).toEqual([])
    expect(run.status).toBe(0)
    expect(reported(run)).toEqual([path.join('folder', 'inside.md'), path.join('folder', 'nested', 'deeper.txt'), 'clean.txt'])
  })

  it('a directory with no drafts: one line, the other file still reported', () => {
    const run = cli(['--report', 'json', 'no-drafts', 'clean.txt'])
    expect(problems(run)).toEqual(['isnad: no-drafts: no drafts found (.txt or Markdown)'])
    // Nothing failed to be read: an empty folder is reported, not an error.
    expect(run.status).toBe(0)
    expect(reported(run)).toEqual(['clean.txt'])
  })

  it('a binary file: one line naming the NUL byte, exit 1, the other file still reported', () => {
    const run = cli(['--report', 'json', 'binary.txt', 'clean.txt'])
    expect(problems(run)).toEqual([
      `isnad: binary.txt: binary file (NUL byte at offset ${Buffer.byteLength('قال مسؤول ')}); isnad reads UTF-8 text and Markdown drafts`
    ])
    expect(run.status).toBe(1)
    expect(reported(run)).toEqual(['clean.txt'])
  })

  it('invalid UTF-8 (a Latin-1 é): one line with line, column and byte, exit 1, the other file still reported', () => {
    const run = cli(['--report', 'json', 'latin1.txt', 'clean.txt'])
    expect(problems(run)).toEqual([`isnad: latin1.txt: invalid UTF-8 at 2:4 (byte ${Buffer.byteLength('قال الوزير\ncaf')}); save the draft as UTF-8`])
    expect(run.status).toBe(1)
    expect(reported(run)).toEqual(['clean.txt'])
  })

  it('a 0-byte file: linted as an empty draft (no issues, 0 attributions), exit 0', () => {
    const run = cli(['empty.txt', 'clean.txt'])
    expect(problems(run)).toEqual([])
    expect(run.status).toBe(0)
    expect(lines(run.stderr)).toContain('empty.txt: no issues found')
    expect(lines(run.stderr)).toContain('empty.txt: 0 attributions: 0 named, 0 anonymous, 0 vague')
    expect(reported(cli(['--report', 'json', 'empty.txt']))).toEqual(['empty.txt'])
  })

  it('all of them at once: one line each, exit 1, the readable drafts all reported', () => {
    const run = cli(['--report', 'json', 'missing.txt', 'folder', 'no-drafts', 'binary.txt', 'latin1.txt', 'empty.txt', 'clean.txt'])
    expect(problems(run).map((line) => line.split(':')[1].trim())).toEqual(['no-drafts', 'missing.txt', 'binary.txt', 'latin1.txt'])
    expect(run.status).toBe(1)
    expect(reported(run)).toEqual([path.join('folder', 'inside.md'), path.join('folder', 'nested', 'deeper.txt'), 'empty.txt', 'clean.txt'])
  })

  describe('an unreadable file (chmod 000)', () => {
    const locked = () => path.join(folder, 'locked.txt')
    /** How to run the CLI so that the mode applies: as ourselves, as `nobody` when we are root, or not at all. */
    function unprivileged(): {options: SpawnSyncOptions} | {skip: string} {
      fs.writeFileSync(locked(), CLEAN)
      fs.chmodSync(locked(), 0o000)
      let readable = true
      try {
        fs.closeSync(fs.openSync(locked(), 'r'))
      } catch {
        readable = false
      }
      if (!readable) return {options: {}}
      if (process.getuid?.() !== 0) return {skip: 'the file stays readable after chmod 000 and we are not root'}
      const nobody = {uid: 65534, gid: 65534}
      const probe = spawnSync(process.execPath, [bin, '--version'], {cwd: folder, encoding: 'utf8', ...nobody})
      if (probe.error || probe.status !== 0) return {skip: `running as root, and the CLI cannot run as nobody: ${probe.error?.message ?? probe.stderr}`}
      return {options: nobody}
    }

    it('one line, exit 1, the other file still reported (as nobody when running as root)', (context) => {
      const how = unprivileged()
      if ('skip' in how) {
        context.skip(how.skip)
        return
      }
      const run = cli(['--report', 'json', 'locked.txt', 'clean.txt'], how.options)
      expect(problems(run)).toEqual(['isnad: locked.txt: permission denied; make the file readable'])
      expect(run.status).toBe(1)
      expect(reported(run)).toEqual(['clean.txt'])
    })
  })
})
