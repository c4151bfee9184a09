#!/usr/bin/env node
/**
 * Profiles one full lint (`checkDraft` with the strict preset) of a draft and
 * says where the time goes: by pipeline stage, by function, and the inclusive
 * time of the engine functions that matter. Only the measured run is sampled
 * (a warm-up on the corpus comes first). Imports from `dist/`: build first.
 *
 *   node bench/profile.mjs [corpus|HOSTILE-CASE] [BYTES] [--out FILE.cpuprofile] [--json]
 *
 * The `.cpuprofile` opens in Chrome DevTools or speedscope.
 */
import {writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {VFile} from 'vfile'
import {corpusDraft, corpusTexts, hostile} from './inputs.mjs'
import {formatSummary, profile, summarize} from './profile-lib.mjs'

/** Engine functions whose inclusive time the summary reports. */
export const ENGINE_FUNCTIONS = [
  'parse',
  'extractAttributions',
  'sentencesOf',
  'normalize',
  'Words',
  'findCues',
  'finish',
  'cueOf',
  'spanOf',
  'reasonInParagraph',
  'closeQuotation',
  'lookup',
  'segment',
  'toString',
  'placeOf',
  'message'
]

const args = process.argv.slice(2)
const flag = (name) => {
  const at = args.indexOf(name)
  return at === -1 ? undefined : args.splice(at, 2)[1]
}
const out = flag('--out') ?? join(tmpdir(), `isnad-profile-${process.pid}.cpuprofile`)
const json = args.includes('--json')
const positional = args.filter((arg) => !arg.startsWith('--'))
const kind = positional[0] ?? 'corpus'
const bytes = Number(positional[1] ?? 1_000_000)

const {checkDraft} = await import('../dist/lib/processor.js')
const texts = corpusTexts()
const text = kind === 'corpus' ? corpusDraft(bytes, texts) : hostile[kind]?.(bytes)
if (text === undefined) {
  process.stderr.write(`unknown input ${kind}; expected corpus or one of ${Object.keys(hostile).join(', ')}\n`)
  process.exit(2)
}
// Warm-up: compile the lexicons and policies, and let the JIT see the code.
await checkDraft(new VFile({path: 'warm-up.txt', value: texts.slice(0, 20).join('\n\n')}), {preset: 'strict'})

const started = performance.now()
const {profile: data} = await profile(() => checkDraft(new VFile({path: 'draft.txt', value: text}), {preset: 'strict'}))
const wall = performance.now() - started
writeFileSync(out, JSON.stringify(data))
const summary = summarize(data, ENGINE_FUNCTIONS)
if (json) process.stdout.write(`${JSON.stringify({input: kind, bytes: Buffer.byteLength(text), wallMs: Math.round(wall), profile: out, ...summary})}\n`)
else process.stdout.write(`${kind}, ${Buffer.byteLength(text)} bytes: ${wall.toFixed(0)} ms wall (profiled)\n${formatSummary(summary, 20)}\nprofile: ${out}\n`)
