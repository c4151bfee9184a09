/**
 * `loaded-verb` fixes: the neutral verb in the form and with the clitics of
 * the loaded one, through the whole pipeline.
 */
import {describe, expect, it} from 'vitest'
import {bundledLexicon} from '../../lib/lexicon/load.js'
import type {Lexicon} from '../../lib/lexicon/types.js'
import {VFile} from 'vfile'
import {checkDraft} from '../../lib/processor.js'
import {allOff, lintWith} from './helpers.js'

const lint = (text: string, options?: {lexicon: Lexicon}) => lintWith('loaded-verb', text, {lexicon: options?.lexicon})

describe('loaded-verb', () => {
  it.each([
    ['وزعمت الشركة أن المنتج آمن تماماً.', 'وزعمت', 'وقالت'],
    ['زعموا أن الانتخابات زُورت.', 'زعموا', 'قالوا'],
    ['يزعم المتحدث أن الحادث عرضي.', 'يزعم', 'يقول'],
    ['وسيزعم المتحدث أن الحادث عرضي.', 'وسيزعم', 'وسيقول'],
    ['وتزعم الحكومة أن الخطة نجحت.', 'وتزعم', 'وتقول'],
    ['وزعمتا أن الخطة نجحت.', 'وزعمتا', 'وقالتا'],
    ['وادعى المتحدث باسم الجيش أن القصف استهدف مواقع عسكرية.', 'وادعى', 'وقال'],
    ['وادعت الوزارة أن التقرير مفبرك.', 'وادعت', 'وقالت'],
    ['ادعوا أن الخطة نجحت.', 'ادعوا', 'قالوا'],
    ['وتدعي الحكومة أن الخطة نجحت.', 'وتدعي', 'وتقول'],
    ['اعترف وزير المالية بأن العجز تجاوز التوقعات.', 'اعترف', 'قال'],
    ['واعترفوا بأن الخطة فشلت.', 'واعترفوا', 'وقالوا'],
    ['وأقرت الحكومة بأن الخطة فشلت.', 'وأقرت', 'وقالت'],
    ['وقال الوزير إن الأسعار سترتفع، زاعماً أن الحكومة لا تملك خياراً آخر.', 'زاعماً', 'قائلاً'],
    ['وقالت الوزيرة إن الأسعار سترتفع، زاعمةً أن الحكومة لا تملك خياراً آخر.', 'زاعمةً', 'قائلةً'],
    ['بحسب ما زعمت الشركة، فإن المنتج آمن تماماً.', 'زعمت', 'قالت']
  ])('%s: %s → %s', async (text, actual, expected) => {
    const [message, ...rest] = await lint(text)
    expect(rest).toEqual([])
    expect(message.ruleId).toBe('loaded-verb')
    expect(message.fatal).toBe(false)
    expect(message.actual).toBe(actual)
    expect(message.expected).toEqual([expected])
    expect(message.place).toMatchObject({start: {offset: text.indexOf(actual)}, end: {offset: text.indexOf(actual) + actual.length}})
  })

  it('in Markdown, fixes the verb and leaves the markup around it', async () => {
    const text = 'بحسب *ما زعمت* الشركة، فإن المنتج آمن تماماً.'
    const file = await checkDraft(new VFile({path: 'draft.md', value: text}), {policies: [], rules: {...allOff, 'loaded-verb': 'warn'}})
    const [message] = file.messages
    expect(message.actual).toBe('زعمت')
    expect(message.expected).toEqual(['قالت'])
    expect(message.place).toMatchObject({start: {offset: text.indexOf('زعمت')}, end: {offset: text.indexOf('زعمت') + 4}})
  })

  it('says which neutral verb to use and why', async () => {
    const [message] = await lint('وزعمت الشركة أن المنتج آمن تماماً.')
    expect(message.reason).toBe('Unexpected loaded verb `وزعمت`, expected a neutral `وقالت` unless the draft means to cast doubt')
    const [admission] = await lint('اعترف وزير المالية بأن العجز تجاوز التوقعات.')
    expect(admission.reason).toBe('Unexpected loaded verb `اعترف`, expected a neutral `قال` unless the draft means to present the claim as an admission')
  })

  it('reads the neutral verb from the lexicon the processor is given, and offers no fix for a form that verb lacks', async () => {
    const bundled = bundledLexicon()
    const lexicon = {...bundled, verbs: bundled.verbs.map((entry) => (entry.lemma === 'زعم' ? {...entry, neutral: 'صرّح'} : entry))}
    const [finite] = await lint('وزعمت الشركة أن المنتج آمن تماماً.', {lexicon})
    expect(finite.expected).toEqual(['وصرحت'])
    // صرّح has no participle.
    const [participle] = await lint('وقال الوزير إن الأسعار سترتفع، زاعماً أن الحكومة لا تملك خياراً آخر.', {lexicon})
    expect(participle.reason).toBe('Unexpected loaded verb `زاعماً`, expected a neutral verb unless the draft means to cast doubt')
    expect(participle.expected).toBeUndefined()
  })

  it('leaves neutral verbs alone', async () => {
    expect(await lint('وقالت الشركة إن المنتج آمن تماماً. وأكد المتحدث أن الأرقام دقيقة.')).toEqual([])
  })
})
