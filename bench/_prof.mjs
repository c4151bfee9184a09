import {readFileSync, readdirSync} from 'node:fs'
import {VFile} from 'vfile'
const {checkDraft} = await import('../dist/lib/processor.js')
const dir = '/work/shared/corpus/dev/raw/'
const texts = readdirSync(dir).sort().map(f => readFileSync(dir + f, 'utf8'))
let s = ''; let i = 0
while (Buffer.byteLength(s) < 1e6) s += texts[i++ % texts.length] + '\n\n'
await checkDraft(new VFile({path: 'w.txt', value: texts.join('\n\n')}), {preset: 'strict'})
const a = performance.now()
const f = new VFile({path: 'x.txt', value: s})
await checkDraft(f, {preset: 'strict'})
console.log('full', (performance.now()-a).toFixed(0))
