/**
 * What an addressee acts as: "instructs the Secretary-General, in his capacity as Chair of the United Nations System
 * Chief Executives Board, …". Before, the names of such a phrase were addressees too (the United Nations, and in
 * French and Chinese the ITU Council read inside the Board's name). They describe the addressee: mentions, no party.
 * Texts written for these tests; those in other languages start as the fixtures do.
 */
import type { ParsedResolution } from '.';
import { fixtureBefore, parseLines as parse, partyKeys as keys, WTDC_HEAD } from '../test/support/resolution-lines';

const HEAD = [
  ...WTDC_HEAD,
  'recalling',
  'a)\tResolution 7 (Rev. Kigali, 2022) of the World Telecommunication Development Conference,',
];

const english = (operative: readonly string[]): ParsedResolution => parse([...HEAD, ...operative]);

const mentioned = (doc: ParsedResolution, address: string): string[] =>
  (doc.clauses.find((c) => c.address === address)?.mentions ?? []).map((m) =>
    'key' in m.entity ? m.entity.key : m.entity.type,
  );

describe('what an addressee acts as', () => {
  it('names no party, and the collaborators after it are still collaborators', () => {
    const doc = english([
      'instructs the Secretary-General, in his capacity as Chair of the United Nations System Chief Executives ' +
        'Board, and in collaboration with the World Health Organization,',
      '1\tto report to the Council.',
    ]);
    expect(keys(doc.instructions[0], 'addressees')).toEqual(['secretary-general']);
    expect(keys(doc.instructions[0], 'collaborators')).toEqual(['who']);
    expect(mentioned(doc, 'instructs-1')).toEqual(['secretary-general', 'un-ceb', 'who']);
  });

  it('ends at the comma: a party listed after it is addressed', () => {
    const doc = english([
      'instructs the Secretary-General, as Chair of the United Nations System Chief Executives Board, and the ' +
        'Director of the Telecommunication Development Bureau',
      '1\tto report to the Council.',
    ]);
    expect(keys(doc.instructions[0], 'addressees')).toEqual(['director-bdt', 'secretary-general']);
  });

  it('ends at a list word the next addressee follows, where no comma ends it', () => {
    const doc = english([
      'invites the Chairman of Study Group 16 as Chairman of the Joint Coordination Activity and the Director of TSB',
      '1\tto report to the Council;',
      'instructs the Secretary-General in his capacity as Chair of the Chief Executives Board and the Directors of ' +
        'the three Bureaux',
      '1\tto report to the Council;',
      // No addressee after the list word: the phrase goes on.
      'instructs the Director of TSB in his capacity as secretariat of the joint focus group of WHO and ITU',
      '1\tto report to the Council.',
    ]);
    expect(doc.instructions.map((i) => keys(i, 'addressees'))).toEqual([
      ['StudyGroup', 'director-tsb'],
      ['director-bdt', 'director-br', 'director-tsb', 'secretary-general'],
      ['director-tsb'],
    ]);
    expect(mentioned(doc, 'instructs-1')).toContain('un-ceb');
  });

  it.each([
    [
      'French',
      'fr-pp-resolution.txt',
      /^charge/,
      'charge le Directeur du Bureau de la normalisation des télécommunications en sa qualité de secrétariat du ' +
        'Groupe spécialisé et le Directeur du Bureau de développement des télécommunications',
      '1\tde faire rapport au Conseil.',
    ],
    [
      'Spanish',
      'es-pp-resolution.txt',
      /^encarga/,
      'encarga al Director de la Oficina de Normalización de las Telecomunicaciones en su calidad de secretaría del ' +
        'Grupo Temático y al Director de la Oficina de Desarrollo de las Telecomunicaciones',
      '1\tque informe al Consejo.',
    ],
    [
      'Russian',
      'ru-wtdc-resolution.txt',
      /^решает/,
      'поручает Директору Бюро стандартизации электросвязи в качестве секретариата и Директору Бюро развития ' +
        'электросвязи',
      '1\tпредставить отчет Совету.',
    ],
    [
      'Arabic',
      'ar-wtdc-resolution.txt',
      /^يقرر/,
      'يكلف مدير مكتب تقييس الاتصالات بصفته أمانة الفريق المتخصص ومدير مكتب تنمية الاتصالات',
      '1\tبتقديم تقرير إلى المجلس.',
    ],
    [
      'Chinese',
      'zh-pp-resolution.txt',
      /^做出决议/,
      '责成电信标准化局主任作为焦点组秘书处和电信发展局主任',
      '1\t向理事会报告。',
    ],
  ])('ends at a list word the next addressee follows in %s', (_language, file, first, heading, item) => {
    const doc = parse([...fixtureBefore(file, first), heading, item]);
    expect(keys(doc.instructions.at(-1), 'addressees')).toEqual(['director-bdt', 'director-tsb']);
  });

  it('ends at a list word before a study group in Russian and Chinese', () => {
    const ru = parse([
      ...fixtureBefore('ru-wtdc-resolution.txt', /^решает/),
      'поручает 16-й Исследовательской комиссии в качестве ведущей исследовательской комиссии по электронному ' +
        'здравоохранению и 20-й Исследовательской комиссии',
      '1\tпродолжить работу.',
    ]);
    const zh = parse([
      ...fixtureBefore('zh-pp-resolution.txt', /^做出决议/),
      '责成ITU-T第16研究组作为牵头研究组和ITU-T第20研究组',
      '1\t继续开展工作。',
    ]);
    for (const doc of [ru, zh]) {
      expect(doc.instructions.at(-1)?.addressees.map((m) => m.entity)).toEqual([
        { type: 'StudyGroup', sector: 'ITU-T', number: 16 },
        { type: 'StudyGroup', sector: 'ITU-T', number: 20 },
      ]);
    }
  });

  it('goes on over a list of what the addressee acts for, of another sort than the addressee', () => {
    const doc = parse([
      ...HEAD,
      'b)\tthe Intersector Rapporteur Group on Audiovisual Media Accessibility (IRG-AVA),',
      'instructs the Director of TSB, in his capacity as secretariat of the FG-AI4H and the IRG-AVA, to',
      '1\tsupport their work;',
      'instructs the Director of TSB in his capacity as secretariat of the FG-AI4H and Study Group 16',
      '1\tto support their work;',
      // A comma closes it.
      'instructs the Director of TSB, in his capacity as secretariat of the FG-AI4H, and the relevant study groups, to',
      '1\tsupport their work;',
      // A party of the addressee's own sort is another addressee.
      'instructs Study Group 16 in its capacity as lead study group of the FG-AI4H and Study Group 20',
      '1\tto support their work.',
    ]);
    expect(doc.instructions.map((i) => keys(i, 'addressees'))).toEqual([
      ['director-tsb'],
      ['director-tsb'],
      ['director-tsb', 'study-groups-itu-d'],
      ['StudyGroup', 'StudyGroup'],
    ]);
    expect(mentioned(doc, 'instructs-1')).toEqual(['director-tsb', 'fg-ai4h', 'irg-ava']);
  });

  it.each([
    [
      'English',
      [...HEAD, 'instructs the Director of TSB, as secretariat of the FG-AI4H and ITU-T Study Group 16,'],
      '1\tto report to the Council.',
    ],
    [
      'French',
      [
        ...fixtureBefore('fr-pp-resolution.txt', /^charge/),
        'charge le Directeur du Bureau de la normalisation des télécommunications, en tant que secrétariat du ' +
          "FG-AI4H et de la Commission d'études 16 de l'UIT-T,",
      ],
      '1\tde faire rapport au Conseil.',
    ],
    [
      'Spanish',
      [
        ...fixtureBefore('es-pp-resolution.txt', /^encarga/),
        'encarga al Director de la Oficina de Normalización de las Telecomunicaciones, como secretaría del FG-AI4H y ' +
          'de la Comisión de Estudio 16 del UIT-T,',
      ],
      '1\tque informe al Consejo.',
    ],
  ])('is said as secretariat, in %s', (_language, lines, item) => {
    const doc = parse([...lines, item]);
    expect(keys(doc.instructions.at(-1), 'addressees')).toEqual(['director-tsb']);
  });

  it('goes on over a list of what the addressee acts for in Chinese', () => {
    const doc = parse([
      ...fixtureBefore('zh-pp-resolution.txt', /^做出决议/),
      '责成电信标准化局主任作为人工智能促进健康焦点组和第16研究组的秘书处',
      '1\t继续开展工作。',
    ]);
    expect(keys(doc.instructions.at(-1), 'addressees')).toEqual(['director-tsb']);
  });

  it.each([
    // Before the party it describes, 作为 … 的 ends at 的: the name after it is addressed.
    ['责成作为电子卫生牵头研究组的ITU-T第16研究组', ['StudyGroup']],
    ['请作为联合国系统行政首长协调理事会成员的秘书长', ['secretary-general']],
    // After the party, a 的 in what it acts as ends nothing.
    ['责成ITU-T第16研究组作为电子卫生的牵头研究组', ['StudyGroup']],
  ])('in Chinese, reads 作为 before or after the party: %s', (heading, expected) => {
    const doc = parse([...fixtureBefore('zh-pp-resolution.txt', /^做出决议/), heading, '1\t继续开展工作。']);
    expect(keys(doc.instructions.at(-1), 'addressees')).toEqual(expected);
    expect(doc.diagnostics.filter((d) => d.code === 'ADDRESSEE_UNRECOGNISED')).toEqual([]);
  });

  it('stands between a subject and its collaborators', () => {
    const doc = english([
      'requests',
      'that the Secretary-General, in his capacity as Chair of the United Nations System Chief Executives Board, ' +
        'in collaboration with the World Health Organization, report to the Council.',
    ]);
    expect(keys(doc.instructions[0], 'addressees')).toEqual(['secretary-general']);
    expect(keys(doc.instructions[0], 'collaborators')).toEqual(['who']);
  });

  it.each([
    [
      'French',
      'fr-pp-resolution.txt',
      /^charge/,
      'charge le Secrétaire général, en sa qualité de Président du Conseil des chefs de secrétariat des organismes ' +
        "des Nations Unies, et en collaboration avec l'Organisation mondiale de la santé",
      '1\tde faire rapport au Conseil.',
    ],
    [
      'Spanish',
      'es-pp-resolution.txt',
      /^encarga/,
      'encarga al Secretario General, en su calidad de Presidente de la Junta de los Jefes Ejecutivos del Sistema ' +
        'de las Naciones Unidas, y en colaboración con la Organización Mundial de la Salud',
      '1\tque informe al Consejo.',
    ],
    [
      'Russian',
      'ru-wtdc-resolution.txt',
      /^решает/,
      'поручает Генеральному секретарю в качестве Председателя Координационного совета руководителей системы ' +
        'Организации Объединенных Наций в сотрудничестве со Всемирной организацией здравоохранения',
      '1\tпредставить отчет Совету.',
    ],
    [
      'Arabic',
      'ar-wtdc-resolution.txt',
      /^يقرر/,
      'يكلف الأمين العام، بصفته رئيس مجلس الرؤساء التنفيذيين في منظومة الأمم المتحدة، وبالتعاون مع منظمة الصحة العالمية',
      '1\tبتقديم تقرير إلى المجلس.',
    ],
    [
      'Chinese, 以 … 身份',
      'zh-pp-resolution.txt',
      /^做出决议/,
      '责成秘书长以联合国系统行政首长协调理事会主席的身份，与世界卫生组织协作',
      '1\t向理事会报告。',
    ],
    [
      'Chinese, 作为',
      'zh-pp-resolution.txt',
      /^做出决议/,
      '责成秘书长作为联合国系统行政首长协调理事会主席，与世界卫生组织协作',
      '1\t向理事会报告。',
    ],
  ])('names no party in %s', (_language, file, first, heading, item) => {
    const doc = parse([...fixtureBefore(file, first), heading, item]);
    expect(keys(doc.instructions.at(-1), 'addressees')).toEqual(['secretary-general']);
    expect(keys(doc.instructions.at(-1), 'collaborators')).toEqual(['who']);
  });
});
