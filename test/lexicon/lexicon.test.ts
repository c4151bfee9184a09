import {readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {Ajv} from 'ajv'
import {describe, expect, it} from 'vitest'
import schema from '../../schemas/lexicon.schema.json' with {type: 'json'}
import {LexiconError, bundledLexicon, loadLexicon, validateExtensions, validateLexiconFile} from '../../lib/lexicon/index.js'
import type {Lexicon, LexiconFile} from '../../lib/lexicon/index.js'
import {normalize} from '../../lib/text/normalize.js'

const LEXICONS = fileURLToPath(new URL('../../lexicons/', import.meta.url))
const files = readdirSync(LEXICONS).filter((name) => name.endsWith('.json')).sort()
const read = (name: string): LexiconFile => JSON.parse(readFileSync(LEXICONS + name, 'utf8')) as LexiconFile

/** The normalized matching key of a text, the way every matcher compares it. */
const key = (text: string): string => normalize(text).trim().split(/\s+/).join(' ')
/** Without the article, as the extractor compares `المسؤول` with `مسؤول`. */
const indefinite = (word: string): string => (word.length > 3 && word.startsWith('ال') ? word.slice(2) : word)

/** Every surface form an entry contributes to matching, per file kind. */
function surfaces(file: LexiconFile): string[][] {
  switch (file.kind) {
    case 'verbs':
      return file.entries.map((entry) => [entry.lemma])
    case 'anonymity-nouns':
      return file.entries.map((entry) => [...(entry.pluralOnly ? [] : [entry.singular]), ...(entry.plural ?? []), ...(entry.feminine ?? [])])
    case 'outlets':
    case 'organizations':
      return file.entries.map((entry) => [entry.name, ...(entry.aliases ?? [])])
    case 'head-nouns':
      return file.entries.map((entry) => [entry.text, ...(entry.forms ?? [])])
    default:
      return file.entries.map((entry) => [entry.text])
  }
}

function duplicates(groups: string[][]): string[] {
  const seen = new Map<string, string>()
  const found: string[] = []
  for (const group of groups) {
    for (const text of group) {
      const id = key(text)
      const first = seen.get(id)
      if (first !== undefined) found.push(`${text} (= ${first})`)
      else seen.set(id, text)
    }
  }
  return found
}

/** Pairs of texts whose keys meet in two collections. */
function overlap(left: Iterable<string>, right: Iterable<string>, keyOf: (text: string) => string = key): string[] {
  const index = new Map<string, string>()
  for (const text of right) index.set(keyOf(text), text)
  const found: string[] = []
  for (const text of left) {
    const other = index.get(keyOf(text))
    if (other !== undefined) found.push(`${text} ~ ${other}`)
  }
  return found
}

const lexicon: Lexicon = bundledLexicon()
const outletNames = lexicon.outlets.flatMap((entry) => [entry.name, ...(entry.aliases ?? [])])
const organizationNames = lexicon.organizations.flatMap((entry) => [entry.name, ...(entry.aliases ?? [])])
const anonymityForms = lexicon.anonymityNouns.flatMap((entry) => [...(entry.pluralOnly ? [] : [entry.singular]), ...(entry.plural ?? []), ...(entry.feminine ?? [])])
const headForms = lexicon.headNouns.flatMap((entry) => [entry.text, ...(entry.forms ?? [])])
/** A title as the extractor also reads it: its first word without the article (`وزير` of `الوزير`). */
const titleHeads = lexicon.titles.map((entry) => indefinite(key(entry.text).split(' ')[0]))

describe('lexicon files', () => {
  it('has one file per kind, named after it', () => {
    expect(files).toEqual(
      ['anonymity-nouns', 'anonymity-reasons', 'claim-markers', 'head-nouns', 'names', 'nominal-cues', 'organizations', 'outlets', 'titles', 'vague-cues', 'verbs'].map(
        (kind) => `${kind}.json`
      )
    )
    for (const name of files) expect(read(name).kind).toBe(name.replace(/\.json$/, ''))
  })

  it.each(files)('%s validates against the schema', (name) => {
    const ajv = new Ajv({allErrors: true, strict: true})
    const validate = ajv.compile(schema)
    const data = read(name)
    expect(validate(data), ajv.errorsText(validate.errors, {separator: '\n'})).toBe(true)
    expect((data as unknown as {$schema: string}).$schema).toBe('../schemas/lexicon.schema.json')
  })

  it.each(files)('%s has no duplicate entries after normalization', (name) => {
    expect(duplicates(surfaces(read(name)))).toEqual([])
  })

  it('keeps every defective verb ending in a weak letter and every loaded or admission verb with a neutral alternative', () => {
    for (const verb of lexicon.verbs) {
      if (verb.class === 'defective') expect('اىي', verb.lemma).toContain(verb.lemma.at(-1))
      if (verb.stance === 'loaded' || verb.stance === 'admission') expect(verb.neutral, verb.lemma).toBeTruthy()
    }
  })

  it('gives every verb citation form (lemma, present, passives, participle) to one entry only', () => {
    // The morphology looks a citation form up to find its entry: يبين for both بيّن and أبان would be ambiguous.
    const owner = new Map<string, string>()
    const clashes: string[] = []
    for (const verb of lexicon.verbs) {
      const forms = [verb.lemma, verb.present, verb.passive, verb.passivePresent, verb.participle].filter((form): form is string => form !== undefined)
      for (const form of new Set(forms.map(key))) {
        const other = owner.get(form)
        if (other !== undefined && other !== verb.lemma) clashes.push(`${form}: ${other} / ${verb.lemma}`)
        else owner.set(form, verb.lemma)
      }
    }
    expect(clashes).toEqual([])
  })

  it('has single-word anonymity nouns (the extractor keys them by one word)', () => {
    expect(anonymityForms.filter((form) => key(form).includes(' '))).toEqual([])
  })
})

describe('cross-file conflicts', () => {
  it('no outlet is also an organization', () => {
    expect(overlap(outletNames, organizationNames)).toEqual([])
  })

  it('no anonymity noun is also the head of a title', () => {
    // Sources are read as anonymity nouns before titles: `وزير` there would make `وزير الخارجية` anonymous.
    expect(overlap(anonymityForms, titleHeads, (text) => indefinite(key(text)))).toEqual([])
  })

  it('no head noun form is also an outlet, organization, title or anonymity noun', () => {
    expect(overlap(headForms, [...outletNames, ...organizationNames])).toEqual([])
    expect(overlap(headForms, lexicon.titles.map((entry) => entry.text))).toEqual([])
    expect(overlap(headForms, anonymityForms)).toEqual([])
  })

  it('no name is also a title head, anonymity noun, head noun, outlet or organization', () => {
    // A known name in a source makes it a person, whatever else the phrase says.
    const names = lexicon.names.map((entry) => entry.text)
    expect(overlap(names, titleHeads, (text) => indefinite(key(text)))).toEqual([])
    expect(overlap(names, anonymityForms, (text) => indefinite(key(text)))).toEqual([])
    expect(overlap(names, [...headForms, ...outletNames, ...organizationNames])).toEqual([])
  })

  it('no participle is also an anonymity noun or a name', () => {
    // `متابعون` would read both as `تابع` continuing a speaker and as a group of followers.
    const participles = lexicon.verbs.flatMap((verb) => {
      if (!verb.participle) return []
      const base = key(verb.participle).replace(/ا$/, '')
      return [base, `${base}ه`, `${base}ون`, `${base}ين`, `${base}ات`]
    })
    const names = lexicon.names.map((entry) => entry.text)
    expect(overlap(participles, anonymityForms, (text) => indefinite(key(text)))).toEqual([])
    expect(overlap(participles, names)).toEqual([])
  })

  it('no claim marker is a reporting verb or a cue', () => {
    // A reporting verb or a cue makes an attribution, which the claim rules read instead.
    const markers = lexicon.claimMarkers.map((entry) => entry.text)
    const verbForms = lexicon.verbs.flatMap((verb) =>
      [verb.lemma, verb.present, verb.passive, verb.passivePresent, verb.participle].filter((form): form is string => form !== undefined)
    )
    expect(overlap(markers, verbForms)).toEqual([])
    expect(overlap(markers, [...lexicon.nominalCues, ...lexicon.vagueCues].map((entry) => entry.text))).toEqual([])
  })

  it('no phrase is both a nominal cue and a vague cue', () => {
    expect(
      overlap(
        lexicon.nominalCues.map((entry) => entry.text),
        lexicon.vagueCues.map((entry) => entry.text)
      )
    ).toEqual([])
  })
})

describe('coverage', () => {
  const minimum: Record<keyof Lexicon, number> = {
    verbs: 95,
    nominalCues: 100,
    vagueCues: 100,
    anonymityNouns: 80,
    titles: 250,
    outlets: 300,
    organizations: 250,
    headNouns: 80,
    anonymityReasons: 150,
    names: 800,
    claimMarkers: 60
  }
  it.each(Object.entries(minimum))('%s has at least %i entries', (name, count) => {
    expect(lexicon[name as keyof Lexicon].length).toBeGreaterThanOrEqual(count)
  })

  it('covers the stances and both kinds of names', () => {
    const stances = new Set(lexicon.verbs.map((verb) => verb.stance))
    expect(stances.size).toBe(12)
    expect(lexicon.names.filter((name) => name.kind === 'given').length).toBeGreaterThanOrEqual(400)
    expect(lexicon.names.filter((name) => name.kind === 'family').length).toBeGreaterThanOrEqual(300)
  })

  it('has claim markers of every kind', () => {
    expect(new Set(lexicon.claimMarkers.map((entry) => entry.kind))).toEqual(new Set(['intention', 'estimate', 'figure']))
  })
})

describe('loader', () => {
  it('caches the bundled lexicon and freezes it', () => {
    expect(bundledLexicon()).toBe(lexicon)
    expect(loadLexicon()).toBe(lexicon)
    expect(loadLexicon({})).toBe(lexicon)
    expect(Object.isFrozen(lexicon.outlets)).toBe(true)
    expect(Object.isFrozen(lexicon.outlets[0])).toBe(true)
  })

  it('rejects a malformed extension, naming its pointer', () => {
    const extension = {
      outlets: [
        {name: 'صحيفة المثال', kind: 'newspaper'},
        {name: 'إذاعة المثال', kind: 'radio'},
        {name: 'قناة المثال', kind: 'channel'},
        {name: 'مدونة المثال', kind: 'blog'}
      ]
    } as unknown as Partial<Lexicon>
    expect(() => loadLexicon(extension)).toThrow(LexiconError)
    expect(() => loadLexicon(extension)).toThrow('lexicon extension /outlets/3/kind: must be equal to one of the allowed values')
  })

  it('names the pointer of missing, extra and misspelled values', () => {
    const message = (extension: unknown): string => {
      try {
        validateExtensions(extension)
      } catch (error) {
        expect(error).toBeInstanceOf(LexiconError)
        return (error as LexiconError).message
      }
      return 'valid'
    }
    expect(message({titles: [{text: 'المحافظ'}]})).toBe("lexicon extension /titles/0: must have required property 'unique'")
    expect(message({names: [{text: 'فلان', kind: 'given', note: 1}]})).toBe('lexicon extension /names/0: must NOT have additional properties (note)')
    expect(message({verbs: [{lemma: 'said', present: 'يقول', class: 'hollow', stance: 'neutral'}]})).toBe(
      'lexicon extension /verbs/0/lemma: must be Arabic words separated by single spaces'
    )
    expect(message({outlet: []})).toBe('lexicon extension /: must NOT have additional properties (outlet)')
    expect(message({organizations: [{name: 'هيئة المثال', kind: 'ngo', country: 'Egypt'}]})).toBe(
      'lexicon extension /organizations/0/country: must be an ISO 3166-1 alpha-2 code or "intl"'
    )
  })

  it('names the file and pointer of a malformed lexicon file', () => {
    const broken = {kind: 'verbs', entries: [{lemma: 'قال', present: 'يقول', class: 'hollow', stance: 'neutral'}, {lemma: 'نفى', present: 'ينفي', class: 'weak', stance: 'denial'}]}
    expect(() => validateLexiconFile(broken, 'lexicons/verbs.json')).toThrow(
      'lexicon file lexicons/verbs.json /entries/1/class: must be equal to one of the allowed values'
    )
    expect(() => validateLexiconFile({kind: 'titles', entries: [{text: 'الملك', unique: true}]}, 'lexicons/verbs.json', 'verbs')).toThrow(
      'lexicon file lexicons/verbs.json /kind: must be "verbs"'
    )
  })

  it('merges extension entries: new ones are appended, same keys replace bundled entries', () => {
    const merged = loadLexicon({
      outlets: [{name: 'صحيفة المثال', aliases: ['المثال'], kind: 'newspaper', country: 'EG'}],
      verbs: [{lemma: 'قال', present: 'يقول', class: 'hollow', stance: 'neutral', gloss: 'said (newsroom)'}],
      names: [{text: 'فلانة', kind: 'given'}]
    })
    expect(merged).not.toBe(lexicon)
    expect(merged.outlets).toHaveLength(lexicon.outlets.length + 1)
    expect(merged.outlets.at(-1)).toEqual({name: 'صحيفة المثال', aliases: ['المثال'], kind: 'newspaper', country: 'EG'})
    expect(merged.verbs).toHaveLength(lexicon.verbs.length)
    expect(merged.verbs.find((verb) => verb.lemma === 'قال')?.gloss).toBe('said (newsroom)')
    expect(merged.names.some((name) => name.text === 'فلانة')).toBe(true)
    expect(merged.titles).toBe(lexicon.titles)
    // The bundled lexicon is untouched.
    expect(lexicon.outlets.some((outlet) => outlet.name === 'صحيفة المثال')).toBe(false)
    expect(lexicon.verbs.find((verb) => verb.lemma === 'قال')?.gloss).toBe('said')
  })

  it('exports the entry shapes for a config schema to reference', () => {
    const ajv = new Ajv({strict: true})
    ajv.addSchema(schema)
    const validate = ajv.compile({
      $id: 'https://isnad.dev/schemas/test-config.schema.json',
      type: 'object',
      properties: {outlets: {type: 'array', items: {$ref: 'lexicon.schema.json#/$defs/outlet'}}}
    })
    expect(validate({outlets: [{name: 'صحيفة المثال', kind: 'newspaper'}]})).toBe(true)
    expect(validate({outlets: [{name: 'صحيفة المثال', kind: 'blog'}]})).toBe(false)
  })
})
