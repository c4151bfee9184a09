/// <reference lib="dom" />
/**
 * The playground in headless Chromium: built by Vite into a temporary folder,
 * served on 127.0.0.1, and timed from a keystroke on a 5 KB draft to the
 * re-rendered map (the 100 ms debounce included). Prints the median and
 * writes `docs/images/playground.png` when `ISNAD_SCREENSHOTS=1`. (The DOM types above are for the
 * callbacks that `page.evaluate` runs in the page.)
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import type {AddressInfo} from 'node:net'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Page} from 'playwright-core'
import {afterAll, beforeAll, expect, it} from 'vitest'
import {launch, type Browser} from './chromium.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
/** 5.3 KB of Arabic news. */
const draft = '/work/shared/corpus/dev/raw/020.txt'
const TYPES: Record<string, string> = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css'}

/** What the page keeps between `page.evaluate` calls. */
type Timing = typeof window & {keydownAt: number; rendered: Promise<number>}

let folder: string
let server: http.Server
let origin: string
let browser: Browser
let page: Page
const requests: string[] = []

function renderCount(): Promise<number> {
  return page.$eval('#map', (map) => Number((map as HTMLElement).dataset.renderCount))
}

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-playground-'))
  try {
    execFileSync('npx', ['vite', 'build', 'playground', '--outDir', folder, '--emptyOutDir', '--logLevel', 'error'], {cwd: root, stdio: 'pipe', encoding: 'utf8'})
  } catch (error) {
    const {stdout, stderr} = error as {stdout?: string; stderr?: string}
    throw new Error(`vite build playground failed:\n${stdout ?? ''}${stderr ?? ''}`)
  }
  server = http.createServer((request, response) => {
    const {pathname} = new URL(request.url ?? '/', 'http://127.0.0.1')
    const file = path.join(folder, pathname === '/' ? 'index.html' : decodeURIComponent(pathname))
    if (!file.startsWith(folder + path.sep)) return void response.writeHead(404).end()
    fs.readFile(file, (error, body) => {
      if (error) response.writeHead(404).end()
      else response.writeHead(200, {'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream'}).end(body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  browser = await launch()
  page = browser.context.pages()[0] ?? (await browser.context.newPage())
  page.on('request', (request) => requests.push(request.url()))
  await page.goto(`${origin}/`)
  await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('#map')?.dataset.renderCount) >= 1)
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => server?.close(resolve))
  if (folder) fs.rmSync(folder, {recursive: true, force: true})
})

it('maps the sample draft on load, and writes a screenshot for the README', async () => {
  expect(await page.locator('#map .draft mark[data-kind="claim"]').count()).toBeGreaterThan(0)
  expect(await page.locator('#status').textContent()).toMatch(/^\d+ claims, \d+ findings$/)
  // The README's copy is refreshed on request (ISNAD_SCREENSHOTS=1): a test run writes only to its temporary folder.
  const shots = process.env.ISNAD_SCREENSHOTS ? path.join(root, 'docs', 'images') : folder
  fs.mkdirSync(shots, {recursive: true})
  await page.screenshot({path: path.join(shots, 'playground.png')})
})

it('updates the map within 200 ms of a keystroke on a 5 KB draft (median of 10)', async () => {
  const text = fs.readFileSync(draft, 'utf8')
  expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(5000)
  const before = await renderCount()
  await page.fill('#draft', text)
  await page.waitForFunction((count) => Number(document.querySelector<HTMLElement>('#map')!.dataset.renderCount) > count, before)
  await page.evaluate(() => document.addEventListener('keydown', () => ((window as Timing).keydownAt = performance.now()), true))
  await page.focus('#draft')
  await page.keyboard.press('Control+End')

  const times: number[] = []
  for (let round = 0; round < 10; round++) {
    // Armed before the keystroke: resolves once the page has marked a new render, after layout.
    await page.evaluate(() => {
      const map = document.querySelector<HTMLElement>('#map')!
      const count = map.dataset.renderCount
      ;(window as Timing).rendered = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (map.dataset.renderCount === count) return
          observer.disconnect()
          void map.offsetHeight
          resolve(performance.now() - (window as Timing).keydownAt)
        })
        observer.observe(map, {attributes: true, attributeFilter: ['data-render-count']})
      })
    })
    await page.keyboard.type('a')
    times.push(await page.evaluate(() => (window as Timing).rendered))
  }
  const sorted = [...times].sort((a, b) => a - b)
  const median = (sorted[4] + sorted[5]) / 2
  console.log(
    `playground: keystroke → map update on a ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB draft (100 ms debounce included): median ${median.toFixed(1)} ms of 10 (min ${sorted[0].toFixed(1)}, max ${sorted[9].toFixed(1)})`
  )
  expect(median).toBeLessThanOrEqual(200)

  const shown = await page.$eval('#map .draft', (map) => {
    const copy = map.cloneNode(true) as Element
    copy.querySelectorAll('.sr').forEach((hidden) => hidden.remove())
    return copy.textContent
  })
  expect(shown).toBe(`${text}aaaaaaaaaa`)
})

it('loads nothing from outside its own server', () => {
  expect(requests.length).toBeGreaterThan(0)
  expect(requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([])
})
