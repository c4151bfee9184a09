/**
 * Where the speaker of a cue is found and what kind of source it is: subjects
 * before their verb, relatives and kin, descriptions that end in a name, and
 * groups of unnamed people.
 */
import {describe, expect, it} from 'vitest'
import {recordOf, records} from './helpers.js'

describe('subjects before their verb', () => {
  it('finds the subject of a clause opened by a complementizer', async () => {
    const record = await recordOf('وأوضحت المنظمة في بيانها أن سكان الحي أكدوا أن المياه انقطعت منذ أسبوع.', 'أكدوا')
    expect(record.source?.text).toBe('سكان الحي')
    expect(record.type).toBe('anonymous')
  })

  it('takes a recognized subject before the verb over unknown words after it', async () => {
    const record = await recordOf('وكانت حصيلة جديدة أفادت بسقوط عشرة جرحى في الحادث.', 'أفادت')
    expect(record.source?.text).toBe('حصيلة جديدة')
    expect(record.type).toBe('vague')
  })

  it('reads a share of a group as its speaker (`ثلث الناس`)', async () => {
    const record = await recordOf('وقالت الهيئة إن ثلث الناس قالوا إنهم يتسوقون عبر الهاتف.', 'قالوا')
    expect(record.source?.text).toBe('ثلث الناس')
    expect(record.type).toBe('vague')
  })

  it('does not take the object of a relative clause for a verb of its own', async () => {
    const texts = (await records('المسؤول الأمني الذي رفض ذكر اسمه قال إن التحقيق مستمر.')).map((record) => record.cue.text)
    expect(texts).toEqual(['قال'])
  })

  it('reads past a relative clause that describes the subject', async () => {
    const record = await recordOf('المسؤول الأمني الذي طلب عدم نشر اسمه قال إن التحقيق مستمر.', 'قال')
    expect(record.source?.text).toBe('المسؤول الأمني')
    expect(record.type).toBe('anonymous')
  })

  it('ends a source where a reporting verb opens the next clause', async () => {
    const record = await recordOf('كما نقل مصاب ثالث أشارت مصادر طبية إلى أنه طفل إلى المستشفى.', 'أشارت')
    expect(record.source?.text).toBe('مصادر طبية')
    expect(record.type).toBe('anonymous')
  })
})

describe('subjects an indefinite noun or a group gives', () => {
  it('takes an indefinite noun right before the verb as its subject', async () => {
    const record = await recordOf('انتشر مقطع مصور لسيدة تروي فيه أن اللصوص سرقوا سيارتها.', 'تروي')
    expect(record.source?.text).toBe('سيدة')
    expect(record.type).toBe('anonymous')
  })

  it('gives a plural participle the group its sentence named', async () => {
    const record = await recordOf('اعتصم عدد من التجار أمام البلدية، مؤكدين أن الإقبال تراجع.', 'مؤكدين')
    expect(record.source?.text).toBe('عدد من التجار')
    expect(record.type).toBe('anonymous')
  })

  it('reads a source after a nominal cue through a lam fused to its article', async () => {
    const record = await recordOf('الوزير وفقا للمسؤول الأمني أكد أن العرض مرفوض.', 'وفقا')
    expect(record.source?.text).toBe('للمسؤول الأمني')
    expect(record.type).toBe('anonymous')
  })
})

describe('subjects past parentheses and time clauses', () => {
  it('reads past an outlet named in parentheses to the subject', async () => {
    const record = await recordOf('وجاء ذلك خلال الاجتماع وفقا لما كشفه لـ(المدينة) مسؤول أمني رفيع.', 'وفقا لما كشفه')
    expect(record.source?.text).toBe('مسؤول أمني رفيع')
    expect(record.via.map((via) => via.text)).toEqual(['المدينة'])
  })

  it('reads a share in parentheses after the verb as its subject', async () => {
    const record = await recordOf('وقال (28 %) من المشاركين إن الأسعار مرتفعة.', 'وقال')
    expect(record.type).toBe('anonymous')
  })

  it('reads past a time clause between the subject and its verb', async () => {
    const record = await recordOf('وأوضح المالك أن العامل بعد أن قبض أجره أفصح عن نيته السفر.', 'أفصح')
    expect(record.source?.text).toBe('العامل')
  })

  it('does not take the verb of a time clause for the main verb', async () => {
    const texts = (await records('وهو ما حدث في سيرة الخليفة حين اشتكى له التجار ارتفاع الأسعار.')).map((record) => record.source?.text)
    expect(texts).not.toContain('سيرة الخليفة')
  })

  it('reads `ربط` with a named speaker as a claim', async () => {
    const record = await recordOf('وهو القرار الذي ربطه مصدر مطلع بظهور المتحدث على التلفزيون.', 'ربطه')
    expect(record.source?.text.startsWith('مصدر مطلع')).toBe(true)
    expect(['anonymous', 'vague']).toContain(record.type)
  })
})

describe('groups and claims with no one named', () => {
  it('takes a plural speaker from the sentence before when no attribution close by introduced it', async () => {
    const record = await recordOf('وأدى ذلك إلى تقدم بعض أولياء الأمور بشكوى إلى الوزارة.\n\nوقالوا إن المدرسة بعيدة عن الحي.', 'وقالوا')
    expect(record.source?.text).toContain('أولياء الأمور')
    expect(record.type).toBe('anonymous')
  })

  it('takes a group picked by `أحد` whatever its noun for a plural verb', async () => {
    const record = await recordOf('قال الأب إنهم بحثوا طويلا حتى وجدوا أحد فرق الإسعاف، وأكدوا لهم أن الحالة مستقرة.', 'وأكدوا')
    expect(record.source?.text).toBe('أحد فرق الإسعاف')
    expect(record.type).toBe('anonymous')
  })

  it('reads bodies described only by their kind as anonymous', async () => {
    const record = await recordOf('لكن شركات تعمل في قطاع النقل ترى أن الرسوم مرتفعة.', 'ترى')
    expect(record.source?.text).toBe('شركات تعمل في قطاع النقل')
    expect(record.type).toBe('anonymous')
  })

  it('reads an outlet that learned something from no one as a vague attribution it carries', async () => {
    const record = await recordOf('وعلمت الصحيفة أن الوزارة ستغلق العيادات المخالفة.', 'وعلمت')
    expect(record.source).toBeNull()
    expect(record.type).toBe('vague')
    expect(record.via.map((via) => via.text)).toEqual(['الصحيفة'])
  })

  it('reads a bare present with a lam pronoun before its claim as a passive', async () => {
    const record = await recordOf('ويتوقع لها أن تنمو بمعدل سنوي يصل إلى 7%.', 'ويتوقع')
    expect(record.type).toBe('vague')
  })
})

describe('people picked out by their relation to someone', () => {
  it('takes a relative with a possessive pronoun for a role', async () => {
    const record = await recordOf('وقال شقيقه إن الأسرة لم تتلق أي اتصال.', 'وقال')
    expect(record.source?.text).toBe('شقيقه')
    expect(record.type).toBe('role')
  })

  it('takes an unnamed official of a body named by a genitive chain for a role', async () => {
    const record = await recordOf('صرح مسؤول إدارة المرور بأن الطريق سيفتح غداً.', 'صرح')
    expect(record.type).toBe('role')
  })

  it('takes a title with a definite genitive for a role', async () => {
    const record = await recordOf('وقال شيخ القبيلة إن الاتفاق صامد.', 'وقال')
    expect(record.type).toBe('role')
  })

  it('resolves a shorter definite description to the earlier source it repeats', async () => {
    const [first, second] = await records('صرح مسؤول مركز الدفاع المدني بأن الطريق سيفتح غداً. وأضاف المسؤول المدني أن الأعمال انتهت.')
    expect(first.type).toBe('role')
    expect(second.source?.text).toBe('المسؤول المدني')
    expect(second.type).toBe('role')
  })

  it('keeps a repeated unnamed description anonymous', async () => {
    const [, second] = await records('قال مسؤول عراقي رفيع المستوى إن الاجتماع انتهى. وأكد المسؤول العراقي أن الوفد غادر.')
    expect(second.type).toBe('anonymous')
  })
})

describe('descriptions that name the person', () => {
  it('reads indefinite unknown words after a definite description as a name', async () => {
    const record = await recordOf('وأشار الخبير الفرنسي في أمن الملاحة الجوية جيرار دوبوييه إلى أن الحطام يعود للطائرة.', 'وأشار')
    expect(record.type).toBe('person')
  })

  it('does not read an adjective of an indefinite description as a name', async () => {
    const record = await recordOf('وأشار مسؤول عسكري رفيع إلى أن الحطام يعود للطائرة.', 'وأشار')
    expect(record.type).toBe('anonymous')
  })

  it('takes a description followed by its name (ويدعى) for a person', async () => {
    const record = await recordOf('وقال أحد السكان، ويدعى حامد يوسف، إن القصف استمر ساعات.', 'وقال')
    expect(record.type).toBe('person')
  })

  it('does not take the claim of يدّعي (spelled like يُدعى) for a name', async () => {
    const record = await recordOf('قال مسؤول يدعي أن الهجوم فشل إن القوات انسحبت.', 'قال')
    expect(record.source?.text).toBe('مسؤول')
    expect(record.type).toBe('anonymous')
  })

  it('reads علي at the end of a description as the given name', async () => {
    const record = await recordOf('وقال أحد أعيان القرية علي منصور، إن الأهالي عادوا.', 'وقال')
    expect(record.source?.text).toBe('أحد أعيان القرية علي منصور')
    expect(record.type).toBe('person')
  })
})

describe('unnamed sources from the lexicons', () => {
  it('knows people by their condition or trade', async () => {
    expect((await recordOf('وأفصح الراعي عن أنه باع القطيع.', 'وأفصح')).type).toBe('anonymous')
    expect((await recordOf('وقال جريح إن الحافلة انقلبت.', 'وقال')).type).toBe('anonymous')
  })

  it('knows a legend and bare data as vague', async () => {
    expect((await recordOf('تقول الأسطورة إن البئر لا تجف.', 'تقول')).type).toBe('vague')
    expect((await recordOf('وتشير معطيات إلى أن الأسعار سترتفع.', 'وتشير')).type).toBe('vague')
  })

  it('reads `حسب وصف` as a nominal cue', async () => {
    const record = await recordOf('وكان اللاعب الأفضل في الموسم، حسب وصف الجماهير.', 'حسب وصف')
    expect(record.source?.text).toBe('الجماهير')
    expect(record.type).toBe('anonymous')
  })

  it('reads a nominal cue set off by hyphens glued to its words', async () => {
    const record = await recordOf('وكان اللاعب الأفضل في الموسم الماضي كما يعرف الجميع -حسب وصف الجماهير-.', 'حسب وصف')
    expect(record.source?.text).toBe('الجماهير')
  })

  it('reads `جدير بالذكر أن` as a writer\'s formula and finds the subject after it', async () => {
    const list = await records('جدير بالذكر أن الشاهدة ذكرت أن السيارة كانت مسرعة.')
    expect(list.map((record) => [record.cue.text, record.source?.text, record.type])).toEqual([['ذكرت', 'الشاهدة', 'anonymous']])
  })
})

describe('reports', () => {
  it('reads one report as the document of a body and reports in the plural as vague', async () => {
    expect((await recordOf('كشف تقرير أن نصف الشركات ستوظف العام المقبل.', 'كشف')).type).toBe('organization')
    expect((await recordOf('وكشفت تقارير أن نصف الشركات ستوظف العام المقبل.', 'وكشفت')).type).toBe('vague')
  })
})

describe('groups of unnamed people', () => {
  it('reads a quantifier before an unknown plural as an anonymous group', async () => {
    const record = await recordOf('أحد نزلاء «الفندق الكبير» أكد أن الكهرباء عادت.', 'أكد')
    expect(record.source?.text).toBe('أحد نزلاء «الفندق الكبير»')
    expect(record.type).toBe('anonymous')
  })

  it('keeps people a demonstrative points back to from being a new anonymous group', async () => {
    const record = await recordOf('وقال جميع هؤلاء المرشحين إن الانتخابات غير نزيهة.', 'وقال')
    expect(record.type).not.toBe('anonymous')
  })
})

describe('where a source phrase ends', () => {
  it('keeps a percent sign with its figure and the group the share is of', async () => {
    const record = await recordOf('وقال 38 % من الموظفين إن ساعات العمل طويلة.', 'وقال')
    expect(record.source?.text).toBe('38 % من الموظفين')
    expect(record.type).toBe('anonymous')
  })

  it('keeps the body a title speaks for after `باسم`', async () => {
    const record = await recordOf('وأوضح الناطق الرسمي باسم البلدية أن الأعمال انتهت.', 'وأوضح')
    expect(record.source?.text).toBe('الناطق الرسمي باسم البلدية')
    expect(record.type).toBe('role')
  })
})

describe('objects after the verb', () => {
  it('reads a definite feminine noun after a masculine verb as its object, not its subject', async () => {
    const [first, second] = await records('وأكد الطبيب أن الحالات قليلة. واعتبر الإصابة بالتسمم أمراً متوقعاً في الصيف، مضيفاً أنها تتراجع شتاءً.')
    expect(second.cue.text).toBe('واعتبر')
    expect(second.type).toBe('implicit')
    expect(second.ref).toBe(first.id)
  })

  it('keeps a feminine subject after a feminine verb', async () => {
    const record = await recordOf('واعتبرت الرابطة المحلية أن الموسم ناجح.', 'واعتبرت')
    expect(record.source?.text).toBe('الرابطة المحلية')
  })

  it('does not take the copula that opens the claim for the speaker', async () => {
    const [first, second] = await records('وأكد الطبيب أن الحالات قليلة. وعن التوقعات قال سيكون الصيف أصعب، إلا أن الوضع تحت السيطرة.')
    expect(second.type).toBe('implicit')
    expect(second.ref).toBe(first.id)
  })
})

describe('participles spelled like adjectives', () => {
  it('reads `مضيفة` with its claim right after it as a continuation of the speaker', async () => {
    const [first, second] = await records('وقالت الوزيرة إن الحصيلة ارتفعت، مضيفة أن فرق الإنقاذ تعمل.')
    expect(second.cue.text).toBe('مضيفة')
    expect(second.type).toBe('implicit')
    expect(second.ref).toBe(first.id)
  })

  it('leaves the adjective alone (`الدولة المضيفة`، `المعلومات مؤكدة وإن …`)', async () => {
    const cues = (await records('وقال الوزير إن المعلومات مؤكدة وإن الدولة المضيفة جاهزة.')).map((record) => record.cue.text)
    expect(cues).toEqual(['وقال'])
  })

  it('leaves the verbal noun `متابعة` (follow-up) alone', async () => {
    const cues = (await records('وأشار الوزير إلى أن اللقاء تطرق إلى متابعة المشاريع المتعثرة.')).map((record) => record.cue.text)
    expect(cues).toEqual(['وأشار'])
  })
})

describe('the outlet a statement was made to', () => {
  it('finds it after a relative clause that describes the speaker, before the claim', async () => {
    const record = await recordOf('وقال مدير المدرسة الذي تسلم منصبه حديثاً لـ"الوطن" إن الدراسة ستبدأ الأحد.', 'وقال')
    expect(record.source?.text).toBe('مدير المدرسة')
    expect(record.via.map((via) => via.text)).toEqual(['"الوطن"'])
  })

  it('does not look past the opening of the claim', async () => {
    const record = await recordOf('وقال مدير المدرسة إن الطلاب قدموا شكرهم لـ"الوطن" على التغطية.', 'وقال')
    expect(record.via).toEqual([])
  })

  it('reads the outlet after `في حديثه إلى` and `في اتصال هاتفي مع`', async () => {
    const first = await recordOf('وأكد مسؤول محلي في حديثه إلى "الوطن" أن الطريق سيفتح.', 'وأكد')
    expect(first.source?.text).toBe('مسؤول محلي')
    expect(first.via.map((via) => via.text)).toEqual(['"الوطن"'])
    const second = await recordOf('وأوضح المهندس سامر حداد في اتصال هاتفي مع "الوطن" أن الأعمال انتهت.', 'وأوضح')
    expect(second.via.map((via) => via.text)).toEqual(['"الوطن"'])
  })

  it('leaves a verb with `إلى` of its own alone (`تطرق في حديثه إلى`)', async () => {
    const record = await recordOf('وقال الوزير إن المشروع تأخر. وتطرق في حديثه إلى بعض المقارنات بقوله: الدول المجاورة أسرع.', 'وتطرق')
    expect(record.via).toEqual([])
    expect(record.source).toBeNull()
  })
})

describe('a title, where it is held, and the holder', () => {
  it('reads the name after the place of a title as part of the subject', async () => {
    const record = await recordOf('وقال القنصل الأردني في مدينة جدة عبدالله سالم إن المواطنين بخير.', 'وقال')
    expect(record.source?.text).toBe('القنصل الأردني في مدينة جدة عبدالله سالم')
    expect(record.type).toBe('person')
  })

  it('leaves an adverbial `في` phrase out of the subject', async () => {
    const first = await recordOf('وقال القنصل الأردني في مدينة جدة إن المواطنين بخير.', 'وقال')
    expect(first.source?.text).toBe('القنصل الأردني')
    const second = await recordOf('وقال القنصل الأردني في لقائه مع محمد إن المواطنين بخير.', 'وقال')
    expect(second.source?.text).toBe('القنصل الأردني')
  })
})

describe('a complete subject and the object after it', () => {
  it('ends a named body before a lam of purpose', async () => {
    const record = await recordOf('وقالت أرامكو لطمأنة المستثمرين إن الإنتاج مستقر.', 'وقالت')
    expect(record.source?.text).toBe('أرامكو')
  })

  it('keeps a lam genitive that is part of a description', async () => {
    const record = await recordOf('وقال المتحدث الرسمي لشركة الطيران إن الرحلات مستمرة.', 'وقال')
    expect(record.source?.text).toBe('المتحدث الرسمي لشركة الطيران')
  })

  it('ends the subject before `عدم`, which heads the object', async () => {
    const record = await recordOf('وأكد المدير عدم صحة الأنباء المتداولة.', 'وأكد')
    expect(record.source?.text).toBe('المدير')
  })
})

describe('the topic of `أما … فـ`', () => {
  it('is the subject of the verb that opens the answer, known or not', async () => {
    const record = await recordOf('أما العم سالم الزهراني، فيقول إنه يعمل في الصيد منذ صغره.', 'فيقول')
    expect(record.source?.text).toBe('العم سالم الزهراني')
    expect(record.ref).toBeNull()
  })

  it('is not an adverbial opened by a preposition (`أما في المدينة فقال`)', async () => {
    const record = await recordOf('قال وزير النقل إن الطرق جاهزة. أما في المدينة فقال إن العمل لم يبدأ.', 'فقال')
    expect(record.source).toBeNull()
    expect(record.type).toBe('implicit')
  })
})

describe('an unmarked present passive', () => {
  it('reads `يعتقد أن` as the passive, which is spelled alike', async () => {
    const record = await recordOf('يعتقد أن الحريق بدأ في المطبخ.', 'يعتقد')
    expect(record.type).toBe('vague')
  })

  it('leaves `يقول أن` active, since its passive is spelled `يُقال`', async () => {
    const record = await recordOf('قال وزير النقل إن الطرق جاهزة. ويقول إن العمل يبدأ غداً.', 'ويقول')
    expect(record.type).toBe('implicit')
  })
})

describe('a name in quotes after the head noun of a medium', () => {
  it('is read whole, even where its words spell particles (`بي`، `لي`)', async () => {
    const record = await recordOf('وذكر موقع «بي لي نيوز» أن التطبيق سيصدر الشهر المقبل.', 'وذكر')
    expect(record.source?.text).toBe('موقع «بي لي نيوز»')
    expect(record.type).toBe('outlet')
  })
})

describe('a lam that opens a word', () => {
  it('is the first letter of a noun the lexicons know (`لجنة`)', async () => {
    const record = await recordOf('وقالت لجنة الانتخابات إن النتائج ستعلن غداً.', 'وقالت')
    expect(record.source?.text).toBe('لجنة الانتخابات')
    expect(record.type).toBe('organization')
  })

  it('is a preposition before whom the speaker addressed (`لوالديها`)', async () => {
    const record = await recordOf('وقالت لوالديها إن الرحلة تأجلت.', 'وقالت')
    expect(record.source).toBeNull()
  })

  it('ends the speaker before a medium it spoke to (`لبرنامج`)', async () => {
    const record = await recordOf('وقال المدرب لبرنامج «المرمى» إن الفريق جاهز.', 'وقال')
    expect(record.source?.text).toBe('المدرب')
    expect(record.via.map((via) => via.text)).toEqual(['برنامج «المرمى»'])
  })
})
