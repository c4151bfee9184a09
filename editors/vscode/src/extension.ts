/**
 * The isnad extension: starts the bundled `isnad-language-server` (built
 * from the repository's `lib/server`) over Node IPC for plain-text and
 * Markdown drafts, on disk or unsaved.
 */
import * as path from 'node:path'
import {workspace, type ExtensionContext} from 'vscode'
import {LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions} from 'vscode-languageclient/node'

let client: LanguageClient | undefined

export async function activate(context: ExtensionContext): Promise<void> {
  const serverOptions: ServerOptions = {module: context.asAbsolutePath(path.join('dist', 'server.js')), transport: TransportKind.ipc}
  const settings = workspace.getConfiguration('isnad')
  const clientOptions: LanguageClientOptions = {
    // Files and unsaved drafts only: not diff views, output channels or other virtual documents.
    documentSelector: ['file', 'untitled'].flatMap((scheme) => [
      {scheme, language: 'plaintext'},
      {scheme, language: 'markdown'}
    ]),
    initializationOptions: {enable: settings.get<boolean>('enable'), debounce: settings.get<number>('debounce')},
    // Sends `workspace/didChangeConfiguration` with the `isnad` section when a setting changes.
    synchronize: {configurationSection: 'isnad'}
  }
  client = new LanguageClient('isnad', 'isnad', serverOptions, clientOptions)
  await client.start()
}

export async function deactivate(): Promise<void> {
  await client?.stop()
}
