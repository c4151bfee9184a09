import {VFile} from 'vfile'
const {checkDraft} = await import('../dist/lib/processor.js')
const [kind, sizeArg] = process.argv.slice(2)
const size = Number(sizeArg)
const fill = (unit) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size)
const gens = {
  nospace: () => fill('قالمسؤولإنالوضعهادئ'),
  nested: () => '«'.repeat(size),
  diacritics: () => 'ق' + '\u064E\u0651\u064F'.repeat(size / 3),
  onesentence: () => fill('قال مسؤول إن الوضع هادئ و '),
  bidi: () => fill('قال \u200Fمسؤول\u200E hello world 123 إن \u061Cالوضع abc. '),
  oneparagraph: () => fill('قال مصدر أمني إن الهجوم وقع.\n'),
  repeatedpara: () => fill('قال مسؤول كبير إن الوضع هادئ جدا اليوم.\n\n'),
  openquotes: () => fill('قال الوزير «إن الوضع هادئ. '),
  plural: () => fill('قال الوزير إن الوضع هادئ. وأضافوا إن الأمر انتهى. '),
  sentences: () => fill('قال مسؤول إن الوضع هادئ. '),
}
const text = gens[kind]()
const a = performance.now()
const f = new VFile({path: 'x.txt', value: text})
await checkDraft(f, {preset: 'strict'})
console.log(kind, size, (performance.now() - a).toFixed(0), 'ms', 'msgs', f.messages.length, 'attr', f.data.attributions.length)
