/**
 * Linting many drafts on several cores: a pool of `node:worker_threads`
 * workers (`worker.ts`), each running `checkDraft` on one draft at a time,
 * with the next one already queued.
 * Results come back as plain data and are yielded in input order, so a
 * caller prints exactly what a serial run prints, only sooner.
 *
 * Settings (lexicon, rules, policies) are plain data and cross to the
 * workers by structured clone; each distinct settings object (by identity) is
 * sent to a worker once, before the first job that uses it.
 */
import {Worker} from 'node:worker_threads'
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import type {Point, Position} from 'unist'
import {checkDraft, type IsnadSettings} from '../processor.js'
import {summarize, type SourcingSummary} from '../report/summary.js'

export interface PoolJob {
  path: string
  settings: IsnadSettings
  text: string
}

/** A `VFileMessage` as plain data: the fields reporters read. */
export interface SerializedMessage {
  reason: string
  ruleId: string | null
  source: string | null
  place: Point | Position | null
  /** `true` error, `false` warning, `null` info (`undefined` on the message). */
  fatal: boolean | null
  url: string | null
  actual: string | null
  expected: string[] | null
  note: string | null
  /** An earlier place the message refers to (`duplicate-passage`), itself a message. */
  cause: SerializedMessage | null
  line: number | null
  column: number | null
  file: string
  name: string
}

export interface PoolResult {
  path: string
  messages: SerializedMessage[]
  /** The sourcing figures of the draft: all a lint run prints of its records, and far less to send back than the records. */
  summary: SourcingSummary
}

/** Messages from the pool to a worker. */
export type WorkerRequest =
  | {type: 'settings'; id: number; settings: IsnadSettings}
  | {type: 'job'; index: number; path: string; settings: number; text: string}

/** Messages from a worker to the pool. */
export type WorkerResponse =
  | {type: 'result'; index: number; result: PoolResult}
  | {type: 'error'; index: number; error: {name: string; message: string; stack?: string}}

/** Runs one job in this thread: what a worker does, and the serial reference. */
export async function checkJob(job: PoolJob): Promise<PoolResult> {
  const file = new VFile({path: job.path || undefined, value: job.text})
  await checkDraft(file, job.settings)
  return {path: job.path, messages: file.messages.map(serializeMessage), summary: summarize(file.data.attributions ?? [])}
}

/** A message as plain data (see `SerializedMessage`). */
export function serializeMessage(message: VFileMessage): SerializedMessage {
  const cause = message.cause instanceof VFileMessage ? serializeMessage(message.cause) : null
  return {
    reason: message.reason,
    ruleId: message.ruleId ?? null,
    source: message.source ?? null,
    place: message.place ? structuredClone(message.place) : null,
    fatal: message.fatal ?? null,
    url: message.url ?? null,
    actual: message.actual ?? null,
    expected: message.expected ?? null,
    note: message.note ?? null,
    cause,
    line: message.line ?? null,
    column: message.column ?? null,
    file: message.file ?? '',
    name: message.name
  }
}

/** A message rebuilt from plain data, as `file.message` would have made it (for reporters). */
export function restoreMessage(data: SerializedMessage): VFileMessage {
  const message = new VFileMessage(data.reason, {
    place: data.place ?? undefined,
    ruleId: data.ruleId ?? undefined,
    source: data.source ?? undefined,
    cause: data.cause ? restoreMessage(data.cause) : undefined
  })
  message.file = data.file
  message.name = data.name
  message.fatal = data.fatal ?? undefined
  if (data.url !== null) message.url = data.url
  if (data.actual !== null) message.actual = data.actual
  if (data.expected !== null) message.expected = data.expected
  if (data.note !== null) message.note = data.note
  return message
}

/** A `VFile` with the messages `checkDraft` leaves (not the records), from a pool result and the draft's text. */
export function restoreFile(result: PoolResult, text: string): VFile {
  const file = new VFile({path: result.path || undefined, value: text})
  file.messages = result.messages.map(restoreMessage)
  return file
}

/** Results buffered beyond the next one to yield, per worker, before the pool stops handing out jobs. */
const AHEAD_PER_WORKER = 8
/**
 * Jobs handed to a worker before its results come back: with one, a worker
 * idles while its result travels to this thread and the next job travels
 * back, a round trip that is a real share of checking a short article.
 */
const QUEUED_PER_WORKER = 2

/**
 * Lints `jobs` on `workers` worker threads (at least 1, at most one per job)
 * and yields their results in input order, each as soon as it and every
 * earlier one are done. A draft whose check throws makes the generator throw
 * at its place in the order, after the earlier results; leaving the loop
 * early stops the workers.
 */
export async function* lintInPool(jobs: PoolJob[], workers: number): AsyncGenerator<PoolResult> {
  if (jobs.length === 0) return
  const count = Math.max(1, Math.min(Math.floor(workers) || 1, jobs.length))
  const settingsIds = new Map<IsnadSettings, number>()
  const idOf = (settings: IsnadSettings) => {
    let id = settingsIds.get(settings)
    if (id === undefined) {
      id = settingsIds.size
      settingsIds.set(settings, id)
    }
    return id
  }

  const done = new Map<number, WorkerResponse>()
  let failure: Error | undefined
  let wake: (() => void) | undefined
  const notify = () => {
    const resolve = wake
    wake = undefined
    resolve?.()
  }

  let nextJob = 0
  let nextYield = 0
  const window = count * AHEAD_PER_WORKER
  const pool = Array.from({length: count}, () => {
    // The bundled worker (`npm run build`): one file to load rather than hundreds of modules per worker.
    const worker = new Worker(new URL('./worker.mjs', import.meta.url))
    const state = {worker, queued: 0, sent: new Set<number>()}
    worker.on('message', (response: WorkerResponse) => {
      state.queued--
      done.set(response.index, response)
      dispatch()
      notify()
    })
    worker.on('error', (error) => {
      failure ??= error
      notify()
    })
    worker.on('exit', (code) => {
      if (state.queued > 0) failure ??= new Error(`isnad worker stopped (exit code ${code}) while checking ${jobs[nextYield]?.path ?? 'a draft'}`)
      notify()
    })
    return state
  })

  function dispatch(): void {
    // Round by round, so that every worker has a job before any has two.
    for (let depth = 1; depth <= QUEUED_PER_WORKER; depth++) {
      for (const state of pool) {
        if (state.queued < depth && nextJob < jobs.length && nextJob < nextYield + window) send(state, nextJob++)
      }
    }
  }

  function send(state: (typeof pool)[number], index: number): void {
    const job = jobs[index]
    const id = idOf(job.settings)
    if (!state.sent.has(id)) {
      state.worker.postMessage({type: 'settings', id, settings: job.settings} satisfies WorkerRequest)
      state.sent.add(id)
    }
    state.queued++
    state.worker.postMessage({type: 'job', index, path: job.path, settings: id, text: job.text} satisfies WorkerRequest)
  }

  try {
    dispatch()
    while (nextYield < jobs.length) {
      const response = done.get(nextYield)
      if (!response) {
        if (failure) throw failure
        await new Promise<void>((resolve) => {
          wake = resolve
        })
        continue
      }
      done.delete(nextYield)
      nextYield++
      dispatch()
      if (response.type === 'error') {
        // The worker's error, its stack included, with the draft it was checking named.
        const {name, message, stack} = response.error
        const error = new Error(`${jobs[response.index].path || '<stdin>'}: ${message}`)
        error.name = name
        const frames = stack?.split('\n').filter((line) => /^\s+at /.test(line)) ?? []
        error.stack = [`${name}: ${error.message}`, ...frames].join('\n')
        throw error
      }
      yield response.result
    }
  } finally {
    await Promise.all(pool.map((state) => state.worker.terminate()))
  }
}
