import {VFile} from 'vfile'
const {checkDraft} = await import('../dist/lib/processor.js')
const unit = process.argv[2]
const time = async (n) => { const t = unit.repeat(Math.ceil(n / unit.length)); const a = performance.now(); await checkDraft(new VFile({path: 'x.txt', value: t}), {preset: 'strict'}); return performance.now() - a }
await time(5000); await time(5000)
for (const n of [10000, 20000, 40000, 80000]) console.log(n, (await time(n)).toFixed(0), (await time(n)).toFixed(0))
