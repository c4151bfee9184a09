/**
 * Builds `dist/` once before any test file runs: the CLI, language-server
 * and pool tests spawn the compiled code, and one build (rather than one per
 * file, in parallel) keeps them from reading a half-written `dist/`.
 */
import {execFileSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'

export default function build(): void {
  const root = fileURLToPath(new URL('../../', import.meta.url))
  try {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.json'], {cwd: root, stdio: 'pipe', encoding: 'utf8'})
  } catch (error) {
    const {stdout, stderr} = error as {stdout?: string; stderr?: string}
    throw new Error(`npx tsc -p tsconfig.json failed:\n${stdout ?? ''}${stderr ?? ''}`)
  }
}
