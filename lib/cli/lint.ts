/**
 * `isnad [paths|globs]`: lints drafts and reports what the sourcing policy
 * forbids. Exit codes: 0 clean, 1 errors (or warnings with `--frail`) or an
 * unreadable draft, 2 a usage or config error (then nothing is linted).
 */
import {availableParallelism} from 'node:os'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {checkDraft, type IsnadSettings} from '../processor.js'
import type {PoolJob} from './pool.js'
import {ConfigError, ConfigResolver} from '../config/index.js'
import {IgnoreResolver} from '../config/ignore.js'
import {formatSummary, summarize, type SourcingSummary} from '../report/summary.js'
import {rules} from '../../rules/index.js'
import {expand, reportExpansion} from './files.js'
import {decodeDraft, readDraft} from './read.js'
import type {Streams} from './extract.js'

export type ReportFormat = 'readable' | 'json' | 'sarif'

/**
 * Characters of drafts from which linting is spread over worker threads,
 * unless `--jobs` says how many.
 * Each worker compiles the whole engine anew (V8 optimizes per thread),
 * about a second and a half of CPU before it runs at full speed; measured on
 * 2 cores, two workers beat one thread only past about 3,500 news articles
 * (15 MB): 1,000 and 2,500 articles ran faster in one thread, 5,000 took
 * 6.2 s instead of 7.7 s.
 */
const POOL_THRESHOLD = 8_000_000

export interface LintOptions {
  paths: string[]
  report: ReportFormat
  frail: boolean
  quiet: boolean
  silent: boolean
  /** A config file to use instead of discovery. */
  config?: string
  /** Name given to standard input (its extension picks the format). */
  stdinFilename?: string
  /**
   * Worker threads (1: lint in this thread). Unset: every core, once the
   * drafts are long enough for workers to pay for their warm-up.
   */
  jobs?: number
  color: boolean
  version: string
}

export async function lintCommand(options: LintOptions, streams: Streams): Promise<number> {
  const configs = new ConfigResolver(options.config)
  const ignores = new IgnoreResolver()
  const fromStdin = options.paths.length === 0
  const expansion = fromStdin ? {targets: [], ignored: [], empty: []} : await expand(options.paths, ignores)
  let failed = reportExpansion(expansion, streams.stderr)

  // Configs are resolved for every draft before any is linted: a bad config lints nothing.
  const jobs: Array<{path: string; settings: IsnadSettings}> = []
  try {
    if (fromStdin) jobs.push({path: options.stdinFilename ?? '', settings: configs.forFile(options.stdinFilename ?? 'stdin').settings})
    for (const target of expansion.targets) jobs.push({path: target.path, settings: configs.forFile(target.path).settings})
  } catch (error) {
    if (error instanceof ConfigError) {
      streams.stderr.write(`isnad: ${error.message}\n`)
      return 2
    }
    throw error
  }

  const readable: PoolJob[] = []
  for (const job of jobs) {
    const read = fromStdin ? decodeDraft(await readAll(streams.stdin)) : await readDraft(job.path)
    if (read.ok) readable.push({...job, text: read.text})
    else {
      streams.stderr.write(`isnad: ${job.path || '<stdin>'}: ${read.reason}\n`)
      failed = true
    }
  }

  const files: VFile[] = []
  /** Index-aligned with `files`. */
  const summaries: SourcingSummary[] = []
  // A worker costs a module load of its own: below a few megabytes one thread is faster.
  const size = readable.reduce((total, job) => total + job.text.length, 0)
  const wanted = options.jobs ?? (size >= POOL_THRESHOLD ? availableParallelism() : 1)
  const workers = Math.min(wanted, readable.length)
  if (workers > 1) {
    // In input order, so the report is the serial run's.
    let index = 0
    // Loaded only when used: a short run should not pay for worker threads at start.
    const {lintInPool, restoreFile} = await import('./pool.js')
    for await (const result of lintInPool(readable, workers)) {
      files.push(restoreFile(result, readable[index++].text))
      summaries.push(result.summary)
    }
  } else {
    for (const job of readable) {
      try {
        const file = await checkDraft(new VFile({path: job.path || undefined, value: job.text}), job.settings)
        files.push(file)
        summaries.push(summarize(file.data.attributions ?? []))
      } catch (error) {
        // A draft the parser cannot take (a sentence of 100,000 tokens the plugins join to another overflows the stack) is reported like an unreadable one.
        streams.stderr.write(`isnad: ${job.path || '<stdin>'}: cannot be checked (${(error as Error).message}); simplify its structure\n`)
        failed = true
      }
    }
  }

  if (options.report === 'json') {
    const {reporterJson} = await import('vfile-reporter-json')
    streams.stdout.write(`${reporterJson(files, {quiet: options.quiet, silent: options.silent})}\n`)
  } else if (options.report === 'sarif') {
    const {toSarif} = await import('../report/sarif.js')
    streams.stdout.write(`${JSON.stringify(toSarif(files, rules.map((rule) => rule.meta), options.version), null, 2)}\n`)
  } else {
    const report = reporter(files, {quiet: options.quiet, silent: options.silent, color: options.color})
    if (report) streams.stderr.write(`${report}\n`)
    if (!options.silent && !options.quiet) {
      files.forEach((file, index) => streams.stderr.write(`${file.path || '<stdin>'}: ${formatSummary(summaries[index])}\n`))
    }
  }

  const errors = files.some((file) => file.messages.some((message) => message.fatal === true))
  const warnings = files.some((file) => file.messages.some((message) => message.fatal === false))
  return failed || errors || (options.frail && warnings) ? 1 : 0
}

async function readAll(stdin: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return Buffer.concat(chunks)
}
