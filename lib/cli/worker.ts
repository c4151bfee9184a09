/**
 * The worker thread behind `lintInPool` (see `pool.ts`): receives settings
 * once per settings object and jobs referring to them, runs `checkDraft` on
 * each job and posts back plain, structured-cloneable data.
 *
 * Settings are kept by id for the worker's lifetime, so that the compiled
 * lexicon (`vocabularyOf`) and policy validators (`compilePolicy`), which
 * are cached by object identity, are built once per worker and not once per
 * draft: a structured clone is a new object every time it arrives.
 */
import {parentPort} from 'node:worker_threads'
import {checkJob, type PoolJob, type WorkerRequest, type WorkerResponse} from './pool.js'
import type {IsnadSettings} from '../processor.js'

if (!parentPort) throw new Error('the isnad worker runs as a worker thread of lintInPool')
const port = parentPort
const settingsById = new Map<number, IsnadSettings>()
/** Jobs received and not yet checked: the pool sends the next before this one is done, and they run one at a time. */
const queue: Array<{index: number; job: PoolJob}> = []

port.on('message', (request: WorkerRequest) => {
  if (request.type === 'settings') {
    settingsById.set(request.id, request.settings)
    return
  }
  const settings = settingsById.get(request.settings)
  if (!settings) {
    post({type: 'error', index: request.index, error: {name: 'Error', message: `settings ${request.settings} were never sent to this worker`}})
    return
  }
  queue.push({index: request.index, job: {path: request.path, settings, text: request.text}})
  if (queue.length === 1) void runQueue()
})

async function runQueue(): Promise<void> {
  while (queue.length > 0) {
    const {index, job} = queue[0]
    try {
      post({type: 'result', index, result: await checkJob(job)})
    } catch (error) {
      post({type: 'error', index, error: serializeError(error)})
    }
    queue.shift()
  }
}

function post(response: WorkerResponse): void {
  port.postMessage(response)
}

function serializeError(error: unknown): {name: string; message: string; stack?: string} {
  if (error instanceof Error) return {name: error.name, message: error.message, stack: error.stack}
  return {name: 'Error', message: String(error)}
}
