/**
 * The SARIF reporter: logs for real drafts, checked against the SARIF 2.1.0
 * JSON Schema (2.1.0-rtm.5, draft-04, as Microsoft ships it in
 * `@microsoft/jest-sarif`) and against the text their regions point into.
 */
import fs from 'node:fs'
import {createRequire} from 'node:module'
import Ajv04 from 'ajv-draft-04'
import addFormats from 'ajv-formats'
import type {Log, Region, Result} from 'sarif'
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {checkDraft} from '../../lib/processor.js'
import {defaultPolicy, policyRules} from '../../lib/policy/index.js'
import {toSarif} from '../../lib/report/sarif.js'
import {ruleUrl} from '../../lib/lint/rule.js'
import {rules} from '../../rules/index.js'

const require = createRequire(import.meta.url)
const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')
// The schema's `language` pattern (`…{2}]?$`) is not valid as a Unicode regular expression.
const ajv = new Ajv04.default({allErrors: true, strict: false, unicodeRegExp: false})
addFormats.default(ajv)
const validateSarif = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')))

const seedRoot = '/work/shared/corpus'
const seedPath = `${seedRoot}/seed/raw/000.txt`
const allRules = [...rules.map((rule) => rule.meta), ...policyRules([defaultPolicy()])]

function expectValid(log: Log) {
  const valid = validateSarif(log)
  expect(validateSarif.errors ?? []).toEqual([])
  expect(valid).toBe(true)
}

/** Offset of a 1-based line and UTF-16 column in `text`. */
function offsetOf(text: string, line: number, column: number): number {
  const lines = text.split('\n')
  let offset = 0
  for (let index = 0; index < line - 1; index++) offset += lines[index].length + 1
  return offset + column - 1
}

/** The text a region covers, read from its lines and columns, which must agree with its offsets. */
function covered(text: string, region: Region): string {
  const start = offsetOf(text, region.startLine!, region.startColumn!)
  const end = offsetOf(text, region.endLine!, region.endColumn!)
  expect(region.charOffset).toBe(start)
  expect(region.charLength).toBe(end - start)
  return text.slice(start, end)
}

async function lint(text: string, filePath: string, cwd: string) {
  return checkDraft(new VFile({value: text, path: filePath, cwd}))
}

describe('toSarif', () => {
  it('checks against a schema that rejects broken logs', () => {
    expect(validateSarif({version: '2.1.0', runs: [{tool: {driver: {}}}]})).toBe(false)
    expect(validateSarif({version: '2.1.0', runs: [{tool: {driver: {name: 'x'}}, results: [{message: {text: 'm'}, level: 'fatal'}]}]})).toBe(false)
  })

  it('reports the seed draft as valid SARIF 2.1.0 whose regions point at the text', async () => {
    const text = fs.readFileSync(seedPath, 'utf8')
    const file = await lint(text, seedPath, seedRoot)
    expect(file.messages.length).toBeGreaterThan(0)
    const log = toSarif([file], allRules, '0.1.0')
    expectValid(log)

    const [run] = log.runs
    expect(log.version).toBe('2.1.0')
    expect(run.columnKind).toBe('utf16CodeUnits')
    expect(run.tool.driver).toMatchObject({name: 'isnad', version: '0.1.0', informationUri: expect.stringMatching(/^https:/)})
    const descriptors = run.tool.driver.rules ?? []
    expect(descriptors.map((rule) => rule.id)).toEqual(allRules.map((rule) => rule.id))
    const anonymous = descriptors.find((rule) => rule.id === 'anonymous-source')
    expect(anonymous).toMatchObject({helpUri: ruleUrl('anonymous-source'), defaultConfiguration: {level: 'warning'}})

    const results = run.results ?? []
    expect(results).toHaveLength(file.messages.length)
    for (const [index, result] of results.entries()) {
      const message = file.messages[index]
      expect(descriptors[result.ruleIndex!].id).toBe(result.ruleId)
      expect(result.level).toBe(message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'note')
      expect(result.message.text).toBe(message.reason)
      const physical = result.locations![0].physicalLocation!
      expect(physical.artifactLocation!.uri).toBe('seed/raw/000.txt')
      const region = physical.region!
      expect(region.startLine).toBe(message.place && 'start' in message.place ? message.place.start.line : undefined)
      expect(covered(text, region)).toBe(text.slice(region.charOffset, region.charOffset! + region.charLength!))
    }

    // `دبلوماسي روسي` in the first line is anonymous, with no reason given.
    const unnamed = results.find((result) => result.ruleId === 'policy/anonymity-reason')
    expect(unnamed).toBeDefined()
    const region = unnamed!.locations![0].physicalLocation!.region!
    expect(region.startLine).toBe(1)
    expect(covered(text, region)).toBe('دبلوماسي روسي')
  })

  it('turns the replacement for a loaded verb into a fix', async () => {
    const text = 'وقال الوزير إن الاتفاق قريب.\nوزعمت الوزارة أن الهجوم بدأ فجراً.\n'
    const file = await lint(text, '/drafts/news/loaded.txt', '/drafts')
    const log = toSarif([file], allRules, '0.1.0')
    expectValid(log)

    const result = log.runs[0].results!.find((item) => item.ruleId === 'loaded-verb') as Result
    expect(result).toBeDefined()
    const location = result.locations![0].physicalLocation!
    expect(location.artifactLocation!.uri).toBe('news/loaded.txt')
    expect(location.region).toMatchObject({startLine: 2, startColumn: 1, endLine: 2, endColumn: 6})
    expect(covered(text, location.region!)).toBe('وزعمت')

    expect(result.fixes).toHaveLength(1)
    const [change] = result.fixes![0].artifactChanges
    expect(change.artifactLocation.uri).toBe('news/loaded.txt')
    expect(change.replacements[0].deletedRegion).toEqual(location.region)
    expect(change.replacements[0].insertedContent).toEqual({text: 'وقالت'})
  })
})

describe('toSarif on hand-made messages', () => {
  function fileWith() {
    const file = new VFile({value: 'سطر أول\nقال مسؤول كلاماً.\n', path: 'a b/draft#1.txt', cwd: '/work/x'})
    const first = file.message('Unexpected first', {place: {start: {line: 2, column: 5, offset: 12}, end: {line: 2, column: 10, offset: 17}}, ruleId: 'anonymous-source', source: 'isnad'})
    first.fatal = false
    first.expected = ['أ', 'ب']
    first.cause = new VFileMessage('The earlier one', {place: {start: {line: 1, column: 1}, end: {line: 1, column: 4}}, ruleId: 'anonymous-source'})
    const removal = file.message('Unexpected word', {place: {start: {line: 2, column: 1, offset: 8}, end: {line: 2, column: 4, offset: 11}}, ruleId: 'house/custom', source: 'isnad'})
    removal.fatal = undefined
    removal.expected = []
    removal.url = 'https://example.org/house'
    const failed = file.message('Cannot decode the draft', {source: 'isnad'})
    failed.fatal = true
    return file
  }

  it('keeps fixes, related locations, unknown rules and rule-less messages valid', () => {
    const log = toSarif([fileWith()], allRules)
    expectValid(log)
    const [run] = log.runs
    expect(run.tool.driver.version).toBeUndefined()
    const [first, removal] = run.results!

    expect(first.level).toBe('warning')
    expect(first.locations![0].physicalLocation!.artifactLocation!.uri).toBe('a%20b/draft%231.txt')
    expect(first.fixes!.map((fix) => fix.artifactChanges[0].replacements[0].insertedContent?.text)).toEqual(['أ', 'ب'])
    expect(first.relatedLocations).toEqual([
      {
        id: 1,
        message: {text: 'The earlier one'},
        physicalLocation: {
          artifactLocation: {uri: 'a%20b/draft%231.txt'},
          region: {startLine: 1, startColumn: 1, endLine: 1, endColumn: 4, charOffset: 0, charLength: 3}
        }
      }
    ])

    expect(removal.level).toBe('note')
    expect(removal.fixes).toHaveLength(1)
    expect(removal.fixes![0].artifactChanges[0].replacements[0]).not.toHaveProperty('insertedContent')
    const custom = run.tool.driver.rules![removal.ruleIndex!]
    expect(custom).toMatchObject({id: 'house/custom', helpUri: 'https://example.org/house'})

    expect(run.results).toHaveLength(2)
    expect(run.invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {level: 'error', message: {text: 'Cannot decode the draft'}, locations: [{physicalLocation: {artifactLocation: {uri: 'a%20b/draft%231.txt'}}}]}
        ]
      }
    ])
  })

  it('gives files outside the working directory a file URL', () => {
    const file = new VFile({value: 'نص', path: '/elsewhere/draft.txt', cwd: '/work/x'})
    file.message('Unexpected', {place: {line: 1, column: 1}, ruleId: 'anonymous-source'})
    const log = toSarif([file], allRules)
    expectValid(log)
    const physical = log.runs[0].results![0].locations![0].physicalLocation!
    expect(physical.artifactLocation!.uri).toBe('file:///elsewhere/draft.txt')
    expect(physical.region).toEqual({startLine: 1, startColumn: 1, charOffset: 0})
  })
})
