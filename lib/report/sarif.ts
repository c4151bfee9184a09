/**
 * SARIF 2.1.0 for GitHub code scanning and SARIF viewers: one run of isnad
 * over the drafts, a rule descriptor per rule, a result per message.
 *
 * - `level` comes from the message's `fatal` (true → error, false → warning,
 *   unset → note); regions are 1-based lines and columns in UTF-16 code units
 *   (`columnKind` on the run), with `charOffset`/`charLength`.
 * - `expected` becomes one fix per replacement (an empty list: one removal),
 *   `cause` a related location.
 * - Messages without a rule id (a draft that could not be read or parsed) are
 *   not findings: they become `toolExecutionNotifications` of the invocation,
 *   which GitHub shows as tool status rather than as alerts.
 * - Rule ids the given rules do not describe (policy rules, `unknown-rule`)
 *   get a descriptor built from their first message.
 */
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {ArtifactLocation, Fix, Location, Log, Notification, Region, ReportingDescriptor, Result} from 'sarif'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {VFileMessage} from 'vfile-message'
import {ruleUrl, type RuleMeta} from '../lint/rule.js'

export const INFORMATION_URI = 'https://github.com/isnad-dev/isnad'

/** A rule for the report; `url` overrides the rule's documentation link (policy rules carry their own). */
export type SarifRule = RuleMeta & {url?: string}

/** The SARIF log for linted `files`; `version` is isnad's, for `tool.driver.version`. */
export function toSarif(files: VFile[], rules: SarifRule[], version?: string): Log {
  const descriptors: ReportingDescriptor[] = rules.map((rule) => ({
    id: rule.id,
    shortDescription: {text: rule.description},
    helpUri: rule.url ?? ruleUrl(rule.id),
    defaultConfiguration: rule.severity === 'off' ? {enabled: false} : {level: levelOfSeverity[rule.severity]}
  }))
  const indexes = new Map(descriptors.map((descriptor, index) => [descriptor.id, index]))
  const results: Result[] = []
  const notifications: Notification[] = []

  for (const file of files) {
    for (const message of file.messages) {
      const locations = locate(file, message)
      if (!message.ruleId) {
        notifications.push({level: levelOf(message), message: {text: message.reason}, ...(locations && {locations})})
        continue
      }
      let ruleIndex = indexes.get(message.ruleId)
      if (ruleIndex === undefined) {
        ruleIndex = descriptors.push({id: message.ruleId, shortDescription: {text: message.ruleId}, ...(message.url && {helpUri: message.url})}) - 1
        indexes.set(message.ruleId, ruleIndex)
      }
      const result: Result = {ruleId: message.ruleId, ruleIndex, level: levelOf(message), message: {text: message.reason}}
      if (locations) result.locations = locations
      const fixes = fixesOf(file, message)
      if (fixes.length > 0) result.fixes = fixes
      const cause = message.cause as VFileMessage | undefined
      const related = cause && typeof cause === 'object' && 'reason' in cause ? locate(file, cause) : undefined
      if (cause && related) result.relatedLocations = related.map((place) => ({...place, id: 1, message: {text: cause.reason}}))
      results.push(result)
    }
  }

  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {driver: {name: 'isnad', ...(version && {version}), informationUri: INFORMATION_URI, rules: descriptors}},
        invocations: [
          {
            executionSuccessful: !notifications.some((notification) => notification.level === 'error'),
            ...(notifications.length > 0 && {toolExecutionNotifications: notifications})
          }
        ],
        columnKind: 'utf16CodeUnits',
        results
      }
    ]
  }
}

const levelOfSeverity = {error: 'error', warn: 'warning', info: 'note'} as const

function levelOf(message: VFileMessage): 'error' | 'warning' | 'note' {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'note'
}

/** The file as a URI reference: relative to the working directory with forward slashes, else a `file:` URL. */
function artifactOf(file: VFile): ArtifactLocation | undefined {
  if (!file.path) return undefined
  const absolute = path.resolve(file.cwd, file.path)
  const relative = path.relative(file.cwd, absolute)
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return {uri: pathToFileURL(absolute).href}
  return {uri: relative.split(path.sep).map(encodeURIComponent).join('/')}
}

const indexes = new WeakMap<VFile, ReturnType<typeof location>>()

/** The message's region in the file, or undefined when it has no place. */
function regionOf(file: VFile, message: VFileMessage): Region | undefined {
  const place = message.place
  if (!place) return undefined
  const {start, end} = 'start' in place ? place : {start: place, end: undefined}
  let index = indexes.get(file)
  if (!index) indexes.set(file, (index = location(file)))
  const startOffset = start.offset ?? index.toOffset(start)
  const region: Region = {startLine: start.line, startColumn: start.column}
  if (end) Object.assign(region, {endLine: end.line, endColumn: end.column})
  if (startOffset !== undefined) {
    region.charOffset = startOffset
    const endOffset = end ? (end.offset ?? index.toOffset(end)) : undefined
    if (endOffset !== undefined) region.charLength = endOffset - startOffset
  }
  return region
}

function locate(file: VFile, message: VFileMessage): Location[] | undefined {
  const artifactLocation = artifactOf(file)
  if (!artifactLocation) return undefined
  const region = regionOf(file, message)
  return [{physicalLocation: {artifactLocation, ...(region && {region})}}]
}

/** One fix per expected replacement of the message's place; an empty list removes the text. */
function fixesOf(file: VFile, message: VFileMessage): Fix[] {
  const artifactLocation = artifactOf(file)
  const deletedRegion = regionOf(file, message)
  if (!message.expected || !artifactLocation || !deletedRegion) return []
  const texts: Array<string | undefined> = message.expected.length === 0 ? [undefined] : message.expected
  return texts.map((text) => ({
    description: {text: text === undefined ? 'Remove the text' : `Replace with “${text}”`},
    artifactChanges: [{artifactLocation, replacements: [{deletedRegion, ...(text !== undefined && {insertedContent: {text}})}]}]
  }))
}
