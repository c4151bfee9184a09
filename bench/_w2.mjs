import {corpusTexts} from './inputs.mjs'
const texts = corpusTexts()
const {checkJob} = await import('../dist/lib/cli/pool.js')
const shared = {preset: 'strict'}
for (const mode of ['shared', 'fresh', 'shared', 'fresh']) {
  const a = performance.now()
  for (let i = 0; i < 300; i++) await checkJob({path: `d${i}.txt`, settings: mode === 'shared' ? shared : {preset: 'strict'}, text: texts[i % texts.length]})
  console.log(mode, (performance.now() - a).toFixed(0))
}
