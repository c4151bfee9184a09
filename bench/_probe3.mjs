import {VFile} from 'vfile'
import {hostile, corpusTexts} from './inputs.mjs'
const {checkDraft} = await import('../dist/lib/processor.js')
for (const a of corpusTexts().slice(0, 8)) await checkDraft(new VFile({path: 'w.txt', value: a}), {preset: 'strict'})
const gens = {
  quoteword: (n) => '«قال '.repeat(n),
  bidi: (n) => hostile['mixed-bidi'](n),
  oneline: (n) => hostile['one-line'](n),
  mdnest: (n) => `${'> - '.repeat(n)}قال مسؤول إن الوضع هادئ.\n`,
}
const [kind, ...sizes] = process.argv.slice(2)
for (const s of sizes) {
  const text = gens[kind](Number(s))
  const a = performance.now()
  const f = new VFile({path: kind === 'mdnest' ? 'x.md' : 'x.txt', value: text})
  await checkDraft(f, {preset: 'strict'})
  console.log(kind, s, text.length, (performance.now() - a).toFixed(0), 'ms', f.messages.length, f.data.attributions.length)
}
