/**
 * Builds the extension: `dist/extension.js` (the client) and `dist/server.js`
 * (the language server, bundled from the repository's `lib/server/bin.ts`
 * with its rules and lexicons), both CommonJS for VS Code's Node, and the
 * config schemas for `jsonValidation`. The server's packages resolve from
 * the repository's own `node_modules`, so run `npm install` at the root first.
 */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {build} from 'esbuild'

const common = {bundle: true, platform: 'node', format: 'cjs', target: 'node18', sourcemap: true, logLevel: 'info'}

await build({...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode']})
await build({...common, entryPoints: ['../../lib/server/bin.ts'], outfile: 'dist/server.js'})

// The schemas refer to each other by absolute `$id` URLs, which VS Code would try to
// download; the copies drop the ids and refer to each other by relative paths.
mkdirSync('schemas', {recursive: true})
for (const name of ['config.schema.json', 'lexicon.schema.json']) {
  const {$id, ...schema} = JSON.parse(readFileSync(`../../schemas/${name}`, 'utf8'))
  const text = JSON.stringify(schema, null, 2).replaceAll('https://isnad.dev/schemas/', './')
  writeFileSync(`schemas/${name}`, `${text}\n`)
}
