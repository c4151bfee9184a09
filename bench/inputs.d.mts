export declare const CORPUS: string
export declare function corpusTexts(folder?: string): string[]
export declare function corpusDraft(bytes: number, texts?: string[]): string
export declare const hostile: Record<'no-spaces' | 'nested-quotes' | 'diacritics' | 'one-sentence' | 'mixed-bidi' | 'one-paragraph' | 'one-line' | 'quote-words' | 'nested-markdown' | 'markdown-brackets' | 'markdown-emphasis' | 'loaded-verb-marks' | 'repeated-paragraph' | 'glued-ends' | 'wordless-sentences' | 'abbreviations' | 'quotations', (bytes: number) => string>
export declare function wordsOf(text: string): number
