/**
 * `npm run bench:server`: how long a keystroke takes to reach the editor as
 * diagnostics. Starts the compiled `isnad-language-server --stdio` with no
 * debounce (the debounce only adds its own wait), opens a 5,000-word draft
 * built from the dev corpus, types 120 characters into its middle one
 * `didChange` at a time and times each edit to the `publishDiagnostics` for
 * its version (p50 and p95 of the last 100). For comparison, the same texts
 * go through a full unified-engine pass per keystroke, as
 * unified-language-server runs one (fresh config search, file pipeline,
 * reporter), with the same processor.
 */
import {spawn} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {PassThrough} from 'node:stream'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {engine} from 'unified-engine'
import {VFile} from 'vfile'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter} from 'vscode-languageserver-protocol/node.js'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {checkDraft, isnad} from '../dist/lib/processor.js'

const root = fileURLToPath(new URL('..', import.meta.url))
// `shared/` sits beside the repository (as CI lays it out).
const corpus = join(root, '..', 'shared', 'corpus', 'dev', 'raw')
const WORDS = 5000
const WARMUP = 20
const EDITS = 100
// Typed one character per keystroke (two sentences, longer than the run).
const keys = 'وقال المتحدث باسم الوزارة إن المحادثات مستمرة، مضيفاً أن الوفد سيعود غداً. '.repeat(2)

/** Whole paragraphs of the dev corpus, in name order, until the draft has `WORDS` words. */
function buildDraft() {
  const paragraphs = []
  let words = 0
  for (const name of readdirSync(corpus).filter((entry) => entry.endsWith('.txt')).sort()) {
    for (const paragraph of readFileSync(join(corpus, name), 'utf8').split('\n')) {
      if (!paragraph.trim()) continue
      paragraphs.push(paragraph.trim())
      words += paragraph.trim().split(/\s+/).length
      if (words >= WORDS) return {text: `${paragraphs.join('\n\n')}\n`, words}
    }
  }
  throw new Error(`the dev corpus has fewer than ${WORDS} words`)
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]
}

const ms = (value) => `${value.toFixed(1)} ms`

const {text: draft, words} = buildDraft()
const cursor = draft.indexOf('\n\n', Math.floor(draft.length / 2)) + 2
const texts = Array.from({length: WARMUP + EDITS}, (_, index) => draft.slice(0, cursor) + keys.slice(0, index + 1) + draft.slice(cursor))

const dir = mkdtempSync(join(tmpdir(), 'isnad-bench-'))
// A config to find: the server reads it once, unified-engine on every pass.
writeFileSync(join(dir, '.isnadrc.json'), '{}\n')
const path = join(dir, 'draft.txt')
const uri = pathToFileURL(path).href

// The language server, over stdio.
const child = spawn(process.execPath, [join(root, 'dist', 'lib', 'server', 'bin.js'), '--stdio'], {stdio: ['pipe', 'pipe', 'inherit']})
const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
const waiting = new Map()
connection.onNotification('textDocument/publishDiagnostics', ({version, diagnostics}) => {
  waiting.get(version)?.(diagnostics)
  waiting.delete(version)
})
connection.listen()
await connection.sendRequest('initialize', {processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {}, initializationOptions: {debounce: 0}})
await connection.sendNotification('initialized', {})

const published = (version) => new Promise((resolve) => waiting.set(version, resolve))
let document = TextDocument.create(uri, 'plaintext', 1, draft)
const opened = published(1)
await connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version: 1, text: draft}})
const diagnosticCount = (await opened).length

const serverTimes = []
for (let index = 0; index < texts.length; index++) {
  const position = document.positionAt(cursor + index)
  const change = {range: {start: position, end: position}, text: keys[index]}
  const version = document.version + 1
  document = TextDocument.update(document, [change], version)
  const done = published(version)
  const start = performance.now()
  await connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [change]})
  await done
  if (index >= WARMUP) serverTimes.push(performance.now() - start)
}
if (document.getText() !== texts.at(-1)) throw new Error('the bench typed something else than it compares')
await connection.sendRequest('shutdown')
await connection.sendNotification('exit')
connection.dispose()

// The same keystrokes in-process: the processor alone, and a unified-engine pass.
const checkTimes = []
const engineTimes = []
for (let index = 0; index < texts.length; index++) {
  let start = performance.now()
  await checkDraft(new VFile({path, value: texts[index]}), {format: 'text'})
  if (index >= WARMUP) checkTimes.push(performance.now() - start)

  start = performance.now()
  await new Promise((resolve, reject) => {
    engine(
      {
        processor: isnad({format: 'text'}),
        cwd: dir,
        files: [new VFile({path, value: texts[index]})],
        rcName: '.isnadrc',
        packageField: 'isnad',
        ignoreName: '.isnadignore',
        pluginPrefix: 'isnad',
        quiet: false,
        silentlyIgnore: true,
        streamError: new PassThrough(),
        streamOut: new PassThrough()
      },
      (error) => (error ? reject(error) : resolve())
    )
  })
  if (index >= WARMUP) engineTimes.push(performance.now() - start)
}
rmSync(dir, {recursive: true, force: true})

const server = {p50: percentile(serverTimes, 50), p95: percentile(serverTimes, 95)}
const check = {p50: percentile(checkTimes, 50), p95: percentile(checkTimes, 95)}
const unified = {p50: percentile(engineTimes, 50), p95: percentile(engineTimes, 95)}
console.log(`draft: ${words} words, ${draft.length} UTF-16 code units, ${diagnosticCount} diagnostics; ${EDITS} keystrokes timed after ${WARMUP} warm-up ones`)
console.log(`isnad-language-server  didChange → publishDiagnostics (debounce 0): p50 ${ms(server.p50)}, p95 ${ms(server.p95)} (target p95 ≤ 50 ms)`)
console.log(`checkDraft in-process  (the processor alone):                     p50 ${ms(check.p50)}, p95 ${ms(check.p95)}`)
console.log(`unified-engine pass per keystroke (as unified-language-server):   p50 ${ms(unified.p50)}, p95 ${ms(unified.p95)}`)
console.log(`ratio unified-engine pass / server latency: p50 ${(unified.p50 / server.p50).toFixed(2)}×, p95 ${(unified.p95 / server.p95).toFixed(2)}×`)
console.log(`ratio unified-engine pass / checkDraft:     p50 ${(unified.p50 / check.p50).toFixed(2)}×, p95 ${(unified.p95 / check.p95).toFixed(2)}×`)
