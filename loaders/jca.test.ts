/**
 * ITU-T's Joint Coordination Activities (JCA-AHF, JCA-IoT …), which a text defines with their acronym as it defines a
 * focus group: "the Joint Coordination Activity on Accessibility and Human Factors (JCA-AHF)", later "the JCA-AHF".
 * A JCA is a group of ITU-T, so an instruction may address it or name it as a collaborator. Texts written for these
 * tests, in each language whose lexicon reads defined organisations (lexicon `organizationHeads`).
 */
import type { EntityRef, ParsedResolution } from '.';
import { parseDocument } from '.';
import { parseLines, partyKeys } from '../test/support/resolution-lines';

const label = (e: EntityRef): string =>
  e.type === 'Organization' ? (e.acronym ?? e.key) : 'key' in e ? e.key : e.type;

/** What the document names with the acronym JCA-AHF: name and kind of each such mention, and its words. */
const jca = (doc: { clauses: ParsedResolution['clauses'] }): string[] =>
  doc.clauses.flatMap((c) =>
    c.mentions.flatMap((m) =>
      m.entity.type === 'Organization' && m.entity.acronym === 'JCA-AHF'
        ? [`${m.entity.key} ${m.entity.kind}: ${m.quote}`]
        : [],
    ),
  );

const EN = [
  'RESOLUTION 70 (Rev. New Delhi, 2024)',
  'Telecommunication/information and communication technology accessibility for persons with disabilities',
  '(Johannesburg, 2008; Dubai, 2012; Hammamet, 2016; Geneva, 2022; New Delhi, 2024)',
  'The World Telecommunication Standardization Assembly (New Delhi, 2024),',
  'recognizing',
  'a)\tthe work of the Joint Coordination Activity on Accessibility and Human Factors (JCA-AHF), which coordinates accessibility work across ITU-T study groups;',
  'b)\tthat the JCA-AHF reports to ITU-T Study Group 16;',
  'c)\tthat the activity of Member States in this area is increasing,',
  'noting',
  'a)\tthat the activities of the Focus Group on Digital Health (FG-DH) are relevant,',
  'instructs the Director of the Telecommunication Standardization Bureau, in collaboration with the JCA-AHF',
  '1\tto promote accessibility in all ITU-T work;',
  '2\tto report to TSAG,',
  'instructs the Joint Coordination Activity on Accessibility and Human Factors',
  '1\tto maintain a list of accessibility activities;',
  '2\tto cooperate with the World Health Organization (WHO),',
  'instructs the JCA-AHF and ITU-T Study Group 16',
  'to keep accessibility under review,',
  'invites Member States',
  'to participate in the activity of the JCA-AHF.',
];

const FR = [
  'RÉSOLUTION 70 (Rév. New Delhi, 2024)',
  "Accessibilité des télécommunications/technologies de l'information et de la communication pour les personnes handicapées",
  '(Johannesburg, 2008; Dubaï, 2012; Hammamet, 2016; Genève, 2022; New Delhi, 2024)',
  "L'Assemblée mondiale de normalisation des télécommunications (New Delhi, 2024),",
  'reconnaissant',
  "a)\tles travaux de l'Activité de coordination conjointe sur l'accessibilité et les facteurs humains (JCA-AHF);",
  "b)\tque la JCA-AHF relève de la Commission d'études 16 de l'UIT-T;",
  "c)\tque l'activité des États Membres dans ce domaine augmente,",
  'charge le Directeur du Bureau de la normalisation des télécommunications, en collaboration avec la JCA-AHF',
  "1\tde promouvoir l'accessibilité dans tous les travaux de l'UIT-T;",
  '2\tde faire rapport au GCNT,',
  'charge la JCA-AHF',
  "de tenir à jour une liste des activités d'accessibilité,",
  'invite les États Membres',
  'à participer aux activités de la JCA-AHF.',
];

const ES = [
  'RESOLUCIÓN 70 (Rev. Nueva Delhi, 2024)',
  'Accesibilidad de las telecomunicaciones/tecnologías de la información y la comunicación para las personas con discapacidad',
  '(Johannesburgo, 2008; Dubái, 2012; Hammamet, 2016; Ginebra, 2022; Nueva Delhi, 2024)',
  'La Asamblea Mundial de Normalización de las Telecomunicaciones (Nueva Delhi, 2024),',
  'reconociendo',
  'a)\tla labor de la Actividad Conjunta de Coordinación sobre Accesibilidad y Factores Humanos (JCA-AHF);',
  'b)\tque la JCA-AHF depende de la Comisión de Estudio 16 del UIT-T;',
  'c)\tque la actividad de los Estados Miembros en este ámbito aumenta,',
  'encarga al Director de la Oficina de Normalización de las Telecomunicaciones, en colaboración con la JCA-AHF',
  '1\tque promueva la accesibilidad en todos los trabajos del UIT-T;',
  '2\tque informe al GANT,',
  'encarga a la JCA-AHF',
  'que mantenga una lista de actividades de accesibilidad,',
  'invita a los Estados Miembros',
  'a que participen en las actividades de la JCA-AHF.',
];

const RU = [
  'РЕЗОЛЮЦИЯ 70 (Пересм. Нью-Дели, 2024 г.)',
  'Доступность электросвязи/информационно-коммуникационных технологий для лиц с ограниченными возможностями',
  '(Йоханнесбург, 2008 г.; Дубай, 2012 г.; Хаммамет, 2016 г.; Женева, 2022 г.; Нью-Дели, 2024 г.)',
  'Всемирная ассамблея по стандартизации электросвязи (Нью-Дели, 2024 г.),',
  'признавая',
  'a)\tработу Совместной координационной деятельности по доступности и человеческим факторам (JCA-AHF);',
  'b)\tчто JCA-AHF подотчетна 16-й Исследовательской комиссии МСЭ-Т;',
  'c)\tчто деятельность Государств-Членов в этой области расширяется,',
  'поручает Директору Бюро стандартизации электросвязи в сотрудничестве с JCA-AHF',
  '1\tсодействовать обеспечению доступности во всей работе МСЭ-Т;',
  '2\tпредставлять отчеты КГСЭ,',
  'поручает JCA-AHF',
  'вести перечень видов деятельности в области доступности,',
  'предлагает Государствам-Членам',
  'участвовать в деятельности JCA-AHF.',
];

const AR = [
  'القرار 70 (المراجَع في نيودلهي، 2024)',
  'نفاذ الأشخاص ذوي الإعاقة إلى الاتصالات/تكنولوجيا المعلومات والاتصالات',
  '(جوهانسبرغ، 2008؛ دبي، 2012؛ الحمامات، 2016؛ جنيف، 2022؛ نيودلهي، 2024)',
  'إن الجمعية العالمية لتقييس الاتصالات (نيودلهي، 2024)،',
  'إذ تدرك',
  'أ)	عمل نشاط التنسيق المشترك المعني بإمكانية النفاذ والعوامل البشرية (JCA-AHF)؛',
  'ب)	أن JCA-AHF يرفع تقاريره إلى لجنة الدراسات 16 لقطاع تقييس الاتصالات؛',
  'ج)	أن نشاط الدول الأعضاء في هذا المجال يتزايد،',
  'تكلف مدير مكتب تقييس الاتصالات، بالتعاون مع JCA-AHF',
  '1	بتعزيز إمكانية النفاذ في جميع أعمال قطاع تقييس الاتصالات؛',
  '2	بتقديم تقرير إلى الفريق الاستشاري لتقييس الاتصالات،',
  'تكلف JCA-AHF',
  'بأن يحتفظ بقائمة بأنشطة إمكانية النفاذ،',
  'تدعو الدول الأعضاء',
  'إلى المشاركة في أنشطة JCA-AHF.',
];

describe('a Joint Coordination Activity defined with its acronym (en)', () => {
  const doc = parseLines(EN);
  const instruction = (address: string) => doc.instructions.find((i) => i.address === address);

  it('is a group of ITU-T, named by its definition, its acronym and its name alone', () => {
    expect(jca(doc)).toEqual([
      'jca-ahf itu-group: Joint Coordination Activity on Accessibility and Human Factors (JCA-AHF)',
      'jca-ahf itu-group: JCA-AHF',
      'jca-ahf itu-group: JCA-AHF',
      'jca-ahf itu-group: Joint Coordination Activity on Accessibility and Human Factors',
      'jca-ahf itu-group: JCA-AHF',
      'jca-ahf itu-group: JCA-AHF',
    ]);
    const defined = doc.clauses.flatMap((c) => c.mentions).find((m) => label(m.entity) === 'JCA-AHF');
    expect(defined?.entity).toMatchObject({ name: 'Joint Coordination Activity on Accessibility and Human Factors' });
  });

  it('is a collaborator after "in collaboration with", and an addressee by acronym or name', () => {
    expect(partyKeys(instruction('instructs-1'), 'addressees')).toEqual(['director-tsb']);
    expect(partyKeys(instruction('instructs-1'), 'collaborators')).toEqual(['jca-ahf']);
    expect(partyKeys(instruction('instructs-2'), 'addressees')).toEqual(['jca-ahf']);
    expect(partyKeys(instruction('instructs-3'), 'addressees')).toEqual(['StudyGroup', 'jca-ahf']);
    expect(doc.diagnostics.filter((d) => d.code === 'ADDRESSEE_UNRECOGNISED')).toEqual([]);
  });

  it('reports where the text says so', () => {
    expect(doc.relations.map((r) => `${label(r.from)} ${r.type} ${label(r.to)}`)).toContain(
      'JCA-AHF REPORTS_TO StudyGroup',
    );
  });

  it('is no reason to read "activity" in ordinary text as an organisation', () => {
    const activity = doc.clauses
      .flatMap((c) => c.mentions)
      .filter((m) => /activit/i.test(m.quote) && m.entity.type === 'Organization' && m.entity.acronym !== 'JCA-AHF');
    expect(activity).toEqual([]);
    const plain = parseLines([
      ...EN.slice(0, 4),
      'noting',
      'a)\tthe joint coordination activity (JCA) of the regional offices;',
      'b)\tthe Coordination Activity on Health (CAH) of the regions,',
      'resolves',
      'to continue this work.',
    ]);
    expect(plain.clauses.flatMap((c) => c.mentions).filter((m) => m.entity.type === 'Organization')).toEqual([]);
  });
});

describe.each([
  ['fr', FR, "Activité de coordination conjointe sur l'accessibilité et les facteurs humains"],
  ['es', ES, 'Actividad Conjunta de Coordinación sobre Accesibilidad y Factores Humanos'],
  ['ru', RU, 'Совместной координационной деятельности по доступности и человеческим факторам'],
  ['ar', AR, 'نشاط التنسيق المشترك المعني بإمكانية النفاذ والعوامل البشرية'],
])('a Joint Coordination Activity defined with its acronym (%s)', (_lang, lines, name) => {
  const doc = parseLines(lines);

  it('is a group of ITU-T, named by its definition and its acronym', () => {
    const uses = jca(doc);
    expect(uses[0]).toBe(`jca-ahf itu-group: ${name} (JCA-AHF)`);
    expect(uses.slice(1).every((u) => u === 'jca-ahf itu-group: JCA-AHF')).toBe(true);
    expect(uses.length).toBeGreaterThanOrEqual(3);
  });

  it('is a collaborator after the collaboration phrase, and an addressee', () => {
    expect(partyKeys(doc.instructions[0], 'addressees')).toEqual(['director-tsb']);
    expect(partyKeys(doc.instructions[0], 'collaborators')).toEqual(['jca-ahf']);
    expect(partyKeys(doc.instructions[1], 'addressees')).toEqual(['jca-ahf']);
    expect(doc.diagnostics.filter((d) => d.code === 'ADDRESSEE_UNRECOGNISED')).toEqual([]);
  });
});

describe('a page about a Joint Coordination Activity', () => {
  const doc = parseDocument({
    file: 'page.txt',
    content: Buffer.from(
      [
        'Committed to connecting the world',
        '',
        'Joint Coordination Activity on Accessibility and Human Factors',
        '',
        'The ITU-T Joint Coordination Activity on Accessibility and Human Factors (JCA-AHF) coordinates the accessibility work of the ITU-T study groups. The JCA-AHF reports to ITU-T Study Group 16.',
        '',
        'It works in partnership with the World Health Organization.',
        '',
      ].join('\n'),
      'utf8',
    ),
  });

  it('is about the activity, which reports to its study group', () => {
    expect(doc.kind).toBe('group-page');
    if (doc.kind !== 'group-page') return;
    expect(doc.subject).toMatchObject({ type: 'Organization', acronym: 'JCA-AHF', kind: 'itu-group' });
    expect(doc.relations.map((r) => `${label(r.from)} ${r.type} ${label(r.to)}`)).toEqual(
      expect.arrayContaining(['JCA-AHF REPORTS_TO StudyGroup', 'JCA-AHF PARTNER_OF WHO']),
    );
  });
});

/**
 * The Joint Coordination Activities an e-health text names most, as known entities of every language: their acronyms
 * as every language writes them, and their names, in Chinese too, where no head word can tell where a name starts
 * (Chinese writes no spaces between words).
 */
describe('a Joint Coordination Activity the tables know', () => {
  const keysOf = (doc: ParsedResolution): string[] =>
    doc.clauses.flatMap((c) => c.mentions.flatMap((m) => ('key' in m.entity ? [m.entity.key] : [])));
  const ZH = [
    '第78号决议（2024年，新德里，修订版）',
    '信息通信技术应用和标准以改善电子卫生保健服务的获取',
    '世界电信标准化全会（2024年，新德里），',
    '认识到',
    'a)\t电子卫生保健联合协调活动（JCA-eHealth）的工作；',
    'b)\tJCA-IoT以及物联网和智慧城市联合协调活动的工作，',
    '责成电信标准化局主任与JCA-eHealth协作',
    '推动电子卫生保健的标准化工作。',
  ];
  const EN_78 = [
    'RESOLUTION 78 (Rev. New Delhi, 2024)',
    'Information and communication technology applications and standards for improved access to e-health services',
    'The World Telecommunication Standardization Assembly (New Delhi, 2024),',
    'recognizing',
    'a)\tthe work of the Joint Coordination Activity on e-Health (JCA-eHealth);',
    'b)\tthe work of the JCA-IoT and of the Joint Coordination Activity on Internet of Things and Smart Cities and Communities,',
    'instructs the Director of the Telecommunication Standardization Bureau, in collaboration with the JCA-eHealth',
    'to promote the standardization of e-health.',
  ];

  it('is the same group in Chinese as in English, by name or acronym', () => {
    const expected = ['jca-ehealth', 'jca-iot', 'jca-iot', 'director-tsb', 'jca-ehealth'];
    expect(keysOf(parseLines(EN_78)).filter((k) => k.startsWith('jca') || k === 'director-tsb')).toEqual(expected);
    expect(keysOf(parseLines(ZH)).filter((k) => k.startsWith('jca') || k === 'director-tsb')).toEqual(expected);
    const zh = parseLines(ZH);
    expect(partyKeys(zh.instructions[0], 'collaborators')).toEqual(['jca-ehealth']);
  });

  it.each([
    ['fr', FR, "les travaux de l'Activité de coordination conjointe sur la cybersanté (JCA-eHealth) et de la JCA-IoT;"],
    ['es', ES, 'la labor de la Actividad Conjunta de Coordinación sobre Cibersalud (JCA-eHealth) y de la JCA-IoT;'],
    [
      'ru',
      RU,
      'работу Совместной координационной деятельности по электронному здравоохранению (JCA-eHealth) и JCA-IoT;',
    ],
    ['ar', AR, 'عمل نشاط التنسيق المشترك المعني بالصحة الإلكترونية (JCA-eHealth) وJCA-IoT؛'],
  ])('is the same group in %s, by its acronym', (_lang, lines, clause) => {
    // The resolution on accessibility above, its first item about these two activities.
    const doc = parseLines([...lines.slice(0, 5), `a)\t${clause}`, ...lines.slice(6)]);
    expect(keysOf(doc).filter((k) => k === 'jca-ehealth' || k === 'jca-iot')).toEqual(['jca-ehealth', 'jca-iot']);
  });
});
