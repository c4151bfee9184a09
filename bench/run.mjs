#!/usr/bin/env node
/**
 * `npm run bench`: isnad's speed at scale and behaviour under hostile input,
 * every figure from this one run. Builds `dist/` first (`--no-build` skips
 * it), measures each section in fresh child processes (`bench/child.mjs`),
 * prints tables and writes everything as JSON to a temporary file whose path
 * it prints last.
 *
 *   npm run bench [-- --no-build] [-- --skip 50mb,hostile,…] [-- --quick]
 *
 * Sections: throughput (1 MB and 10 MB corpus drafts: parse-latin alone,
 * ParseArabic alone, parse + extraction, full strict lint), memory (peak RSS
 * per size), cli (cold start on a 5 KB draft), batch (1,000 articles, one
 * worker and every core), hostile (time per MB at two sizes per case), 50mb
 * (the CLI on a 50 MB draft), profile (where the full lint's time goes, when
 * its target is missed). `--quick` runs 1 MB only and small hostile sizes.
 */
import {execFileSync, spawn, spawnSync} from 'node:child_process'
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {corpusDraft, corpusTexts, hostile} from './inputs.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const child = fileURLToPath(new URL('child.mjs', import.meta.url))
const bin = join(root, 'dist', 'lib', 'cli', 'isnad.mjs')
const argv = process.argv.slice(2)
const skipAt = argv.indexOf('--skip')
const skip = new Set(skipAt === -1 ? [] : argv[skipAt + 1].split(','))
const quick = argv.includes('--quick')
const MB = 1_000_000

const log = (line = '') => process.stdout.write(`${line}\n`)
const section = (title) => log(`\n== ${title}`)
const round = (value, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** A fixed-width table. */
function table(header, rows) {
  const cells = [header, ...rows].map((row) => row.map((cell) => String(cell ?? '')))
  const widths = header.map((_, column) => Math.max(...cells.map((row) => row[column].length)))
  const line = (row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ')
  log(line(cells[0]))
  log(widths.map((width) => '-'.repeat(width)).join('  '))
  for (const row of cells.slice(1)) log(line(row))
}

/** Runs `node bench/child.mjs …` and parses its JSON line; `timeout` ms kills it (null result). */
function measure(args, {timeout = 30 * 60_000, nodeArgs = []} = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const process_ = spawn(process.execPath, [...nodeArgs, child, ...args], {cwd: root, stdio: ['ignore', 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    process_.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk))
    process_.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk))
    let killed = false
    const timer = setTimeout(() => {
      killed = true
      process_.kill('SIGKILL')
    }, timeout)
    process_.on('error', reject)
    process_.on('close', (code, signal) => {
      clearTimeout(timer)
      const wallMs = Math.round(performance.now() - started)
      if (killed) resolve({killed: true, wallMs})
      else if (code !== 0) resolve({failed: true, code, signal, wallMs, stderr: stderr.split('\n').slice(-5).join('\n')})
      else resolve({...JSON.parse(stdout.trim().split('\n').at(-1)), wallMs})
    })
  })
}

const results = {
  startedAt: new Date().toISOString(),
  machine: {
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGb: round(os.totalmem() / 2 ** 30, 1),
    loadAverageAtStart: os.loadavg().map((value) => round(value))
  },
  source: gitState(),
  targets: {},
  notes: [
    'MB = 10^6 bytes of UTF-8 text; throughput = bytes / median time.',
    'Times are medians of the samples listed; the machine is shared (see loadAverage), so expect noise of 10-30 %.'
  ]
}

function gitState() {
  // Read-only: which commit the figures belong to, and whether the engine had uncommitted edits.
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {cwd: root, encoding: 'utf8'}).trim()
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'lib', 'rules', 'lexicons', 'schemas'], {cwd: root, encoding: 'utf8'})
      .split('\n')
      .filter(Boolean).length
    return {commit, uncommittedEngineFiles: dirty}
  } catch {
    return {commit: null, uncommittedEngineFiles: null}
  }
}

function target(name, value, limit, met, unit = '') {
  results.targets[name] = {value, limit, met}
  return `${met ? 'MET' : 'MISSED'} (${value}${unit} vs ${limit}${unit})`
}

// ---------------------------------------------------------------------------
if (!argv.includes('--no-build')) {
  section('build')
  const started = performance.now()
  const build = spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], {cwd: root, encoding: 'utf8'})
  if (build.status !== 0) {
    // tsc still emits on type errors; report them and carry on with what was emitted.
    log(`tsc reported errors (exit ${build.status}); benchmarking the emitted dist/ anyway:\n${build.stdout.split('\n').slice(0, 10).join('\n')}`)
  }
  log(`tsc -p tsconfig.json: ${Math.round(performance.now() - started)} ms`)
}

const work = mkdtempSync(join(os.tmpdir(), 'isnad-bench-'))
const texts = corpusTexts()
const sizes = quick ? [{label: '1 MB', bytes: MB}] : [{label: '1 MB', bytes: MB}, {label: '10 MB', bytes: 10 * MB}]
const drafts = {}
for (const size of sizes) {
  drafts[size.label] = join(work, `${size.label.replace(' ', '')}.txt`)
  writeFileSync(drafts[size.label], corpusDraft(size.bytes, texts))
}
log(`isnad bench — ${results.startedAt}, node ${process.version}, ${results.machine.cpus} cores, load ${results.machine.loadAverageAtStart.join(' ')}`)
log(`corpus: ${texts.length} dev articles, concatenated and repeated; work folder ${work}`)

// ---------------------------------------------------------------------------
if (!skip.has('throughput')) {
  section('throughput (child process per size; tinybench, median of the samples)')
  results.throughput = {}
  for (const size of sizes) {
    const big = size.bytes > MB
    const measured = await measure(['throughput', drafts[size.label], big ? '2' : '5', ...(big ? [drafts['1 MB']] : [])])
    if (measured.failed) throw new Error(`throughput ${size.label} failed: ${measured.stderr}`)
    results.throughput[size.label] = measured
  }
  const rows = []
  for (const size of sizes) {
    const measured = results.throughput[size.label]
    const latin = measured.stages.find((stage) => stage.name === 'parse-latin')
    for (const stage of measured.stages) {
      stage.mbPerS = round(measured.bytes / MB / (stage.medianMs / 1000))
      stage.vsParseLatin = round(stage.medianMs / latin.medianMs)
      rows.push([size.label, stage.name, stage.samples, stage.medianMs, stage.minMs, stage.mbPerS, `${stage.vsParseLatin}×`])
    }
  }
  table(['size', 'stage', 'n', 'median ms', 'min ms', 'MB/s', 'vs parse-latin'], rows)
  const oneMb = results.throughput['1 MB']
  const full1 = oneMb.stages.find((stage) => stage.name.startsWith('full lint'))
  log(`\nfull lint / parse-latin on 1 MB: ${target('full lint ≤ 1.5 × parse-latin (1 MB)', full1.vsParseLatin, 1.5, full1.vsParseLatin <= 1.5, '×')}`)
  if (results.throughput['10 MB']) {
    // Both sizes in one process, alternated (the 10 MB child's paired rounds): load drift between
    // the two child processes above would otherwise move the ratio.
    const {smallMs, largeMs, rounds} = results.throughput['10 MB'].paired
    const ratio = round(largeMs / smallMs)
    results.throughput.scaling = {full1MbMs: smallMs, full10MbMs: largeMs, ratio, rounds}
    log(`full lint 10 MB / 1 MB (${rounds} alternated rounds in one process: ${largeMs} ms / ${smallMs} ms): ${target('10 MB ≤ 11 × 1 MB (full lint)', ratio, 11, ratio <= 11, '×')}`)
    for (const name of ['parse-latin', 'ParseArabic (retextArabic)', 'parse + extraction']) {
      const a = oneMb.stages.find((stage) => stage.name === name)
      const b = results.throughput['10 MB'].stages.find((stage) => stage.name === name)
      log(`  ${name} 10 MB / 1 MB: ${round(b.medianMs / a.medianMs)}×`)
    }
  }
}

// ---------------------------------------------------------------------------
if (!skip.has('memory')) {
  section('peak memory (maxRSS of a fresh process running one full strict lint)')
  results.memory = {}
  const rows = []
  for (const size of sizes) {
    // The same draft as Markdown too: its own parser, also read in sections.
    const markdown = drafts[size.label].replace(/\.txt$/, '.md')
    copyFileSync(drafts[size.label], markdown)
    for (const [format, file] of [['text', drafts[size.label]], ['markdown', markdown]]) {
      const measured = await measure(['memory', file])
      if (measured.failed) throw new Error(`memory ${size.label} ${format} failed: ${measured.stderr}`)
      results.memory[format === 'text' ? size.label : `${size.label} Markdown`] = measured
      rows.push([size.label, format, measured.rssBeforeMb, measured.maxRssMb, measured.ms, measured.messages])
    }
  }
  table(['size', 'format', 'RSS after imports MB', 'peak RSS MB', 'lint ms', 'messages'], rows)
  const biggest = sizes.at(-1).label
  if (biggest === '10 MB') log(`\npeak RSS on 10 MB: ${target('peak memory on 10 MB ≤ 400 MB', results.memory[biggest].maxRssMb, 400, results.memory[biggest].maxRssMb <= 400, ' MB')}`)
}

// ---------------------------------------------------------------------------
if (!skip.has('cli')) {
  section('CLI cold start (median of 10 spawns after one discarded)')
  // About 5 KB of real copy, cut at a line end.
  let cut = ''
  for (const line of texts.join('\n\n').split('\n')) {
    if (Buffer.byteLength(cut) >= 5000) break
    cut += `${line}\n`
  }
  const draft = join(work, 'cold-start.txt')
  writeFileSync(draft, cut)
  const time = (command, args) => {
    const started = performance.now()
    const run = spawnSync(command, args, {cwd: work, stdio: 'ignore'})
    if (run.error) throw run.error
    return performance.now() - started
  }
  const spawns = (command, args) => {
    time(command, args)
    return Array.from({length: 10}, () => time(command, args))
  }
  const baseline = spawns(process.execPath, ['-e', '0'])
  const cli = spawns(process.execPath, [bin, draft])
  const help = spawns(process.execPath, [bin, '--version'])
  results.cli = {
    draftBytes: Buffer.byteLength(cut),
    nodeBaselineMedianMs: Math.round(median(baseline)),
    cliMedianMs: Math.round(median(cli)),
    cliVersionMedianMs: Math.round(median(help)),
    samplesMs: {baseline: baseline.map(Math.round), cli: cli.map(Math.round)}
  }
  results.cli.coldStartMs = results.cli.cliMedianMs - results.cli.nodeBaselineMedianMs
  table(
    ['command', 'median ms'],
    [
      ['node -e 0 (baseline)', results.cli.nodeBaselineMedianMs],
      ['node dist/lib/cli/isnad.mjs --version (imports only)', results.cli.cliVersionMedianMs],
      [`node dist/lib/cli/isnad.mjs FILE (${results.cli.draftBytes} bytes)`, results.cli.cliMedianMs],
      ['cold start = CLI − baseline', results.cli.coldStartMs]
    ]
  )
  log(`\ncold start: ${target('CLI cold start ≤ 300 ms (5 KB draft, minus node baseline)', results.cli.coldStartMs, 300, results.cli.coldStartMs <= 300, ' ms')}`)
}

// ---------------------------------------------------------------------------
if (!skip.has('batch')) {
  const cores = os.cpus().length
  section(`batch: 1,000 articles, serial in-process, then lintInPool with 1 and ${cores} workers`)
  const folder = join(work, 'batch')
  mkdirSync(folder)
  for (let index = 0; index < 1000; index++) writeFileSync(join(folder, `${String(index).padStart(4, '0')}.txt`), texts[index % texts.length])
  const measured = await measure(['batch', folder, '1', String(cores)])
  if (measured.failed) throw new Error(`batch failed: ${measured.stderr}`)
  const one = measured.runs.find((run) => run.workers === 1)
  const all = measured.runs.find((run) => run.workers === cores)
  measured.speedup = round(one.ms / all.ms)
  results.batch = measured
  table(
    ['run', 'ms', 'articles/s', 'cores used (CPU/wall)', 'identical to serial'],
    measured.runs.map((run) => [run.label, run.ms, round(measured.articles / (run.ms / 1000), 1), run.coresUsed, run.identical ? 'yes' : 'NO'])
  )
  log(`${measured.articles} articles, ${round(measured.bytes / MB)} MB, ${measured.messages} messages; load average now ${os.loadavg().map((value) => round(value)).join(' ')}`)
  const identical = measured.runs.every((run) => run.identical)
  log(
    `\n${cores} workers vs 1: ${target(`batch on ${cores} cores ≥ 1.7 × one worker, identical output`, measured.speedup, 1.7, measured.speedup >= 1.7 && identical, '×')}${identical ? '' : ' — OUTPUT DIFFERS'}`
  )
  // The most any scheduling of this batch over one process per core could gain: separate processes,
  // sharing nothing, each linting its share from a cold start, against one process linting it all.
  // Alternated rounds, medians, so that the machine's load drifts over both alike.
  const whole = []
  const split = []
  for (let round = 0; round < 3; round++) {
    whole.push((await measure(['share', folder, '0', '1'])).wallMs)
    const shares = await Promise.all(Array.from({length: cores}, (_, part) => measure(['share', folder, String(part), String(cores)])))
    split.push(Math.max(...shares.map((share) => share.wallMs)))
  }
  const ceiling = {oneProcessMs: median(whole), processesMs: median(split), rounds: 3}
  ceiling.speedup = round(ceiling.oneProcessMs / ceiling.processesMs)
  results.batch.ceiling = ceiling
  log(
    `ceiling for any pool: ${cores} separate processes, each ${Math.round(1000 / cores)} articles from a cold start: ${ceiling.processesMs} ms; one process with all 1,000: ${ceiling.oneProcessMs} ms (medians of 3): ${ceiling.speedup} ×`
  )
  // The command itself over the folder: reading, linting in one thread (the default below 15 MB)
  // and the report, readable (what a terminal gets) and JSON. Alternated, medians of 3.
  const commandMs = {readable: [], json: []}
  for (let round = 0; round < 3; round++) {
    for (const report of ['readable', 'json']) {
      const started = performance.now()
      const run = spawnSync(process.execPath, [bin, '--no-color', '--report', report, folder], {cwd: work, stdio: 'ignore'})
      if (run.error) throw run.error
      commandMs[report].push(Math.round(performance.now() - started))
    }
  }
  results.batch.command = {readableMs: median(commandMs.readable), jsonMs: median(commandMs.json), rounds: 3}
  log(`isnad FOLDER (1,000 articles, one thread): readable report ${results.batch.command.readableMs} ms, --report json ${results.batch.command.jsonMs} ms (medians of 3)`)
}

// ---------------------------------------------------------------------------
if (!skip.has('hostile')) {
  section('hostile inputs: time per MB at two sizes (fresh warmed process each; killed at 120 s)')
  // Sizes per case: four times apart, small enough that quadratic cases still finish.
  const cases = [
    ['no-spaces', 250_000, MB],
    ['nested-quotes', 250_000, MB],
    ['diacritics', 250_000, MB],
    ['mixed-bidi', 250_000, MB],
    ['one-paragraph', 250_000, MB],
    ['one-line', 250_000, MB],
    ['repeated-paragraph', 250_000, MB],
    ['one-sentence', 25_000, 100_000],
    ['quote-words', 25_000, 100_000],
    ['loaded-verb-marks', 25_000, 100_000],
    ['glued-ends', 250_000, MB],
    ['wordless-sentences', 250_000, MB],
    ['abbreviations', 250_000, MB],
    ['quotations', 250_000, MB],
    ['nested-markdown', 2_000, 8_000, 'draft.md'],
    ['markdown-emphasis', 5_000, 20_000, 'draft.md'],
    ['markdown-brackets', 25_000, 100_000, 'draft.md'],
    ['nul-characters', 250_000, MB]
  ]
  const make = (kind, bytes) =>
    kind === 'nul-characters' ? corpusDraft(bytes, texts).replace(/\./g, (match, offset) => (offset % 7 === 0 ? '\u0000' : match)) : hostile[kind](bytes)
  results.hostile = []
  const rows = []
  for (const [kind, small, large, name = 'draft.txt'] of cases) {
    const entry = {case: kind, format: name.endsWith('.md') ? 'markdown' : 'text', runs: []}
    for (const bytes of quick ? [small / 4, small] : [small, large]) {
      const file = join(work, `hostile-${kind}-${bytes}.txt`)
      writeFileSync(file, make(kind, bytes))
      const measured = await measure(['hostile', file, name], {timeout: 120_000})
      rmSync(file)
      entry.runs.push({
        bytes: measured.bytes ?? bytes,
        ms: measured.killed ? null : measured.ms,
        msPerMb: measured.killed || measured.failed ? null : round(measured.ms / ((measured.bytes ?? bytes) / MB)),
        error: measured.killed ? 'killed after 120 s' : measured.failed ? `exit ${measured.code}: ${measured.stderr}` : measured.error,
        maxRssMb: measured.maxRssMb ?? null
      })
    }
    const [a, b] = entry.runs
    entry.growth = a.ms && b.ms ? round(b.ms / a.ms) : null
    entry.sizeRatio = round(b.bytes / a.bytes)
    entry.verdict = a.error || b.error ? 'FAILS' : entry.growth <= entry.sizeRatio * 1.5 ? 'linear' : 'super-linear'
    results.hostile.push(entry)
    rows.push([
      kind,
      entry.format,
      a.bytes,
      a.ms ?? '—',
      a.msPerMb ?? '—',
      b.bytes,
      b.ms ?? '—',
      b.msPerMb ?? '—',
      entry.growth ? `${entry.growth}× for ${entry.sizeRatio}×` : '—',
      entry.verdict,
      (a.error ?? b.error ?? '').slice(0, 60)
    ])
  }
  table(['case', 'format', 'bytes', 'ms', 'ms/MB', 'bytes', 'ms', 'ms/MB', 'growth', 'verdict', 'error'], rows)

  // NUL bytes in a file: the CLI refuses it with one line, whatever its size.
  const nul = join(work, 'nul.txt')
  const bytes = Buffer.from(corpusDraft(MB, texts))
  bytes[bytes.length >> 1] = 0
  writeFileSync(nul, bytes)
  const started = performance.now()
  const refused = spawnSync(process.execPath, [bin, nul], {encoding: 'utf8'})
  results.hostileCli = {nulFile: {bytes: bytes.length, ms: Math.round(performance.now() - started), exitCode: refused.status, stderr: refused.stderr.trim()}}
  log(`\nCLI on a 1 MB file with a NUL byte: exit ${refused.status} in ${results.hostileCli.nulFile.ms} ms: ${refused.stderr.trim()}`)
}

// ---------------------------------------------------------------------------
if (!skip.has('50mb') && !quick) {
  section('the CLI on a 50 MB draft (--report json to a file; killed at 20 min)')
  const file = join(work, '50MB.txt')
  writeFileSync(file, corpusDraft(50 * MB, texts))
  const report = join(work, '50MB.json')
  const stats = join(work, '50MB.stats.json')
  const started = performance.now()
  const run = await new Promise((resolve) => {
    const process_ = spawn(process.execPath, [child, 'cli', stats, '--report', 'json', file], {cwd: work, stdio: ['ignore', 'pipe', 'pipe']})
    const output = []
    process_.stdout.on('data', (chunk) => output.push(chunk))
    let stderr = ''
    process_.stderr.setEncoding('utf8').on('data', (chunk) => (stderr = (stderr + chunk).slice(-2000)))
    const timer = setTimeout(() => process_.kill('SIGKILL'), 20 * 60_000)
    process_.on('close', (code, signal) => {
      clearTimeout(timer)
      writeFileSync(report, Buffer.concat(output))
      resolve({code, signal, stderr})
    })
  })
  const wallMs = Math.round(performance.now() - started)
  let measured = {}
  try {
    measured = JSON.parse(readFileSync(stats, 'utf8'))
  } catch {}
  let messages = null
  try {
    messages = JSON.parse(readFileSync(report, 'utf8')).reduce((sum, file) => sum + file.messages.length, 0)
  } catch {}
  results.fiftyMb = {
    bytes: 50 * MB,
    wallMs,
    exitCode: run.code,
    signal: run.signal,
    maxRssMb: measured.maxRssMb ?? null,
    messages,
    mbPerS: round(50 / (wallMs / 1000)),
    stderrTail: run.code === 0 || run.code === 1 ? undefined : run.stderr.split('\n').slice(-6).join('\n')
  }
  table(
    ['bytes', 'wall ms', 'MB/s', 'peak RSS MB', 'exit', 'messages'],
    [[results.fiftyMb.bytes, wallMs, results.fiftyMb.mbPerS, results.fiftyMb.maxRssMb ?? '—', run.signal ?? run.code, messages ?? '—']]
  )
  if (results.fiftyMb.stderrTail) log(results.fiftyMb.stderrTail)
  rmSync(file)
  rmSync(report, {force: true})
}

// ---------------------------------------------------------------------------
const fullTarget = results.targets['full lint ≤ 1.5 × parse-latin (1 MB)']
if (!skip.has('profile') && (fullTarget === undefined || !fullTarget.met)) {
  section('profile of one full strict lint of the 1 MB draft (the target above is missed)')
  const profile = spawnSync(process.execPath, [join(root, 'bench', 'profile.mjs'), 'corpus', String(MB), '--json', '--out', join(work, 'full-lint-1MB.cpuprofile')], {
    cwd: root,
    encoding: 'utf8'
  })
  if (profile.status === 0) {
    results.profile = JSON.parse(profile.stdout.trim().split('\n').at(-1))
    const row = ({name, ms, share}) => [name, ms, `${round(share * 100, 1)} %`]
    log(`sampled ${results.profile.totalMs} ms (profiling slows the run a little)`)
    table(['stage (outermost frame)', 'ms', 'share'], results.profile.stages.map(row))
    log()
    table(['function (self time)', 'ms', 'share'], results.profile.self.slice(0, 15).map(row))
    log()
    table(['engine function (inclusive)', 'ms', 'share'], [...results.profile.inclusive].sort((a, b) => b.ms - a.ms).map(row))
    log(`\n.cpuprofile (Chrome DevTools, speedscope): ${results.profile.profile}`)
  } else log(`profiling failed: ${profile.stderr}`)
}

// ---------------------------------------------------------------------------
results.machine.loadAverageAtEnd = os.loadavg().map((value) => round(value))
results.finishedAt = new Date().toISOString()
section('targets')
table(
  ['target', 'value', 'limit', 'result'],
  Object.entries(results.targets).map(([name, {value, limit, met}]) => [name, value, limit, met ? 'MET' : 'MISSED'])
)
const out = join(os.tmpdir(), `isnad-bench-${results.startedAt.replace(/[:.]/g, '-')}.json`)
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`)
for (const name of Object.values(drafts)) rmSync(name, {force: true})
rmSync(join(work, 'batch'), {recursive: true, force: true})
log(`\nload average at end: ${results.machine.loadAverageAtEnd.join(' ')}`)
log(`JSON: ${out}`)
