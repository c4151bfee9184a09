#!/usr/bin/env node
/**
 * The measuring half of `bench/run.mjs`: each mode runs in a fresh process,
 * so that sizes and sections do not pollute each other's heap, JIT state or
 * memory high-water mark. Prints one JSON line on standard output (or, for
 * `cli`, writes it to a file, since the CLI owns standard output). Imports
 * from `dist/`.
 *
 *   node bench/child.mjs throughput FILE ITERATIONS [WARMUP-FILE]
 *   node bench/child.mjs memory FILE
 *   node bench/child.mjs hostile FILE NAME
 *   node bench/child.mjs batch FOLDER WORKERS…
 *   node bench/child.mjs share FOLDER PART PARTS
 *   node bench/child.mjs cli OUT-JSON ARGS…
 */
import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {basename, join} from 'node:path'
import {isDeepStrictEqual} from 'node:util'

const dist = new URL('../dist/', import.meta.url)
const [mode, ...args] = process.argv.slice(2)
const mb = (bytes) => Math.round((bytes / 1024 / 1024) * 10) / 10
const maxRssMb = () => mb(process.resourceUsage().maxRSS * 1024)
const out = (value) => process.stdout.write(`${JSON.stringify(value)}\n`)

if (mode === 'throughput') {
  const [file, iterationsArg, warmFile] = args
  const {Bench} = await import('tinybench')
  const {ParseLatin} = await import('parse-latin')
  const {unified} = await import('unified')
  const {VFile} = await import('vfile')
  const {retextArabic} = await import(new URL('lib/parse/index.js', dist).href)
  const {checkDraft} = await import(new URL('lib/processor.js', dist).href)
  const text = readFileSync(file, 'utf8')
  const iterations = Number(iterationsArg)
  // Settings objects are made once, outside the timed calls: `checkDraft` builds one processor per
  // settings object, as a long-running linter would. `checkDraft` is what the CLI and the server run.
  const arabic = unified().use(retextArabic)
  const extraction = {extractOnly: true}
  const full = {preset: 'strict'}
  const run = (settings, value) => checkDraft(new VFile({path: 'draft.txt', value}), settings)
  const stages = {
    'parse-latin': (value) => new ParseLatin().parse(value),
    'ParseArabic (retextArabic)': (value) => arabic.parse(value),
    'parse + extraction': (value) => run(extraction, value),
    'full lint (strict)': (value) => run(full, value)
  }
  // A separate warm-up text (the 1 MB one for the 10 MB run) spares a full extra pass on the big one.
  const warm = warmFile ? readFileSync(warmFile, 'utf8') : undefined
  if (warm) for (const stage of Object.values(stages)) await stage(warm)
  // The scaling target as a ratio from one process: the full lint of the warm-up (1 MB) text and
  // of this one, alternated, so that the machine's load drifts over both alike. Before the stages
  // below, whose whole-draft parses of this text leave a heap of hundreds of megabytes behind.
  let paired
  if (warm) {
    const small = []
    const large = []
    for (let round = 0; round < 3; round++) {
      for (const [value, times] of [[warm, small], [text, large]]) {
        const started = performance.now()
        await run(full, value)
        times.push(performance.now() - started)
      }
    }
    const middle = (times) => Math.round([...times].sort((a, b) => a - b)[1])
    paired = {smallBytes: Buffer.byteLength(warm), smallMs: middle(small), largeMs: middle(large), rounds: 3}
  }
  const bench = new Bench({iterations, time: 0, warmup: !warmFile, warmupIterations: 1, warmupTime: 0})
  for (const [name, stage] of Object.entries(stages)) bench.add(name, () => stage(text), {async: true})
  await bench.run()
  const counts = await run(full, text)
  out({
    paired,
    bytes: Buffer.byteLength(text),
    stages: bench.tasks.map((task) => ({
      name: task.name,
      samples: task.result.latency.samplesCount,
      medianMs: Math.round(task.result.latency.p50),
      minMs: Math.round(task.result.latency.min),
      meanMs: Math.round(task.result.latency.mean)
    })),
    messages: counts.messages.length,
    attributions: counts.data.attributions.length,
    maxRssMb: maxRssMb()
  })
} else if (mode === 'memory') {
  const [file] = args
  const {VFile} = await import('vfile')
  const {checkDraft} = await import(new URL('lib/processor.js', dist).href)
  const text = readFileSync(file, 'utf8')
  const before = maxRssMb()
  const started = performance.now()
  // The file's own name, so that a `.md` draft is read as Markdown.
  const vfile = new VFile({path: basename(file), value: text})
  await checkDraft(vfile, {preset: 'strict'})
  out({bytes: Buffer.byteLength(text), ms: Math.round(performance.now() - started), rssBeforeMb: before, maxRssMb: maxRssMb(), messages: vfile.messages.length})
} else if (mode === 'hostile') {
  const [file, name] = args
  const {VFile} = await import('vfile')
  const {checkDraft} = await import(new URL('lib/processor.js', dist).href)
  const {corpusTexts} = await import('./inputs.mjs')
  for (const article of corpusTexts().slice(0, 8)) await checkDraft(new VFile({path: 'warm.txt', value: article}), {preset: 'strict'})
  const text = readFileSync(file, 'utf8')
  const started = performance.now()
  let error = null
  let messages = 0
  try {
    const vfile = new VFile({path: name, value: text})
    await checkDraft(vfile, {preset: 'strict'})
    messages = vfile.messages.length
  } catch (caught) {
    error = `${caught.name}: ${caught.message}`
  }
  out({bytes: Buffer.byteLength(text), ms: Math.round(performance.now() - started), messages, error, maxRssMb: maxRssMb()})
} else if (mode === 'batch') {
  const [folder, ...workerCounts] = args
  const {lintInPool, checkJob} = await import(new URL('lib/cli/pool.js', dist).href)
  const names = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort()
  const settings = {preset: 'strict'}
  const jobs = names.map((name) => ({path: join(folder, name), settings, text: readFileSync(join(folder, name), 'utf8')}))
  const runs = []
  // CPU time of the whole process (every thread) over wall time: how many cores the run really got.
  const timed = async (work) => {
    const cpu = process.cpuUsage()
    const started = performance.now()
    const value = await work()
    const ms = performance.now() - started
    const used = process.cpuUsage(cpu)
    return {value, ms: Math.round(ms), coresUsed: Math.round(((used.user + used.system) / 1000 / ms) * 100) / 100}
  }
  const serial = await timed(async () => {
    const results = []
    for (const job of jobs) results.push(await checkJob(job))
    return results
  })
  const reference = serial.value
  runs.push({workers: 0, label: 'in-process, serial', ms: serial.ms, coresUsed: serial.coresUsed, identical: true})
  for (const count of workerCounts.map(Number)) {
    const pooled = await timed(async () => {
      const results = []
      for await (const result of lintInPool(jobs, count)) results.push(result)
      return results
    })
    runs.push({
      workers: count,
      label: `pool, ${count} worker${count === 1 ? '' : 's'}`,
      ms: pooled.ms,
      coresUsed: pooled.coresUsed,
      identical: isDeepStrictEqual(pooled.value, reference)
    })
  }
  out({articles: jobs.length, bytes: jobs.reduce((sum, job) => sum + Buffer.byteLength(job.text), 0), messages: reference.reduce((sum, result) => sum + result.messages.length, 0), runs})
} else if (mode === 'share') {
  // One process's share of a batch, the articles PART, PART + PARTS, …: what a worker would do, with
  // nothing shared with any other process. Its wall time, taken by the parent, includes start-up.
  const [folder, part, parts] = args
  const {checkJob} = await import(new URL('lib/cli/pool.js', dist).href)
  const names = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort().filter((_, index) => index % Number(parts) === Number(part))
  const settings = {preset: 'strict'}
  let messages = 0
  for (const name of names) messages += (await checkJob({path: join(folder, name), settings, text: readFileSync(join(folder, name), 'utf8')})).messages.length
  out({articles: names.length, messages})
} else if (mode === 'cli') {
  // Runs the CLI in this process, so its memory high-water mark can be read at exit.
  const [outFile, ...cliArgs] = args
  const bin = new URL('lib/cli/isnad.mjs', dist)
  const started = performance.now()
  process.on('exit', (code) => {
    writeFileSync(outFile, JSON.stringify({ms: Math.round(performance.now() - started), exitCode: code, maxRssMb: maxRssMb()}))
  })
  process.argv = [process.argv[0], bin.pathname, ...cliArgs]
  await import(bin.href)
} else {
  process.stderr.write(`unknown mode ${mode}\n`)
  process.exit(2)
}
