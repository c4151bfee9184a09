/**
 * Extraction accuracy on the development corpus, scored by the yardstick's
 * own scorer (`../shared/eval/score.mjs`). The floors are a ratchet on the
 * figures reached so far: a change that loses accuracy fails here.
 */
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {checkDraft} from '../../lib/processor.js'

const corpusDir = fileURLToPath(new URL('../../../shared/corpus/dev', import.meta.url))
const evalDir = fileURLToPath(new URL('../../../shared/eval/', import.meta.url))

interface Scores {
  cue: {f1: number}
  strict: {f1: number}
  anonymousFlag: {f1: number}
}

describe.skipIf(!existsSync(corpusDir))('extraction on the development corpus', () => {
  it('keeps cue, strict and anonymous-flag F1 at or above the figures reached so far', async () => {
    const {loadCorpus} = (await import(`${evalDir}locate.mjs`)) as {loadCorpus(dir: string): Array<{file: string; text: string}>}
    const {score} = (await import(`${evalDir}score.mjs`)) as {score(corpus: unknown, predictions: Map<string, unknown>): Scores}
    const corpus = loadCorpus(corpusDir)
    const predictions = new Map<string, unknown>()
    for (const doc of corpus) {
      const file = await checkDraft(new VFile({path: doc.file, value: doc.text}), {extractOnly: true})
      predictions.set(doc.file, {file: doc.file, attributions: file.data.attributions})
    }
    const result = score(corpus, predictions)
    console.log(`dev: cue F1 ${result.cue.f1}, strict F1 ${result.strict.f1}, anonymous flag F1 ${result.anonymousFlag.f1}`)
    expect(result.cue.f1).toBeGreaterThanOrEqual(0.895)
    expect(result.strict.f1).toBeGreaterThanOrEqual(0.777)
    expect(result.anonymousFlag.f1).toBeGreaterThanOrEqual(0.898)
  })
})
