#!/usr/bin/env node
/**
 * `isnad-language-server --stdio`: the isnad language server for any LSP
 * client (`--node-ipc`, `--socket=PORT` and `--pipe=NAME` work too). It reads
 * config files as data and never executes code from the workspace.
 */
import {createConnection} from 'vscode-languageserver/node.js'
import {startServer} from './server.js'

const usage = `Usage: isnad-language-server --stdio

The isnad language server: diagnostics, quick fixes, hovers and an outline
for Arabic news drafts (plain text and Markdown), with the same rules and
config discovery as the isnad CLI. Transports: --stdio, --node-ipc,
--socket=PORT, --pipe=NAME.
`

const transport = /^--(?:stdio|node-ipc|socket=\d+|pipe=.+)$/

if (!process.argv.slice(2).some((arg) => transport.test(arg))) {
  process.stderr.write(usage)
  process.exitCode = 2
} else {
  const connection = createConnection()
  // A failure anywhere is logged to the client; the server keeps serving.
  process.on('uncaughtException', (error) => connection.console.error(`uncaught: ${error.stack ?? error.message}`))
  process.on('unhandledRejection', (reason) => connection.console.error(`unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`))
  startServer(connection)
  connection.listen()
}
