import {VFile} from 'vfile'
import {hostile} from './inputs.mjs'
const {checkDraft} = await import('../dist/lib/processor.js')
const [kind, sizeArg] = process.argv.slice(2)
const text = hostile[kind](Number(sizeArg))
const a = performance.now()
const f = new VFile({path: 'x.txt', value: text})
await checkDraft(f, {preset: 'strict'})
console.log(kind, Buffer.byteLength(text), (performance.now() - a).toFixed(0), 'ms', 'msgs', f.messages.length, 'attr', f.data.attributions.length, 'rss', (process.resourceUsage().maxRSS/1024).toFixed(0))
