/**
 * Arabic, as in the ITU Arabic texts of WTSA, PP and WTDC resolutions ("القرار 78 (المراجَع في جنيف، 2022)",
 * "إن الجمعية العالمية لتقييس الاتصالات (جنيف، 2022)،", "إذ تذكّر", "تكلف لجنتي الدراسات 16 و20 لقطاع تقييس
 * الاتصالات"). Preamble items are lettered in abjad order (أ) ب) ج) د) …), operative items numbered 1, 2, 3.
 *
 * Arabic writes the conjunction و and the prepositions ب, ل (and the article ال) joined to the next word:
 * "وأعضاء القطاع", "لقطاع تقييس الاتصالات", "بالقرار 183", "للجنة الدراسات". Names are matched between word
 * boundaries, so each name is also listed with those proclitics ({@link withProclitics}), and the templates allow them
 * before the nouns they attach to ({@link P}). Texts may or may not carry the shadda and short vowels
 * ("تذكّر"/"تذكر", "المراجَع"/"المراجع"); both spellings are listed.
 */
import type { Lexicon } from './types';

/**
 * A name as written alone and after the proclitics و (and), ب (by, with) and ل (of, for). Before the article,
 * ل + ال is written لل ("الاتحاد" → "للاتحاد").
 */
function withProclitics(...names: string[]): string[] {
  return names.flatMap((n) => {
    const article = n.startsWith('ال');
    return [n, `و${n}`, `ب${n}`, article ? `ل${n.slice(1)}` : `ل${n}`];
  });
}

/** Template source for the proclitics and article that may precede a noun: و/ف, then ب/ل/ك, then ال (or لل). */
const P = '(?:و|ف)?(?:ب|ل|ك)?(?:ال|ل)?';

/**
 * The names of each Sector, alone or of the Union, and with the dual that a list shares ("قطاعي تقييس الاتصالات وتنمية
 * الاتصالات", "قطاعا …": the two Sectors; the second named by `sharedHeadNames`).
 */
const SECTOR_NAMES: Record<'ITU-T' | 'ITU-D' | 'ITU-R', readonly string[]> = {
  'ITU-T': [
    'قطاع تقييس الاتصالات في الاتحاد الدولي للاتصالات',
    'قطاع تقييس الاتصالات بالاتحاد الدولي للاتصالات',
    'قطاع تقييس الاتصالات بالاتحاد',
    'قطاع تقييس الاتصالات',
    'قطاعي تقييس الاتصالات',
    'قطاعا تقييس الاتصالات',
  ],
  'ITU-D': [
    'قطاع تنمية الاتصالات في الاتحاد الدولي للاتصالات',
    'قطاع تنمية الاتصالات بالاتحاد الدولي للاتصالات',
    'قطاع تنمية الاتصالات بالاتحاد',
    'قطاع تنمية الاتصالات',
    'قطاعي تنمية الاتصالات',
    'قطاعا تنمية الاتصالات',
  ],
  'ITU-R': [
    'قطاع الاتصالات الراديوية في الاتحاد الدولي للاتصالات',
    'قطاع الاتصالات الراديوية بالاتحاد الدولي للاتصالات',
    'قطاع الاتصالات الراديوية بالاتحاد',
    'قطاع الاتصالات الراديوية',
    'قطاعي الاتصالات الراديوية',
    'قطاعا الاتصالات الراديوية',
  ],
};

export const ar: Lexicon = {
  language: 'ar',
  script: 'Arabic',
  stopwords: ['في', 'من', 'على', 'إلى', 'أن', 'التي', 'الذي', 'مع', 'عن', 'هذا', 'هذه', 'ذلك', 'بشأن', 'أو'],
  listJoiners: ['،', ',', 'و', '/'],
  // Nouns a number counts, as it takes them ("17 دولة عضواً", "3 دول أعضاء"), besides the stakeholders' names.
  countNouns: [
    'دولة',
    'دول',
    'بلداً',
    'بلدا',
    'بلدان',
    'خبيراً',
    'خبيرا',
    'خبراء',
    'إدارة',
    'إدارات',
    'عضواً',
    'عضوا',
    'أعضاء',
    'مشاركاً',
    'مشاركا',
    'مشاركين',
    // "of them": a number so followed counts what was named before it ("بالقرارات 64 و123، و17 منها …", and
    // seventeen of them …), which no resolution's number is.
    'منها',
  ],
  openWords: ['في', 'مع', 'من', 'على', 'إلى', 'عن'],
  conjunctionPrefixes: ['و', 'ف'],
  // The dual of a citation's head word names two: "بالقرارين 78 و90، و17 منها …" cites 78 and 90.
  dualWords: ['قراران', 'قرارين', 'قرارَين', 'مقرران', 'مقررين', 'مقررَين'],
  numberPrefixes: [],
  terminators: ['.', '؛', '،', ';', ','],
  // A body after its heading opens with أن and a verb ("أن يواصل", "بأن ينظر"), or إلى / على and a verbal noun
  // ("تدعو الدول الأعضاء إلى المشاركة", "تشجع … على المشاركة"). "أن يقوم، بالتعاون مع …، بدعم …" (to undertake, with
  // …, the support of …) puts its collaboration phrase after the light verb يقوم / تقوم, which opens the body with أن.
  operativeOpeners: ['أن', 'بأن', 'إلى', 'على', 'يقوم', 'تقوم'],
  // "الدول الأعضاء التي تقوم بتطوير … إلى تبادل خبراتها": the verb after التي is the relative clause's.
  relativePronouns: ['التي', 'الذي', 'الذين', 'اللذين', 'اللتين', 'اللاتي', 'اللواتي'],
  // "الدول الأعضاء القادرة على ذلك إلى المساهمة …" (able to do so), "الراغبة في ذلك" (wishing to), "الساعية إلى …"
  // (seeking to), "الحريصة على …" (keen to): feminine for the States, masculine for members, singular and plural.
  addresseeQualifiers: [
    'القادرة',
    'القادر',
    'القادرين',
    'القادرون',
    'الراغبة',
    'الراغب',
    'الراغبين',
    'الراغبون',
    'الساعية',
    'الساعي',
    'الساعين',
    'الساعون',
    'الحريصة',
    'الحريص',
    'الحريصين',
    'الحريصون',
  ],
  // "يكلف الأمين العام بتقديم تقرير …", "تكلف مدير مكتب تقييس الاتصالات بمواصلة دعم …": the body opens with ب joined to
  // a verbal noun, as items do ("1 بمواصلة …"); not "بالتعاون مع" (a collaboration phrase) or "بالاتحاد" (of the Union).
  bodyProclitics: ['ب'],
  joinedArticles: ['ال'],
  // Words ب begins that qualify the verb or name a topic, not the body's verbal noun: "تحث الدول الأعضاء بشدة على …"
  // (strongly), "بشأن" (about), "بدوره" (in turn), "بوجه خاص"/"بصورة خاصة"/"بشكل خاص" (in particular), "بجميع"/"بكل"
  // (all).
  procliticAdverbs: [
    'بشدة',
    'بشأن',
    'بدوره',
    'بدورها',
    'بدورهم',
    'بوجه',
    'بصورة',
    'بشكل',
    'بخاصة',
    'بجميع',
    'بكافة',
    'بكل',
    'بمقرها',
    'بمقره',
  ],

  // The Assembly (الجمعية) is feminine and speaks with ت- verbs and -ها pronouns ("إذ تذكّر", "تكلف",
  // "إذ تضع في اعتبارها"); the Conference (المؤتمر) and the Council (المجلس) are masculine and use ي- and -ه
  // ("إذ يذكّر", "يكلف", "إذ يضع في اعتباره"). Each heading is listed in both genders.
  preamble: [
    {
      key: 'recalling-further',
      phrases: [
        'وإذ تذكّر كذلك',
        'وإذ تذكر كذلك',
        'إذ تذكّر كذلك',
        'إذ تذكر كذلك',
        'وإذ تذكّر أيضاً',
        'وإذ تذكر أيضاً',
        'وإذ يذكّر كذلك',
        'وإذ يذكر كذلك',
        'إذ يذكّر كذلك',
        'إذ يذكر كذلك',
        'وإذ يذكّر أيضاً',
        'وإذ يذكر أيضاً',
      ],
    },
    {
      key: 'recalling',
      phrases: [
        'إذ تذكّر',
        'إذ تذكر',
        'وإذ تذكّر',
        'وإذ تذكر',
        'إذ تشير إلى',
        'وإذ تشير إلى',
        'إذ يذكّر',
        'إذ يذكر',
        'وإذ يذكّر',
        'وإذ يذكر',
        'إذ يشير إلى',
        'وإذ يشير إلى',
      ],
    },
    {
      key: 'recognizing-further',
      phrases: [
        'وإذ تدرك كذلك',
        'إذ تدرك كذلك',
        'وإذ تدرك أيضاً',
        'وإذ تعترف كذلك',
        'إذ تعترف كذلك',
        'وإذ يدرك كذلك',
        'إذ يدرك كذلك',
        'وإذ يدرك أيضاً',
        'وإذ يعترف كذلك',
        'إذ يعترف كذلك',
        'وإذ تعترف أيضاً',
        'وإذ تعترف أيضا',
        'وإذ يعترف أيضاً',
        'وإذ يعترف أيضا',
        'وإذ تدرك أيضا',
        'وإذ يدرك أيضا',
      ],
    },
    {
      key: 'recognizing',
      phrases: ['إذ تدرك', 'وإذ تدرك', 'إذ تعترف', 'وإذ تعترف', 'إذ يدرك', 'وإذ يدرك', 'إذ يعترف', 'وإذ يعترف'],
    },
    {
      key: 'considering-further',
      phrases: [
        'وإذ تضع في اعتبارها كذلك',
        'إذ تضع في اعتبارها كذلك',
        'وإذ تضع في اعتبارها أيضاً',
        'وإذ يضع في اعتباره كذلك',
        'إذ يضع في اعتباره كذلك',
        'وإذ يضع في اعتباره أيضاً',
      ],
    },
    {
      key: 'considering',
      phrases: [
        'إذ تضع في اعتبارها',
        'وإذ تضع في اعتبارها',
        'إذ ترى',
        'وإذ ترى',
        'إذ يضع في اعتباره',
        'وإذ يضع في اعتباره',
        'إذ يرى',
        'وإذ يرى',
      ],
    },
    {
      key: 'noting-further',
      phrases: [
        'وإذ تلاحظ كذلك',
        'إذ تلاحظ كذلك',
        'وإذ تلاحظ أيضاً',
        'وإذ تلاحظ أيضا',
        'وإذ يلاحظ كذلك',
        'إذ يلاحظ كذلك',
        'وإذ يلاحظ أيضاً',
        'وإذ يلاحظ أيضا',
      ],
    },
    {
      key: 'noting',
      phrases: [
        'إذ تلاحظ',
        'وإذ تلاحظ',
        'إذ تحيط علماً',
        'وإذ تحيط علماً',
        'إذ تحيط علما',
        'وإذ تحيط علما',
        'إذ يلاحظ',
        'وإذ يلاحظ',
        'إذ يحيط علماً',
        'وإذ يحيط علماً',
        'إذ يحيط علما',
        'وإذ يحيط علما',
        'إذ تلاحظ مع الارتياح',
        'وإذ تلاحظ مع الارتياح',
        'إذ يلاحظ مع الارتياح',
        'وإذ يلاحظ مع الارتياح',
        'إذ تلاحظ مع التقدير',
        'وإذ تلاحظ مع التقدير',
        'إذ يلاحظ مع التقدير',
        'وإذ يلاحظ مع التقدير',
        'إذ تلاحظ مع القلق',
        'وإذ تلاحظ مع القلق',
        'إذ يلاحظ مع القلق',
        'وإذ يلاحظ مع القلق',
        'وإذ تحيط علماً مع الارتياح',
        'وإذ تحيط علماً مع التقدير',
        'وإذ يحيط علماً مع الارتياح',
        'وإذ يحيط علماً مع التقدير',
      ],
    },
    {
      key: 'bearing-in-mind',
      phrases: [
        'إذ تضع في حسبانها',
        'وإذ تضع في حسبانها',
        'وإذ تضع نصب عينيها',
        'إذ يضع في حسبانه',
        'وإذ يضع في حسبانه',
        'وإذ يضع نصب عينيه',
      ],
    },
    {
      key: 'taking-into-account',
      phrases: [
        'إذ تأخذ في الحسبان',
        'وإذ تأخذ في الحسبان',
        'إذ تأخذ في اعتبارها',
        'وإذ تأخذ في اعتبارها',
        'إذ يأخذ في اعتباره',
        'وإذ يأخذ في اعتباره',
        'إذ تأخذ في الاعتبار',
        'وإذ تأخذ في الاعتبار',
        'وإذ تأخذ بعين الاعتبار',
        'إذ يأخذ في الحسبان',
        'وإذ يأخذ في الحسبان',
        'إذ يأخذ في الاعتبار',
        'وإذ يأخذ في الاعتبار',
        'وإذ يأخذ بعين الاعتبار',
        'وإذ تأخذ في الحسبان كذلك',
        'وإذ تأخذ في اعتبارها كذلك',
        'وإذ يأخذ في الحسبان كذلك',
        'وإذ يأخذ في اعتباره كذلك',
      ],
    },
    {
      key: 'emphasizing',
      phrases: [
        'إذ تؤكد',
        'وإذ تؤكد',
        'إذ تشدد',
        'وإذ تشدد',
        'وإذ تشدّد',
        'إذ يؤكد',
        'وإذ يؤكد',
        'إذ يشدد',
        'وإذ يشدد',
        'وإذ يشدّد',
      ],
    },
    {
      key: 'acknowledging',
      phrases: [
        'إذ تقر',
        'وإذ تقر',
        'وإذ تقرّ',
        'إذ تسلّم',
        'وإذ تسلّم',
        'وإذ تسلم',
        'إذ يقر',
        'وإذ يقر',
        'وإذ يقرّ',
        'إذ يسلّم',
        'وإذ يسلّم',
        'وإذ يسلم',
      ],
    },
    {
      key: 'aware',
      phrases: [
        'إذ تعي',
        'وإذ تعي',
        'وإدراكاً منها',
        'وإدراكا منها',
        'إذ يعي',
        'وإذ يعي',
        'وإدراكاً منه',
        'وإدراكا منه',
        // "fully aware".
        'وإذ تدرك تماماً',
        'وإذ تدرك تماما',
        'وإذ يدرك تماماً',
        'وإذ يدرك تماما',
      ],
    },
    {
      key: 'concerned',
      phrases: [
        'إذ يساورها القلق',
        'وإذ يساورها القلق',
        'وإذ تعرب عن قلقها',
        'وإذ يقلقها',
        'إذ يساوره القلق',
        'وإذ يساوره القلق',
        'وإذ يعرب عن قلقه',
        'وإذ يقلقه',
        'إذ يساورها بالغ القلق',
        'وإذ يساورها بالغ القلق',
        'إذ يساوره بالغ القلق',
        'وإذ يساوره بالغ القلق',
      ],
    },
    { key: 'observing', phrases: ['إذ تلحظ', 'وإذ تلحظ', 'وإذ ترصد', 'إذ يلحظ', 'وإذ يلحظ', 'وإذ يرصد'] },
    // Thanks and approval too, in the Assembly's feminine and the Conference's masculine: "وإذ تعرب عن تقديرها".
    {
      key: 'welcoming',
      phrases: [
        'إذ ترحب',
        'وإذ ترحب',
        'وإذ ترحّب',
        'إذ يرحب',
        'وإذ يرحب',
        'وإذ يرحّب',
        'إذ تعرب عن تقديرها',
        'وإذ تعرب عن تقديرها',
        'إذ يعرب عن تقديره',
        'وإذ يعرب عن تقديره',
      ],
    },
    { key: 'having-regard-to', phrases: ['إذ تراعي', 'وإذ تراعي', 'إذ يراعي', 'وإذ يراعي'] },
    { key: 'reaffirming', phrases: ['إذ تؤكد من جديد', 'وإذ تؤكد من جديد', 'إذ يؤكد من جديد', 'وإذ يؤكد من جديد'] },
  ],
  operative: [
    {
      key: 'resolves-to-instruct',
      phrases: [
        'تقرر أن تكلف',
        'تقرر أن تكلّف',
        'تقرر تكليف',
        'تقرر كذلك أن تكلف',
        'تقرر أيضاً أن تكلف',
        'يقرر أن يكلف',
        'يقرر أن يكلّف',
        'يقرر تكليف',
        'يقرر كذلك أن يكلف',
        'يقرر أيضاً أن يكلف',
      ],
    },
    {
      key: 'resolves-to-invite',
      phrases: ['تقرر أن تدعو', 'تقرر دعوة', 'تقرر كذلك أن تدعو', 'يقرر أن يدعو', 'يقرر دعوة', 'يقرر كذلك أن يدعو'],
    },
    { key: 'resolves-to-request', phrases: ['تقرر أن تطلب', 'تقرر الطلب', 'يقرر أن يطلب', 'يقرر الطلب'] },
    {
      key: 'resolves',
      phrases: ['تقرر', 'تقرّر', 'تقرر كذلك', 'تقرر أيضاً', 'وتقرر', 'يقرر', 'يقرّر', 'يقرر كذلك', 'يقرر أيضاً', 'ويقرر'],
    },
    {
      key: 'instructs',
      phrases: ['تكلف', 'تكلّف', 'تكلف كذلك', 'تكلف أيضاً', 'وتكلف', 'يكلف', 'يكلّف', 'يكلف كذلك', 'يكلف أيضاً', 'ويكلف'],
    },
    {
      key: 'requests',
      phrases: [
        'تطلب',
        'تطلب إلى',
        'تطلب من',
        'تطلب كذلك',
        'وتطلب',
        'يطلب',
        'يطلب إلى',
        'يطلب من',
        'يطلب كذلك',
        'ويطلب',
      ],
    },
    { key: 'invites', phrases: ['تدعو', 'تدعو كذلك', 'تدعو أيضاً', 'وتدعو', 'يدعو', 'يدعو كذلك', 'يدعو أيضاً', 'ويدعو'] },
    {
      key: 'encourages',
      phrases: ['تشجع', 'تشجّع', 'تشجع كذلك', 'تشجع أيضاً', 'وتشجع', 'يشجع', 'يشجّع', 'يشجع كذلك', 'يشجع أيضاً', 'ويشجع'],
    },
    { key: 'urges', phrases: ['تحث', 'تحثّ', 'تحث كذلك', 'وتحث', 'يحث', 'يحثّ', 'يحث كذلك', 'ويحث'] },
    { key: 'calls-upon', phrases: ['تناشد', 'تهيب', 'يناشد', 'يهيب'] },
  ],
  directorsOf: ['مديري', 'مديرا', 'ومديري'],
  collaboration: [
    { phrase: 'بالتعاون مع' },
    { phrase: 'بالتعاون الوثيق مع' },
    { phrase: 'بالتنسيق مع' },
    { phrase: 'بالتنسيق الوثيق مع' },
    { phrase: 'بالتشاور مع' },
    { phrase: 'بالتشاور الوثيق مع' },
    // Indefinite: "بتعاون وثيق مع" (in close collaboration with), "بالاشتراك مع" (jointly with).
    { phrase: 'بتعاون وثيق مع' },
    { phrase: 'بتنسيق وثيق مع' },
    { phrase: 'بالاشتراك مع' },
    { phrase: 'بالعمل على نحو تعاوني مع' },
    { phrase: 'والتعاون مع' },
    { phrase: 'والعمل بالتعاون مع' },
  ],
  capacity: [
    { phrase: 'بصفته' },
    { phrase: 'بصفتها' },
    { phrase: 'بصفتهم' },
    { phrase: 'بوصفه' },
    { phrase: 'بوصفها' },
  ],
  // Abjad order: أ ب ج د ه و ز ح ط ي ك ل م ن س ع ف ص ق ر ش ت ث خ ذ ض ظ غ.
  itemLetters: 'أبجدهوزحطيكلمنسعفصقرشتثخذضظغ',

  templates: {
    header: [
      '(?:ال)?قـ?رار {N}(?: \\((?:(?:المراجَع|المراجع) في )?{PLACE}(?:،|,) {YEAR}\\))?',
      '(?:ال)?قـ?رار {HEADERBODY} {N}(?:-(?<REV>\\d\\d?))?(?: \\((?:{YEAR}|(?<HISTORY>(?:19|20)\\d\\d(?:-(?:19|20)\\d\\d){1,9}))\\))?',
      // Council texts: "القرار 1408 (المعدَّل 2023)".
      '(?:ال)?قـ?رار {N} \\((?:(?:المعدَّل|المعدل)(?: في)? )?{YEAR}\\)',
      '(?:ال)?قـ?رار {N} \\({SESSION}\\)',
    ],
    decisionHeader: [
      '(?:ال)?مقرر {N} \\((?:(?:المعدَّل|المعدل)(?: في)? )?{YEAR}\\)',
      '(?:ال)?مقرر {N} \\({SESSION}\\)',
      '(?:ال)?مقرر {N}(?: \\((?:(?:المراجَع|المراجع) في )?{PLACE}(?:،|,) {YEAR}\\))?',
    ],
    // A note on where the Council adopted the text may close the header line.
    headerNote: ['اعتُ?مد(?:ت|ه)? [^()（）\\n]{1,120}'],
    historyEntry: ['{PLACE}(?:،|,) {YEAR}'],
    historySeparators: ['؛', ';'],
    opening: ['(?:إن )?{BODY} \\({PLACE}(?:،|,) {YEAR}\\)(?:،|,)?', '(?:إن )?{BODY}(?:،|,)'],
    // Texts keep the Latin word in a bracket that names a conference by its acronym: "(Rev.WRC-19)".
    revision: ['المراجَع', 'المراجع', 'المعدَّل', 'المعدل', 'Rev.'],
    annex: [
      '(?:ال)?(?:ملحق|تذييل)(?: {N})?(?: (?:بالقرار|القرار|للقرار) {N}(?: \\((?:(?:المراجَع|المراجع) في )?{PLACE}(?:،|,) {YEAR}\\))?)?',
      // The Council's texts ("ملحق بالمقرر 482 (المعدَّل 2020)") and the Radiocommunication Assembly's
      // ("ملحق بالقرار ITU-R 61-2").
      '(?:ال)?(?:ملحق|تذييل)(?: {N})? (?:بالمقرر|المقرر|للمقرر) {N}(?: \\((?:(?:المراجَع|المراجع) في )?{PLACE}(?:،|,) {YEAR}\\)| \\((?:(?:المعدَّل|المعدل)(?: في)? )?{YEAR}\\)| \\({SESSION}\\))?',
      '(?:ال)?(?:ملحق|تذييل)(?: {N})? (?:بالقرار|القرار|للقرار) {N} \\((?:(?:(?:المعدَّل|المعدل)(?: في)? )?{YEAR}|{SESSION})\\)',
      '(?:ال)?(?:ملحق|تذييل)(?: {N})? (?:بالقرار|القرار|للقرار) {HEADERBODY} {N}(?:-\\d\\d?)?(?: \\((?:{YEAR}|(?:19|20)\\d\\d(?:-(?:19|20)\\d\\d){1,9})\\))?',
    ],
  },

  bodies: [
    {
      body: 'WTSA',
      names: withProclitics('الجمعية العالمية لتقييس الاتصالات'),
      datedNames: ['WTSA', 'للجمعية WTSA', 'الجمعية WTSA'],
    },
    {
      body: 'PP',
      names: withProclitics(
        'مؤتمر المندوبين المفوضين للاتحاد الدولي للاتصالات',
        'مؤتمر المندوبين المفوضين للاتحاد',
        'مؤتمر المندوبين المفوضين',
        'مؤتمر المندوبين المفوّضين',
      ),
      datedNames: ['PP', 'للمؤتمر PP', 'المؤتمر PP'],
    },
    {
      body: 'WTDC',
      names: withProclitics('المؤتمر العالمي لتنمية الاتصالات'),
      datedNames: ['WTDC', 'للمؤتمر WTDC', 'المؤتمر WTDC'],
    },
    {
      body: 'RA',
      names: withProclitics('جمعية الاتصالات الراديوية'),
      headerNames: ['ITU-R'],
      datedNames: ['RA', 'للجمعية RA', 'الجمعية RA'],
    },
    {
      body: 'WRC',
      names: withProclitics('المؤتمر العالمي للاتصالات الراديوية'),
      datedNames: ['WRC', 'للمؤتمر WRC', 'المؤتمر WRC'],
    },
    {
      body: 'WCIT',
      names: withProclitics('المؤتمر العالمي للاتصالات الدولية'),
      datedNames: ['WCIT', 'للمؤتمر WCIT', 'المؤتمر WCIT'],
    },
    // A construct names the Council between the word and the number ("قرار المجلس 1305"), as a numbering would.
    { body: 'COUNCIL', names: withProclitics('مجلس الاتحاد', 'المجلس'), headerNames: ['المجلس'] },
  ],
  // The body follows a citation joined by ل ("القرار 183 … لمؤتمر المندوبين المفوضين"); the joined forms are body
  // names above. A link word here would be required before every body, so there is none.
  citationBodyLinks: [],
  ownBodyNames: ['لهذا المؤتمر', 'لهذه الجمعية', 'للمؤتمر الحالي', 'للجمعية الحالية'],
  // Study groups, or a Question, "في" (in) a Sector are that Sector's: "لجنة الدراسات 2 في قطاع تنمية الاتصالات",
  // "لجان الدراسات المعنية في قطاعي تقييس الاتصالات وتنمية الاتصالات" (the relevant study groups of both).
  sectorLinks: ['في'],

  patterns: {
    // Numbered, or the study groups of a Sector together ("لجان الدراسات المعنية"): no number.
    studyGroup: [
      `${P}(?:لجنة|لجنتا|لجنتي|لجنتَي|لجان) الدراسات {NUMS}`,
      'SG ?{N}',
      `${P}لجان الدراسات(?: المعنية| ذات الصلة)?`,
    ],
    question: [`${P}(?:مسألة|مسالة|مسألتين|مسألتان|مسائل) {QCODES}`, 'Q{QCODE}'],
    unnumberedQuestion: [
      `${P}مسألتها (?:بشأن |حول |المتعلقة بـ?|الخاصة بـ?){TEXT}`,
      `${P}مسألة (?:بشأن |حول |المتعلقة بـ?|الخاصة بـ?){TEXT}`,
    ],
    // The dual and plural take a list ("القرارين 78 و90"), each member of the revision given after it.
    ituResolution: [
      `${P}قرار {HEADERBODY} {N}(?:-\\d\\d?)?(?: \\((?:(?:المعدَّل|المعدل)(?: في)? )?{YEAR}\\))?`,
      `${P}قرار {N} \\((?:(?:المعدَّل|المعدل)(?: في)? )?{YEAR}\\)`,
      // A dated acronym, in Arabic or Latin words: "القرار 646 (المراجَع في المؤتمر WRC-19)", "القرار 646 (Rev.WRC-19)".
      `${P}قرار {N} \\((?:(?:المراجَع|المراجع) في |Rev\\. ?)?{DATED}-{YY}\\)`,
      `${P}قرار {N} \\({SESSION}\\)`,
      `${P}قرار {N}(?: \\((?:(?:المراجَع|المراجع) في )?{PLACE}(?:،|,) {YEAR}\\))?`,
      `${P}(?:قراران|قرارين|قرارات) {RNUMS}(?: \\((?:(?:المراجَع|المراجع) في )?{PLACE}(?:،|,) {YEAR}\\))?`,
    ],
    ituDecision: [
      `${P}مقرر {HEADERBODY} {N}(?: \\((?:(?:المعدَّل|المعدل)(?: في)? )?{YEAR}\\))?`,
      `${P}مقرر {N} \\((?:(?:المعدَّل|المعدل)(?: في)? )?{YEAR}\\)`,
      `${P}مقرر {N} \\({SESSION}\\)`,
      `${P}مقرر {N}(?: \\((?:(?:المراجَع|المراجع) في )?{PLACE}(?:،|,) {YEAR}\\))?`,
      `${P}(?:مقرران|مقررين|مقررات) {RNUMS}(?: \\((?:(?:المراجَع|المراجع) في )?{PLACE}(?:،|,) {YEAR}\\))?`,
    ],
    unResolution: [
      `${P}(?:قرار|قراري|قرارات) الجمعية العامة للأمم المتحدة {UNNUMS}`,
      `${P}(?:قرار|قراري|قرارات) الجمعية العامة {UNNUMS}`,
      `${P}(?:قرار|قراري|قرارات) {UNNUMS} (?:الصادر عن |الصادرة عن |الذي اتخذته |التي اتخذتها )?(?:ال|لل)جمعية العامة للأمم المتحدة`,
      'A/RES/{UNNUM}',
    ],
    whaResolution: [
      `${P}(?:قرار|قراري|قرارات) {WHACODES}`,
      // The symbol takes the proclitics of the word it stands for: "وWHA71.7" (and WHA71.7).
      `${P}{WHACODES}`,
      `${P}(?:قرار|قراري|قرارات) جمعية الصحة العالمية {WHANUMS}`,
      `${P}(?:قرار|قراري|قرارين|قرارات) {WHANUMS} (?:ل|ال)جمعية الصحة العالمية`,
    ],
    sdg: [
      `${P}(?:هدف|أهداف|هدفي) التنمية المستدامة {NUMS}`,
      `${P}(?:هدف|هدفين|هدفان|أهداف) {NUMS} من أهداف التنمية المستدامة`,
      `${P}(?:هدف|هدفين|هدفان|أهداف) {NUMS} للتنمية المستدامة`,
      'SDG ?{NUMS}',
      `${P}(?:هدف|هدفين|هدفان|أهداف) {GOALS}`,
      `${P}أهداف التنمية المستدامة`,
    ],
    recommendation: [`${P}(?:التوصية|التوصيات) {SECTOR} {RCODE}`, '{SECTOR} {RCODE}'],
    // "فريق العمل التابع للمجلس المعني ب…", "فريق عمل المجلس".
    councilWorkingGroup: [
      `${P}(?:فريق|أفرقة) العمل (?:التابع|التابعة) (?:للمجلس|لمجلس الاتحاد)`,
      `${P}(?:فريق|أفرقة) عمل (?:المجلس|مجلس الاتحاد)`,
    ],
  },

  sectors: [
    { sector: 'ITU-T', names: withProclitics(...SECTOR_NAMES['ITU-T']) },
    { sector: 'ITU-D', names: withProclitics(...SECTOR_NAMES['ITU-D']) },
    { sector: 'ITU-R', names: withProclitics(...SECTOR_NAMES['ITU-R']) },
  ],

  // The second of a list that shares the dual "مكتبي" or "قطاعي" ("مكتبي تقييس الاتصالات وتنمية الاتصالات"). The
  // study groups "في قطاعي …" (in the two Sectors) are those of both, as "في قطاع …" are its Sector's (`sectorLinks`).
  sharedHeadNames: {
    'itu-t': ['تقييس الاتصالات'],
    'itu-d': ['تنمية الاتصالات'],
    'itu-r': ['الاتصالات الراديوية'],
    tsb: ['تقييس الاتصالات'],
    bdt: ['تنمية الاتصالات'],
    br: ['الاتصالات الراديوية'],
  },

  // ITU Arabic texts write the Latin acronyms (ITU-T, WHO, WIPO …), matched through entities.ts; Arabic acronyms
  // (اليونسكو, الويبو) are listed where they are in use.
  entityNames: {
    itu: withProclitics('الاتحاد الدولي للاتصالات'),
    'itu-t': withProclitics(...SECTOR_NAMES['ITU-T']),
    'itu-d': withProclitics(...SECTOR_NAMES['ITU-D']),
    'itu-r': withProclitics(...SECTOR_NAMES['ITU-R']),
    // With the dual, where a list shares the word ("مكتبي تقييس الاتصالات وتنمية الاتصالات": the two Bureaux).
    tsb: withProclitics('مكتب تقييس الاتصالات', 'مكتبي تقييس الاتصالات'),
    bdt: withProclitics('مكتب تنمية الاتصالات', 'مكتبي تنمية الاتصالات'),
    br: withProclitics('مكتب الاتصالات الراديوية', 'مكتبي الاتصالات الراديوية'),
    tsag: withProclitics('الفريق الاستشاري لتقييس الاتصالات'),
    tdag: withProclitics('الفريق الاستشاري لتنمية الاتصالات'),
    rag: withProclitics('الفريق الاستشاري للاتصالات الراديوية'),
    'fg-ai4h': withProclitics(
      'الفريق المتخصص المعني بالذكاء الاصطناعي من أجل الصحة',
      'الفريق المتخصص المعني بالذكاء الاصطناعي لأغراض الصحة',
      'الفريق المتخصص المعني بالذكاء الاصطناعي في مجال الصحة',
    ),
    'gi-ai4h': withProclitics(
      'المبادرة العالمية للأمم المتحدة بشأن الذكاء الاصطناعي من أجل الصحة',
      'المبادرة العالمية بشأن الذكاء الاصطناعي من أجل الصحة',
      'المبادرة العالمية المعنية بالذكاء الاصطناعي من أجل الصحة',
    ),
    who: withProclitics('منظمة الصحة العالمية'),
    wipo: withProclitics('المنظمة العالمية للملكية الفكرية', 'الويبو'),
    unesco: withProclitics('منظمة الأمم المتحدة للتربية والعلم والثقافة', 'اليونسكو'),
    unicef: withProclitics('منظمة الأمم المتحدة للطفولة', 'صندوق الأمم المتحدة للطفولة', 'اليونيسف'),
    undp: withProclitics('برنامج الأمم المتحدة الإنمائي'),
    unece: withProclitics('لجنة الأمم المتحدة الاقتصادية لأوروبا'),
    wmo: withProclitics('المنظمة العالمية للأرصاد الجوية'),
    'world-bank': withProclitics('البنك الدولي'),
    un: withProclitics('الأمم المتحدة', 'منظمة الأمم المتحدة'),
    unga: withProclitics('الجمعية العامة للأمم المتحدة', 'الجمعية العامة لمنظمة الأمم المتحدة'),
    wha: withProclitics('جمعية الصحة العالمية'),
    iso: withProclitics('المنظمة الدولية للتوحيد القياسي', 'المنظمة الدولية للتقييس'),
    iec: withProclitics('اللجنة الكهرتقنية الدولية'),
    'iso-tc-215': withProclitics(
      'اللجنة التقنية 215 للمنظمة الدولية للتوحيد القياسي',
      'اللجنة التقنية للمنظمة الدولية للتوحيد القياسي المعنية بمعلوماتية الصحة',
    ),
    'iso-iec-jtc-1': withProclitics(
      'اللجنة التقنية المشتركة 1 بين المنظمة الدولية للتوحيد القياسي واللجنة الكهرتقنية الدولية',
      'اللجنة التقنية المشتركة الأولى',
    ),
    ieee: withProclitics('معهد مهندسي الكهرباء والإلكترونيات'),
    ietf: withProclitics('فرقة العمل المعنية بهندسة الإنترنت', 'فريق مهام هندسة الإنترنت'),
    etsi: withProclitics('المعهد الأوروبي لمعايير الاتصالات'),
    '3gpp': withProclitics('مشروع شراكة الجيل الثالث'),
    hl7: ['Health Level Seven International', 'Health Level Seven'],
    ihe: ['Integrating the Healthcare Enterprise'],
    gsma: ['GSM Association'],
    w3c: withProclitics('اتحاد الشبكة العالمية'),
    gsc: withProclitics('التعاون من أجل المعايير العالمية', 'التعاون العالمي في مجال المعايير'),
    wsis: withProclitics('القمة العالمية لمجتمع المعلومات'),
    'ai-for-good': withProclitics(
      'القمة العالمية للذكاء الاصطناعي من أجل الصالح العام',
      'القمة العالمية "الذكاء الاصطناعي من أجل الصالح العام"',
    ),
    'director-tsb': withProclitics('مدير مكتب تقييس الاتصالات', 'مديرة مكتب تقييس الاتصالات'),
    'director-bdt': withProclitics('مدير مكتب تنمية الاتصالات', 'مديرة مكتب تنمية الاتصالات'),
    'director-br': withProclitics('مدير مكتب الاتصالات الراديوية', 'مديرة مكتب الاتصالات الراديوية'),
    'secretary-general': withProclitics('الأمين العام', 'الأمينة العامة'),
    // Not "all sectors" or "the other sectors": without a number or the Union, any sectors (health, education).
    'itu-sectors': withProclitics('القطاعات الثلاثة', 'قطاعات الاتحاد الثلاثة', 'قطاعات الاتحاد'),
    'other-itu-sectors': withProclitics('القطاعين الآخرين', 'القطاعان الآخران'),
    'itu-council': withProclitics('المجلس', 'مجلس الاتحاد'),
    ecosoc: withProclitics('المجلس الاقتصادي والاجتماعي'),
    'un-security-council': withProclitics('مجلس الأمن'),
    'un-human-rights-council': withProclitics('مجلس حقوق الإنسان'),
    'council-of-europe': withProclitics('مجلس أوروبا'),
    'un-ceb': withProclitics(
      'مجلس الرؤساء التنفيذيين في منظومة الأمم المتحدة المعني بالتنسيق',
      'مجلس الرؤساء التنفيذيين في منظومة الأمم المتحدة',
      'مجلس الرؤساء التنفيذيين المعني بالتنسيق',
      'مجلس الرؤساء التنفيذيين',
    ),
    'who-executive-board': withProclitics('المجلس التنفيذي لمنظمة الصحة العالمية', 'المجلس التنفيذي'),
    'general-secretariat': withProclitics('الأمانة العامة'),
    'un-secretary-general': withProclitics('الأمين العام للأمم المتحدة'),
    'itu-bureaux': withProclitics('المكاتب الثلاثة'),
    'other-itu-bureaux': withProclitics('المكتبين الآخرين', 'المكتبان الآخران'),
    'bureau-directors': withProclitics('مديري المكاتب الثلاثة', 'مديرو المكاتب الثلاثة'),
    'other-bureau-directors': withProclitics('مديري المكتبين الآخرين', 'مديرو المكتبين الآخرين'),
    'member-states': withProclitics('الدول الأعضاء', 'الدولة العضو'),
    // "Members of the Sector", and of a named Sector as one name ("أعضاء قطاع تقييس الاتصالات"): Arabic joins the
    // Sector to its members without a word, and the Sector is not a party of its own there.
    'sector-members': withProclitics(
      'أعضاء القطاع',
      'أعضاء القطاعات',
      ...Object.values(SECTOR_NAMES).flatMap((names) => names.map((n) => `أعضاء ${n}`)),
    ),
    associates: withProclitics('المنتسبين', 'المنتسبون'),
    'regional-telecommunication-organizations': withProclitics('المنظمات الإقليمية للاتصالات'),
    administrations: withProclitics('الإدارات'),
    'private-sector': withProclitics('القطاع الخاص', 'كيانات القطاع الخاص'),
    'civil-society': withProclitics('المجتمع المدني', 'منظمات المجتمع المدني'),
    academia: withProclitics('الهيئات الأكاديمية', 'المؤسسات الأكاديمية', 'الأوساط الأكاديمية'),
    'geneva-plan-of-action': withProclitics('خطة عمل جنيف'),
    'tunis-agenda': withProclitics('برنامج عمل تونس لمجتمع المعلومات', 'برنامج عمل تونس', 'جدول أعمال تونس'),
    'agenda-2030': withProclitics('خطة التنمية المستدامة لعام 2030', 'خطة عام 2030'),
    'who-global-strategy-on-digital-health': withProclitics(
      'الاستراتيجية العالمية لمنظمة الصحة العالمية بشأن الصحة الرقمية',
      'الاستراتيجية العالمية بشأن الصحة الرقمية',
    ),
    'connect-2030': withProclitics('برنامج التوصيل لعام 2030', 'خطة التوصيل لعام 2030', 'برنامج التوصيل 2030'),
  },

  shortNames: { itu: withProclitics('الاتحاد') },
  // An adjective right after makes it another's name: "الاتحاد الأوروبي", "الاتحاد الأفريقي", "الاتحاد البريدي العالمي".
  shortNameQualifiersAfter: [
    'الأوروبي',
    'الأفريقي',
    'الإفريقي',
    'البريدي',
    'العربي',
    'الآسيوي',
    'البرلماني',
    'الدولي',
    'الاقتصادي',
    'الجمركي',
    'السوفييتي',
    'السوفياتي',
  ],

  places: {
    Dubai: ['دبي'],
    Hammamet: ['الحمامات'],
    Geneva: ['جنيف'],
    'New Delhi': ['نيودلهي', 'نيو دلهي'],
    Busan: ['بوسان'],
    Guadalajara: ['غوادالاخارا'],
    Hyderabad: ['حيدر آباد', 'حيدرآباد'],
    Tunis: ['تونس'],
    Johannesburg: ['جوهانسبرغ'],
    Florianópolis: ['فلوريانوبوليس'],
    Antalya: ['أنطاليا'],
    Kigali: ['كيغالي'],
    'Buenos Aires': ['بوينس آيرس'],
    Bucharest: ['بوخارست'],
    Doha: ['الدوحة'],
    Marrakesh: ['مراكش'],
    Minneapolis: ['مينيابوليس'],
    Kyoto: ['كيوتو'],
    Istanbul: ['إسطنبول', 'اسطنبول'],
    'Sharm el-Sheikh': ['شرم الشيخ'],
    'Addis Ababa': ['أديس أبابا'],
    Baku: ['باكو'],
    Montreal: ['مونتريال'],
    Helsinki: ['هلسنكي'],
    Valletta: ['فاليتا'],
    Nice: ['نيس'],
    'Malaga-Torremolinos': ['ملقة-توريمولينوس', 'مالقة-توريمولينوس'],
    Melbourne: ['ملبورن'],
  },

  relations: [
    {
      type: 'REPORTS_TO',
      // The subject may follow the verb, which opens the sentence: "يرفع الفريق المتخصص تقاريره إلى …".
      patterns: [
        '(?:يقدم|تقدم|يرفع|ترفع) (?:{A} )?تقارير(?:ه|ها) إلى {B}',
        '(?:يتبع|تتبع) (?:{A} )?{B}',
        'الفريق الأم ?: {B}',
        'تحت (?:إشراف|رعاية) {B}',
      ],
    },
    {
      type: 'PARTNER_OF',
      patterns: [
        'شراكة بين {LIST}',
        'مبادرة تعاونية بين {LIST}',
        'مبادرة مشتركة بين {LIST}',
        '(?:أنشأها|أنشأه|أنشأتها|أنشأته|أطلقها|أطلقه|أطلقتها|أطلقته|نظمها|نظمه|نظمتها|نظمته) (?:بشكل مشترك|معاً|معا) {LIST}',
        'بالشراكة مع {LIST}',
        // "يتعاون الفريق المتخصص FG-DT4H مع منظمة الصحة العالمية", the verb first; not an instruction's "بأن يتعاون مع".
        '(?<!أن[\\s\\u00A0])(?:يتعاون|تتعاون) (?:{A} )?(?:{A} )?مع {LIST}',
      ],
    },
    {
      type: 'LAUNCHED_BY',
      patterns: [
        'إطلاق {A} (?:من جانب|من قبل|على يد) {LIST}',
        // The verb agrees with its agent: أنشأته "she established it", as a Commission (لجنة) does.
        '{A}(?:،|,)? (?:التي|الذي) (?:أطلقها|أطلقه|أطلقتها|أطلقته|أنشأها|أنشأه|أنشأتها|أنشأته) {LIST}',
        // Verb first, then its agents, then what they set up: "أنشأت لجنة الدراسات 16 الفريق المتخصص …".
        '(?:أنشأ|أنشأت|أطلق|أطلقت) {LIST} {A}',
      ],
    },
    {
      type: 'SUCCEEDS',
      patterns: [
        'انتقالاً من {B}',
        'انتقالا من {B}',
        'خلف(?:اً|ا)? ل{B}',
        'استناداً إلى عمل {B}',
        'بناءً على عمل {B}',
        'بناء على عمل {B}',
        // The verb first, as "builds on the work of": "تستند المبادرة GI-AI4H إلى عمل الفريق المتخصص …". The verb is the
        // cue, not "إلى عمل", which many clauses write.
        '(?:تستند|يستند) (?:{A} )?(?:{A} )?إلى[\\s\\u00A0]عمل {B}',
      ],
    },
    {
      // Who runs a group or an initiative ("is coordinated by", "is led by"): in a relative clause, the verb agreeing
      // with its agent and its object pronoun with the group (تنسقه "she coordinates it", تقودها "she leads it"), or
      // right after the group, "بتنسيق من" (coordinated by) and "بقيادة" (led by).
      type: 'COORDINATED_BY',
      patterns: [
        '{A}(?:،|,)? (?:التي|الذي) (?:تنسقها|تنسقه|ينسقها|ينسقه|تقودها|تقوده|يقودها|يقوده) {LIST}',
        '{A}(?:،|,)? بتنسيق من {LIST}',
        '{A}(?:،|,)? بقيادة {LIST}',
      ],
    },
  ],

  // Arabic names put the head word first ("منظمة الصحة العالمية"), where English puts it last; these rows are for a
  // head-first reading of names defined with an acronym.
  selfReferences: [
    { kind: 'itu-group', phrases: ['الفريق المتخصص', 'هذا الفريق', 'الفريق'] },
    { kind: 'initiative', phrases: ['المبادرة العالمية', 'هذه المبادرة', 'المبادرة'] },
    // "اللجنة", "the Committee", as a study group (لجنة الدراسات) is referred back to, like الفريق and المبادرة above.
    { kind: 'study-group', phrases: ['لجنة الدراسات', 'هذه اللجنة', 'اللجنة'] },
  ],
  // An adjective after the noun takes the article, and names another body: "اللجنة الاقتصادية لأوروبا" (UNECE),
  // "اللجنة الفنية" (a technical committee), "الفريق العامل" (a working group).
  selfReferenceQualifiersAfter: ['ال[\\p{L}\\p{M}]{2,}'],
  // A sentence opens with its verb, the subject after it (يرفع الفريق تقاريره: "the group reports"), in the
  // masculine of a group (فريق) and the feminine of an initiative or a commission (مبادرة، لجنة).
  verbsBeforeSubject: ['يرفع', 'ترفع', 'يقدم', 'تقدم', 'يتبع', 'تتبع', 'يعمل', 'تعمل', 'يتعاون', 'تتعاون'],
  // "The latter", after the verb that opens the sentence ("ويرفع الأخير تقاريره إلى …").
  latter: ['الأخير', 'الأخيرة'],
  partnerHeadings: ['الشركاء', 'شركاؤنا', 'المنظمات الشريكة'],

  organizationHeads: [
    { word: 'منظمة', kind: 'other' },
    { word: 'اتحاد', kind: 'other' },
    { word: 'الفريق المتخصص', kind: 'itu-group' },
    { word: 'نشاط التنسيق المشترك', kind: 'itu-group' },
    { word: 'فريق', kind: 'itu-group' },
    { word: 'مبادرة', kind: 'initiative' },
    { word: 'لجنة', kind: 'sdo' },
    { word: 'معهد', kind: 'sdo' },
    { word: 'منتدى', kind: 'forum' },
    { word: 'تحالف', kind: 'forum' },
    { word: 'شراكة', kind: 'forum' },
    { word: 'رابطة', kind: 'other' },
    { word: 'وكالة', kind: 'other' },
    { word: 'برنامج', kind: 'other' },
  ],
};
