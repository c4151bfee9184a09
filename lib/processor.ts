/**
 * The one processor behind the CLI, the language server and the library, so
 * a draft gives the same records and findings wherever it is checked.
 */
import {unified, type Processor} from 'unified'
import type {Root as NlcstRoot} from 'nlcst'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import type {VFile} from 'vfile'
import retextArabic from './parse/retext-arabic.js'
import isnadExtract from './extract/plugin.js'
import type {Lexicon} from './lexicon/types.js'

export type DraftFormat = 'text' | 'markdown'

export interface IsnadOptions {
  /** Vocabularies (default: the bundled lexicons). */
  lexicon?: Lexicon
}

/** The retext pipeline: Arabic parsing, then extraction of the attribution records. */
export function retextIsnad(options: IsnadOptions = {}) {
  return unified().use(retextArabic).use(isnadExtract, {lexicon: options.lexicon})
}

/** Markdown bridged to the same retext pipeline, so positions point into the `.md` file. */
export function remarkIsnad(options: IsnadOptions = {}) {
  // remark-retext types its destination as a parser-only processor; ours also transforms.
  const destination = retextIsnad(options) as unknown as Processor<NlcstRoot>
  return unified().use(remarkParse).use(remarkRetext, destination)
}

/** Parses and checks one draft; the records and messages end up on `file`. */
export async function checkDraft(file: VFile, format: DraftFormat, options: IsnadOptions = {}): Promise<VFile> {
  if (format === 'text') {
    const processor = retextIsnad(options)
    await processor.run(processor.parse(file), file)
  } else {
    const processor = remarkIsnad(options)
    await processor.run(processor.parse(file), file)
  }
  return file
}

/** The format of a draft, from its file name. */
export function formatOf(path: string): DraftFormat {
  return /\.(?:md|markdown|mdown|mkd)$/i.test(path) ? 'markdown' : 'text'
}
