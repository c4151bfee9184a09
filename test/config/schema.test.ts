/**
 * `schemas/config.schema.json` against the rules themselves: it names every
 * rule and no other, each rule's defaults are valid options for it, and it
 * knows every option a rule reads.
 */
import {Ajv} from 'ajv'
import {describe, expect, it} from 'vitest'
import configSchema from '../../schemas/config.schema.json' with {type: 'json'}
import lexiconSchema from '../../schemas/lexicon.schema.json' with {type: 'json'}
import {rules} from '../../rules/index.js'

const ajv = new Ajv({strict: true, allErrors: true})
ajv.addSchema(lexiconSchema)
const validate = ajv.compile(configSchema)
const optionSchemas = configSchema.definitions.options as Record<string, {properties?: Record<string, unknown>}>

describe('the config schema', () => {
  it('names exactly the rules there are', () => {
    const ids = rules.map((rule) => rule.meta.id)
    expect(configSchema.properties.rules.propertyNames.enum).toEqual(ids)
    expect(Object.keys(configSchema.properties.rules.properties)).toEqual(ids)
    expect(Object.keys(optionSchemas)).toEqual(ids)
  })

  it.each(rules.map((rule) => [rule.meta.id, rule] as const))('accepts the defaults of %s, and knows its options', (id, rule) => {
    expect(Object.keys(optionSchemas[id].properties ?? {}).sort()).toEqual(Object.keys(rule.defaults).sort())
    for (const setting of [rule.meta.severity, [rule.meta.severity], [rule.meta.severity, rule.defaults]]) {
      expect(validate({rules: {[id]: setting}}), JSON.stringify(validate.errors)).toBe(true)
    }
  })

  it('rejects options a rule does not take, and values out of range', () => {
    expect(validate({rules: {'anonymous-source': ['warn', {minWords: 2}]}})).toBe(false)
    expect(validate({rules: {'duplicate-passage': ['warn', {minWords: 0}]}})).toBe(false)
    expect(validate({rules: {'anonymous-share': ['warn', {maxShare: -0.1}]}})).toBe(false)
    expect(validate({rules: {'unattributed-quote': ['warn', {minWords: 2.5}]}})).toBe(false)
  })
})
