import {VFile} from 'vfile'
const {checkDraft} = await import('../dist/lib/processor.js')
for (const [p, t] of [['x.md', 'خبر أول.\n  قال مسؤول أمني إن الوضع هادئ.'], ['x.md', 'خبر\\* أول. قال مسؤول أمني إن الوضع هادئ.']]) {
  const f = new VFile({path: p, value: t}); await checkDraft(f, {preset: 'strict'})
  for (const a of f.data.attributions) for (const k of ['cue', 'source']) if (a[k]) console.log(JSON.stringify(t), k, a[k].start, a[k].end, JSON.stringify(a[k].text), JSON.stringify(t.slice(a[k].start, a[k].end)))
  for (const m of f.messages) console.log(m.ruleId, m.place.start.offset, m.place.end.offset, JSON.stringify(t.slice(m.place.start.offset, m.place.end.offset)))
}
