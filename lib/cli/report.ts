/**
 * `isnad report --html OUT FILE…`: the attribution map of the drafts as one
 * self-contained HTML page. Files, folders and globs are taken as by `isnad`
 * (with the same configs, so the findings match). OUT is written atomically:
 * a temporary file beside it, then a rename. An unreadable input gets one
 * line on standard error and exit code 1, and then nothing is written.
 */
import {randomBytes} from 'node:crypto'
import {rename, rm, writeFile} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'
import {parseArgs} from 'node:util'
import {VFile} from 'vfile'
import {ConfigError, ConfigResolver} from '../config/index.js'
import {IgnoreResolver} from '../config/ignore.js'
import {checkDraft} from '../processor.js'
import {renderReport, type ReportFile} from '../report/html.js'
import type {Streams} from './extract.js'
import {expand} from './files.js'
import {readDraft} from './read.js'

const usage = `Usage: isnad report --html OUT FILE…

Write the attribution map of the drafts (files, folders or globs) to OUT:
one HTML page with no external resources, showing each draft with its
sources, claims and findings highlighted.
`

/** Runs the command; resolves to the exit code (2 usage or config error, 1 unreadable input or unwritable OUT). */
export async function reportCommand(argv: string[], streams: Pick<Streams, 'stdout' | 'stderr'>): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({args: argv, allowPositionals: true, options: {html: {type: 'string'}, help: {type: 'boolean', short: 'h', default: false}}})
  } catch (error) {
    streams.stderr.write(`isnad report: ${(error as Error).message.split('\n')[0]}\n${usage}`)
    return 2
  }
  const {values, positionals} = parsed
  if (values.help) {
    streams.stdout.write(usage)
    return 0
  }
  if (!values.html || positionals.length === 0) {
    streams.stderr.write(usage)
    return 2
  }

  const expansion = await expand(positionals, new IgnoreResolver())
  let failed = false
  for (const path of expansion.ignored) {
    streams.stderr.write(`isnad: ${path}: ignored by .isnadignore; remove the pattern or do not name the file\n`)
    failed = true
  }
  for (const pattern of expansion.empty) streams.stderr.write(`isnad: ${pattern}: no drafts found (.txt or Markdown)\n`)

  const configs = new ConfigResolver()
  const files: ReportFile[] = []
  for (const {path} of expansion.targets) {
    const read = await readDraft(path)
    if (!read.ok) {
      streams.stderr.write(`isnad: ${path}: ${read.reason}\n`)
      failed = true
      continue
    }
    let settings
    try {
      settings = configs.forFile(path).settings
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error
      streams.stderr.write(`isnad: ${error.message}\n`)
      return 2
    }
    const file = await checkDraft(new VFile({path, value: read.text}), settings)
    files.push({path, text: read.text, attributions: file.data.attributions ?? [], messages: file.messages})
  }
  if (files.length === 0 && !failed) streams.stderr.write('isnad: no drafts to report; nothing written\n')
  if (failed || files.length === 0) return 1

  const out = values.html
  const temporary = join(dirname(out), `.${basename(out)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    await writeFile(temporary, renderReport(files), {flag: 'wx'})
    await rename(temporary, out)
  } catch (error) {
    await rm(temporary, {force: true})
    const {code, message} = error as NodeJS.ErrnoException
    streams.stderr.write(`isnad: ${out}: cannot write the report: ${code === 'ENOENT' ? 'its folder does not exist' : message}\n`)
    return 1
  }
  return 0
}
