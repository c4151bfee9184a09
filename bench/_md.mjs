import {fromMarkdown} from 'mdast-util-from-markdown'
import {VFile} from 'vfile'
const {checkDraft} = await import('../dist/lib/processor.js')
for (const n of [250, 500, 1000, 1500, 2000]) {
  const t = `${'> - '.repeat(n)}قال مسؤول إن الوضع هادئ.\n`
  let a = performance.now(); fromMarkdown(t); const md = performance.now() - a
  a = performance.now(); let err = ''
  try { await checkDraft(new VFile({path: 'x.md', value: t}), {preset: 'strict'}) } catch (e) { err = e.constructor.name + ': ' + e.message }
  console.log(n, 'fromMarkdown', md.toFixed(0), 'checkDraft', (performance.now() - a).toFixed(0), err)
}
for (const n of [1000, 5000, 20000]) {
  const t = `${'> '.repeat(n)}قال مسؤول إن الوضع هادئ.\n`
  let a = performance.now(); let err = ''
  try { await checkDraft(new VFile({path: 'x.md', value: t}), {preset: 'strict'}) } catch (e) { err = e.constructor.name + ': ' + e.message }
  console.log('quotes only', n, (performance.now() - a).toFixed(0), err)
}
for (const n of [1000, 5000, 20000]) {
  const t = `${'*'.repeat(n)}قال مسؤول${'*'.repeat(n)} إن الوضع هادئ.\n` + '['.repeat(n) + 'x' + '](y)'.repeat(n)
  let a = performance.now(); let err = ''
  try { await checkDraft(new VFile({path: 'x.md', value: t}), {preset: 'strict'}) } catch (e) { err = e.constructor.name + ': ' + e.message }
  console.log('emphasis/links', n, (performance.now() - a).toFixed(0), err)
}
