#!/usr/bin/env node
/**
 * Lints one file with the strict preset in this process and prints one JSON
 * line: how long `checkDraft` took, the counts, and every broken invariant
 * (a message placed outside the document, a record span whose text is not
 * its slice of the document). The hostile-input tests run it as a child
 * process, so that a run past its time bound can be killed.
 *
 *   node test/robustness/lint-file.mjs [--warm] FILE [NAME]
 *
 * NAME (default FILE) decides the format by its extension; `--warm` lints a
 * few corpus articles first, so the time measured is not the JIT's warm-up.
 * Imports `dist/`.
 */
import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {corpusTexts} from '../../bench/inputs.mjs'

const args = process.argv.slice(2)
const warm = args[0] === '--warm'
const [path, name = path] = warm ? args.slice(1) : args
const {checkDraft} = await import('../../dist/lib/processor.js')
if (warm) for (const article of corpusTexts().slice(0, 8)) await checkDraft(new VFile({path: 'warm.txt', value: article}), {preset: 'strict'})
const text = readFileSync(path, 'utf8')
const started = performance.now()
const file = new VFile({path: name, value: text})
await checkDraft(file, {preset: 'strict'})
const ms = performance.now() - started

const problems = []
for (const message of file.messages) {
  const place = message.place
  const [start, end] = place && 'start' in place ? [place.start.offset, place.end.offset] : [place?.offset, place?.offset]
  if (start === undefined || end === undefined || !(start >= 0 && start <= end && end <= text.length))
    problems.push(`${message.ruleId}: place ${start}-${end} outside 0-${text.length}`)
}
for (const record of file.data.attributions ?? []) {
  for (const [key, span] of [['cue', record.cue], ['source', record.source], ['reason', record.reason], ...record.via.map((via, index) => [`via[${index}]`, via])]) {
    if (!span) continue
    if (!(span.start >= 0 && span.start <= span.end && span.end <= text.length) || text.slice(span.start, span.end) !== span.text)
      problems.push(`${record.id}.${key} ${span.start}-${span.end} is not ${JSON.stringify(span.text).slice(0, 80)}`)
  }
}
process.stdout.write(
  `${JSON.stringify({
    ms: Math.round(ms),
    length: text.length,
    messages: file.messages.length,
    attributions: file.data.attributions?.length ?? 0,
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    problems: problems.slice(0, 20)
  })}\n`
)
