/**
 * Configuration, discovered the way remark and alex find theirs: for each
 * draft, the nearest `.isnadrc`, `.isnadrc.json`, `.isnadrc.yaml`,
 * `.isnadrc.yml` or `package.json` with an `isnad` field, searching up from
 * the draft's folder. The file is validated against
 * `schemas/config.schema.json`; a bad one is a `ConfigError` naming the file,
 * the JSON pointer and what was expected. Only data is read: no file of the
 * workspace is ever executed.
 */
import {readFileSync, statSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {Ajv, type ErrorObject, type ValidateFunction} from 'ajv'
import {createRequire} from 'node:module'
import configSchema from '../../schemas/config.schema.json' with {type: 'json'}
import lexiconSchema from '../../schemas/lexicon.schema.json' with {type: 'json'}
import type {IsnadSettings} from '../processor.js'
import type {Lexicon} from '../lexicon/types.js'
import {loadLexicon, LexiconError} from '../lexicon/load.js'
import {defaultPolicy, PolicyError} from '../policy/index.js'
import {loadPolicySchema} from '../policy/load.js'
import type {PresetName} from '../lint/presets.js'
import type {RuleSetting} from '../lint/rule.js'

const RULE_IDS: readonly string[] = configSchema.properties.rules.propertyNames.enum
const RULE_OPTION_SCHEMAS = configSchema.definitions.options as Readonly<Record<string, {properties?: object}>>

/** File names searched in each folder, in order of precedence. */
export const CONFIG_NAMES = ['.isnadrc', '.isnadrc.json', '.isnadrc.yaml', '.isnadrc.yml', 'package.json'] as const

/** The shape of a config file (see `schemas/config.schema.json`). */
export interface ConfigFile {
  preset?: PresetName
  rules?: Record<string, RuleSetting>
  policy?: {default?: boolean; schemas?: string[]}
  lexicon?: Partial<Lexicon>
}

/** A config file that cannot be used: it names the file and, for schema errors, the JSON pointer. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly pointer: string,
    detail: string
  ) {
    super(`${file}${pointer ? ` ${pointer}` : ''}: ${detail}`)
    this.name = 'ConfigError'
  }
}

export interface ResolvedConfig {
  /** The config file used, or null when none was found (defaults apply). */
  path: string | null
  settings: IsnadSettings
}

/**
 * What applies where no config is found: one object for every such draft, since
 * processors and compiled lexicons are kept per settings object and a batch
 * without a config would otherwise build them once per draft.
 */
const NO_CONFIG: ResolvedConfig = Object.freeze({path: null, settings: Object.freeze({})})

let validator: ValidateFunction | undefined

function validateConfig(): ValidateFunction {
  if (!validator) {
    const ajv = new Ajv({allErrors: false, strict: true})
    ajv.addSchema(lexiconSchema)
    validator = ajv.compile(configSchema)
  }
  return validator
}

/** Reads, validates and resolves one config file. */
export function readConfig(path: string): ResolvedConfig {
  const data = parseConfigFile(path)
  if (data === undefined) return NO_CONFIG
  const validate = validateConfig()
  if (!validate(data)) {
    const error = mostSpecific(validate.errors!)
    throw new ConfigError(path, pointerOf(error), describe(error))
  }
  return {path, settings: settingsOf(data as ConfigFile, path)}
}

/** The parsed content of a config file; `undefined` for a `package.json` without an `isnad` field. */
function parseConfigFile(path: string): unknown {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new ConfigError(path, '', `cannot read the config file (${(error as Error).message})`)
  }
  if (path.endsWith('package.json')) {
    const manifest = parseJson(path, text) as {isnad?: unknown}
    return manifest && typeof manifest === 'object' ? manifest.isnad : undefined
  }
  if (path.endsWith('.json')) return parseJson(path, text)
  try {
    // `.isnadrc` may be JSON or YAML: YAML reads both.
    return yaml().parse(text) ?? {}
  } catch (error) {
    const where = error instanceof yaml().YAMLParseError && error.linePos ? ` at ${error.linePos[0].line}:${error.linePos[0].col}` : ''
    const detail = (error as Error).message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
    throw new ConfigError(path, '', `invalid YAML${where}: ${detail}; fix the syntax`)
  }
}

/** The YAML parser, loaded on the first YAML config: most runs have none, and it is slow to load. */
function yaml(): typeof import('yaml') {
  return createRequire(import.meta.url)('yaml') as typeof import('yaml')
}

function parseJson(path: string, text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new ConfigError(path, '', `invalid JSON: ${(error as Error).message}; fix the syntax`)
  }
}

/** The name ajv reports an error about a property name for (`propertyNames`, `additionalProperties`). */
function propertyOf(error: ErrorObject): string | undefined {
  return error.propertyName ?? (error.params as {additionalProperty?: string}).additionalProperty
}

function pointerOf(error: ErrorObject): string {
  const property = propertyOf(error)
  return property === undefined ? error.instancePath || '/' : `${error.instancePath}/${property}`
}

/**
 * The error to report: the one deepest in the config. A rule setting is one
 * of three shapes (`oneOf`), and the branch that got furthest, into the
 * options, says best what is wrong.
 */
function mostSpecific(errors: ErrorObject[]): ErrorObject {
  return errors.reduce((best, error) => (depth(error) > depth(best) ? error : best))
}

function depth(error: ErrorObject): number {
  return error.instancePath.split('/').length + (propertyOf(error) === undefined ? 0 : 1)
}

/** `/rules/<id>/1…`: inside the options of a rule setting. */
const RULE_OPTIONS = /^\/rules\/([^/]+)\/1(?:\/|$)/

function describe(error: ErrorObject): string {
  const property = propertyOf(error)
  if (error.schemaPath.includes('propertyNames')) return `unknown rule id \`${property}\`; expected one of ${[...RULE_IDS].join(', ')}`
  const options = RULE_OPTIONS.exec(error.instancePath)
  if (options) {
    const known = Object.keys(RULE_OPTION_SCHEMAS[options[1]]?.properties ?? {})
    if (error.keyword === 'additionalProperties' || error.keyword === 'maxProperties') {
      return known.length === 0
        ? `rule \`${options[1]}\` takes no options; remove them`
        : `unknown option \`${property}\` of rule \`${options[1]}\`; expected ${known.map((name) => `\`${name}\``).join(', ')}`
    }
    return `invalid option of rule \`${options[1]}\`: ${error.instancePath.slice(options[0].length) || 'options'} ${error.message ?? 'is invalid'}`
  }
  if (error.keyword === 'additionalProperties') return `unknown field \`${property}\`; expected one of ${Object.keys(configSchema.properties).filter((key) => key !== '$schema').join(', ')}`
  if (error.instancePath.startsWith('/rules/')) return 'invalid rule setting; expected "off", "info", "warn", "error", or [severity, options]'
  if (error.keyword === 'enum') return `${error.message}: ${(error.params as {allowedValues: unknown[]}).allowedValues.map((value) => JSON.stringify(value)).join(', ')}`
  return error.message ?? 'invalid value'
}

/** Turns a valid config into processor settings; paths are relative to the config's folder. */
function settingsOf(config: ConfigFile, path: string): IsnadSettings {
  const base = dirname(path)
  const settings: IsnadSettings = {preset: config.preset, rules: config.rules}
  const policies = config.policy?.default === false ? [] : [defaultPolicy()]
  for (const [index, schemaPath] of (config.policy?.schemas ?? []).entries()) {
    try {
      policies.push(loadPolicySchema(resolve(base, schemaPath)))
    } catch (error) {
      if (error instanceof PolicyError) throw new ConfigError(path, `/policy/schemas/${index}`, error.message)
      throw error
    }
  }
  settings.policies = policies
  if (config.lexicon) {
    try {
      settings.lexicon = loadLexicon(config.lexicon)
    } catch (error) {
      if (error instanceof LexiconError) throw new ConfigError(path, `/lexicon${error.pointer}`, error.message.replace(/^.*?: /, ''))
      throw error
    }
  }
  return settings
}

/**
 * Finds and caches configs by folder. A folder's answer is kept until
 * `forget` is called (the language server calls it when a config changes).
 */
export class ConfigResolver {
  private readonly byFolder = new Map<string, string | null>()
  private readonly byFile = new Map<string, {mtime: number; config: ResolvedConfig}>()

  constructor(private readonly explicit?: string) {}

  /** The config that applies to a draft at `path` (or to standard input read in `cwd`). */
  forFile(path: string): ResolvedConfig {
    const file = this.explicit ? resolve(this.explicit) : this.find(dirname(resolve(path)))
    if (!file) return NO_CONFIG
    const mtime = statSync(file, {throwIfNoEntry: false})?.mtimeMs ?? -1
    const cached = this.byFile.get(file)
    if (cached && cached.mtime === mtime) return cached.config
    const config = readConfig(file)
    this.byFile.set(file, {mtime, config})
    return config
  }

  /** Drops cached lookups (after a config file was created, changed or removed). */
  forget(): void {
    this.byFolder.clear()
    this.byFile.clear()
  }

  private find(folder: string): string | null {
    const cached = this.byFolder.get(folder)
    if (cached !== undefined) return cached
    let found: string | null = null
    for (const name of CONFIG_NAMES) {
      const candidate = join(folder, name)
      if (!statSync(candidate, {throwIfNoEntry: false})?.isFile()) continue
      if (name === 'package.json' && parseConfigFile(candidate) === undefined) continue
      found = candidate
      break
    }
    if (!found) {
      const parent = dirname(folder)
      found = parent === folder ? null : this.find(parent)
    }
    this.byFolder.set(folder, found)
    return found
  }
}
