/**
 * The isnad language server: the CLI's processor, rules, policy and config
 * discovery behind diagnostics, quick fixes, hovers and an outline.
 *
 * Drafts are linted on open and, debounced, on every change; a result is
 * published only if the document is still at the version that was linted.
 * Configs are found from each document's folder and cached (by folder, and by
 * the config file's mtime) until a watched `.isnadrc*`, `.isnadignore` or
 * `package.json` changes. Config files are data: the server never loads or
 * runs code from the workspace, so it needs no trust to open one.
 */
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  MessageType,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type Diagnostic
} from 'vscode-languageserver/node.js'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {VFile} from 'vfile'
import {checkDraft, type DraftFormat} from '../processor.js'
import {ConfigError, ConfigResolver} from '../config/index.js'
import {IgnoreResolver} from '../config/ignore.js'
import type {Attribution} from '../extract/types.js'
import {codeActions} from './actions.js'
import {failureDiagnostic, toDiagnostic} from './diagnostics.js'
import {hover, symbols} from './records.js'

/** Client settings (`isnad.*`), from `initializationOptions` and `workspace/didChangeConfiguration`. */
export interface ServerSettings {
  enable: boolean
  /** Milliseconds to wait after a change before linting. */
  debounce: number
}

interface Linted {
  version: number
  attributions: Attribution[]
  diagnostics: Diagnostic[]
}

const FORMATS = new Map<string, DraftFormat>([
  ['plaintext', 'text'],
  ['markdown', 'markdown']
])
const WATCHED = ['**/.isnadrc*', '**/.isnadignore', '**/package.json']
const CONFIG_FILE = /(?:^|\/)(?:\.isnadrc(?:\.json|\.ya?ml)?|\.isnadignore|package\.json)$/

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument)
  const configs = new ConfigResolver()
  const ignores = new IgnoreResolver()
  const results = new Map<string, Linted>()
  const timers = new Map<string, ReturnType<typeof setTimeout>>()
  const settings: ServerSettings = {enable: true, debounce: 150}
  let root = process.cwd()
  let watchDynamically = false
  // The last failure shown as a message, so a broken config is announced once, not per keystroke.
  let announced: string | undefined

  function log(where: string, error: unknown): void {
    connection.console.error(`${where}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  }

  function configure(given: unknown): void {
    const {enable, debounce} = (given ?? {}) as Partial<ServerSettings>
    if (typeof enable === 'boolean') settings.enable = enable
    if (typeof debounce === 'number' && debounce >= 0) settings.debounce = debounce
  }

  function announce(error: unknown): void {
    const message = error instanceof ConfigError ? `isnad: ${error.message}` : `isnad failed: ${(error as Error)?.message ?? String(error)}`
    if (!(error instanceof ConfigError)) log('lint', error)
    if (message === announced) return
    announced = message
    void connection.sendNotification(ShowMessageNotification.type, {type: MessageType.Error, message})
  }

  async function lint(document: TextDocument): Promise<Linted> {
    // A snapshot: the live document may move on while the processor runs.
    const text = document.getText()
    const snapshot = TextDocument.create(document.uri, document.languageId, document.version, text)
    const linted: Linted = {version: document.version, attributions: [], diagnostics: []}
    const format = FORMATS.get(document.languageId)
    if (!settings.enable || !format) return linted
    try {
      const path = document.uri.startsWith('file:') ? fileURLToPath(document.uri) : undefined
      if (path && ignores.ignores(path)) return linted
      // An unsaved draft takes the config of the workspace folder.
      const {settings: isnadSettings} = configs.forFile(path ?? join(root, 'untitled'))
      const file = new VFile({path, value: text})
      await checkDraft(file, {...isnadSettings, format})
      linted.attributions = file.data.attributions ?? []
      linted.diagnostics = file.messages.map((message) => toDiagnostic(message, snapshot))
    } catch (error) {
      linted.diagnostics = [failureDiagnostic(error)]
      announce(error)
    }
    return linted
  }

  async function validate(uri: string): Promise<Linted | undefined> {
    const document = documents.get(uri)
    if (!document) return undefined
    const linted = await lint(document)
    // Edited (or closed) while linting: the newer version has its own run coming.
    if (documents.get(uri)?.version !== linted.version) return undefined
    results.set(uri, linted)
    await connection.sendDiagnostics({uri, version: linted.version, diagnostics: linted.diagnostics})
    return linted
  }

  function schedule(uri: string, delay: number): void {
    clearTimeout(timers.get(uri))
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri)
        validate(uri).catch((error: unknown) => log('validate', error))
      }, delay)
    )
  }

  /** The document with findings for its current text; a change still waiting out its debounce is linted now. */
  async function current(uri: string): Promise<{document: TextDocument; linted: Linted} | undefined> {
    const document = documents.get(uri)
    if (!document) return undefined
    const known = results.get(uri)
    if (known?.version === document.version) return {document, linted: known}
    clearTimeout(timers.get(uri))
    timers.delete(uri)
    const linted = await validate(uri)
    return linted && {document, linted}
  }

  function relintAll(): void {
    for (const document of documents.all()) schedule(document.uri, 0)
  }

  /** Request handlers log and answer null instead of failing the request. */
  function guarded<P, R>(name: string, handler: (params: P) => Promise<R>): (params: P) => Promise<R | null> {
    return async (params) => {
      try {
        return await handler(params)
      } catch (error) {
        log(name, error)
        return null
      }
    }
  }

  connection.onInitialize((params) => {
    configure(params.initializationOptions)
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri
    if (folder?.startsWith('file:')) root = fileURLToPath(folder)
    watchDynamically = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        documentSymbolProvider: true,
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix]}
      },
      serverInfo: {name: 'isnad-language-server'}
    }
  })

  connection.onInitialized(() => {
    if (!watchDynamically) return
    connection.client
      .register(DidChangeWatchedFilesNotification.type, {watchers: WATCHED.map((globPattern) => ({globPattern}))})
      .catch((error: unknown) => log('register file watcher', error))
  })

  connection.onDidChangeConfiguration(({settings: changed}) => {
    configure((changed as {isnad?: unknown} | null)?.isnad)
    relintAll()
  })

  connection.onDidChangeWatchedFiles(({changes}) => {
    if (!changes.some((change) => CONFIG_FILE.test(change.uri))) return
    configs.forget()
    ignores.forget()
    announced = undefined
    relintAll()
  })

  documents.onDidChangeContent(({document}) => schedule(document.uri, results.has(document.uri) ? settings.debounce : 0))

  documents.onDidClose(({document}) => {
    clearTimeout(timers.get(document.uri))
    timers.delete(document.uri)
    results.delete(document.uri)
    void connection.sendDiagnostics({uri: document.uri, diagnostics: []})
  })

  connection.onHover(
    guarded('hover', async ({textDocument, position}) => {
      const found = await current(textDocument.uri)
      return found ? hover(found.document, found.linted.attributions, found.linted.diagnostics, found.document.offsetAt(position)) : null
    })
  )

  connection.onDocumentSymbol(
    guarded('documentSymbol', async ({textDocument}) => {
      const found = await current(textDocument.uri)
      return found ? symbols(found.document, found.linted.attributions) : null
    })
  )

  connection.onCodeAction(
    guarded('codeAction', async ({textDocument, context}) => {
      const found = await current(textDocument.uri)
      return found ? codeActions(found.document, found.linted.attributions, context.diagnostics) : null
    })
  )

  documents.listen(connection)
}
