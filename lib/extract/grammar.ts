/**
 * Closed-class words of Arabic news syntax that the extractor needs to find
 * the edges of a source and a claim. These are grammar, not vocabulary: a
 * newsroom extends the lexicons in `lexicons/`, not these lists. Every word is
 * in its normalized form (see `normalize`).
 */

/** Complementizers that open reported speech (`قال إن`، `أكد أنه`، `أفاد بأن`). */
const COMPLEMENTIZER_STEMS = ['ان', 'انه', 'انها', 'انهم', 'انهما', 'انهن', 'اننا', 'انني', 'اني', 'انا']
export const COMPLEMENTIZERS: ReadonlySet<string> = new Set(
  COMPLEMENTIZER_STEMS.flatMap((stem) => [stem, `ب${stem}`, `و${stem}`, `ف${stem}`])
)

/**
 * Words after which a source noun phrase cannot continue: prepositions that
 * open an adverbial (`في مؤتمر`، `خلال`), time words, relative pronouns and
 * appositive openers (`وهو`), and particles.
 */
export const SOURCE_STOPS: ReadonlySet<string> = new Set([
  'في', 'خلال', 'علي', 'الي', 'عن', 'منذ', 'بعد', 'قبل', 'امس', 'اليوم', 'مساء', 'صباح', 'ظهر', 'فجر', 'ليل', 'ليله',
  'الليله', 'يوم', 'عبر', 'لدي', 'امام', 'حول', 'ضمن', 'اثناء', 'عقب', 'لاحقا', 'اخيرا', 'ايضا', 'كذلك', 'الاحد',
  'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت', 'الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي',
  'اللاتي', 'وهو', 'وهي', 'وهم', 'هو', 'هي', 'هم', 'ما', 'لا', 'لم', 'لن', 'قد', 'لقد', 'حيث', 'حين', 'عندما', 'بينما',
  'فيما', 'كما', 'اذ', 'اذا', 'لكن', 'لكنه', 'غير', 'مع', 'الا', 'ثم', 'او', 'انه', 'هذا', 'هذه', 'ذلك', 'تلك', 'اثر',
  'نحو', 'حتي', 'بشان', 'بسبب', 'وسط', 'عند', 'بدوره', 'بدورها',
  'من', 'الان', 'حاليا', 'صراحه', 'مجددا', 'مرارا', 'رسميا', 'تعليقا', 'نقلا',
  // The copula opens a clause of its own (`قال سيكون من الواضح`، `مصدر كان حاضراً`).
  'كان', 'كانت', 'يكون', 'تكون', 'سيكون', 'ستكون', 'ليس', 'ليست',
  // `عدم` heads the verbal noun that is the verb's object (`وأكد المدير عدم صحة الأنباء`).
  'عدم'
])

/** Prepositions that may attach an affiliation to an unnamed source (`مصدر في الوزارة`، `مسؤول بوزارة`). */
export const AFFILIATION_PREPOSITIONS: ReadonlySet<string> = new Set(['في', 'من', 'داخل', 'لدي'])

/**
 * Nouns that, after `في`, name the occasion of a statement rather than where a
 * source works (`قال مسؤول في مؤتمر صحافي`).
 */
export const OCCASION_NOUNS: ReadonlySet<string> = new Set([
  'مؤتمر', 'تصريح', 'تصريحات', 'بيان', 'حديث', 'مقابله', 'اتصال', 'لقاء', 'كلمه', 'اجتماع', 'جلسه', 'ختام', 'افتتاح',
  'تغريده', 'منشور', 'رساله', 'خطاب', 'تقرير', 'حوار', 'ندوه', 'حساب', 'صفحته', 'صفحتها', 'وقت', 'تعليق', 'رد', 'اطار',
  'حفل', 'زياره', 'برنامج', 'مداخله', 'بث', 'مقال', 'تسجيل', 'فيديو', 'مقطع'
])

/** Quantifiers that open a group source (`أحد المسؤولين`، `عدد من السكان`، `بعض المصادر`). */
export const QUANTIFIERS: ReadonlySet<string> = new Set([
  'احد', 'احدي', 'بعض', 'عدد', 'كثير', 'معظم', 'اغلب', 'غالبيه', 'جميع', 'كل', 'عشرات', 'مئات', 'الاف', 'بعضهم',
  // Shares and the most prominent of a group: `ثلث الناس`، `أبرز المعطيات`
  'ثلث', 'ربع', 'نصف', 'ابرز',
  // Counts: `ثلاثة مسؤولين`، `خمس موظفات`
  'ثلاثه', 'ثلاث', 'اربعه', 'اربع', 'خمسه', 'خمس', 'سته', 'ست', 'سبعه', 'سبع', 'ثمانيه', 'ثماني', 'تسعه', 'تسع', 'عشره', 'عشر'
])

/** Writer's formulas that look like reporting but report nobody (`يُذكر أن`، `يشار إلى أن`). */
export const WRITER_FORMULAS: readonly string[] = ['يذكر ان', 'يشار الي', 'تجدر الاشاره', 'من المعروف', 'الجدير بالذكر', 'جدير بالذكر', 'يذكر بان']

/** Percent signs, which read with the figure before them as one quantity. */
export const PERCENT_SIGNS: ReadonlySet<string> = new Set(['%', '٪'])

/** Punctuation that ends a source noun phrase. */
export const PHRASE_BREAKS: ReadonlySet<string> = new Set(['،', ',', '؛', ';', ':', '.', '؟', '?', '!', '(', ')', '[', ']', '-', '–', '—', '/', '…'])

/** Particles that open a clause before its subject (`لكن المرصد قال`، `وكانت الوزارة قد أعلنت`). */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'لكن', 'ولكن', 'لكنه', 'ثم', 'بينما', 'فيما', 'وفيما', 'كما', 'وكما', 'كان', 'كانت', 'وكان', 'وكانت', 'قد', 'وقد', 'فقد',
  'لقد', 'اما', 'واما', 'اذ', 'بعدما', 'وبعدما', 'حين', 'عندما', 'وعندما', 'في', 'وفي', 'حيث'
])

/** Relative pronouns that open a clause describing the noun before them (`المسؤول الذي رفض ذكر اسمه`). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['الذي', 'التي', 'الذين', 'اللذان', 'اللتان', 'اللذين', 'اللتين', 'اللواتي', 'اللاتي'])

/** Particles between a subject and its verb (`الوزارة قد أعلنت`). */
export const VERB_PARTICLES: ReadonlySet<string> = new Set(['قد', 'لقد', 'بدوره', 'بدورها', 'بدورهم'])

/** Whom a speaker addressed, between the verb and the claim (`قال للصحفيين:`، `صرح لوسائل الإعلام`). */
export const ADDRESSEES: ReadonlySet<string> = new Set([
  'للصحفيين', 'للصحافيين', 'للصحافه', 'للاعلام', 'لوسائل', 'له', 'لها', 'لهم', 'لنا', 'للمراسلين', 'للحضور',
  'للجمهور', 'للمواطنين'
])

/** Words after which a verb's letters spell its verbal noun (`عدم ذكر`، `بعد إعلان`، `عن قول`). */
export const NOUN_GOVERNORS: ReadonlySet<string> = new Set([
  'عدم', 'بعد', 'قبل', 'عن', 'من', 'في', 'علي', 'الي', 'اثر', 'لدي', 'حول', 'بشان', 'خلال', 'رغم', 'دون'
])

/** Speakers of scripture, whose quotation is not a reported statement (`قال الله تعالى`). */
export const SCRIPTURE_SPEAKERS: ReadonlySet<string> = new Set(['الله', 'تعالي', 'سبحانه', 'عز'])

/** Words that may stand between a verb and its subject without ending the clause (`قال اليوم مسؤول`). */
export const ADVERBS: ReadonlySet<string> = new Set(['اليوم', 'امس', 'ايضا', 'كذلك', 'مساء', 'صباح', 'بدوره', 'بدورها', 'بدورهم', 'اخيرا', 'مجددا', 'حينها', 'سابقا', 'لاحقا', 'صراحه'])
