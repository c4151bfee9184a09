/**
 * Debian's Chromium driven by playwright-core for the browser tests: a fresh
 * profile per launch, and the flags that keep it off the network (this
 * machine has none but the package registries).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {chromium, type BrowserContext} from 'playwright-core'

const executablePath = '/usr/bin/chromium'

const args = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync'
]

export interface Browser {
  context: BrowserContext
  close(): Promise<void>
}

/** Starts Chromium; fails (never skips) when it is not installed. */
export async function launch(): Promise<Browser> {
  if (!fs.existsSync(executablePath)) {
    throw new Error(`Chromium is not installed at ${executablePath}: install Debian's package with \`apt-get install -y chromium\` (as root; .ci/run does it in CI)`)
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {executablePath, args, viewport: {width: 1280, height: 860}})
  return {
    context,
    async close() {
      await context.close()
      fs.rmSync(profile, {recursive: true, force: true})
    }
  }
}
