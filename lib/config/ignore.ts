/**
 * `.isnadignore`: drafts to skip, in gitignore syntax, found like a config
 * (the nearest file searching up from the draft's folder); patterns are
 * relative to the folder of the ignore file.
 */
import {readFileSync, statSync} from 'node:fs'
import {dirname, join, relative, resolve, sep} from 'node:path'
import ignore, {type Ignore} from 'ignore'

export const IGNORE_NAME = '.isnadignore'

export class IgnoreResolver {
  private readonly byFolder = new Map<string, {base: string; rules: Ignore} | null>()

  /** Whether the draft at `path` is ignored. */
  ignores(path: string): boolean {
    const absolute = resolve(path)
    const found = this.find(dirname(absolute))
    if (!found) return false
    const local = relative(found.base, absolute)
    return local !== '' && !local.startsWith('..') && found.rules.ignores(local.split(sep).join('/'))
  }

  forget(): void {
    this.byFolder.clear()
  }

  private find(folder: string): {base: string; rules: Ignore} | null {
    const cached = this.byFolder.get(folder)
    if (cached !== undefined) return cached
    let found: {base: string; rules: Ignore} | null = null
    const candidate = join(folder, IGNORE_NAME)
    if (statSync(candidate, {throwIfNoEntry: false})?.isFile()) {
      found = {base: folder, rules: ignore().add(readFileSync(candidate, 'utf8'))}
    } else {
      const parent = dirname(folder)
      found = parent === folder ? null : this.find(parent)
    }
    this.byFolder.set(folder, found)
    return found
  }
}
