import {readFileSync, readdirSync} from 'node:fs'
import {ParseLatin} from 'parse-latin'
import {unified} from 'unified'
import {VFile} from 'vfile'
const root = '/work/main/dist/lib/'
const {checkDraft, isnad} = await import(root + 'processor.js')
const {retextArabic} = await import(root + 'parse/index.js')
const dir = '/work/shared/corpus/dev/raw/'
const texts = readdirSync(dir).sort().map(f => readFileSync(dir + f, 'utf8'))
let s = ''; let i = 0
while (Buffer.byteLength(s) < 1e6) s += texts[i++ % texts.length] + '\n\n'
console.log('len', s.length, Buffer.byteLength(s))
const t = (name, fn) => { const a = performance.now(); fn(); const d = performance.now() - a; console.log(name, d.toFixed(0), 'ms') ; return d}
t('parse-latin', () => new ParseLatin().parse(s))
t('parse-latin', () => new ParseLatin().parse(s))
t('arabic', () => unified().use(retextArabic).parse(s))
t('arabic', () => unified().use(retextArabic).parse(s))
for (const preset of ['strict']) {
  const a = performance.now()
  const f = new VFile({path: 'x.txt', value: s})
  await checkDraft(f, {preset})
  console.log('full', (performance.now()-a).toFixed(0), f.messages.length, f.data.attributions.length)
}
{
  const a = performance.now()
  const f = new VFile({path: 'x.txt', value: s})
  await checkDraft(f, {extractOnly: true})
  console.log('extract', (performance.now()-a).toFixed(0))
}
