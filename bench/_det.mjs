import {VFile} from 'vfile'
import {corpusTexts} from './inputs.mjs'
import {isDeepStrictEqual} from 'node:util'
const {checkDraft} = await import('../dist/lib/processor.js')
const {lintInPool, serializeMessage} = await import('../dist/lib/cli/pool.js')
const texts = corpusTexts().slice(0, 50)
const big = texts.join('\n\n').repeat(3)
const run = async (text) => { const f = new VFile({path: 'x.txt', value: text}); await checkDraft(f, {}); return {m: f.messages.map(serializeMessage), a: f.data.attributions} }
const a = await run(big); const b = await run(big)
console.log('serial twice equal', isDeepStrictEqual(a, b), a.m.length, b.m.length)
for await (const r of lintInPool([{path: 'x.txt', settings: {}, text: big}], 1)) console.log('pool eq', isDeepStrictEqual(r.messages, a.m), r.messages.length, isDeepStrictEqual(r.attributions, a.a))
