#!/usr/bin/env node
/**
 * The `isnad` command.
 */
import {readFileSync} from 'node:fs'
import {extractCommand} from './extract.js'

const usage = `Usage: isnad <command> [options] [FILE…]

Commands:
  extract [FILE…]   print the attributions of each draft as JSON Lines
                    (standard input when no file is given)

Options:
  -h, --help        show this help
  -v, --version     show the version
`

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  if (command === '-h' || command === '--help' || command === undefined) {
    process.stdout.write(usage)
    return command === undefined ? 2 : 0
  }
  if (command === '-v' || command === '--version') {
    const manifest = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {version: string}
    process.stdout.write(`${manifest.version}\n`)
    return 0
  }
  if (command === 'extract') {
    if (rest.includes('-h') || rest.includes('--help')) {
      process.stdout.write(usage)
      return 0
    }
    const unknown = rest.find((argument) => argument.startsWith('-') && argument !== '-')
    if (unknown) {
      process.stderr.write(`isnad: unknown option ${unknown}; see isnad --help\n`)
      return 2
    }
    return extractCommand(rest, process)
  }
  process.stderr.write(`isnad: unknown command ${command}; see isnad --help\n`)
  return 2
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
