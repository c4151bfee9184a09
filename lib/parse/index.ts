export {ParseArabic} from './parse-arabic.js'
export {default as retextArabic} from './retext-arabic.js'
export {
  arabicParagraphPlugins,
  arabicRootPlugins,
  arabicSentencePlugins,
  type NlcstPlugin
} from './plugins.js'
