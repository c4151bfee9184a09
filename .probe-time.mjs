import {readFileSync, readdirSync} from 'node:fs'
import {VFile} from 'vfile'
import {checkDraft, isnad} from '/work/main/dist/lib/processor.js'
const dir = '/work/shared/corpus/dev/raw/'
let parts = [], words = 0
for (const name of readdirSync(dir).sort()) { const t = readFileSync(dir + name, 'utf8').trim(); parts.push(t); words += t.split(/\s+/).length; if (words >= 5000) break }
const text = parts.join('\n\n')
console.log('words', words, 'chars', text.length)
for (let i = 0; i < 40; i++) {
  const t0 = performance.now(); const f = new VFile({path: 'x.txt', value: text}); await checkDraft(f, {}); const t1 = performance.now()
  console.log((t1 - t0).toFixed(1), f.messages.length)
}
const p = isnad({})
for (let i = 0; i < 5; i++) { const t0 = performance.now(); const f = new VFile({path: 'x.txt', value: text}); await p.run(p.parse(f), f); console.log('reused', (performance.now() - t0).toFixed(1)) }
