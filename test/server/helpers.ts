/**
 * A test client for the real language server: builds `dist` when it is older
 * than the sources, starts `node dist/lib/server/bin.js --stdio` and speaks
 * JSON-RPC to it over the child's pipes, keeping each document's text the way
 * an editor would.
 */
import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection
} from 'vscode-languageserver-protocol/node.js'
import type {Diagnostic, PublishDiagnosticsParams, ShowMessageParams, TextEdit} from 'vscode-languageserver-protocol'
import {TextDocument} from 'vscode-languageserver-textdocument'

export const root = fileURLToPath(new URL('../..', import.meta.url))
export const serverBin = path.join(root, 'dist', 'lib', 'server', 'bin.js')
export const cliBin = path.join(root, 'dist', 'lib', 'cli', 'isnad.mjs')

/** `dist/` is built once for the whole run (test/setup/build.ts); fail clearly if it is missing. */
export function ensureBuilt(): void {
  if (!fs.existsSync(serverBin) || !fs.existsSync(cliBin)) throw new Error(`${serverBin} is missing: run npx tsc -p tsconfig.json`)
}

type Waiter = {uri: string; test: (diagnostics: Diagnostic[], version: number | undefined) => boolean; resolve: (diagnostics: Diagnostic[]) => void}

export class Client {
  readonly connection: MessageConnection
  readonly documents = new Map<string, TextDocument>()
  /** Every `textDocument/publishDiagnostics`, in order. */
  readonly published: PublishDiagnosticsParams[] = []
  readonly shown: ShowMessageParams[] = []
  readonly logs: string[] = []
  readonly registrations: Array<{method: string; registerOptions?: unknown}> = []
  private waiters: Waiter[] = []

  constructor(readonly child: ChildProcessWithoutNullStreams) {
    this.connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push(params)
      this.waiters = this.waiters.filter((waiter) => {
        if (waiter.uri !== params.uri || !waiter.test(params.diagnostics, params.version)) return true
        waiter.resolve(params.diagnostics)
        return false
      })
    })
    this.connection.onNotification('window/showMessage', (params: ShowMessageParams) => this.shown.push(params))
    this.connection.onNotification('window/logMessage', (params: {message: string}) => this.logs.push(params.message))
    this.connection.onRequest('client/registerCapability', (params: {registrations: Client['registrations']}) => {
      this.registrations.push(...params.registrations)
      return null
    })
    this.connection.listen()
  }

  static async start(initializationOptions: object = {}, capabilities: object = {}): Promise<Client> {
    const child = spawn(process.execPath, [serverBin, '--stdio'], {cwd: root})
    child.stderr.on('data', () => {})
    const client = new Client(child)
    await client.connection.sendRequest('initialize', {processId: process.pid, rootUri: null, capabilities, initializationOptions})
    await client.connection.sendNotification('initialized', {})
    return client
  }

  /** The diagnostics last published for `uri`. */
  latest(uri: string): PublishDiagnosticsParams | undefined {
    return this.published.filter((params) => params.uri === uri).at(-1)
  }

  /** Resolves with the first diagnostics for `uri` (the latest already published included) that pass `test`. */
  diagnostics(uri: string, test: (diagnostics: Diagnostic[], version: number | undefined) => boolean = () => true, timeout = 20_000): Promise<Diagnostic[]> {
    const latest = this.latest(uri)
    if (latest && test(latest.diagnostics, latest.version)) return Promise.resolve(latest.diagnostics)
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeout} ms`)), timeout)
      this.waiters.push({
        uri,
        test,
        resolve: (diagnostics) => {
          clearTimeout(timer)
          resolve(diagnostics)
        }
      })
    })
  }

  /** Diagnostics for the document's current version. */
  current(uri: string): Promise<Diagnostic[]> {
    const version = this.documents.get(uri)!.version
    return this.diagnostics(uri, (_diagnostics, published) => published === version)
  }

  async open(uri: string, text: string, languageId = 'plaintext'): Promise<Diagnostic[]> {
    this.documents.set(uri, TextDocument.create(uri, languageId, 1, text))
    await this.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId, version: 1, text}})
    return this.current(uri)
  }

  /** Applies edits the way an editor does and sends them as one incremental change. */
  async edit(uri: string, edits: TextEdit[]): Promise<void> {
    const before = this.documents.get(uri)!
    // Later edits first, so each range refers to the text before any of them.
    const ordered = [...edits].sort((a, b) => before.offsetAt(b.range.start) - before.offsetAt(a.range.start))
    const changes = ordered.map((edit) => ({range: edit.range, text: edit.newText}))
    const after = TextDocument.update(TextDocument.create(uri, before.languageId, before.version, before.getText()), changes, before.version + 1)
    this.documents.set(uri, after)
    await this.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version: after.version}, contentChanges: changes})
  }

  text(uri: string): string {
    return this.documents.get(uri)!.getText()
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown')
      await this.connection.sendNotification('exit')
    } finally {
      this.connection.dispose()
      this.child.kill()
    }
  }
}

/** The text a diagnostic covers in the client's copy of the document. */
export function covered(client: Client, uri: string, diagnostic: Diagnostic): string {
  return client.documents.get(uri)!.getText(diagnostic.range)
}
