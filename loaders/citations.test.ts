/**
 * Citations of ITU resolutions in lists, as Plenipotentiary and WTDC texts write them: several numbers after one
 * "Resolutions" (the Arabic dual and plural, the Chinese 号决议 after a list) sharing the revision and the body named
 * around them, separate citations sharing the body named after the last, and a body named after one citation that
 * is not the next one's. Texts written for these tests.
 */
import { parseDocument } from '.';
import type { Mention, ParsedResolution } from '.';
import { citedResolutions, parseResolutionText } from '../test/support/resolution-mentions';
import { WTDC } from '../test/support/wtdc-texts';

/** The mentions of a given type in the document, as labels. */
function mentioned(text: string, label: (e: Mention['entity']) => string | null): string[] {
  const doc = parseDocument({ file: 'citations.txt', content: Buffer.from(text, 'utf8') }) as ParsedResolution;
  return doc.clauses.flatMap((c) => c.mentions).flatMap((m) => label(m.entity) ?? []);
}

const unResolutions = (text: string): string[] =>
  mentioned(text, (e) => (e.type === 'Instrument' && e.kind === 'un-resolution' ? (e.code ?? null) : null));
const questions = (text: string): string[] =>
  mentioned(text, (e) => (e.type === 'Question' ? `${e.sector} ${e.code ?? ''} SG${e.studyGroup}` : null));

/** The ITU resolutions the document cites, as "BODY N (place year)". */
const cited = (text: string): string[] => citedResolutions(parseResolutionText(text, 'citations.txt'));

describe('citations of ITU resolutions in lists', () => {
  it.each([
    ['en', 'a)\tResolutions 78 and 90 (Rev. Geneva, 2022) of the World Telecommunication Standardization Assembly,'],
    [
      'fr',
      "a)\tles Résolutions 78 et 90 (Rév. Genève, 2022) de l'Assemblée mondiale de normalisation des télécommunications,",
    ],
    [
      'es',
      'a)\tlas Resoluciones 78 y 90 (Rev. Ginebra, 2022) de la Asamblea Mundial de Normalización de las Telecomunicaciones,',
    ],
    ['ru', 'a)\tРезолюции 78 и 90 (Пересм. Женева, 2022 г.) Всемирной ассамблеи по стандартизации электросвязи,'],
    ['zh', 'a)\t世界电信标准化全会第78和第90号决议（2022年，日内瓦，修订版）；'],
    ['ar', 'أ )\tبالقرارين 78 و90 (المراجَع في جنيف، 2022) للجمعية العالمية لتقييس الاتصالات؛'],
  ] as const)(
    '%s: reads each number of "Resolutions 78 and 90 (Rev. …)" with the revision and body of the list',
    (language, item) => {
      expect(cited(WTDC[language](item))).toEqual(['WTSA 78 (Geneva 2022)', 'WTSA 90 (Geneva 2022)']);
    },
  );

  it.each([
    [
      'en',
      'a)\tResolution 139 (Rev. Bucharest, 2022) and Resolution 71 (Rev. Bucharest, 2022) of the Plenipotentiary Conference,',
    ],
    [
      'fr',
      'a)\tla Résolution 139 (Rév. Bucarest, 2022) et la Résolution 71 (Rév. Bucarest, 2022) de la Conférence de plénipotentiaires,',
    ],
    [
      'ru',
      'a)\tРезолюцию 139 (Пересм. Бухарест, 2022 г.) и Резолюцию 71 (Пересм. Бухарест, 2022 г.) Полномочной конференции,',
    ],
  ] as const)('%s: gives separate citations joined in a list the body named after the last', (language, item) => {
    expect(cited(WTDC[language](item))).toEqual(['PP 139 (Bucharest 2022)', 'PP 71 (Bucharest 2022)']);
  });

  it.each([
    ['zh', 'a)\t全权代表大会第34、58和139号决议；'],
    ['zh', 'a)\t全权代表大会第 34、58 和 139 号决议；'],
    ['ar', 'أ )\tبالقرارات 34 و58 و139 لمؤتمر المندوبين المفوضين؛'],
  ] as const)('%s: reads a list of three numbers before one word for resolutions (%s)', (language, item) => {
    expect(cited(WTDC[language](item))).toEqual(['PP 34', 'PP 58', 'PP 139']);
  });

  it("does not take the body named after one citation for the next one's", () => {
    const item =
      'a)\tResolution 183 (Rev. Bucharest, 2022) of the Plenipotentiary Conference and Resolution 45 (Rev. Kigali, 2022),';
    expect(cited(WTDC.en(item))).toEqual(['PP 183 (Bucharest 2022)', 'WTDC 45 (Kigali 2022)']);
  });

  it('reads one number after the singular "Resolution", whatever follows', () => {
    const item = 'a)\tResolution 45 (Rev. Kigali, 2022) and 12 other resolutions on telehealth,';
    expect(cited(WTDC.en(item))).toEqual(['WTDC 45 (Kigali 2022)']);
    const ar = 'أ )\tبالقرار 45 (المراجَع في كيغالي، 2022) و12 قرارًا آخر بشأن الصحة عن بعد،';
    expect(cited(WTDC.ar(ar))).toEqual(['WTDC 45 (Kigali 2022)']);
  });
});

describe('lists of resolutions, each with its revision', () => {
  it.each([
    ['en', 'a)\tResolutions 64 (Rev. Bucharest, 2022) and 123 (Rev. Dubai, 2018) of the Plenipotentiary Conference,'],
    [
      'fr',
      'a)\tles Résolutions 64 (Rév. Bucarest, 2022) et 123 (Rév. Dubaï, 2018) de la Conférence de plénipotentiaires,',
    ],
    ['ru', 'a)\tРезолюции 64 (Пересм. Бухарест, 2022 г.) и 123 (Пересм. Дубай, 2018 г.) Полномочной конференции,'],
  ] as const)('%s: reads every member with its own revision and the body named after the last', (language, item) => {
    expect(cited(WTDC[language](item))).toEqual(['PP 64 (Bucharest 2022)', 'PP 123 (Dubai 2018)']);
  });

  it('reads no more members where the next number has no revision ("and 12 …")', () => {
    const item = 'a)\tResolution 45 (Rev. Kigali, 2022) and 12 other resolutions of the Plenipotentiary Conference,';
    expect(cited(WTDC.en(item))).toEqual(['WTDC 45 (Kigali 2022)']);
  });

  it.each([
    [
      'fr',
      "a)\tla Résolution 78 (Rév. Genève, 2022) de l'Assemblée mondiale de normalisation des télécommunications " +
        '(AMNT) et la Résolution 17 (Rév. Kigali, 2022) de la présente Conférence,',
    ],
    [
      'es',
      'a)\tla Resolución 78 (Rev. Ginebra, 2022) de la Asamblea Mundial de Normalización de las Telecomunicaciones ' +
        '(AMNT) y la Resolución 17 (Rev. Kigali, 2022),',
    ],
  ] as const)('%s: the acronym after a body named for one citation is not the next one’s body', (language, item) => {
    expect(cited(WTDC[language](item))).toEqual(['WTSA 78 (Geneva 2022)', 'WTDC 17 (Kigali 2022)']);
  });
});

describe('a number that counts, after a list of resolutions', () => {
  it.each([
    ['en', 'b)\tthat Resolutions 78 and 90, and 17 Member States have contributed;'],
    ['en', 'b)\tthat Resolutions 78 and 90 and 17 Sector Members have contributed;'],
    ['en', 'b)\tthat Resolutions 78 and 90, and 17 countries have contributed;'],
    ['en', 'b)\tResolutions 78 and 90, and 17 of them concern health;'],
    ['fr', 'b)\tque les Résolutions 78 et 90, et 17 États Membres ont contribué;'],
    ['fr', 'b)\tque les Résolutions 78 et 90 et 17 pays ont contribué;'],
    ['es', 'b)\tque las Resoluciones 78 y 90 y 17 Estados Miembros han contribuido;'],
    ['ru', 'b)\tчто Резолюции 78 и 90 и 17 Государств-Членов внесли вклад;'],
    ['ru', 'b)\tчто Резолюции 78 и 90, и 17 стран внесли вклад;'],
    ['ar', 'ب)\tأن القرارات 78 و90 و17 دولة عضواً ساهمت؛'],
    ['ar', 'ب)\tأن القرارات 78 و90 و 17 دولة عضوا ساهمت؛'],
    ['ar', 'ب)\tأن القرارات 78، و90، و17 دولة عضواً ساهمت؛'],
    ['zh', 'b)\t第78和第90号决议和17个成员国；'],
  ] as const)('%s: a number a noun it counts follows is no member (%s)', (language, item) => {
    expect(cited(WTDC[language](item))).toEqual(['WTDC 78', 'WTDC 90']);
  });

  it.each([
    ['en', 'b)\tthat under Resolutions 78 and 90 Member States have reported;', ['WTDC 78', 'WTDC 90']],
    ['en', 'b)\tthat under Resolutions 78, 90 and 95 Member States have reported;', ['WTDC 78', 'WTDC 90', 'WTDC 95']],
    ['en', 'b)\tResolutions 78 and 90, and 17 of the Plenipotentiary Conference;', ['PP 78', 'PP 90', 'PP 17']],
    ['en', 'b)\tResolutions 78, 90, 95 on e-health;', ['WTDC 78', 'WTDC 90', 'WTDC 95']],
    ['fr', 'b)\tque conformément aux Résolutions 78 et 90 les États Membres ont fait rapport;', ['WTDC 78', 'WTDC 90']],
    ['es', 'b)\tque con arreglo a las Resoluciones 78 y 90 Estados Miembros informaron;', ['WTDC 78', 'WTDC 90']],
    ['ru', 'b)\tчто согласно Резолюциям 78 и 90 Государства-Члены представили доклады;', ['WTDC 78', 'WTDC 90']],
    ['ru', 'b)\tчто в Резолюции 90 администрациям предлагается принимать меры;', ['WTDC 90']],
    ['ru', 'b)\tчто в Резолюции 90 Полномочной конференции;', ['PP 90']],
    ['ru', 'b)\tРезолюции 78, 90 и 17 Полномочной конференции;', ['PP 78', 'PP 90', 'PP 17']],
    ['ar', 'ب)\tبالقرارات 34 و58 و139 لمؤتمر المندوبين المفوضين؛', ['PP 34', 'PP 58', 'PP 139']],
    ['ar', 'ب)\tبالقرارات 78 و90 و95 بشأن الصحة الإلكترونية؛', ['WTDC 78', 'WTDC 90', 'WTDC 95']],
  ] as const)(
    '%s: the first two members, one after the only conjunction, and one no count noun follows stay (%s)',
    (language, item, expected) => {
      expect(cited(WTDC[language](item))).toEqual(expected);
    },
  );
});

describe('Arabic lists of resolutions joined by "، و"', () => {
  it.each([
    ['ب)\tبالقرارات 78 و90، و 183؛', ['WTDC 78', 'WTDC 90', 'WTDC 183']],
    ['ب)\tبالقرارات 78، و 90، و 183 لمؤتمر المندوبين المفوضين؛', ['PP 78', 'PP 90', 'PP 183']],
    [
      'ب)\tبالقرارات 183 (المراجَع في بوسان، 2014)، و 130 (المراجَع في دبي، 2018)، و 90 لمؤتمر المندوبين المفوضين؛',
      ['PP 183 (Busan 2014)', 'PP 130 (Dubai 2018)', 'PP 90'],
    ],
  ] as const)('the conjunction spaced from the number goes on with the list (%s)', (item, expected) => {
    expect(cited(WTDC.ar(item))).toEqual(expected);
  });

  it.each([
    ['ب)\tبالقرارين 78 و90، و17 منها يتعلق بالصحة؛', ['WTDC 78', 'WTDC 90']],
    ['ب)\tبالقرارين 78 و90، و 17 منها يتعلق بالصحة؛', ['WTDC 78', 'WTDC 90']],
    ['ب)\tبالقرارين 78 و90؛', ['WTDC 78', 'WTDC 90']],
  ] as const)('after the dual, a number after the second opens a sentence of its own (%s)', (item, expected) => {
    expect(cited(WTDC.ar(item))).toEqual(expected);
  });
});

describe('a revision word written against the place', () => {
  it.each([
    ['en', 'a)\tResolution 183 (Rev.Bucharest, 2022) of the Plenipotentiary Conference;'],
    ['en', 'a)\tResolution 183 of the Plenipotentiary Conference (Rev.Bucharest, 2022);'],
    ['fr', 'a)\tla Résolution 183 (Rév.Bucarest, 2022) de la Conférence de plénipotentiaires;'],
    ['es', 'a)\tla Resolución 183 (Rev.Bucarest, 2022) de la Conferencia de Plenipotenciarios;'],
    ['ru', 'a)\tРезолюцию 183 (Пересм.Бухарест, 2022 г.) Полномочной конференции;'],
    ['ru', 'a)\tРезолюцию 183 Полномочной конференции (Пересм.Бухарест, 2022 г.);'],
  ] as const)('%s: is the revision, and the place the name after it (%s)', (language, item) => {
    expect(cited(WTDC[language](item))).toEqual(['PP 183 (Bucharest 2022)']);
  });
});

describe('a citation whose bracket a line break parts', () => {
  it.each([
    [
      'en',
      'a)\tResolution 130 (Rev. Buenos\nAires, 2017) of the Plenipotentiary Conference;',
      ['PP 130 (Buenos Aires 2017)'],
    ],
    [
      'en',
      'a)\tResolution 130 (Rev.\nBuenos Aires, 2017) of the Plenipotentiary Conference;',
      ['PP 130 (Buenos Aires 2017)'],
    ],
    [
      'en',
      'a)\tResolution 130 (Rev. Buenos Aires,\n2017) of the Plenipotentiary Conference;',
      ['PP 130 (Buenos Aires 2017)'],
    ],
    [
      'en',
      'a)\tResolutions 130 and 131 (Rev. Buenos\nAires, 2017) of the Plenipotentiary Conference;',
      ['PP 130 (Buenos Aires 2017)', 'PP 131 (Buenos Aires 2017)'],
    ],
    [
      'fr',
      'a)\tla Résolution 130 (Rév. Buenos\nAires, 2017) de la Conférence de plénipotentiaires;',
      ['PP 130 (Buenos Aires 2017)'],
    ],
    [
      'ru',
      'a)\tРезолюцию 130 (Пересм.\nБуэнос-Айрес, 2017 г.) Полномочной конференции;',
      ['PP 130 (Buenos Aires 2017)'],
    ],
  ] as const)('%s: is read whole, with the body named after it (%s)', (language, item, expected) => {
    expect(cited(WTDC[language](item))).toEqual(expected);
  });

  it('zh: a break parts no place name into two words (no place "迪 拜" is made up: 迪拜, Dubai)', () => {
    expect(cited(WTDC.zh('a)\t全权代表大会第130号决议（2018年，迪\n拜，修订版）；'))).toEqual(['PP 130 (Dubai 2018)']);
  });

  it('reads no bracket across two line breaks', () => {
    expect(
      cited(WTDC.en('a)\tResolution 130 (Rev. Buenos\n\nAires, 2017) of the Plenipotentiary Conference;')),
    ).toEqual(['WTDC 130']);
  });
});

describe('United Nations General Assembly resolutions in lists', () => {
  it.each([
    ['en', 'a)\tUnited Nations General Assembly resolutions 55/63, 56/121 and 57/239;'],
    ['en', 'a)\tresolutions 55/63, 56/121 and 57/239 of the United Nations General Assembly;'],
    ['fr', "a)\tles résolutions 55/63, 56/121 et 57/239 de l'Assemblée générale des Nations Unies;"],
    ['es', 'a)\tlas Resoluciones 55/63, 56/121 y 57/239 de la Asamblea General de las Naciones Unidas;'],
    ['ru', 'a)\tрезолюции 55/63, 56/121 и 57/239 Генеральной Ассамблеи Организации Объединенных Наций;'],
    ['zh', 'a)\t联合国大会第55/63、56/121和57/239号决议；'],
    ['zh', 'a)\t联合国大会关于“信息和通信技术促进发展”的第55/63、56/121和57/239号决议；'],
    ['ar', 'أ )\tقرارات الجمعية العامة للأمم المتحدة 55/63 و56/121 و57/239؛'],
  ] as const)('%s: reads every number as the General Assembly’s, none as an ITU resolution', (language, item) => {
    expect(unResolutions(WTDC[language](item))).toEqual(['55/63', '56/121', '57/239']);
    expect(cited(WTDC[language](item))).toEqual([]);
  });

  it('reads "in its resolution" after the General Assembly, and the document symbol A/RES/…', () => {
    const item =
      'a)\tthe 2030 Agenda, adopted by the United Nations General Assembly in its resolution 70/1 (A/RES/70/125),';
    expect(unResolutions(WTDC.en(item))).toEqual(['70/1', '70/125']);
  });
});

describe('Questions in lists, and the Sector named after a Question', () => {
  it.each([
    ['en', 'a)\tQuestions 2/2 and 4/2 of ITU-D Study Group 2, and Questions 28/16 and 13/16 of ITU-T,'],
    ['fr', "a)\tles Questions 2/2 et 4/2 de l'UIT-D et les Questions 28/16 et 13/16 de l'UIT-T,"],
    ['es', 'a)\tlas Cuestiones 2/2 y 4/2 del UIT-D y las Cuestiones 28/16 y 13/16 del UIT-T,'],
  ] as const)('%s: reads every Question of a list, of the Sector named after it', (language, item) => {
    expect(questions(WTDC[language](item))).toEqual([
      'ITU-D 2/2 SG2',
      'ITU-D 4/2 SG2',
      'ITU-T 28/16 SG16',
      'ITU-T 13/16 SG16',
    ]);
  });

  it('does not take a study group named after the Question in a list ("and ITU-T Study Group 2") for its owner', () => {
    const item = 'a)\tthe studies of ITU-D Study Group 2 under Question 2/2 and ITU-T Study Group 2 on numbering;';
    expect(questions(WTDC.en(item))).toEqual(['ITU-D 2/2 SG2']);
  });

  it('takes the Sector of the study group named after the Question over the assembly’s', () => {
    const item = "a)\tla Question 1/2 de la Commission d'études 2 de l'UIT-T,";
    expect(questions(WTDC.fr(item))).toEqual(['ITU-T 1/2 SG2']);
  });
});

describe('study groups and Questions numbered without their Sector', () => {
  const groups = (text: string): string[] =>
    mentioned(text, (e) => (e.type === 'StudyGroup' ? `${e.sector} SG${e.number}` : null));
  const PP = (item: string): string =>
    `RESOLUTION 183 (Rev. Bucharest, 2022)\nTelehealth\nThe Plenipotentiary Conference of the International ` +
    `Telecommunication Union (Bucharest, 2022),\nrecalling\n${item}\nresolves\nto continue this work.\n`;

  it.each([
    [
      'a WTDC text, the number its Sector lacks',
      WTDC.en('a)\tthe work on Question 28/16 and of Study Group 16;'),
      'ITU-T',
    ],
    ['a WTDC text, a number of its Sector', WTDC.en('a)\tthe work on Question 1/2 and of Study Group 2;'), 'ITU-D'],
    [
      'a WTDC text, a number two other Sectors have',
      WTDC.en('a)\tthe work on Question 1/5 and of Study Group 5;'),
      'ITU-D',
    ],
    [
      'a WTSA text of 2000, a number ITU-T had then',
      WTDC.en('a)\tthe work on Question 3/7 and of Study Group 7;')
        .replace('RESOLUTION 65 (Rev. Kigali, 2022)', 'RESOLUTION 65 (Montreal, 2000)')
        .replace(
          'The World Telecommunication Development Conference (Kigali, 2022)',
          'The World Telecommunication Standardization Assembly (Montreal, 2000)',
        ),
      'ITU-T',
    ],
    ['a WTDC text in Chinese', WTDC.zh('a)\t第28/13号课题和第13研究组的工作；'), 'ITU-T'],
    [
      'a Plenipotentiary text, a number one Sector has',
      PP('a)\tthe work on Question 28/13 and of Study Group 13;'),
      'ITU-T',
    ],
  ])('in %s', (_case, text, sector) => {
    const code = questions(text)[0]?.split(' ')[1] ?? '';
    expect(questions(text)).toEqual([`${sector} ${code} SG${code.split('/')[1]}`]);
    expect(groups(text)).toEqual([`${sector} SG${code.split('/')[1]}`]);
  });

  it('reads no Sector, and so no Question, in a Plenipotentiary text where several Sectors have the number', () => {
    const text = PP('a)\tthe work on Question 2/2 and of Study Group 2;');
    expect(questions(text)).toEqual([]);
    expect(groups(text)).toEqual([]);
  });
});

describe('resolutions numbered by their assembly', () => {
  it.each([
    ['en', 'a)\tResolution ITU-R 69 and Resolution ITU-R 61-2 of the Radiocommunication Assembly,', ['RA 69', 'RA 61']],
    // The version of 2019, which names no place (see probes-en.test.ts).
    ['en', 'a)\tResolution 646 (Rev.WRC-19) on public protection and disaster relief,', ['WRC 646 (null 2019)']],
    ['fr', 'a)\tla Résolution UIT-R 69 et la Résolution 646 (Rév.CMR-19),', ['RA 69', 'WRC 646 (null 2019)']],
    ['es', 'a)\tla Resolución UIT-R 69,', ['RA 69']],
    ['zh', 'a)\tITU-R第69号决议；', ['RA 69']],
  ] as const)('%s: "%s" cites the assembly its numbering names', (language, item, expected) => {
    expect(cited(WTDC[language](item))).toEqual(expected);
  });
});

/** The World Health Assembly resolutions a text cites, by symbol. */
const wha = (text: string): string[] =>
  (parseDocument({ file: 'wha.txt', content: Buffer.from(text, 'utf8') }) as ParsedResolution).citations.flatMap(
    ({ entity: e }) => (e.type === 'Instrument' && e.kind === 'wha-resolution' ? [e.code ?? ''] : []),
  );

describe('World Health Assembly resolutions numbered without "WHA"', () => {
  it.each([
    ['en', 'a)\tResolution 66.12 of the World Health Assembly and Resolution 58/28 of the World Health Assembly,'],
    [
      'fr',
      "a)\tla Résolution 66.12 de l'Assemblée mondiale de la santé et la Résolution 58/28 de l'Assemblée mondiale de la santé,",
    ],
    [
      'es',
      'a)\tla Resolución 66.12 de la Asamblea Mundial de la Salud y la Resolución 58/28 de la Asamblea Mundial de la Salud,',
    ],
  ] as const)('%s: "Resolution 66.12 of the World Health Assembly" is WHA66.12', (language, item) => {
    expect(wha(WTDC[language](item))).toEqual(['WHA66.12', 'WHA58.28']);
  });
});

describe('lists of World Health Assembly resolutions', () => {
  it.each([
    ['en', 'a)\tresolutions 58.28 and 71.7 of the World Health Assembly;'],
    ['en', 'a)\tWorld Health Assembly resolutions 58.28 and 71.7 on digital health;'],
    ['fr', "a)\tles résolutions 58.28 et 71.7 de l'Assemblée mondiale de la santé;"],
    ['es', 'a)\tlas resoluciones 58.28 y 71.7 de la Asamblea Mundial de la Salud;'],
    ['ru', 'a)\tрезолюции 58.28 и 71.7 Всемирной ассамблеи здравоохранения;'],
    ['ru', 'a)\tрезолюции Всемирной ассамблеи здравоохранения 58.28 и 71.7 о цифровом здравоохранении;'],
    ['ar', 'أ )\tبالقرارين 58.28 و71.7 لجمعية الصحة العالمية؛'],
    ['ar', 'أ )\tبقراري جمعية الصحة العالمية 58.28 و71.7 بشأن الصحة الرقمية؛'],
    ['zh', 'a)\t世界卫生大会第58.28和71.7号决议；'],
  ] as const)('%s: "%s" cites each number beside the Assembly\'s name', (language, item) => {
    expect(wha(WTDC[language](item))).toEqual(['WHA58.28', 'WHA71.7']);
  });

  it.each([
    ['en', 'a)\tresolutions WHA58.28, WHA66.24 and WHA71.7 on digital health;'],
    ['ru', 'a)\tрезолюции WHA58.28, WHA66.24 и WHA71.7 о цифровом здравоохранении;'],
    // The symbol takes the conjunction of the word it stands for.
    ['ar', 'أ )\tبالقرارات WHA58.28 وWHA66.24 وWHA71.7 بشأن الصحة الرقمية؛'],
    ['zh', 'a)\t第WHA58.28、WHA66.24和WHA71.7号决议；'],
  ] as const)('%s: "%s" cites each symbol', (language, item) => {
    expect(wha(WTDC[language](item))).toEqual(['WHA58.28', 'WHA66.24', 'WHA71.7']);
  });

  it('quote each resolution of a list by its own number, the first with the words before it', () => {
    const doc = parseDocument({
      file: 'wha.txt',
      content: Buffer.from(WTDC.en('a)\tresolutions 58.28, 66.24 and 71.7 of the World Health Assembly;'), 'utf8'),
    }) as ParsedResolution;
    expect(doc.citations.map((c) => c.quote)).toEqual([
      'resolutions 58.28',
      '66.24',
      '71.7 of the World Health Assembly',
    ]);
  });

  it('read the Russian abbreviation of the Assembly in a symbol', () => {
    expect(wha(WTDC.ru('a)\tрезолюцию ВАЗ58.28 об электронном здравоохранении;'))).toEqual(['WHA58.28']);
  });

  it('do not read numbers with a point as resolutions where the Assembly is not named', () => {
    expect(wha(WTDC.en('a)\tResolution 58.28 and Recommendation ITU-T H.810 on personal health devices;'))).toEqual([]);
  });
});
