/**
 * Sourcing policy as JSON Schema: every attribution record of a draft (see
 * `schemas/attribution.schema.json`) must satisfy each policy schema, and
 * every violation becomes a message at the record's place.
 *
 * A policy schema is plain draft-07 JSON Schema, compiled by ajv in strict
 * mode (unknown keywords are errors, and `properties` needs `"type": "object"`
 * beside it), with ajv-errors for `errorMessage` (templates such as
 * `${/source/text}` read the record). Four annotation keywords steer the
 * messages; on a failing keyword, the nearest one up its schema path wins:
 *
 * - `x-rule-id`: the message's rule id (`policy/anonymity-reason`; default `policy`),
 *   which disable comments accept like any rule id;
 * - `x-severity`: `error` (default), `warn` or `info`;
 * - `x-url`: a documentation link for the message;
 * - `x-description`: one line on what the requirement asks, for reports.
 *
 * The bundled `schemas/policies/default.schema.json` is the default policy.
 * A newsroom adds its own schemas, or replaces the default, in its config:
 *
 *     policy:
 *       schemas: ["./policies/house.schema.json"]   # relative to the config file
 *       default: false                              # drop the bundled policy (default true)
 *
 * Each file is read with `loadPolicySchema`, which throws a `PolicyError`
 * naming the file when it cannot be read, is not JSON or is not a valid
 * schema; the processor takes the list as `IsnadSettings.policies`.
 */
import {Ajv, type ErrorObject, type ValidateFunction} from 'ajv'
import ajvErrors from 'ajv-errors'
import type {VFile} from 'vfile'
import defaultSchema from '../../schemas/policies/default.schema.json' with {type: 'json'}
import type {Attribution} from '../extract/types.js'
import {messageOn, placeOf, type RuleMeta, type Severity} from '../lint/rule.js'

export interface PolicySchema {
  schema: object
  /** Where the schema came from (a file path, or `isnad:default`), for messages. */
  path: string
}

/** A policy rule as reports list it: the rule metadata with the schema's `x-url`. */
export interface PolicyRuleMeta extends RuleMeta {
  url?: string
}

export interface PolicyOptions {
  schemas: PolicySchema[]
}

/** A policy file that cannot be read, is not JSON, or is not a valid JSON Schema. */
export class PolicyError extends Error {
  readonly path: string

  constructor(path: string, detail: string) {
    super(`policy ${path}: ${detail}`)
    this.name = 'PolicyError'
    this.path = path
  }
}

type PolicySeverity = Exclude<Severity, 'off'>

const ANNOTATIONS: Record<string, object> = {
  'x-rule-id': {type: 'string', minLength: 1},
  'x-severity': {enum: ['error', 'warn', 'info']},
  'x-url': {type: 'string', minLength: 1},
  'x-description': {type: 'string'}
}

const compiled = new WeakMap<object, ValidateFunction>()

/**
 * Compiles a policy schema, once per schema object. Each schema gets an ajv
 * instance of its own, so two policies may use the same `$id`.
 */
export function compilePolicy(policy: PolicySchema): ValidateFunction {
  let validate = compiled.get(policy.schema)
  if (!validate) {
    const ajv = new Ajv({allErrors: true, strict: true})
    ajvErrors.default(ajv)
    for (const [keyword, metaSchema] of Object.entries(ANNOTATIONS)) ajv.addKeyword({keyword, metaSchema})
    try {
      validate = ajv.compile(policy.schema)
    } catch (error) {
      throw new PolicyError(policy.path, `not a valid JSON Schema: ${(error as Error).message}`)
    }
    compiled.set(policy.schema, validate)
  }
  return validate
}

/** The bundled default policy. */
export function defaultPolicy(): PolicySchema {
  return {schema: defaultSchema, path: 'isnad:default'}
}

/** The rules the policies define (each `x-rule-id`), for reports such as SARIF. */
export function policyRules(schemas: PolicySchema[]): PolicyRuleMeta[] {
  const found = new Map<string, PolicyRuleMeta>()
  function walk(node: unknown, severity: PolicySeverity): void {
    if (Array.isArray(node)) for (const item of node) walk(item, severity)
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return
    const schema = node as Record<string, unknown>
    const own = typeof schema['x-severity'] === 'string' ? (schema['x-severity'] as PolicySeverity) : severity
    const id = schema['x-rule-id']
    if (typeof id === 'string' && !found.has(id)) {
      const description = [schema['x-description'], schema.title, schema.description].find((text) => typeof text === 'string')
      const rule: PolicyRuleMeta = {id, description: (description as string | undefined) ?? id, severity: own, fixable: false}
      if (typeof schema['x-url'] === 'string') rule.url = schema['x-url']
      found.set(id, rule)
    }
    for (const value of Object.values(schema)) walk(value, own)
  }
  for (const policy of schemas) walk(policy.schema, 'error')
  return [...found.values()]
}

/** `isnadPolicy`: checks `file.data.attributions` against each policy schema. */
export function isnadPolicy(options: PolicyOptions) {
  const policies = options.schemas.map((policy) => ({policy, validate: compilePolicy(policy)}))
  return function (_tree: unknown, file: VFile): undefined {
    // A draft read in sections: this section's records only, each is checked once.
    const records = file.data.attributions ?? []
    for (const record of file.data.section ? records.slice(file.data.section.firstRecord) : records) {
      for (const {policy, validate} of policies) {
        if (validate(record)) continue
        // A failing `then` is reported by its own errors; the `if` error only repeats it.
        for (const error of validate.errors ?? []) if (error.keyword !== 'if') report(file, record, policy, error)
      }
    }
    dropSuperseded(file, file.data.section?.firstMessage ?? 0)
  }
}

/**
 * A policy requirement named after a rule (`policy/vague-source`) supersedes
 * that rule's message at the same place: the newsroom's policy sets the level,
 * and the draft is not told the same thing twice.
 */
function dropSuperseded(file: VFile, from: number): void {
  // Messages before `from` belong to earlier sections of the draft, already settled.
  const PREFIX = 'policy/'
  const key = (ruleId: string, message: VFile['messages'][number]) => `${ruleId}@${message.line}:${message.column}`
  const messages = file.messages
  const enforced = new Set<string>()
  for (let index = from; index < messages.length; index++) {
    const ruleId = messages[index].ruleId
    if (ruleId?.startsWith(PREFIX)) enforced.add(key(ruleId.slice(PREFIX.length), messages[index]))
  }
  if (enforced.size === 0) return
  let kept = from
  for (let index = from; index < messages.length; index++) {
    const message = messages[index]
    if (!message.ruleId || !enforced.has(key(message.ruleId, message))) messages[kept++] = message
  }
  messages.length = kept
}

export default isnadPolicy

function report(file: VFile, record: Attribution, policy: PolicySchema, error: ErrorObject): void {
  const annotations = annotationsAt(policy.schema, error.schemaPath)
  const reason = error.keyword === 'errorMessage' ? String(error.message) : ajvReason(error)
  const message = messageOn(file, reason, {place: placeOf(file, spanAt(record, error.instancePath)), ruleId: annotations.ruleId, source: 'isnad'})
  message.fatal = annotations.severity === 'error' ? true : annotations.severity === 'warn' ? false : undefined
  if (annotations.url) message.url = annotations.url
}

/** Ajv's own message, with where in the record and, for `const`/`enum`, what was allowed. */
function ajvReason(error: ErrorObject): string {
  const params = error.params as {allowedValue?: unknown; allowedValues?: unknown}
  const allowed = params.allowedValue ?? params.allowedValues
  return `\`${error.instancePath || '/'}\` ${error.message ?? 'is invalid'}${allowed === undefined ? '' : `: ${JSON.stringify(allowed)}`}`
}

/** The nearest `x-rule-id`, `x-severity` and `x-url` on the way from the root to a failing keyword. */
function annotationsAt(root: object, schemaPath: string) {
  const found = {ruleId: 'policy', severity: 'error' as PolicySeverity, url: undefined as string | undefined}
  let node: unknown = root
  const segments = schemaPath.startsWith('#/') ? schemaPath.slice(2).split('/') : []
  for (let index = 0; ; index++) {
    if (typeof node === 'object' && node !== null) {
      const schema = node as Record<string, unknown>
      if (typeof schema['x-rule-id'] === 'string') found.ruleId = schema['x-rule-id']
      if (typeof schema['x-severity'] === 'string') found.severity = schema['x-severity'] as PolicySeverity
      if (typeof schema['x-url'] === 'string') found.url = schema['x-url']
    }
    if (index === segments.length || typeof node !== 'object' || node === null) break
    node = (node as Record<string, unknown>)[unescapePointer(decodeURIComponent(segments[index]))]
  }
  return found
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~')
}

/**
 * Where a failing value sits in the draft: the innermost span on the way to
 * it (`/via/0/named` → that carrier, `/cue/lemma` → the cue), else the
 * record's source, else its cue.
 */
function spanAt(record: Attribution, instancePath: string): {start: number; end: number} {
  let span: {start: number; end: number} = record.source ?? record.cue
  let node: unknown = record
  for (const segment of instancePath.split('/').slice(1)) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[unescapePointer(segment)] : undefined
    const candidate = node as {start?: unknown; end?: unknown} | undefined
    if (typeof candidate?.start === 'number' && typeof candidate.end === 'number') span = {start: candidate.start, end: candidate.end}
  }
  return span
}
