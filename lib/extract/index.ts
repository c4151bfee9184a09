export {default as isnadExtract, type ExtractOptions} from './plugin.js'
export {extractAttributions} from './extract.js'
export * from './types.js'
