export type * from './types.js'
export {LEXICON_SCHEMA_ID, LexiconError, bundledLexicon, loadLexicon, validateExtensions, validateLexiconFile} from './load.js'
