/**
 * The records of a made-up draft, through the real processor, for the
 * extraction tests.
 */
import {VFile} from 'vfile'
import {expect} from 'vitest'
import {checkDraft} from '../../lib/processor.js'

export async function records(text: string) {
  const file = await checkDraft(new VFile({value: text}), {extractOnly: true})
  return file.data.attributions!
}

/** The record whose cue is written `cue`; fails the test when there is none. */
export async function recordOf(text: string, cue: string) {
  const record = (await records(text)).find((candidate) => candidate.cue.text === cue)
  expect(record, `no attribution with cue ${cue}`).toBeDefined()
  return record!
}
