import {corpusTexts} from './inputs.mjs'
const {lintInPool, checkJob} = await import('../dist/lib/cli/pool.js')
const texts = corpusTexts()
const settings = {preset: 'strict'}
const jobs = Array.from({length: 1000}, (_, i) => ({path: `d${i}.txt`, settings, text: texts[i % texts.length]}))
for (const w of [1, 2]) {
  const a = performance.now(); let n = 0; let m = 0
  for await (const r of lintInPool(jobs, w)) { n++; m += r.messages.length; if (r.path !== `d${n-1}.txt`) throw new Error('order') }
  console.log(w, n, m, (performance.now() - a).toFixed(0))
}
const a = performance.now(); let m = 0
for (const j of jobs) m += (await checkJob(j)).messages.length
console.log('serial', m, (performance.now() - a).toFixed(0))
