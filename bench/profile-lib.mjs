/**
 * Reading V8 CPU profiles (`.cpuprofile`, from `node --cpu-prof` or the
 * inspector's `Profiler.stop`): where the time goes, by pipeline stage, by
 * function (self time) and for chosen functions (inclusive time).
 */
import {Session} from 'node:inspector/promises'

/** Profiles `fn` (awaited) with the inspector: only its own run is sampled. */
export async function profile(fn, {interval = 200} = {}) {
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.setSamplingInterval', {interval})
  await session.post('Profiler.start')
  let result
  let data
  try {
    result = await fn()
  } finally {
    data = (await session.post('Profiler.stop')).profile
    session.disconnect()
  }
  return {result, profile: data}
}

const short = (url) =>
  url
    .replace(/^file:\/\//, '')
    .replace(/^.*\/node_modules\//, '~/')
    .replace(/^.*\/dist\//, 'dist/')

/** The pipeline stage of a frame's file, or undefined when it decides nothing. */
function stageOf(url) {
  const rule = /\/dist\/rules\/([\w-]+)\.js$/.exec(url)
  if (rule) return `rule ${rule[1]}`
  if (/\/dist\/lib\/policy\//.test(url) || /\/node_modules\/ajv/.test(url)) return 'policy (ajv)'
  if (/\/dist\/lib\/lint\/control\.js$/.test(url)) return 'inline control'
  if (/\/dist\/lib\/extract\//.test(url)) return 'extraction'
  if (/\/dist\/lib\/parse\//.test(url) || /\/node_modules\/parse-latin\//.test(url)) return 'parse'
  return undefined
}

/**
 * Self time per function and per stage, inclusive time of `functions` (by
 * name), and the total sampled time, in milliseconds.
 */
export function summarize(data, functions = []) {
  const byId = new Map(data.nodes.map((node) => [node.id, node]))
  const parent = new Map()
  for (const node of data.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const self = new Map()
  for (let index = 0; index < data.samples.length; index++) {
    const ms = (data.timeDeltas[index + 1] ?? 0) / 1000
    self.set(data.samples[index], (self.get(data.samples[index]) ?? 0) + ms)
  }
  let total = 0
  const byFunction = new Map()
  const byStage = new Map()
  const inclusive = new Map(functions.map((name) => [name, 0]))
  const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms)
  for (const [id, ms] of self) {
    const node = byId.get(id)
    const name = node.callFrame.functionName
    if (name === '(idle)' || name === '(program)' || name === '(root)') continue
    total += ms
    add(byFunction, `${name || '(anonymous)'} ${short(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`, ms)
    // Root first: the outermost frame that names a stage decides.
    const stack = []
    for (let at = id; at !== undefined; at = parent.get(at)) stack.unshift(byId.get(at).callFrame)
    let stage = name === '(garbage collector)' ? 'garbage collection' : undefined
    for (const frame of stack) {
      stage ??= stageOf(frame.url)
      if (stage) break
    }
    add(byStage, stage ?? 'other (unified, vfile, glue)', ms)
    const names = new Set(stack.map((frame) => frame.functionName))
    for (const wanted of functions) if (names.has(wanted)) add(inclusive, wanted, ms)
  }
  const sorted = (map, limit) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([key, ms]) => ({name: key, ms: Math.round(ms), share: total ? ms / total : 0}))
  return {
    totalMs: Math.round(total),
    stages: sorted(byStage, 50),
    self: sorted(byFunction, 25),
    inclusive: [...inclusive].map(([name, ms]) => ({name, ms: Math.round(ms), share: total ? ms / total : 0}))
  }
}

/** A readable rendering of `summarize`'s result. */
export function formatSummary(summary, top = 15) {
  const line = ({name, ms, share}) => `${String(ms).padStart(8)} ms ${(share * 100).toFixed(1).padStart(5)}%  ${name}`
  return [
    `sampled ${summary.totalMs} ms (idle excluded)`,
    'by stage (outermost frame):',
    ...summary.stages.map(line),
    'self time by function:',
    ...summary.self.slice(0, top).map(line),
    ...(summary.inclusive.length > 0 ? ['inclusive time of engine functions:', ...summary.inclusive.sort((a, b) => b.ms - a.ms).map(line)] : [])
  ].join('\n')
}
