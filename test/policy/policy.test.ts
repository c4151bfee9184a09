/**
 * Policies as JSON Schema: the default policy on real drafts, a newsroom's
 * own schema with the `x-` annotations and `errorMessage`, and schemas that
 * do not compile.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {Ajv} from 'ajv'
import ajvErrors from 'ajv-errors'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import isnadParse from '../../lib/parse/draft.js'
import isnadExtract from '../../lib/extract/plugin.js'
import {checkDraft} from '../../lib/processor.js'
import {compilePolicy, defaultPolicy, isnadPolicy, PolicyError, policyRules, type PolicySchema} from '../../lib/policy/index.js'
import {loadPolicySchema} from '../../lib/policy/load.js'

const root = fileURLToPath(new URL('../..', import.meta.url))

async function check(text: string, schemas: PolicySchema[] = [defaultPolicy()]) {
  const processor = unified().use(isnadParse).use(isnadExtract).use(isnadPolicy, {schemas})
  const file = new VFile({value: text, path: 'draft.txt'})
  await processor.run(processor.parse(file), file)
  return file
}

/** The text a message points at. */
function at(file: VFile, message: VFile['messages'][number]): string {
  const place = message.place
  if (!place || !('start' in place)) throw new Error('message without a range')
  return String(file).slice(place.start.offset, place.end.offset)
}

describe('the default policy', () => {
  it('asks an anonymous source for a stated reason, at the source', async () => {
    const file = await check('قال مسؤول أوكراني إن الهجوم بدأ فجراً.')
    expect(file.messages.map((message) => message.ruleId)).toEqual(['policy/anonymity-reason'])
    const [message] = file.messages
    expect(at(file, message)).toBe('مسؤول أوكراني')
    expect(message.reason).toBe(
      'Unexpected anonymous source "مسؤول أوكراني" without a stated reason, expected the draft to say why the source is not named'
    )
    expect(message.fatal).toBe(true)
    expect(message.source).toBe('isnad')
    expect(message.place).toMatchObject({start: {line: 1, column: 5, offset: 4}, end: {line: 1, column: 18, offset: 17}})
  })

  it('accepts an anonymous source whose reason is given', async () => {
    const file = await check('قال مسؤول أوكراني، طلب عدم الكشف عن هويته، إن الهجوم بدأ فجراً.')
    expect(file.data.attributions?.[0]?.anonymityReason).toBe(true)
    expect(file.messages).toEqual([])
  })

  it('rejects a vague attribution, at the cue', async () => {
    const file = await check('يُقال إن الهجوم بدأ فجراً.')
    expect(file.messages.map((message) => [message.ruleId, at(file, message), message.fatal])).toEqual([['policy/vague-source', 'يُقال', true]])
    expect(file.messages[0].reason).toBe('Unexpected vague attribution "يُقال", expected a named source for the claim')
  })

  it('rejects a report carried by unnamed media, at the carrier', async () => {
    const file = await check('نقلت وسائل إعلام عن مسؤول أن الهجوم بدأ فجراً.')
    const carrier = file.messages.filter((message) => message.ruleId === 'policy/unnamed-carrier')
    expect(carrier.map((message) => at(file, message))).toEqual(['وسائل إعلام'])
    expect(carrier[0].reason).toBe(
      'Unexpected report carried by unnamed media "وسائل إعلام", expected the named agency or outlet that carried it'
    )
    // The bare `مسؤول` has no stated reason either.
    expect(file.messages.map((message) => message.ruleId).sort()).toEqual(['policy/anonymity-reason', 'policy/unnamed-carrier'])
  })

  it('accepts named sources and named carriers', async () => {
    const file = await check('وقال وزير الخارجية الأوكراني دميترو كوليبا إن الهجوم بدأ، بحسب ما نقلت وكالة رويترز.')
    expect(file.messages.filter((message) => message.ruleId === 'policy/unnamed-carrier')).toEqual([])
    expect(file.messages.filter((message) => message.ruleId === 'policy/vague-source')).toEqual([])
  })

  it('compiles in strict mode, on its own and as shipped', () => {
    const ajv = new Ajv({allErrors: true, strict: true})
    ajvErrors.default(ajv)
    for (const keyword of ['x-rule-id', 'x-severity', 'x-url', 'x-description']) ajv.addKeyword(keyword)
    const shipped = JSON.parse(fs.readFileSync(path.join(root, 'schemas/policies/default.schema.json'), 'utf8'))
    expect(() => ajv.compile(shipped)).not.toThrow()
    expect(shipped).toMatchObject({$id: expect.any(String), title: expect.any(String), description: expect.any(String)})
    expect(shipped).toEqual(defaultPolicy().schema)
    expect(() => compilePolicy(defaultPolicy())).not.toThrow()
  })

  it('lists its rules for reports', () => {
    expect(policyRules([defaultPolicy()]).map((rule) => [rule.id, rule.severity])).toEqual([
      ['policy/anonymity-reason', 'error'],
      ['policy/vague-source', 'error'],
      ['policy/unnamed-carrier', 'error']
    ])
  })

  it('runs with no policy at all', async () => {
    expect((await check('يُقال إن الهجوم بدأ فجراً.', [])).messages).toEqual([])
  })
})

describe('the processor', () => {
  const draft = 'يُقال إن الهجوم بدأ فجراً.'
  const policyIds = (file: VFile) => file.messages.map((message) => message.ruleId).filter((id) => id?.startsWith('policy/'))

  it('applies the default policy after the rules', async () => {
    expect(policyIds(await checkDraft(new VFile({value: draft, path: 'a.txt'})))).toEqual(['policy/vague-source'])
  })

  it('applies no policy with `policies: []` and none when only extracting', async () => {
    expect(policyIds(await checkDraft(new VFile({value: draft, path: 'a.txt'}), {policies: []}))).toEqual([])
    expect(policyIds(await checkDraft(new VFile({value: draft, path: 'a.txt'}), {extractOnly: true}))).toEqual([])
  })

  it('lets disable comments name policy rules', async () => {
    const file = await checkDraft(new VFile({value: `<!-- isnad-disable policy/vague-source -->\n${draft}`, path: 'a.txt'}))
    expect(policyIds(file)).toEqual([])
    expect(file.messages.filter((message) => message.ruleId === 'unknown-rule')).toEqual([])
  })
})

describe('a newsroom policy', () => {
  const noZaama: PolicySchema = {
    path: 'policies/house.schema.json',
    schema: {
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      properties: {
        cue: {
          'x-rule-id': 'house/no-zaama',
          'x-severity': 'warn',
          'x-url': 'https://example.org/style#zaama',
          'x-description': 'زعم casts doubt on the speaker.',
          type: 'object',
          properties: {lemma: {not: {const: 'زعم'}}},
          errorMessage: 'Unexpected `زعم`, expected a neutral verb such as `قال`'
        }
      }
    }
  }

  it('reports with its own rule id, severity, link and message, at the cue', async () => {
    const file = await check('وزعمت الوزارة أن الهجوم بدأ فجراً.', [noZaama])
    expect(file.messages).toHaveLength(1)
    const [message] = file.messages
    expect(message).toMatchObject({ruleId: 'house/no-zaama', fatal: false, url: 'https://example.org/style#zaama', source: 'isnad'})
    expect(message.reason).toBe('Unexpected `زعم`, expected a neutral verb such as `قال`')
    expect(at(file, message)).toBe('وزعمت')
    expect(policyRules([noZaama])).toEqual([
      {id: 'house/no-zaama', description: 'زعم casts doubt on the speaker.', severity: 'warn', fixable: false, url: 'https://example.org/style#zaama'}
    ])
  })

  it('falls back to `policy`, the error severity and ajv’s message', async () => {
    const bare: PolicySchema = {path: 'bare.json', schema: {type: 'object', properties: {mode: {const: 'direct'}}}}
    const file = await check('وقالت الوزارة إن الهجوم بدأ فجراً.', [bare])
    expect(file.messages.map((message) => [message.ruleId, message.fatal, message.reason])).toEqual([
      ['policy', true, '`/mode` must be equal to constant: "direct"']
    ])
  })

  it('takes `info` as a note', async () => {
    const info: PolicySchema = {path: 'info.json', schema: {'x-severity': 'info', type: 'object', properties: {mode: {const: 'direct'}}}}
    const file = await check('وقالت الوزارة إن الهجوم بدأ فجراً.', [info])
    expect(file.messages.map((message) => message.fatal)).toEqual([undefined])
  })

  it('passes a draft that satisfies it', async () => {
    expect((await check('وقالت الوزارة إن الهجوم بدأ فجراً.', [noZaama])).messages).toEqual([])
  })
})

describe('policies that are not valid', () => {
  it('throws a PolicyError naming the file and ajv’s reason', () => {
    const broken = {path: 'policies/broken.json', schema: {type: 12}}
    expect(() => compilePolicy(broken)).toThrow(PolicyError)
    expect(() => compilePolicy(broken)).toThrow(/^policy policies\/broken\.json: not a valid JSON Schema: schema is invalid: data\/type must be/)
    expect(() => unified().use(isnadPolicy, {schemas: [broken]}).freeze()).toThrow(PolicyError)
  })

  it('rejects unknown keywords and bad annotations (strict mode)', () => {
    expect(() => compilePolicy({path: 'typo.json', schema: {type: 'object', requried: ['source']}})).toThrow(/typo\.json.*unknown keyword: "requried"/)
    expect(() => compilePolicy({path: 'severity.json', schema: {'x-severity': 'fatal'}})).toThrow(/severity\.json.*x-severity/)
  })

  it('loads policy files from disk, naming the file on errors', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-policy-'))
    try {
      const good = path.join(dir, 'good.json')
      fs.writeFileSync(good, JSON.stringify({type: 'object', properties: {mode: {'x-rule-id': 'house/direct', const: 'direct'}}}))
      expect(loadPolicySchema(good)).toMatchObject({path: good, schema: {type: 'object'}})

      const notJson = path.join(dir, 'not-json.json')
      fs.writeFileSync(notJson, '{"type": ')
      expect(() => loadPolicySchema(notJson)).toThrow(PolicyError)
      expect(() => loadPolicySchema(notJson)).toThrow(`policy ${notJson}: is not valid JSON`)

      const missing = path.join(dir, 'missing.json')
      expect(() => loadPolicySchema(missing)).toThrow(`policy ${missing}: cannot be read`)

      const invalid = path.join(dir, 'invalid.json')
      fs.writeFileSync(invalid, '{"type": 12}')
      const error = (() => {
        try {
          loadPolicySchema(invalid)
        } catch (caught) {
          return caught
        }
      })()
      expect(error).toBeInstanceOf(PolicyError)
      expect((error as PolicyError).path).toBe(invalid)

      const list = path.join(dir, 'list.json')
      fs.writeFileSync(list, '[]')
      expect(() => loadPolicySchema(list)).toThrow(/must hold a JSON Schema object/)
    } finally {
      fs.rmSync(dir, {recursive: true, force: true})
    }
  })
})
