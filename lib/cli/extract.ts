/**
 * `isnad extract FILE…`: the attribution records of each draft as JSON Lines,
 * one line per file (the format `../shared/eval` scores), standard input when
 * no file is given.
 */
import {VFile} from 'vfile'
import {checkDraft} from '../processor.js'
import {decodeDraft, readDraft, type Read} from './read.js'

export interface Streams {
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream
  stdin: NodeJS.ReadableStream
}

/** Runs the command; resolves to the exit code (1 when any file could not be read). */
export async function extractCommand(paths: string[], streams: Streams): Promise<number> {
  let failed = false
  const inputs = paths.length > 0 ? paths : ['-']
  for (const path of inputs) {
    const read = path === '-' ? await readStdin(streams.stdin) : await readDraft(path)
    if (!read.ok) {
      streams.stderr.write(`isnad: ${path}: ${read.reason}\n`)
      failed = true
      continue
    }
    const file = new VFile({path: path === '-' ? undefined : path, value: read.text})
    await checkDraft(file, {extractOnly: true})
    const line = JSON.stringify({file: path === '-' ? '<stdin>' : path, attributions: file.data.attributions ?? []})
    streams.stdout.write(`${line}\n`)
  }
  return failed ? 1 : 0
}

async function readStdin(stdin: NodeJS.ReadableStream): Promise<Read> {
  const chunks: Buffer[] = []
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return decodeDraft(Buffer.concat(chunks))
}
