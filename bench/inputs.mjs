/**
 * Inputs for the benchmark and the robustness tests: Arabic drafts built from
 * the dev corpus, and hostile texts of a given size. Plain JavaScript with no
 * dependencies, so both `bench/*.mjs` and the vitest suites can import it.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

/** The dev corpus: `$ISNAD_CORPUS`, else `shared/` beside the repository (as CI lays it out), else `/work/shared`. */
export const CORPUS =
  process.env.ISNAD_CORPUS ??
  [fileURLToPath(new URL('../../shared/corpus/dev/raw', import.meta.url)), '/work/shared/corpus/dev/raw'].find((folder) => existsSync(folder)) ??
  '/work/shared/corpus/dev/raw'

/** The dev corpus texts, in name order. */
export function corpusTexts(folder = CORPUS) {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(folder, name), 'utf8'))
}

/**
 * A draft of at least `bytes` UTF-8 bytes: the corpus texts one after another
 * (repeated as needed), separated by a blank line, cut at the first text
 * boundary past `bytes`.
 */
export function corpusDraft(bytes, texts = corpusTexts()) {
  const parts = []
  let size = 0
  for (let index = 0; size < bytes; index++) {
    const text = `${texts[index % texts.length].trim()}\n\n`
    parts.push(text)
    size += Buffer.byteLength(text)
  }
  return parts.join('')
}

/** `unit` repeated to exactly `length` UTF-16 code units (cut at a code point boundary). */
function fill(unit, length) {
  const text = unit.repeat(Math.ceil(length / unit.length))
  let end = Math.min(length, text.length)
  // Do not cut a surrogate pair in half.
  if (end > 0 && end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1])) end--
  return text.slice(0, end)
}

/** Code units per byte is about 1/2 for Arabic text: sizes below are in UTF-8 bytes, approximately. */
const ARABIC = 2

/**
 * Hostile inputs by name, each a function of a size in UTF-8 bytes
 * (approximate). `words` counts words where a case is defined by them.
 */
export const hostile = {
  /** Arabic letters with no white space or punctuation at all: one enormous word. */
  'no-spaces': (bytes) => fill('قالمسؤولأمنيإنالوضعهادئ', bytes / ARABIC),
  /** Opening guillemets only, nested as deep as the text is long (100,000 of them = 200 KB). */
  'nested-quotes': (bytes) => '«'.repeat(Math.round(bytes / ARABIC)),
  /** One letter carrying a megabyte of diacritics (fatha, shadda, damma, sukun, superscript alef). */
  diacritics: (bytes) => `ق${fill('\u064E\u0651\u064F\u0652\u0670', bytes / ARABIC - 1)}`,
  /** One sentence with no terminal punctuation: reporting phrases joined by و, about 5.5 bytes a word. */
  'one-sentence': (bytes) => fill('قال مسؤول إن الوضع هادئ و ', bytes / ARABIC),
  /**
   * Right-to-left and left-to-right runs: bidi marks (LRM, RLM, ALM) and embeddings and isolates
   * (RLE…PDF, RLI…PDI) around Latin words, digits and Arabic, in short paragraphs.
   */
  'mixed-bidi': (bytes) =>
    fill(
      'قال \u200Fمسؤول\u200E in Washington إن 12 \u061Cجندياً (soldiers) قُتلوا\u200E «today». \u202Bوأضاف Reuters\u202C أن \u2067AP 2024\u2069 نشرت الخبر.\n\n',
      bytes / ARABIC
    ),
  /** Ordinary sentences, one per line, with no blank line: one paragraph of thousands of sentences. */
  'one-paragraph': (bytes) => fill('قال مصدر أمني إن الهجوم وقع فجراً.\n', bytes / ARABIC),
  /** Short sentences on one line: one paragraph of thousands of sentences, each with an unnamed source. */
  'one-line': (bytes) => fill('قال مسؤول إن الوضع هادئ. ', bytes / ARABIC),
  /** Opening guillemets each before a word, none closed: `«قال «قال …`. */
  'quote-words': (bytes) => fill('«قال ', bytes / ARABIC),
  /** Markdown: block quotes and list items nested as deep as the text allows, then a sentence. */
  'nested-markdown': (bytes) => `${fill('> - ', bytes - 60)}قال مسؤول إن الوضع هادئ.\n`,
  /** Markdown: thousands of nested link brackets, `[[[…x](y)](y)…`, 5 bytes a level. */
  'markdown-brackets': (bytes) => {
    const depth = Math.max(1, Math.floor(bytes / 5))
    return `${'['.repeat(depth)}قال مسؤول${'](y)'.repeat(depth)} إن الوضع هادئ.\n`
  },
  /** Markdown: thousands of emphasis marks around one phrase, `***…قال مسؤول…***`. */
  'markdown-emphasis': (bytes) => {
    const depth = Math.max(1, Math.floor(bytes / 2))
    return `${'*'.repeat(depth)}قال مسؤول${'*'.repeat(depth)} إن الوضع هادئ.\n`
  },
  /** A nominal cue whose first word carries a run of diacritics, before a loaded verb (`بحسبَََ… ما زعمت`). */
  'loaded-verb-marks': (bytes) => `بحسب${'\u064E'.repeat(Math.max(1, Math.floor(bytes / 2)))} ما زعمت مصادر إن الوضع هادئ.\n`,
  /** Sentence ends glued between Arabic words, one after another: one word to parse-latin, thousands of sentences to us. */
  'glued-ends': (bytes) => fill('قال.مسؤول.', bytes / ARABIC),
  /** Wordless sentences in a row (`؟!؟!…`), which parse-latin joins into one. */
  'wordless-sentences': (bytes) => `قال مسؤول ${fill('؟!', bytes / ARABIC)}\n`,
  /** One-letter abbreviations, each joining the sentence after it (`د. د. …`). */
  abbreviations: (bytes) => fill('قال د. ', bytes / ARABIC),
  /** Short quotations one after another in one sentence. */
  quotations: (bytes) => fill('«قال» ', bytes / ARABIC),
  /** The same paragraph over and over, separated by blank lines. */
  'repeated-paragraph': (bytes) => fill('قال مسؤول كبير إن الوضع هادئ جداً اليوم.\n\n', bytes / ARABIC)
}

/** Number of words of the `one-sentence` case at `bytes`. */
export function wordsOf(text) {
  return text.split(/\s+/).filter(Boolean).length
}
