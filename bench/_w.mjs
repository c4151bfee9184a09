import {Worker, isMainThread, parentPort} from 'node:worker_threads'
import {corpusTexts} from './inputs.mjs'
const texts = corpusTexts()
const {checkJob} = await import('../dist/lib/cli/pool.js')
async function runAll(label) {
  const a = performance.now()
  for (let i = 0; i < 1000; i++) await checkJob({path: `d${i}.txt`, settings: {preset: 'strict'}, text: texts[i % texts.length]})
  return `${label} ${(performance.now() - a).toFixed(0)}`
}
if (isMainThread) {
  console.log(await runAll('main'))
  const w = new Worker(new URL(import.meta.url))
  w.on('message', (m) => { console.log(m); w.terminate() })
} else parentPort.postMessage(await runAll('worker'))
