/**
 * Builds `dist/` once before any test file runs (`npm run build`: tsc, then
 * the bundled command): the CLI, language-server and pool tests spawn the
 * built code, and one build (rather than one per file, in parallel) keeps
 * them from reading a half-written `dist/`.
 */
import {execFileSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'

export default function build(): void {
  const root = fileURLToPath(new URL('../../', import.meta.url))
  try {
    execFileSync('npm', ['run', 'build'], {cwd: root, stdio: 'pipe', encoding: 'utf8'})
  } catch (error) {
    const {stdout, stderr} = error as {stdout?: string; stderr?: string}
    throw new Error(`npm run build failed:\n${stdout ?? ''}${stderr ?? ''}`)
  }
}
