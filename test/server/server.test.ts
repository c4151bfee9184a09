/**
 * End-to-end tests of `isnad-language-server`: the compiled server started as
 * a child process and driven over stdio with JSON-RPC, on drafts held in
 * memory with URIs (and config files) in temporary folders.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {CodeAction, Diagnostic, DocumentSymbol, Hover, MarkupContent, TextEdit} from 'vscode-languageserver-protocol'
import {Client, cliBin, covered, ensureBuilt, root} from './helpers.js'

// `shared/` sits beside the repository (as CI lays it out).
const seed = fs.readFileSync(path.join(root, '..', 'shared', 'corpus', 'seed', 'raw', '000.txt'), 'utf8')
const ANONYMITY = new Set(['anonymity-reason', 'policy/anonymity-reason'])

let client: Client
let dir: string
const uriOf = (name: string) => pathToFileURL(path.join(dir, name)).href
const codes = (diagnostics: Diagnostic[]) => diagnostics.map((diagnostic) => diagnostic.code)

beforeAll(async () => {
  ensureBuilt()
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-server-'))
  // An empty config (the defaults) stops the search from reaching configs above the temp folder.
  fs.writeFileSync(path.join(dir, '.isnadrc.json'), '{}\n')
  client = await Client.start()
}, 180_000)

afterAll(async () => {
  await client?.stop()
  if (dir) fs.rmSync(dir, {recursive: true, force: true})
})

type Point = {line: number; column: number}
const finding = (code: unknown, start: Point, end: Point, severity: number) => `${code} ${start.line}:${start.column}-${end.line}:${end.column} ${severity}`

/** Rule, range (0-based) and severity of each diagnostic, sorted. */
function findings(diagnostics: Diagnostic[]): string[] {
  return diagnostics
    .map(({code, range, severity}) => finding(code, {line: range.start.line, column: range.start.character}, {line: range.end.line, column: range.end.character}, severity!))
    .sort()
}

/** The same for what `isnad --report json` says about `text` saved as `name`. */
function cliFindings(name: string, text: string): string[] {
  const file = path.join(dir, name)
  fs.writeFileSync(file, text)
  const run = spawnSync(process.execPath, [cliBin, '--report', 'json', file], {cwd: root, encoding: 'utf8'})
  const [report] = JSON.parse(run.stdout) as Array<{messages: Array<{ruleId: string; fatal?: boolean; place?: Point | {start: Point; end: Point}}>}>
  return report.messages
    .map(({ruleId, fatal, place}) => {
      const {start, end} = place && 'start' in place ? place : {start: place!, end: place!}
      const zeroBased = (point: Point) => ({line: point.line - 1, column: point.column - 1})
      return finding(ruleId, zeroBased(start), zeroBased(end), fatal === true ? 1 : fatal === false ? 2 : 3)
    })
    .sort()
}

async function codeActions(uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
  return client.connection.sendRequest('textDocument/codeAction', {textDocument: {uri}, range: diagnostic.range, context: {diagnostics: [diagnostic]}})
}

async function apply(uri: string, action: CodeAction): Promise<Diagnostic[]> {
  await client.edit(uri, action.edit!.changes![uri] as TextEdit[])
  return client.current(uri)
}

describe('diagnostics', () => {
  it('covers exactly the Arabic words each finding is about', async () => {
    const uri = uriOf('seed.txt')
    const diagnostics = await client.open(uri, seed)
    const anonymous = diagnostics.filter((diagnostic) => diagnostic.code === 'anonymous-source')
    expect(new Set(anonymous.map((diagnostic) => covered(client, uri, diagnostic)))).toEqual(
      new Set(['دبلوماسي روسي', 'مسؤولون أمريكيون وأوكرانيون', 'مسؤولون أمريكيون', 'مسؤول أوكراني'])
    )
    const ukrainian = anonymous.find((diagnostic) => covered(client, uri, diagnostic) === 'مسؤول أوكراني')!
    expect(ukrainian).toMatchObject({
      source: 'isnad',
      severity: 2,
      range: {start: {line: 5}},
      codeDescription: {href: expect.stringMatching(/anonymous-source\.md$/)}
    })
    const verb = diagnostics.find((diagnostic) => diagnostic.code === 'loaded-verb')!
    expect(covered(client, uri, verb)).toBe('أقر')
    expect(verb.data).toEqual({actual: 'أقر', expected: ['قال']})
    // Errors from the policy, and a repeated passage pointing at its first copy.
    expect(diagnostics.some((diagnostic) => String(diagnostic.code).startsWith('policy/') && diagnostic.severity === 1)).toBe(true)
    const repeated = diagnostics.find((diagnostic) => diagnostic.code === 'duplicate-passage')!
    expect(repeated.relatedInformation?.[0]).toMatchObject({location: {uri, range: {start: {line: 1}}}})
    // The CLI says the same about the same text.
    expect(findings(diagnostics)).toEqual(cliFindings('seed.txt', seed))
  })

  it('counts UTF-16 code units through diacritics, tatweel, bidi marks and emoji', async () => {
    const uri = uriOf('marks.txt')
    const diagnostics = await client.open(uri, '🇺🇦 \u200fوقـــالَ مسؤولٌ أوكرانيٌّ إن الهجوم بدأ فجراً 🔥.\n')
    const anonymous = diagnostics.find((diagnostic) => diagnostic.code === 'anonymous-source')!
    expect(covered(client, uri, anonymous)).toBe('مسؤولٌ أوكرانيٌّ')
    expect(anonymous.range.start).toEqual({line: 0, character: '🇺🇦 \u200fوقـــالَ '.length})
  })

  it('drops a finding once an edit names the source', async () => {
    const uri = uriOf('named.txt')
    await client.open(uri, seed)
    const document = client.documents.get(uri)!
    const start = seed.indexOf('أقر مسؤول أوكراني') + 'أقر '.length
    await client.edit(uri, [
      {range: {start: document.positionAt(start), end: document.positionAt(start + 'مسؤول أوكراني'.length)}, newText: 'وزير الدفاع الأوكراني أوليكسي ريزنيكوف'}
    ])
    const diagnostics = await client.current(uri)
    const ukrainian = diagnostics.filter((diagnostic) => diagnostic.code === 'anonymous-source' && covered(client, uri, diagnostic) === 'مسؤول أوكراني')
    // Only the copy in the repeated passage is left.
    expect(ukrainian.map((diagnostic) => diagnostic.range.start.line)).toEqual([10])
  })

  it('publishes nothing for drafts in .isnadignore, and nothing while disabled', async () => {
    const ignoreFile = path.join(dir, '.isnadignore')
    fs.writeFileSync(ignoreFile, 'ignored/\n')
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: pathToFileURL(ignoreFile).href, type: 1}]})
    const ignored = uriOf('ignored/draft.txt')
    expect(await client.open(ignored, seed)).toEqual([])

    const uri = uriOf('toggle.txt')
    expect((await client.open(uri, seed)).length).toBeGreaterThan(0)
    await client.connection.sendNotification('workspace/didChangeConfiguration', {settings: {isnad: {enable: false}}})
    await client.diagnostics(uri, (diagnostics) => diagnostics.length === 0)
    await client.connection.sendNotification('workspace/didChangeConfiguration', {settings: {isnad: {enable: true}}})
    await client.diagnostics(uri, (diagnostics) => diagnostics.length > 0)
  })
})

describe('hover and outline', () => {
  it('shows the chain, the mode, the claim and the rules on a chained source', async () => {
    const uri = uriOf('hover.txt')
    await client.open(uri, seed)
    const document = client.documents.get(uri)!
    const at = async (offset: number) =>
      (await client.connection.sendRequest('textDocument/hover', {textDocument: {uri}, position: document.positionAt(offset)})) as Hover
    const onSource = await at(seed.indexOf('دبلوماسي روسي') + 3)
    const value = (onSource.contents as MarkupContent).value
    expect((onSource.contents as MarkupContent).kind).toBe('markdown')
    expect(document.getText(onSource.range)).toBe('دبلوماسي روسي')
    expect(value).toContain('**Source:** دبلوماسي روسي (anonymous)')
    expect(value).toContain('**Chain:** وكالة الإعلام الروسية (outlet) → دبلوماسي روسي')
    expect(value).toContain('**Mode:** according-to')
    expect(value).toContain('**Claim:**')
    expect(value).toMatch(/\[anonymous-source\]\(https:\/\/\S+anonymous-source\.md\)/)
    expect(value).toMatch(/\[secondhand-source\]\(/)

    // The claim's words lead to the same record.
    const onClaim = await at(seed.indexOf('اتصالات ثنائية'))
    expect((onClaim.contents as MarkupContent).value).toContain('**Chain:** وكالة الإعلام الروسية (outlet) → دبلوماسي روسي')
    expect(document.getText(onClaim.range)).toContain('اتصالات ثنائية')
  })

  it('lists the sources by type for the outline', async () => {
    const uri = uriOf('outline.txt')
    await client.open(uri, seed)
    const outline = (await client.connection.sendRequest('textDocument/documentSymbol', {textDocument: {uri}})) as DocumentSymbol[]
    expect(outline.map((group) => group.name)).toEqual(['Named sources', 'Anonymous sources'])
    const [named, anonymous] = outline
    expect(named.children!.map((symbol) => symbol.name)).toContain('المفاوض الأمني الروسي البارز كونستانتين جافريلوف')
    expect(anonymous.children).toHaveLength(7)
    for (const symbol of [...named.children!, ...anonymous.children!]) expect(client.documents.get(uri)!.getText(symbol.range)).toBe(symbol.name)
  })
})

describe('code actions', () => {
  it('replaces a loaded verb with its neutral form, and the finding clears', async () => {
    const uri = uriOf('verb.txt')
    const diagnostics = await client.open(uri, 'وزعمت الوزارة أن القوات انسحبت من المدينة.\n')
    const verb = diagnostics.find((diagnostic) => diagnostic.code === 'loaded-verb')!
    expect(covered(client, uri, verb)).toBe('وزعمت')
    const actions = await codeActions(uri, verb)
    const preferred = actions.filter((action) => action.isPreferred)
    expect(preferred.map((action) => action.title)).toEqual(['Replace `وزعمت` with `وقالت`'])
    const after = await apply(uri, preferred[0])
    expect(client.text(uri)).toBe('وقالت الوزارة أن القوات انسحبت من المدينة.\n')
    expect(codes(after)).not.toContain('loaded-verb')
  })

  it('inserts a reason placeholder after an anonymous source, never boilerplate', async () => {
    const uri = uriOf('reason.txt')
    const diagnostics = await client.open(uri, 'قال مسؤول أوكراني إن الهجوم بدأ فجراً.\n')
    const missing = diagnostics.find((diagnostic) => ANONYMITY.has(String(diagnostic.code)))!
    const action = (await codeActions(uri, missing)).find((candidate) => candidate.title.startsWith('Add a reason'))!
    expect(action.isPreferred).toBe(false)
    await apply(uri, action)
    expect(client.text(uri)).toBe('قال مسؤول أوكراني، وقد حُجب الاسم لأن [السبب] إن الهجوم بدأ فجراً.\n')
    // The gap stays reported until the reporter writes the reason in.
    const document = client.documents.get(uri)!
    const gap = client.text(uri).indexOf('[السبب]')
    await client.edit(uri, [{range: {start: document.positionAt(gap), end: document.positionAt(gap + '[السبب]'.length)}, newText: 'المحادثات سرية'}])
    const after = await client.current(uri)
    expect(codes(after).filter((code) => ANONYMITY.has(String(code)))).toEqual([])
    expect(codes(after)).toContain('anonymous-source')
  })

  it.each([
    ['disable.txt', 'plaintext', '// isnad-ignore loaded-verb\n'],
    ['disable.md', 'markdown', '<!-- isnad-ignore loaded-verb -->\n']
  ])('silences a rule for one paragraph with an inline comment (%s)', async (name, languageId, comment) => {
    const uri = uriOf(name)
    const text = 'وزعمت الوزارة أن القوات انسحبت.\n\nوزعمت الشرطة أن الهجوم فشل.\nوأضافت أن التحقيق مستمر.\n'
    const diagnostics = await client.open(uri, text, languageId)
    const second = diagnostics.find((diagnostic) => diagnostic.code === 'loaded-verb' && diagnostic.range.start.line === 2)!
    const disable = (await codeActions(uri, second)).find((action) => action.title === 'Disable loaded-verb for this paragraph')!
    const after = await apply(uri, disable)
    expect(client.text(uri)).toBe(text.replace('\n\n', `\n\n${comment}`))
    expect(after.filter((diagnostic) => diagnostic.code === 'loaded-verb').map((diagnostic) => diagnostic.range.start.line)).toEqual([0])
    expect(codes(after)).not.toContain('unknown-rule')
  })
})

describe('config', () => {
  it('asks a client that can watch files to watch the config and ignore files', async () => {
    const watching = await Client.start({}, {workspace: {didChangeWatchedFiles: {dynamicRegistration: true}}})
    try {
      await expect.poll(() => watching.registrations, {timeout: 10_000}).toEqual([
        {
          id: expect.any(String),
          method: 'workspace/didChangeWatchedFiles',
          registerOptions: {watchers: [{globPattern: '**/.isnadrc*'}, {globPattern: '**/.isnadignore'}, {globPattern: '**/package.json'}]}
        }
      ])
    } finally {
      await watching.stop()
    }
  })

  it('shows a broken config at the top of the draft, and drops it once fixed', async () => {
    const folder = fs.mkdtempSync(path.join(dir, 'broken-'))
    const rc = path.join(folder, '.isnadrc.json')
    fs.writeFileSync(rc, '{"rules": {')
    const uri = pathToFileURL(path.join(folder, 'draft.txt')).href
    const broken = await client.open(uri, 'وزعمت الوزارة أن القوات انسحبت. وقال مسؤول أوكراني إن الهجوم فشل.\n')
    expect(broken).toHaveLength(1)
    expect(broken[0]).toMatchObject({code: 'config', severity: 1, range: {start: {line: 0, character: 0}}})
    expect(broken[0].message).toContain(rc)
    expect(broken[0].message).toContain('invalid JSON')
    expect(client.shown.some((shown) => shown.type === 1 && shown.message.includes(rc))).toBe(true)

    fs.writeFileSync(rc, '{"rules": {"loaded-verb": "off"}}')
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: pathToFileURL(rc).href, type: 2}]})
    const fixed = await client.diagnostics(uri, (diagnostics) => !codes(diagnostics).includes('config'))
    expect(codes(fixed)).toContain('anonymous-source')
    expect(codes(fixed)).not.toContain('loaded-verb')

    // A changed config is picked up by its mtime on the next edit, even unannounced.
    fs.writeFileSync(rc, '{"rules": {"loaded-verb": "error"}}')
    const later = new Date(Date.now() + 5_000)
    fs.utimesSync(rc, later, later)
    await client.edit(uri, [{range: {start: {line: 1, character: 0}, end: {line: 1, character: 0}}, newText: ' '}])
    expect((await client.current(uri)).find((diagnostic) => diagnostic.code === 'loaded-verb')?.severity).toBe(1)
  })
})

describe('robustness', () => {
  it('survives malformed JSON-RPC, unknown methods and failing handlers', async () => {
    const garbage = Buffer.from('{"jsonrpc": "2.0", "method": nonsense!!')
    client.child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${garbage.length}\r\n\r\n`), garbage]))
    await expect(client.connection.sendRequest('isnad/noSuchMethod', {})).rejects.toMatchObject({code: -32601})
    await client.connection.sendNotification('isnad/noSuchNotification', {})
    // A change without a version and a hover without a document make handlers throw.
    await client.connection.sendNotification('textDocument/didChange', {textDocument: {uri: uriOf('seed.txt')}, contentChanges: [{text: 'x'}]})
    expect(await client.connection.sendRequest('textDocument/hover', {position: {line: 0, character: 0}})).toBeNull()

    const uri = uriOf('alive.txt')
    await client.open(uri, seed)
    const hover = (await client.connection.sendRequest('textDocument/hover', {textDocument: {uri}, position: {line: 5, character: 15}})) as Hover
    expect((hover.contents as MarkupContent).value).toContain('مسؤول أوكراني')
    expect(client.child.exitCode).toBeNull()
    expect(client.logs.some((line) => line.includes('hover'))).toBe(true)
  })

  it('after 500 rapid edits, publishes what the CLI reports on the final text', async () => {
    const uri = uriOf('typing.txt')
    await client.open(uri, seed)
    const before = client.published.length
    // A seeded generator (MINSTD), so a failure can be replayed.
    let state = 20240601
    const random = () => (state = (state * 48271) % 2147483647) / 2147483647
    const snippets = ['و', 'قال ', 'مسؤول ', 'أوكراني ', 'وزعمت الوزارة أن ', 'ـ', 'َ', '\u200f', '🇺🇦', '، ', '.\n', '\n\n', '«', '»', ' ']
    // Never between the halves of a surrogate pair: the CLI reads the text back from a UTF-8 file.
    const whole = (text: string, offset: number) => (/[\uDC00-\uDFFF]/.test(text[offset] ?? '') ? offset + 1 : offset)
    for (let edit = 0; edit < 500; edit++) {
      const document = client.documents.get(uri)!
      const text = document.getText()
      const from = whole(text, Math.floor(random() * text.length))
      if (random() < 0.7 || text.length < 200) {
        const at = document.positionAt(from)
        void client.edit(uri, [{range: {start: at, end: at}, newText: snippets[Math.floor(random() * snippets.length)]}])
      } else {
        const to = whole(text, Math.min(text.length, from + 1 + Math.floor(random() * 8)))
        void client.edit(uri, [{range: {start: document.positionAt(from), end: document.positionAt(to)}, newText: ''}])
      }
    }
    const diagnostics = await client.current(uri)
    // Debounced: a handful of runs, not one per keystroke.
    expect(client.published.filter((params, index) => index >= before && params.uri === uri).length).toBeLessThan(20)

    const fromServer = findings(diagnostics)
    const fromCli = cliFindings('typing.txt', client.text(uri))
    expect(fromServer.length).toBeGreaterThan(0)
    expect(fromServer).toEqual(fromCli)
  }, 60_000)
})
