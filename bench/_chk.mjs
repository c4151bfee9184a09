import {VFile} from 'vfile'
const {checkDraft} = await import('../dist/lib/processor.js')
for (const t of ['قال مصدر أمني إن الهجوم وقع فجراً.\nقال مصدر أمني إن الهجوم وقع فجراً.\n', 'قال مسؤول إن الوضع هادئ. قال مسؤول إن الوضع هادئ. ']) {
  const f = new VFile({path: 'x.txt', value: t}); await checkDraft(f, {preset: 'strict'})
  console.log(f.data.attributions.map(a => [a.paragraph, a.sentence, a.type, a.anonymityReason]))
}
