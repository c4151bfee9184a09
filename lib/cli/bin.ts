#!/usr/bin/env node
/**
 * The `isnad` command: `isnad [paths|globs]` lints drafts; `isnad extract`
 * prints their attribution records, `isnad stats` their sourcing figures and
 * `isnad report --html` draws their attribution map.
 */
import {readFileSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {extractCommand} from './extract.js'
import {lintCommand, type ReportFormat} from './lint.js'

const usage = `Usage: isnad [options] [PATH|GLOB…]
       isnad extract [FILE…]
       isnad stats [--format jsonl|csv] PATH…
       isnad report --html OUT PATH…

Lint Arabic news drafts (.txt and Markdown) for their sourcing: anonymous and
vague sources, missing reasons for anonymity, loaded verbs, second-hand claims,
unattributed quotes, repeated passages. Folders are searched for drafts;
standard input is read when no path is given.

Commands:
  extract [FILE…]          print each draft's attributions as JSON Lines
  stats PATH…              sourcing figures per draft and in total (JSON Lines or CSV)
  report --html OUT PATH…  write the attribution map of the drafts to one HTML file

Options:
  -r, --report FORMAT      readable (default), json or sarif
      --frail              exit 1 on warnings too
  -q, --quiet              report only drafts with messages
  -s, --silent             report only errors
  -c, --config FILE        use this config instead of searching for .isnadrc
      --stdin-filename NAME  name (and format, by extension) of standard input
  -j, --jobs N             worker threads (default: every core, once the drafts
                           pass about 15 MB; given, always)
      --no-color           plain output
  -h, --help               show this help
  -v, --version            show the version

Exit codes: 0 clean, 1 errors (or warnings with --frail) or an unreadable
draft, 2 a usage or config error.
`

function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {version: string}
  return manifest.version
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'report') return (await import('./report.js')).reportCommand(argv.slice(1), process)
  if (argv[0] === 'stats') return (await import('./stats.js')).statsCommand(argv.slice(1), process)
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        report: {type: 'string', short: 'r', default: 'readable'},
        frail: {type: 'boolean', default: false},
        quiet: {type: 'boolean', short: 'q', default: false},
        silent: {type: 'boolean', short: 's', default: false},
        config: {type: 'string', short: 'c'},
        'stdin-filename': {type: 'string'},
        jobs: {type: 'string', short: 'j'},
        color: {type: 'boolean', default: Boolean(process.stderr.isTTY)},
        'no-color': {type: 'boolean', default: false},
        help: {type: 'boolean', short: 'h', default: false},
        version: {type: 'boolean', short: 'v', default: false}
      }
    })
  } catch (error) {
    process.stderr.write(`isnad: ${(error as Error).message.split('\n')[0]}; see isnad --help\n`)
    return 2
  }
  const {values, positionals} = parsed
  if (values.help) {
    process.stdout.write(usage)
    return 0
  }
  if (values.version) {
    process.stdout.write(`${version()}\n`)
    return 0
  }
  if (positionals[0] === 'extract') return extractCommand(positionals.slice(1), process)
  const report = values.report as ReportFormat
  if (!['readable', 'json', 'sarif'].includes(report)) {
    process.stderr.write(`isnad: unknown report format ${report}; expected readable, json or sarif\n`)
    return 2
  }
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs)
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1)) {
    process.stderr.write(`isnad: --jobs ${values.jobs}: expected a whole number of at least 1\n`)
    return 2
  }
  if (positionals.length === 0 && process.stdin.isTTY) {
    process.stderr.write(usage)
    return 2
  }
  return lintCommand(
    {
      paths: positionals,
      report,
      frail: values.frail,
      quiet: values.quiet,
      silent: values.silent,
      config: values.config,
      stdinFilename: values['stdin-filename'],
      jobs,
      color: values.color && !values['no-color'],
      version: version()
    },
    process
  )
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`isnad: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exitCode = 70
  }
)
