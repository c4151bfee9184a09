/**
 * Turning the paths and globs of the command line into drafts to lint:
 * folders are searched for `.txt` and Markdown files, globs are expanded, and
 * `.isnadignore` applies to everything found (a file named explicitly but
 * ignored is reported, not skipped silently).
 */
import {readdirSync, statSync} from 'node:fs'
import {join} from 'node:path'

import type {IgnoreResolver} from '../config/ignore.js'

/** Characters that make an argument a glob pattern (unless a file of that name exists). */
const GLOB_SYNTAX = /[*?[\]{}]/

/** Extensions of drafts found in folders and globs. */
export const DRAFT_EXTENSIONS = /\.(?:txt|text|md|markdown|mdown|mkd|mkdn)$/i

export interface Target {
  path: string
  /** Named on the command line (not found by searching a folder or a glob). */
  explicit: boolean
}

export interface Expansion {
  targets: Target[]
  /** Explicitly named files that `.isnadignore` excludes. */
  ignored: string[]
  /** Patterns or folders that matched no draft. */
  empty: string[]
}

export async function expand(inputs: string[], ignores: IgnoreResolver): Promise<Expansion> {
  const targets: Target[] = []
  const ignored: string[] = []
  const empty: string[] = []
  const seen = new Set<string>()
  const add = (path: string, explicit: boolean) => {
    if (seen.has(path)) return
    seen.add(path)
    if (ignores.ignores(path)) {
      if (explicit) ignored.push(path)
      return
    }
    targets.push({path, explicit})
  }
  for (const input of inputs) {
    if (GLOB_SYNTAX.test(input) && !statSync(input, {throwIfNoEntry: false})) {
      // The glob library is loaded only for a pattern.
      const {glob} = await import('tinyglobby')
      const found = (await glob(input, {onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**']})).filter((path) => DRAFT_EXTENSIONS.test(path)).sort()
      if (found.length === 0) empty.push(input)
      for (const path of found) add(path, false)
      continue
    }
    const stats = statSync(input, {throwIfNoEntry: false})
    if (stats?.isDirectory()) {
      const found = walk(input)
      if (found.length === 0) empty.push(input)
      for (const path of found) add(path, false)
    } else add(input, true)
  }
  return {targets, ignored, empty}
}

/** Drafts under a folder, depth first in name order; hidden folders and `node_modules` are skipped. */
function walk(folder: string): string[] {
  const found: string[] = []
  const entries = readdirSync(folder, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const path = join(folder, entry.name)
    if (entry.isDirectory()) for (const file of walk(path)) found.push(file)
    else if (entry.isFile() && DRAFT_EXTENSIONS.test(entry.name)) found.push(path)
  }
  return found
}

/** Writes one line for each ignored file named explicitly and each pattern that found nothing; true when a file was refused. */
export function reportExpansion(expansion: Expansion, stderr: NodeJS.WritableStream): boolean {
  for (const path of expansion.ignored) stderr.write(`isnad: ${path}: ignored by .isnadignore; remove the pattern or do not name the file\n`)
  for (const pattern of expansion.empty) stderr.write(`isnad: ${pattern}: no drafts found (.txt or Markdown)\n`)
  return expansion.ignored.length > 0
}
