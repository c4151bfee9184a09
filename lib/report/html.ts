/**
 * The attribution map: one self-contained HTML page (inline style and
 * script, nothing fetched) showing each draft right to left with its cues,
 * sources, carriers and claims highlighted by source type, a tooltip per
 * record with its speaker and chain, a side panel of sources and findings,
 * and a bar of the share of claims by source type.
 *
 * Everything from the draft and the messages is escaped. Markdown is shown
 * as written (not rendered), so offsets stay those of the original text.
 * Every highlight carries `data-kind` (`cue`, `source`, `via`, `claim`,
 * `finding`), `data-start`, `data-end` and, except findings, `data-type`: the
 * extractor's own type (the record's for cues and claims, the source's or
 * carrier's for the others). Pure: the playground renders with it too.
 */
import type {VFileMessage} from 'vfile-message'
import {NAMED_TYPES, type Attribution, type SourceType} from '../extract/types.js'
import {summarize} from './summary.js'
import {REPORT_SCRIPT, REPORT_STYLE} from './html/assets.js'
import {escapeHtml, nest, type Mark} from './html/nest.js'

export {REPORT_SCRIPT, REPORT_STYLE} from './html/assets.js'

export interface ReportFile {
  path: string
  text: string
  attributions: readonly Attribution[]
  messages: ReadonlyArray<Pick<VFileMessage, 'reason' | 'ruleId' | 'fatal' | 'url' | 'place'>>
}

type Category = 'named' | 'anonymous' | 'vague' | 'unresolved'
type Severity = 'error' | 'warning' | 'info'

const CATEGORIES: readonly Category[] = ['named', 'anonymous', 'vague', 'unresolved']
const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info']
/** Among marks with the same span, the outer element first. */
const RANK = {finding: 0, claim: 1, via: 2, source: 3, cue: 4}

/** The whole page for one or more drafts. */
export function renderReport(files: readonly ReportFile[]): string {
  const title = files.length === 1 ? `isnad: ${files[0].path}` : `isnad: ${files.length} drafts`
  return `<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>${REPORT_STYLE}</style>
</head>
<body>
<header class="isnad-map" lang="en" dir="ltr"><h1>Attribution map</h1></header>
${renderMap(files)}
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`
}

/** The map without the page around it: legend, list of drafts (when several), one section per draft. The playground shows it in its own page. */
export function renderMap(files: readonly ReportFile[]): string {
  const nav =
    files.length > 1
      ? `<nav aria-label="Drafts"><ol>${files.map((file, index) => `<li><a href="#f${index}" dir="ltr">${escapeHtml(file.path)}</a> (${file.attributions.length} claims, ${file.messages.length} findings)</li>`).join('')}</ol></nav>`
      : ''
  return `<main class="isnad-map">
<div lang="en" dir="ltr">${legend()}${nav}</div>
${files.map((file, index) => renderFile(file, `f${index}`)).join('\n')}
</main>`
}

/** Source types by colour and line style, highlights by kind. */
function legend(): string {
  const styles: Record<Category, string> = {named: 'solid', anonymous: 'dashed', vague: 'dotted', unresolved: 'double'}
  const types = CATEGORIES.map((category) => `<li><mark class="claim c-${category}">${category} (${styles[category]})</mark></li>`)
  const kinds = [
    ['source', 'source (bold, underlined)'],
    ['cue', 'cue (boxed)'],
    ['via', 'carrier (overlined)'],
    ['finding warning', 'finding (wavy)']
  ].map(([kind, label]) => `<li><mark class="${kind} c-named">${label}</mark></li>`)
  return `<ul class="legend" aria-label="Legend">${[...types, ...kinds].join('')}</ul>`
}

function renderFile(file: ReportFile, prefix: string): string {
  const byId = new Map(file.attributions.map((record) => [record.id, record]))
  const speakers = file.attributions.map((record) => speakerOf(record, byId))
  const findings = groupFindings(file.messages)
  const marks: Mark[] = [
    ...file.attributions.flatMap((record, index) => recordMarks(record, speakers[index], `${prefix}-r${index}`)),
    ...findings.map((finding, index) => findingMark(finding, `${prefix}-m${index}`))
  ]
  const tips = [
    ...file.attributions.map((record, index) => recordTip(record, speakers[index], `${prefix}-r${index}`)),
    ...findings.map((finding, index) => findingTip(finding, `${prefix}-m${index}`))
  ]
  return `<section id="${prefix}" class="file" aria-labelledby="${prefix}-title">
<h2 id="${prefix}-title" lang="en" dir="ltr">${escapeHtml(file.path)}</h2>
${summaryBar(file.attributions)}
<div class="layout">
<article class="draft" lang="ar" dir="rtl" aria-label="Draft">${nest(file.text, marks)}</article>
<aside lang="en" dir="ltr">${sourcesPanel(file.attributions, speakers, prefix)}${findingsList(file.messages, findings, prefix)}</aside>
</div>
<div class="tips">${tips.join('')}</div>
</section>`
}

/** The record whose words name the speaker: itself, or the one a carried-over speaker refers to (undefined when unresolved). */
function speakerOf(record: Attribution, byId: ReadonlyMap<string, Attribution>): Attribution | undefined {
  let current: Attribution | undefined = record
  const seen = new Set<string>()
  while (current && current.type === 'implicit' && current.ref && !seen.has(current.id)) {
    seen.add(current.id)
    current = byId.get(current.ref)
  }
  return current?.type === 'implicit' ? undefined : current
}

function categoryOf(type: SourceType | undefined): Category {
  if (type && NAMED_TYPES.has(type)) return 'named'
  return type === 'anonymous' || type === 'vague' ? type : 'unresolved'
}

/** `anonymous source`, `named source (person)`. */
function sourceLabel(type: SourceType | undefined): string {
  const category = categoryOf(type)
  return category === 'named' ? `named source (${type})` : `${category} source`
}

function arabic(text: string): string {
  return `<bdi lang="ar">${escapeHtml(text)}</bdi>`
}

/** Who is speaking, as the draft words it. */
function speakerHtml(speaker: Attribution | undefined): string {
  if (!speaker) return 'unresolved carried-over speaker'
  return speaker.source ? arabic(speaker.source.text) : `no source words (cue ${arabic(speaker.cue.text)})`
}

/** `agency → outlet → official`: the carriers, nearest first, then the speaker. */
function chainOf(speaker: Attribution | undefined): string {
  if (!speaker || speaker.via.length === 0) return ''
  return [...speaker.via.map((via) => arabic(via.text)), speakerHtml(speaker)].join(' → ')
}

function tag(attributes: Record<string, string | number | undefined>, hidden: string): string {
  const written = Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeHtml(String(value))}"`)
    .join('')
  return `<mark${written}>${hidden ? `<span class="sr" lang="en">${escapeHtml(hidden)}</span>` : ''}`
}

function recordMarks(record: Attribution, speaker: Attribution | undefined, id: string): Mark[] {
  const category = categoryOf(speaker?.type)
  const common = {'data-record': record.id, 'aria-describedby': `${id}-tip`}
  const marks: Mark[] = [
    {
      start: record.cue.start,
      end: record.cue.end,
      rank: RANK.cue,
      open: (first) =>
        tag({class: `cue c-${category}`, id: first ? id : undefined, 'data-kind': 'cue', 'data-start': record.cue.start, 'data-end': record.cue.end, 'data-type': record.type, ...common}, first ? 'cue: ' : '')
    }
  ]
  const source = record.source
  if (source) {
    marks.push({
      start: source.start,
      end: source.end,
      rank: RANK.source,
      open: (first) =>
        tag(
          {class: `source c-${categoryOf(source.type)}`, 'data-kind': 'source', 'data-start': source.start, 'data-end': source.end, 'data-type': source.type, ...common},
          first ? `${sourceLabel(source.type)}: ` : ''
        )
    })
  }
  for (const via of record.via) {
    marks.push({
      start: via.start,
      end: via.end,
      rank: RANK.via,
      open: (first) =>
        tag(
          {class: `via c-${via.named ? 'named' : 'vague'}`, 'data-kind': 'via', 'data-start': via.start, 'data-end': via.end, 'data-type': via.type, ...common},
          first ? `carried by ${via.named ? '' : 'unnamed '}${via.type}: ` : ''
        )
    })
  }
  const claim = record.claim
  if (claim) {
    marks.push({
      start: claim.start,
      end: claim.end,
      rank: RANK.claim,
      open: (first) =>
        tag(
          {class: `claim c-${category}`, tabindex: first ? 0 : undefined, 'data-kind': 'claim', 'data-start': claim.start, 'data-end': claim.end, 'data-type': record.type, ...common},
          first ? `claim, ${sourceLabel(speaker?.type)}: ` : ''
        )
    })
  }
  return marks
}

function recordTip(record: Attribution, speaker: Attribution | undefined, id: string): string {
  const carried = record.type === 'implicit' ? `<p>Speaker carried over (cue ${arabic(record.cue.text)}).</p>` : ''
  const chain = chainOf(speaker)
  return `<div class="tip" role="tooltip" id="${id}-tip" lang="en" dir="ltr" hidden><p><span class="badge c-${categoryOf(speaker?.type)}">${sourceLabel(speaker?.type)}</span> ${speakerHtml(speaker)}</p>${chain ? `<p class="chain">Chain: ${chain}</p>` : ''}${carried}</div>`
}

type Message = ReportFile['messages'][number]

interface FindingGroup {
  start: number
  end: number
  severity: Severity
  messages: Message[]
}

function severityOf(message: Message): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

/** Start and end offsets of a message's place, when it has a range. */
function spanOf(message: Message): {start: number; end: number} | undefined {
  const place = message.place
  if (!place || !('start' in place)) return undefined
  const {offset: start} = place.start
  const {offset: end} = place.end
  return start === undefined || end === undefined || end <= start ? undefined : {start, end}
}

/** Messages on the same span share one mark. */
function groupFindings(messages: ReportFile['messages']): FindingGroup[] {
  const groups = new Map<string, FindingGroup>()
  for (const message of messages) {
    const span = spanOf(message)
    if (!span) continue
    const key = `${span.start}:${span.end}`
    const group: FindingGroup = groups.get(key) ?? {...span, severity: 'info', messages: []}
    const severity = severityOf(message)
    if (SEVERITY_ORDER.indexOf(severity) < SEVERITY_ORDER.indexOf(group.severity)) group.severity = severity
    group.messages.push(message)
    groups.set(key, group)
  }
  return [...groups.values()].sort((a, b) => a.start - b.start || b.end - a.end)
}

function findingMark(finding: FindingGroup, id: string): Mark {
  const count = finding.messages.length
  return {
    start: finding.start,
    end: finding.end,
    rank: RANK.finding,
    open: (first) =>
      tag(
        {class: `finding ${finding.severity}`, id: first ? id : undefined, tabindex: first ? 0 : undefined, 'data-kind': 'finding', 'data-start': finding.start, 'data-end': finding.end, 'aria-describedby': `${id}-tip`},
        first ? `${finding.severity}, ${count} finding${count === 1 ? '' : 's'}: ` : ''
      )
  }
}

function messageLine(message: Message): string {
  const severity = severityOf(message)
  const rule = message.ruleId ? ` <code>${escapeHtml(message.ruleId)}</code>` : ''
  const docs = message.url && /^https?:\/\//i.test(message.url) ? ` <a href="${escapeHtml(message.url)}">docs</a>` : ''
  return `<span class="sev ${severity}">${severity}</span> ${escapeHtml(message.reason)}${rule}${docs}`
}

function findingTip(finding: FindingGroup, id: string): string {
  return `<div class="tip" role="tooltip" id="${id}-tip" lang="en" dir="ltr" hidden>${finding.messages.map((message) => `<p>${messageLine(message)}</p>`).join('')}</div>`
}

function findingsList(messages: ReportFile['messages'], findings: readonly FindingGroup[], prefix: string): string {
  if (messages.length === 0) return '<h3>Findings</h3><p>No findings.</p>'
  const items = messages.map((message) => {
    const span = spanOf(message)
    const at = span ? findings.findIndex((finding) => finding.start === span.start && finding.end === span.end) : -1
    const start = message.place && 'start' in message.place ? message.place.start : message.place
    const where = start ? `${start.line}:${start.column}` : 'draft'
    return `<li class="${severityOf(message)}">${at === -1 ? where : `<a href="#${prefix}-m${at}">${where}</a>`} ${messageLine(message)}</li>`
  })
  return `<h3>Findings (${messages.length})</h3><ol>${items.join('')}</ol>`
}

function sourcesPanel(records: readonly Attribution[], speakers: ReadonlyArray<Attribution | undefined>, prefix: string): string {
  const groups = new Map<string, {speaker: Attribution | undefined; first: number; claims: number; chains: Set<string>}>()
  records.forEach((_, index) => {
    const speaker = speakers[index]
    const key = `${speaker?.type ?? 'implicit'}\u0000${speakerHtml(speaker)}`
    const group = groups.get(key) ?? {speaker, first: index, claims: 0, chains: new Set<string>()}
    group.claims++
    const chain = chainOf(speaker)
    if (chain) group.chains.add(chain)
    groups.set(key, group)
  })
  if (groups.size === 0) return '<h3>Sources</h3><p>No attributions found.</p>'
  const items = [...groups.values()].map(({speaker, first, claims, chains}) => {
    const chainLines = [...chains].map((chain) => `<br><span class="chain">Chain: ${chain}</span>`).join('')
    return `<li><a href="#${prefix}-r${first}">${speakerHtml(speaker)}</a> <span class="badge c-${categoryOf(speaker?.type)}">${sourceLabel(speaker?.type)}</span> ${claims} claim${claims === 1 ? '' : 's'}${chainLines}</li>`
  })
  return `<h3>Sources (${groups.size})</h3><ul>${items.join('')}</ul>`
}

function summaryBar(records: readonly Attribution[]): string {
  const summary = summarize(records)
  if (summary.attributions === 0) return '<div class="summary" lang="en" dir="ltr"><p>No claims attributed.</p></div>'
  const counts: Record<Category, number> = {named: summary.named, anonymous: summary.anonymous, vague: summary.vague, unresolved: summary.unresolved}
  const shown = CATEGORIES.filter((category) => category !== 'unresolved' || counts.unresolved > 0)
  const share = (category: Category) => (counts[category] * 100) / summary.attributions
  const text = shown.map((category) => `${counts[category]} ${category} (${Math.round(share(category))}%)`).join(', ')
  const segments = shown
    .filter((category) => counts[category] > 0)
    .map((category) => `<span class="c-${category}" style="width: ${share(category).toFixed(2)}%"></span>`)
    .join('')
  return `<div class="summary" lang="en" dir="ltr"><p>${summary.attributions} claim${summary.attributions === 1 ? '' : 's'}: ${text}</p><div class="bar" aria-hidden="true">${segments}</div></div>`
}
