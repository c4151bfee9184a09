/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The attribution map in headless Chromium: `isnad report --html`, run as the
 * real compiled CLI on the seed draft and a dev article with a chain, opened
 * from file://. Writes `docs/images/report.png` for the README when `ISNAD_SCREENSHOTS=1`. (The DOM
 * types above are for the callbacks that `page.evaluate` runs in the page.)
 */
import {execFileSync, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import type {Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {launch, type Browser} from './chromium.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const bin = path.join(root, 'dist', 'lib', 'cli', 'isnad.mjs')
/** The seed draft, and a dev article whose claim comes through an agency (`وكالة أنباء الشرق الأوسط` → `مصدر أمني`). */
const drafts = ['/work/shared/corpus/seed/raw/000.txt', '/work/shared/corpus/dev/raw/019.txt']

interface Span {
  text: string
  start: number
  end: number
  type: string
}

interface Attribution {
  id: string
  type: string
  ref: string | null
  cue: Span
  source: Span | null
  via: Span[]
  claim: {start: number; end: number} | null
}

interface Message {
  place?: {start: {offset: number}; end: {offset: number}}
}

interface Piece {
  kind: string
  start: number
  end: number
  type: string | null
  record: string | null
  text: string
}

const cli = (args: string[]) => execFileSync('node', [bin, ...args], {cwd: root, encoding: 'utf8'})
const spanKey = (kind: string, span: {start: number; end: number}, type: string) => `${kind} ${span.start}-${span.end} ${type}`

/** What the map must highlight for these records: every non-empty cue, source, carrier and claim, with the extractor's type. */
function expectedSpans(records: Attribution[]): Set<string> {
  const spans = new Set<string>()
  for (const record of records) {
    const add = (kind: string, span: {start: number; end: number} | null, type: string) => {
      if (span && span.start < span.end) spans.add(spanKey(kind, span, type))
    }
    add('cue', record.cue, record.type)
    add('source', record.source, record.source?.type ?? '')
    for (const via of record.via) add('via', via, via.type)
    add('claim', record.claim, record.type)
  }
  return spans
}

/** The text a section shows for its draft, hidden labels left out. */
function shownText(page: Page, section: string): Promise<string> {
  return page.$eval(`#${section} .draft`, (draft) => {
    const copy = draft.cloneNode(true) as Element
    for (const hidden of copy.querySelectorAll('.sr')) hidden.remove()
    return copy.textContent ?? ''
  })
}

/** Every highlight piece of a file's section, with its text (nested marks included, hidden labels left out). */
function pieces(page: Page, section: string): Promise<Piece[]> {
  return page.$$eval(`#${section} .draft mark[data-kind]`, (marks) =>
    marks.map((mark) => {
      const copy = mark.cloneNode(true) as Element
      for (const hidden of copy.querySelectorAll('.sr')) hidden.remove()
      const data = (mark as HTMLElement).dataset
      return {kind: data.kind!, start: Number(data.start), end: Number(data.end), type: data.type ?? null, record: data.record ?? null, text: copy.textContent ?? ''}
    })
  )
}

/** A point on a mark's own text (not on a mark nested in it), in viewport coordinates. */
function pointOn(page: Page, selector: string): Promise<{x: number; y: number}> {
  return page.$eval(selector, (mark) => {
    const walker = document.createTreeWalker(mark, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // The screen-reader label is clipped to a pixel that may sit over another mark: only visible text counts.
      if (!node.textContent?.trim() || node.parentElement?.closest('mark[aria-describedby]') !== mark || node.parentElement?.closest('.sr')) continue
      const range = document.createRange()
      range.selectNodeContents(node)
      const rect = range.getClientRects()[0]
      return {x: rect.left + rect.width / 2, y: rect.top + rect.height / 2}
    }
    throw new Error('the mark has no text of its own')
  })
}

/**
 * Moves the mouse onto a mark's own text until `tip` shows. The point is read
 * again on each try: under load the page may still be settling after a scroll.
 */
async function hover(page: Page, selector: string, tip: ReturnType<Page['locator']>): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const point = await pointOn(page, selector)
    await page.mouse.move(point.x, point.y)
    try {
      await tip.waitFor({state: 'visible', timeout: 2_000})
      return
    } catch (error) {
      if (attempt === 4) throw error
      await page.mouse.move(0, 0)
    }
  }
}

/** Named, anonymous, vague: implicit records count as the record they refer to. */
function shares(records: Attribution[]): {named: number; anonymous: number; vague: number} {
  const byId = new Map(records.map((record) => [record.id, record]))
  const counts = {named: 0, anonymous: 0, vague: 0}
  for (const record of records) {
    let current: Attribution | undefined = record
    for (let hops = 0; current?.type === 'implicit' && current.ref && hops < records.length; hops++) current = byId.get(current.ref)
    const type = current?.type
    if (type === 'anonymous' || type === 'vague') counts[type]++
    else if (type && type !== 'implicit') counts.named++
  }
  return counts
}

let browser: Browser
let page: Page
let folder: string
let reportUrl: string
let texts: string[]
let records: Attribution[][]
let messages: Message[][]
const requests: string[] = []

beforeAll(async () => {
  // `dist/` is built once for the whole run (test/setup/build.ts).
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-report-'))
  const out = path.join(folder, 'report.html')
  cli(['report', '--html', out, ...drafts])
  reportUrl = pathToFileURL(out).href
  texts = drafts.map((draft) => fs.readFileSync(draft, 'utf8'))
  records = cli(['extract', ...drafts])
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as {attributions: Attribution[]}).attributions)
  // The lint command exits 1 on errors; its JSON report is what counts here.
  const lint = spawnSync('node', [bin, '--report', 'json', ...drafts], {cwd: root, encoding: 'utf8'})
  messages = (JSON.parse(lint.stdout) as Array<{messages: Message[]}>).map((file) => file.messages)

  browser = await launch()
  page = browser.context.pages()[0] ?? (await browser.context.newPage())
  page.on('request', (request) => requests.push(request.url()))
  await page.goto(reportUrl)
}, 180_000)

afterAll(async () => {
  await browser?.close()
  if (folder) fs.rmSync(folder, {recursive: true, force: true})
})

describe('isnad report --html', () => {
  it('is one right-to-left Arabic page with a section per draft', async () => {
    expect(await page.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual(['rtl', 'ar'])
    expect(await page.$$eval('nav a', (links) => links.map((link) => [link.getAttribute('href'), link.textContent]))).toEqual(drafts.map((draft, index) => [`#f${index}`, draft]))
  })

  it('writes a screenshot for the README, with the tooltip of a chained claim', async () => {
    const chained = records[0].find((record) => record.via.length > 0 && record.claim)!
    await hover(page, `#f0 mark[data-kind="claim"][data-record="${chained.id}"][tabindex]`, page.locator('#f0 .tip:not([hidden])'))
    // The README's copy is refreshed on request (ISNAD_SCREENSHOTS=1): a test run writes only to its temporary folder.
    const shots = process.env.ISNAD_SCREENSHOTS ? path.join(root, 'docs', 'images') : folder
    fs.mkdirSync(shots, {recursive: true})
    await page.screenshot({path: path.join(shots, 'report.png')})
    await page.mouse.move(0, 0)
  })

  drafts.forEach((draft, index) => {
    it(`highlights exactly the extracted spans of ${path.basename(draft)}, nested in text order`, async () => {
      expect(await shownText(page, `f${index}`)).toBe(texts[index])
      const found = await pieces(page, `f${index}`)
      const highlighted = new Set(found.filter((piece) => piece.kind !== 'finding').map((piece) => spanKey(piece.kind, piece, piece.type!)))
      expect(highlighted).toEqual(expectedSpans(records[index]))
      // A span split around another still reads, piece after piece, as its text.
      const joined = new Map<string, string>()
      for (const piece of found) {
        const key = `${piece.kind} ${piece.start}-${piece.end} ${piece.record}`
        joined.set(key, (joined.get(key) ?? '') + piece.text)
      }
      for (const [key, text] of joined) {
        const [, range] = key.split(' ')
        const [start, end] = range.split('-').map(Number)
        expect(text, key).toBe(texts[index].slice(start, end))
      }
    })

    it(`shows the findings of ${path.basename(draft)} in place and in a list`, async () => {
      const found = await pieces(page, `f${index}`)
      const inPlace = new Set(found.filter((piece) => piece.kind === 'finding').map((piece) => `${piece.start}-${piece.end}`))
      const placed = messages[index].filter((message) => message.place && message.place.end.offset > message.place.start.offset)
      expect(inPlace).toEqual(new Set(placed.map((message) => `${message.place!.start.offset}-${message.place!.end.offset}`)))
      expect(await page.locator(`#f${index} aside ol li`).count()).toBe(messages[index].length)
    })

    it(`sums up and lists the sources of ${path.basename(draft)}`, async () => {
      const {named, anonymous, vague} = shares(records[index])
      const total = records[index].length
      const summary = await page.locator(`#f${index} .summary p`).textContent()
      const percent = (count: number) => Math.round((count * 100) / total)
      expect(summary).toContain(`${total} claims: ${named} named (${percent(named)}%), ${anonymous} anonymous (${percent(anonymous)}%), ${vague} vague (${percent(vague)}%)`)
      const panel = (await page.locator(`#f${index} aside ul`).textContent()) ?? ''
      for (const record of records[index]) if (record.source) expect(panel).toContain(record.source.text)
      const claims = [...panel.matchAll(/(\d+) claims?/g)].reduce((sum, match) => sum + Number(match[1]), 0)
      expect(claims).toBe(total)
    })
  })

  it('shows the source and chain of a chained claim on hover and on keyboard focus', async () => {
    const chained = records[1].find((record) => record.via.length > 0 && record.claim && record.source)!
    const selector = `#f1 mark[data-kind="claim"][data-record="${chained.id}"][tabindex="0"]`
    await page.locator(selector).scrollIntoViewIfNeeded()
    const tipId = (await page.locator(selector).getAttribute('aria-describedby'))!
    const tip = page.locator(`[id="${tipId}"]`)
    expect(await tip.getAttribute('role')).toBe('tooltip')

    await hover(page, selector, tip)
    const chain = (await tip.locator('.chain').textContent()) ?? ''
    const names = [...chained.via.map((via) => via.text), chained.source!.text]
    const positions = names.map((name) => chain.indexOf(name))
    expect(positions.every((at) => at !== -1)).toBe(true)
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
    expect(chain).toContain('→')

    await page.keyboard.press('Escape')
    await tip.waitFor({state: 'hidden'})
    await page.mouse.move(0, 0)
    await page.locator(selector).focus()
    await tip.waitFor({state: 'visible'})
    await page.locator(selector).blur()
    await tip.waitFor({state: 'hidden'})
  })

  it('tells source types apart without colour: labels for screen readers, line styles in forced colours', async () => {
    const anonymous = records[0].find((record) => record.source?.type === 'anonymous')!
    const label = await page.locator(`#f0 mark[data-kind="source"][data-record="${anonymous.id}"] .sr`).first().textContent()
    expect(label).toBe('anonymous source: ')
    await page.emulateMedia({forcedColors: 'active'})
    const styles = await page.evaluate(() =>
      ['named', 'anonymous'].map((category) => getComputedStyle(document.querySelector(`.draft .claim.c-${category}`)!).borderBottomStyle)
    )
    expect(styles).toEqual(['solid', 'dashed'])
    await page.emulateMedia({forcedColors: 'none'})
  })

  it('loads nothing but the page itself', () => {
    expect(requests).toEqual([reportUrl])
  })
})

describe('isnad report --html on a hostile draft', () => {
  it('escapes the draft and its name, and runs no script of theirs', async () => {
    const name = path.join(folder, `"'><img src=x>.txt`)
    const text = 'قال مسؤول <script>window.pwned = 1</script> إن <img src="https://example.com/x.png" onerror="window.pwned = 2"> وصل.\n'
    fs.writeFileSync(name, text)
    const out = path.join(folder, 'hostile.html')
    cli(['report', '--html', out, name])
    const hostile = await browser.context.newPage()
    const seen: string[] = []
    hostile.on('request', (request) => seen.push(request.url()))
    await hostile.goto(pathToFileURL(out).href)
    expect(await hostile.evaluate(() => [document.scripts.length, document.images.length, 'pwned' in window])).toEqual([1, 0, false])
    expect(await shownText(hostile, 'f0')).toBe(text)
    expect(await hostile.locator('h2').textContent()).toBe(name)
    expect(seen).toEqual([pathToFileURL(out).href])
    await hostile.close()
  })
})
