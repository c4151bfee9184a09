/**
 * `isnadExtract`: a unified plugin for nlcst trees that stores the draft's
 * attribution records on `file.data.attributions`, for rules, reporters and
 * anyone else in the pipeline to read.
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {Lexicon} from '../lexicon/types.js'
import {bundledLexicon} from '../lexicon/load.js'
import {extractAttributions, startExtraction, type ExtractionState} from './extract.js'
import type {Attribution} from './types.js'

declare module 'vfile' {
  interface DataMap {
    /** Every reporting event of the draft, in text order. */
    attributions: Attribution[]
    /** The vocabularies the records were extracted with, for rules that match words too. */
    lexicon: Lexicon
  }
}

export interface ExtractOptions {
  /** The vocabularies to match (default: the bundled lexicons). */
  lexicon?: Lexicon
}

/** Extraction so far, for drafts read in sections (`file.data.section`). */
const states = new WeakMap<VFile, ExtractionState>()

export default function isnadExtract(options: ExtractOptions = {}) {
  const lexicon = options.lexicon ?? bundledLexicon()
  return function (tree: Root, file: VFile): undefined {
    file.data.lexicon = lexicon
    const section = file.data.section
    let state = section && !section.first ? states.get(file) : undefined
    if (!state) {
      state = startExtraction()
      if (section && !section.last) states.set(file, state)
    }
    if (section?.last) states.delete(file)
    file.data.attributions = extractAttributions(tree, String(file), lexicon, state)
  }
}
