/**
 * `isnad stats [options] PATH…`: the sourcing figures of each draft and of
 * all of them (see `../report/stats.ts`), for archive audits. One line per
 * draft, written as soon as that draft is done, then a total line; JSON Lines
 * by default, CSV with `--format csv`. Folders and globs are expanded as the
 * linter does, `.isnadignore` and configs (for their lexicon) apply. Only
 * the extraction runs, no rule.
 *
 * Exit codes: 0 done, 1 some draft could not be read (the others are still
 * counted), 2 a usage or config error (nothing is counted).
 */
import {parseArgs} from 'node:util'
import {VFile} from 'vfile'
import {checkDraft, type IsnadSettings} from '../processor.js'
import {ConfigError, ConfigResolver} from '../config/index.js'
import {IgnoreResolver} from '../config/ignore.js'
import {csvHeader, csvRow, StatsAccumulator, type SourcingStats} from '../report/stats.js'
import {expand, reportExpansion} from './files.js'
import {decodeDraft, readDraft, type Read} from './read.js'
import type {Streams} from './extract.js'

export const statsUsage = `Usage: isnad stats [options] PATH|GLOB…

Sourcing figures of each draft and in total, for archive audits: attributions
by source type, the anonymous and unnamed shares, the most cited sources and
outlets. One line per draft as soon as it is done, then a total line.
Standard input is read when no path is given.

Options:
      --format FORMAT      jsonl (default) or csv
      --top N              how many sources and outlets to list (default 10)
  -c, --config FILE        use this config (for its lexicon) instead of searching
  -h, --help               show this help

Exit codes: 0 done, 1 some draft could not be read (the others are still
counted), 2 a usage or config error.
`

type Format = 'jsonl' | 'csv'

export async function statsCommand(argv: string[], streams: Streams & {stdin: NodeJS.ReadableStream & {isTTY?: boolean}}): Promise<number> {
  let values
  let positionals: string[]
  try {
    ;({values, positionals} = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: {type: 'string', default: 'jsonl'},
        top: {type: 'string', default: '10'},
        config: {type: 'string', short: 'c'},
        help: {type: 'boolean', short: 'h', default: false}
      }
    }))
  } catch (error) {
    streams.stderr.write(`isnad stats: ${(error as Error).message.split('\n')[0]}; see isnad stats --help\n`)
    return 2
  }
  if (values.help) {
    streams.stdout.write(statsUsage)
    return 0
  }
  const format = values.format as Format
  if (format !== 'jsonl' && format !== 'csv') {
    streams.stderr.write(`isnad stats: unknown format ${format}; expected jsonl or csv\n`)
    return 2
  }
  const top = Number(values.top)
  if (!Number.isInteger(top) || top < 0) {
    streams.stderr.write(`isnad stats: --top must be a whole number, got ${values.top}\n`)
    return 2
  }
  const fromStdin = positionals.length === 0
  if (fromStdin && streams.stdin.isTTY) {
    streams.stderr.write(statsUsage)
    return 2
  }

  const configs = new ConfigResolver(values.config)
  const expansion = fromStdin ? {targets: [{path: '-', explicit: true}], ignored: [], empty: []} : await expand(positionals, new IgnoreResolver())
  let failed = reportExpansion(expansion, streams.stderr)

  // Configs are resolved before any draft is read: a bad config counts nothing.
  const jobs: Array<{path: string; settings: IsnadSettings}> = []
  try {
    for (const {path} of expansion.targets) {
      const {lexicon} = configs.forFile(path === '-' ? 'stdin' : path).settings
      jobs.push({path, settings: {extractOnly: true, lexicon}})
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      streams.stderr.write(`isnad: ${error.message}\n`)
      return 2
    }
    throw error
  }

  const write = (kind: 'file' | 'total', file: string, files: number, stats: SourcingStats, unreadable = 0) => {
    const line =
      format === 'csv'
        ? csvRow(kind, file, files, stats)
        : JSON.stringify(kind === 'file' ? {file, ...stats} : {total: true, files, unreadable, ...stats})
    streams.stdout.write(`${line}\n`)
  }

  if (format === 'csv') streams.stdout.write(`${csvHeader()}\n`)
  const total = new StatsAccumulator()
  let counted = 0
  let unreadable = 0
  for (const job of jobs) {
    const read = job.path === '-' ? decodeDraft(await readAll(streams.stdin)) : await readDraft(job.path)
    const name = job.path === '-' ? '<stdin>' : job.path
    if (!read.ok) {
      streams.stderr.write(`isnad: ${name}: ${read.reason}\n`)
      failed = true
      unreadable++
      continue
    }
    const attributions = await attributionsOf(job.path === '-' ? undefined : job.path, read, job.settings)
    const draft = new StatsAccumulator().add(attributions)
    total.merge(draft)
    counted++
    write('file', name, 1, draft.stats(top))
  }
  write('total', '', counted, total.stats(top), unreadable)
  return failed ? 1 : 0
}

async function attributionsOf(path: string | undefined, read: Extract<Read, {ok: true}>, settings: IsnadSettings) {
  const file = new VFile({path, value: read.text})
  await checkDraft(file, settings)
  return file.data.attributions ?? []
}

async function readAll(stdin: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return Buffer.concat(chunks)
}
