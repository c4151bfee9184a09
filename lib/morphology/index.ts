/** Clitic segmentation and reporting-verb inflection, used to match lexicon entries in running text. */
export {segment, type Segmentation} from './clitics.js'
export {AMBIGUOUS, conjugate, VerbIndex, type VerbForm, type VerbMatch} from './verbs.js'
