#!/usr/bin/env node
/**
 * Every regular expression in `lib/` and `rules/` (found with the TypeScript
 * scanner: literals and `new RegExp(…)`), each timed on adversarial strings
 * at two lengths. A regex whose time grows more than about 4 × for 4 × the
 * length backtracks super-linearly on that shape. This is a screen, not a
 * proof: the verdicts in `bench/README.md` come from reading each pattern;
 * this checks them on the shapes that break common patterns (a long run of
 * one class ending in a character that makes the match fail).
 *
 *   node bench/regexes.mjs [--json]
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import ts from 'typescript'

const root = fileURLToPath(new URL('..', import.meta.url))

function files(folder) {
  return readdirSync(folder, {withFileTypes: true}).flatMap((entry) => {
    const path = join(folder, entry.name)
    return entry.isDirectory() ? files(path) : entry.name.endsWith('.ts') ? [path] : []
  })
}

/** Every regex of the sources, with where it is. `new RegExp` arguments are evaluated when they are plain strings or templates of known constants. */
export function findRegexes() {
  const found = []
  for (const path of [...files(join(root, 'lib')), ...files(join(root, 'rules'))]) {
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true)
    const at = (node) => `${relative(root, path)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`
    const visit = (node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText()
        const end = text.lastIndexOf('/')
        found.push({where: at(node), text, regex: new RegExp(text.slice(1, end), text.slice(end + 1).replace('g', ''))})
      } else if (ts.isNewExpression(node) && node.expression.getText() === 'RegExp') found.push({where: at(node), text: `new RegExp(${node.arguments.map((a) => a.getText()).join(', ')})`, regex: null})
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return found
}

// The dynamic ones, rebuilt as the sources build them (lib/parse/plugins.ts, lib/text/normalize.ts).
const DIGIT = '0-9\u0660-\u0669\u06F0-\u06F9'
const DYNAMIC = {
  'new RegExp(`^[${DIGIT}]+$`)': new RegExp(`^[${DIGIT}]+$`),
  'new RegExp(`[${DIGIT}]$`)': new RegExp(`[${DIGIT}]$`),
  "new RegExp(IGNORABLE.source, 'g')": /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200C-\u200F\u061C]/,
  "new RegExp(`[${Object.keys(FOLDS).join('')}]`, 'g')": /[أإآٱٲٳىیېۍکڪةۀہھە]/
}

/** Adversarial shapes: a long run of one kind of character, then one that spoils the match. */
const SHAPES = {
  'latin run + space': (n) => `${'a'.repeat(n)} `,
  'Arabic run + space': (n) => `${'س'.repeat(n)} `,
  'ه run + x': (n) => `${'ه'.repeat(n)}x`,
  'ي run + x': (n) => `${'ي'.repeat(n)}x`,
  'word + marks + x': (n) => `سه${'\u064E'.repeat(n)}x`,
  'spaces + x': (n) => `${' '.repeat(n)}x`,
  'digits + x': (n) => `${'٣'.repeat(n)}x`,
  'words separated by spaces + double space': (n) => `${'ab '.repeat(n / 3)} `,
  'colon-free text': (n) => 'x'.repeat(n),
  '$defs/ runs': (n) => `$defs/${'w'.repeat(n)}/x`
}

function time(regex, text) {
  const started = performance.now()
  for (let repeat = 0; repeat < 3; repeat++) {
    regex.lastIndex = 0
    regex.test(text)
  }
  return (performance.now() - started) / 3
}

const results = []
for (const {where, text, regex: literal} of findRegexes()) {
  const regex = literal ?? DYNAMIC[text.replace(/^new RegExp\(/, 'new RegExp(')]
  if (!regex) {
    results.push({where, text, worst: null, note: 'dynamic; not rebuilt here'})
    continue
  }
  let worst = {shape: null, growth: 0, ms: 0}
  for (const [shape, make] of Object.entries(SHAPES)) {
    const small = time(regex, make(20_000))
    const large = time(regex, make(80_000))
    const growth = large / Math.max(small, 0.05)
    if (large > worst.ms && growth > worst.growth * 0.5) worst = {shape, growth: Math.round(growth * 10) / 10, ms: Math.round(large * 100) / 100}
  }
  results.push({where, text, worst, verdict: worst.growth > 8 && worst.ms > 5 ? 'SUPER-LINEAR on this shape' : 'linear on every shape'})
}
if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`)
else
  for (const result of results)
    process.stdout.write(
      `${result.where.padEnd(34)} ${result.verdict ?? result.note}${result.worst?.shape ? ` (slowest: ${result.worst.shape}, ${result.worst.ms} ms at 80k, ×${result.worst.growth} for 4×)` : ''}\n    ${result.text}\n`
    )
