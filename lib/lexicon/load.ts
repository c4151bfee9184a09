/**
 * The bundled lexicons and their merge with a newsroom's extensions.
 *
 * The JSON files are imported (not read from disk), so bundlers inline them
 * and `tsc` copies them to `dist/lexicons/`. Each file is checked against
 * `schemas/lexicon.schema.json` by the test suite (`validateLexiconFile`); an
 * extension is checked against the same entry shapes (`$defs`) on every
 * `loadLexicon` call, since it comes from a newsroom's config. Errors name the
 * file (or `lexicon extension`) and the JSON pointer of the first offending value.
 */
import {Ajv, type ErrorObject, type ValidateFunction} from 'ajv'
import schema from '../../schemas/lexicon.schema.json' with {type: 'json'}
import anonymityNouns from '../../lexicons/anonymity-nouns.json' with {type: 'json'}
import anonymityReasons from '../../lexicons/anonymity-reasons.json' with {type: 'json'}
import claimMarkers from '../../lexicons/claim-markers.json' with {type: 'json'}
import headNouns from '../../lexicons/head-nouns.json' with {type: 'json'}
import names from '../../lexicons/names.json' with {type: 'json'}
import nominalCues from '../../lexicons/nominal-cues.json' with {type: 'json'}
import organizations from '../../lexicons/organizations.json' with {type: 'json'}
import outlets from '../../lexicons/outlets.json' with {type: 'json'}
import titles from '../../lexicons/titles.json' with {type: 'json'}
import vagueCues from '../../lexicons/vague-cues.json' with {type: 'json'}
import verbs from '../../lexicons/verbs.json' with {type: 'json'}
import {normalize} from '../text/normalize.js'
import type {Lexicon, LexiconFile} from './types.js'

export const LEXICON_SCHEMA_ID = 'https://isnad.dev/schemas/lexicon.schema.json'

type Key = keyof Lexicon
type Kind = LexiconFile['kind']

interface Part {
  /** The file's `kind`; the file is `lexicons/<kind>.json`. */
  kind: Kind
  /** The entry shape under the schema's `$defs`. */
  def: string
  data: unknown
  /** What makes two entries the same entry: an extension entry with the same key replaces the bundled one. */
  key: (entry: never) => string
}

const PARTS: Record<Key, Part> = {
  verbs: {kind: 'verbs', def: 'verb', data: verbs, key: (entry: {lemma: string}) => entry.lemma},
  nominalCues: {kind: 'nominal-cues', def: 'nominalCue', data: nominalCues, key: (entry: {text: string}) => entry.text},
  vagueCues: {kind: 'vague-cues', def: 'vagueCue', data: vagueCues, key: (entry: {text: string}) => entry.text},
  anonymityNouns: {kind: 'anonymity-nouns', def: 'anonymityNoun', data: anonymityNouns, key: (entry: {singular: string}) => entry.singular},
  titles: {kind: 'titles', def: 'title', data: titles, key: (entry: {text: string}) => entry.text},
  outlets: {kind: 'outlets', def: 'outlet', data: outlets, key: (entry: {name: string}) => entry.name},
  organizations: {kind: 'organizations', def: 'organization', data: organizations, key: (entry: {name: string}) => entry.name},
  headNouns: {kind: 'head-nouns', def: 'headNoun', data: headNouns, key: (entry: {text: string}) => entry.text},
  anonymityReasons: {kind: 'anonymity-reasons', def: 'anonymityReason', data: anonymityReasons, key: (entry: {text: string}) => entry.text},
  names: {kind: 'names', def: 'name', data: names, key: (entry: {text: string}) => entry.text},
  claimMarkers: {kind: 'claim-markers', def: 'claimMarker', data: claimMarkers, key: (entry: {text: string}) => entry.text}
}

const KEYS = Object.keys(PARTS) as Key[]

/** A lexicon file or extension that does not match the schema. */
export class LexiconError extends Error {
  /** `lexicons/verbs.json`, or `lexicon extension`. */
  readonly origin: string
  /** JSON pointer of the offending value (`/entries/3/class`, `/outlets/0/kind`); `''` for the whole document. */
  readonly pointer: string

  constructor(origin: string, pointer: string, detail: string) {
    super(`${origin} ${pointer || '/'}: ${detail}`)
    this.name = 'LexiconError'
    this.origin = origin
    this.pointer = pointer
  }
}

let ajv: Ajv | undefined
let fileValidator: ValidateFunction | undefined
let extensionValidator: ValidateFunction | undefined

/** One Ajv instance holding the lexicon schema, created on first use. */
function schemas(): Ajv {
  ajv ??= new Ajv({allErrors: false, strict: true})
  if (!ajv.getSchema(LEXICON_SCHEMA_ID)) ajv.addSchema(schema)
  return ajv
}

function validateFileShape(): ValidateFunction {
  fileValidator ??= schemas().getSchema(LEXICON_SCHEMA_ID)
  if (!fileValidator) throw new Error(`schema ${LEXICON_SCHEMA_ID} did not compile`)
  return fileValidator
}

/** An object of optional lexicon arrays whose items are the `$defs` entry shapes of the lexicon schema. */
function validateExtensionShape(): ValidateFunction {
  extensionValidator ??= schemas().compile({
    $id: 'https://isnad.dev/schemas/lexicon-extension.schema.json',
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(
      KEYS.map((key) => [key, {type: 'array', items: {$ref: `lexicon.schema.json#/$defs/${PARTS[key].def}`}}])
    )
  })
  return extensionValidator
}

/** Plain words for the string patterns of the schema, by `$defs` name. */
const PATTERNS: Record<string, string> = {
  arabic: 'must be Arabic words separated by single spaces',
  displayName: 'must contain an Arabic letter, with no leading, trailing or doubled spaces',
  alias: 'must have no leading, trailing or doubled spaces',
  country: 'must be an ISO 3166-1 alpha-2 code or "intl"'
}

/** The first meaningful error: the failing `then` of a kind is reported by its inner error, not by `if`. */
function describe(errors: ErrorObject[] | null | undefined): {pointer: string; detail: string} {
  const list = errors ?? []
  const error = list.find((item) => item.keyword !== 'if') ?? list[0]
  if (!error) return {pointer: '', detail: 'is invalid'}
  let detail = error.message ?? 'is invalid'
  if (error.keyword === 'additionalProperties') detail += ` (${String(error.params.additionalProperty)})`
  if (error.keyword === 'pattern') detail = PATTERNS[/\$defs\/(\w+)\/pattern$/.exec(error.schemaPath)?.[1] ?? ''] ?? detail
  return {pointer: error.instancePath, detail}
}

/**
 * Checks one lexicon file against the schema and, when `expected` is given,
 * that it holds that kind. Throws a `LexiconError` naming `file` and the
 * pointer of the first problem.
 */
export function validateLexiconFile(data: unknown, file: string, expected?: Kind): LexiconFile {
  const validate = validateFileShape()
  if (!validate(data)) {
    const {pointer, detail} = describe(validate.errors)
    throw new LexiconError(`lexicon file ${file}`, pointer, detail)
  }
  const checked = data as LexiconFile
  if (expected && checked.kind !== expected) throw new LexiconError(`lexicon file ${file}`, '/kind', `must be "${expected}"`)
  return checked
}

/**
 * Checks extension entries against the entry shapes of the lexicon schema.
 * Throws a `LexiconError` naming the pointer (`/outlets/3/kind`).
 */
export function validateExtensions(extensions: unknown): Partial<Lexicon> {
  const validate = validateExtensionShape()
  if (!validate(extensions)) {
    const {pointer, detail} = describe(validate.errors)
    throw new LexiconError('lexicon extension', pointer, detail)
  }
  return extensions as Partial<Lexicon>
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const inner of Object.values(value)) deepFreeze(inner)
  }
  return value
}

let bundled: Lexicon | undefined

/**
 * The lexicons shipped in `lexicons/`, read once and cached (the same frozen
 * object on every call: copy an array before sorting it).
 */
export function bundledLexicon(): Lexicon {
  if (!bundled) {
    const lexicon = {} as Record<Key, unknown[]>
    // The bundled files are validated by the test suite (test/lexicon), not on every start:
    // compiling the schema costs more than the rest of a CLI start. Extensions are always validated.
    for (const key of KEYS) lexicon[key] = (PARTS[key].data as LexiconFile).entries
    bundled = deepFreeze(lexicon as unknown as Lexicon)
  }
  return bundled
}

/**
 * The bundled lexicon merged with a newsroom's extension entries. Extensions
 * are validated first (see `validateExtensions`). An extension entry whose key
 * (a verb's lemma, an outlet's or organization's name, an anonymity noun's
 * singular, otherwise its text), compared after `normalize`, matches a bundled
 * entry replaces it; other entries are appended in order. Without extension
 * entries, this is `bundledLexicon()` itself. The result is frozen.
 */
export function loadLexicon(extensions?: Partial<Lexicon>): Lexicon {
  const base = bundledLexicon()
  if (extensions === undefined) return base
  const checked = validateExtensions(extensions)
  if (KEYS.every((key) => (checked[key]?.length ?? 0) === 0)) return base
  const merged = {} as Record<Key, unknown[]>
  for (const key of KEYS) {
    const added = checked[key] ?? []
    if (added.length === 0) {
      merged[key] = base[key]
      continue
    }
    const keyOf = PARTS[key].key as (entry: unknown) => string
    const replacements = new Map<string, unknown>()
    for (const entry of added) replacements.set(normalize(keyOf(entry)), structuredClone(entry))
    const list = base[key].map((entry: unknown) => {
      const id = normalize(keyOf(entry))
      const replacement = replacements.get(id)
      if (replacement === undefined) return entry
      replacements.delete(id)
      return replacement
    })
    list.push(...replacements.values())
    merged[key] = list
  }
  return deepFreeze(merged as unknown as Lexicon)
}
