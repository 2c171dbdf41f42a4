/**
 * The organs of ITU that resolutions instruct besides its Sectors, Bureaux and officials: the Council, the General
 * Secretariat, the three Bureaux together, the Council's working groups; and the Secretary-General of the United
 * Nations, who is not ITU's. Texts written for these tests; those in other languages start as the fixtures do.
 */
import type { ParsedResolution } from '.';
import { fixtureBefore, fixtureLines, parseLines as parse, partyKeys as keys } from '../test/support/resolution-lines';

function english(operative: readonly string[]): ParsedResolution {
  return parse([
    'RESOLUTION 40 (Rev. Bucharest, 2022)',
    'Digital health services for remote communities',
    'The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),',
    'recalling',
    'a)\tResolution 7 (Rev. Kigali, 2022) of the World Telecommunication Development Conference,',
    ...operative,
  ]);
}

/** The fixture's lines before its first operative heading (`first` finds it), then `operative`. */
const fromFixture = (file: string, first: RegExp, operative: readonly string[]): ParsedResolution =>
  parse([...fixtureBefore(file, first), ...operative]);

const entityKeys = (doc: ParsedResolution, address: string): string[] =>
  (doc.clauses.find((c) => c.address === address)?.mentions ?? []).map((m) =>
    'key' in m.entity ? m.entity.key : m.entity.type,
  );

describe('the organs of ITU', () => {
  it('reads the Council as the ITU Council, also "of the Union", without the Union besides', () => {
    const doc = english([
      'instructs the Council',
      '1\tto consider the report of the Secretary-General;',
      '2\tto report to the next Plenipotentiary Conference.',
      'requests the Council of the Union',
      '1\tto allocate the necessary resources.',
    ]);
    expect(doc.instructions.map((i) => keys(i, 'addressees'))).toEqual([['itu-council'], ['itu-council']]);
  });

  it('reads the General Secretariat and the three Bureaux, each Bureau a mention', () => {
    const doc = english([
      'instructs the General Secretariat and the three Bureaux',
      '1\tto coordinate their work on e-health.',
    ]);
    expect(keys(doc.instructions[0], 'addressees')).toEqual(['bdt', 'br', 'general-secretariat', 'tsb']);
  });

  it('reads the other two Bureaux as those other than the Bureau named before', () => {
    const doc = english([
      'instructs the Telecommunication Development Bureau, in collaboration with the other two Bureaux',
      '1\tto assist Member States.',
    ]);
    expect(keys(doc.instructions[0], 'addressees')).toEqual(['bdt']);
    expect(keys(doc.instructions[0], 'collaborators')).toEqual(['br', 'tsb']);
  });

  it('tells the Secretary-General of the United Nations from the Secretary-General of ITU', () => {
    const doc = english([
      'requests the Secretary-General',
      '1\tto bring this resolution to the attention of the Secretary-General of the United Nations.',
    ]);
    expect(keys(doc.instructions[0], 'addressees')).toEqual(['secretary-general']);
    expect(entityKeys(doc, 'requests-1/item-1')).toEqual(['un-secretary-general']);
  });

  it.each([
    [
      'French',
      'fr-pp-resolution.txt',
      /^charge/,
      'charge le Conseil',
      '1\td’examiner le rapport du Secrétaire général.',
    ],
    [
      'Spanish',
      'es-pp-resolution.txt',
      /^encarga/,
      'encarga al Consejo',
      '1\tque examine el informe del Secretario General.',
    ],
    ['Russian', 'ru-wtdc-resolution.txt', /^решает/, 'поручает Совету', '1\tрассмотреть отчет Генерального секретаря.'],
    ['Arabic', 'ar-wtdc-resolution.txt', /^يقرر/, 'يكلف المجلس', '1\tبالنظر في تقرير الأمين العام.'],
    ['Chinese', 'zh-pp-resolution.txt', /^做出决议/, '责成理事会', '1\t审议秘书长的报告。'],
  ])('reads the Council in %s', (_language, file, first, heading, item) => {
    const doc = fromFixture(file, first, [heading, item]);
    expect(keys(doc.instructions.at(-1), 'addressees')).toEqual(['itu-council']);
    expect(doc.instructions.at(-1)?.heading).toBe(heading);
  });
});

describe('the working groups of the Council', () => {
  it('are a body of their own, not the Council, as addressee and as mention', () => {
    const doc = english([
      'instructs the Council Working Group on Child Online Protection',
      '1\tto report to the Council on its work;',
      "2\tto liaise with the Council's Working Group on Financial and Human Resources and the Working Group of the " +
        'Council on International Internet-related Public Policy Issues,',
      'instructs the Secretary-General',
      '1\tto report to the Council Working Group on Child Online Protection.',
    ]);
    expect(doc.instructions.map((i) => keys(i, 'addressees'))).toEqual([
      ['council-working-group'],
      ['secretary-general'],
    ]);
    expect(doc.instructions[0]?.addressees[0]?.quote).toBe('Council Working Group');
    expect(entityKeys(doc, 'instructs-1/item-1')).toEqual(['itu-council']);
    expect(entityKeys(doc, 'instructs-1/item-2')).toEqual(['council-working-group', 'council-working-group']);
    expect(entityKeys(doc, 'instructs-2/item-1')).toEqual(['council-working-group']);
  });

  it('are the group the text defines with an acronym, wherever it writes the name', () => {
    const doc = parse([
      'RESOLUTION 179 (Rev. Bucharest, 2022)',
      "ITU's role in child online protection",
      'The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),',
      'recalling',
      'a)\tthe work of the Council Working Group on Child Online Protection (CWG-COP),',
      'instructs the Secretary-General',
      '1\tto report to the Council Working Group on Child Online Protection,',
      'instructs the Council Working Group on Child Online Protection',
      '1\tto continue its work.',
    ]);
    expect(entityKeys(doc, 'preamble/recalling/a')).toEqual(['cwg-cop']);
    expect(entityKeys(doc, 'instructs-1/item-1')).toEqual(['cwg-cop']);
    expect(keys(doc.instructions[1], 'addressees')).toEqual(['cwg-cop']);
    expect(doc.instructions[1]?.addressees[0]?.quote).toBe('Council Working Group on Child Online Protection');
  });

  it('are the group an acronym with "&" defines, its long name too', () => {
    const doc = english([
      'b)\tthe role of the Council Working Group on the World Summit on the Information Society and the Sustainable ' +
        'Development Goals (CWG-WSIS&SDG),',
      'resolves',
      '1\tthat the CWG-WSIS&SDG shall continue to facilitate the input of Member States,',
      'instructs the CWG-WSIS&SDG',
      '1\tto report to the Council.',
    ]);
    expect(entityKeys(doc, 'preamble/recalling/b')).toEqual(['cwg-wsis&sdg']);
    expect(entityKeys(doc, 'resolves-1/item-1')).toEqual(['cwg-wsis&sdg', 'member-states']);
    expect(keys(doc.instructions.at(-1), 'addressees')).toEqual(['cwg-wsis&sdg']);
  });

  it.each([
    [
      'French',
      'fr-pp-resolution.txt',
      /^charge/,
      'charge le Groupe de travail du Conseil sur la protection en ligne des enfants',
      '1\tde poursuivre ses travaux.',
    ],
    [
      'Spanish',
      'es-pp-resolution.txt',
      /^encarga/,
      'encarga al Grupo de Trabajo del Consejo sobre la Protección de la Infancia en Línea',
      '1\tque prosiga su labor.',
    ],
    [
      'Russian',
      'ru-wtdc-resolution.txt',
      /^решает/,
      'поручает Рабочей группе Совета по защите ребенка в онлайновой среде',
      '1\tпродолжить работу.',
    ],
    [
      'Arabic',
      'ar-wtdc-resolution.txt',
      /^يقرر/,
      'يكلف فريق العمل التابع للمجلس المعني بحماية الأطفال على الإنترنت',
      '1\tبمواصلة عمله.',
    ],
    ['Chinese', 'zh-pp-resolution.txt', /^做出决议/, '责成理事会保护上网儿童工作组', '1\t继续开展工作。'],
  ])('are a body of their own in %s', (_language, file, first, heading, item) => {
    const doc = fromFixture(file, first, [heading, item]);
    expect(keys(doc.instructions.at(-1), 'addressees')).toEqual(['council-working-group']);
  });

  it('are named by subject words that address no one', () => {
    const doc = english([
      'instructs the Council Working Group on WSIS and SDGs',
      '1\tto report to the Council on its work;',
      'instructs the Council Working Group on Child Online Protection and the Secretary-General',
      '1\tto report to the Council.',
    ]);
    expect(doc.instructions.map((i) => keys(i, 'addressees'))).toEqual([
      ['council-working-group'],
      ['council-working-group', 'secretary-general'],
    ]);
    // The subject's names are still mentions.
    expect(entityKeys(doc, 'instructs-1')).toContain('wsis');
  });

  it.each([
    [
      'French',
      'fr-pp-resolution.txt',
      /^charge/,
      'charge le Groupe de travail du Conseil sur le SMSI et les ODD',
      '1\tde poursuivre ses travaux.',
    ],
    [
      'Spanish',
      'es-pp-resolution.txt',
      /^encarga/,
      'encarga al Grupo de Trabajo del Consejo sobre la CMSI y los ODS',
      '1\tque prosiga su labor.',
    ],
    [
      'Russian',
      'ru-wtdc-resolution.txt',
      /^решает/,
      'поручает Рабочей группе Совета по ВВУИО и ЦУР',
      '1\tпродолжить работу.',
    ],
    [
      'Arabic',
      'ar-wtdc-resolution.txt',
      /^يقرر/,
      'يكلف فريق العمل التابع للمجلس المعني بالقمة العالمية لمجتمع المعلومات وأهداف التنمية المستدامة',
      '1\tبمواصلة عمله.',
    ],
    [
      'Chinese',
      'zh-pp-resolution.txt',
      /^做出决议/,
      '责成理事会信息社会世界峰会和可持续发展目标工作组',
      '1\t继续开展工作。',
    ],
  ])('are named by subject words that address no one in %s', (_language, file, first, heading, item) => {
    const doc = fromFixture(file, first, [heading, item]);
    expect(keys(doc.instructions.at(-1), 'addressees')).toEqual(['council-working-group']);
  });

  /** The mentions of a Chinese item with this text. */
  const chineseItem = (text: string): string[] =>
    entityKeys(fromFixture('zh-pp-resolution.txt', /^做出决议/, ['责成秘书长', `1\t${text}`]), 'instructs-1/item-1');

  // Subjects in Chinese stand between the Council and the group, list words and verbs among them too (CWG-FHR,
  // CWG-WSIS&SDG, CWG-SFP).
  it.each([
    '理事会保护上网儿童工作组',
    '理事会互联网相关公共政策问题工作组',
    '理事会财务和人力资源工作组',
    '理事会信息社会世界峰会和可持续发展目标工作组',
    '理事会制定战略规划和财务规划工作组',
  ])('are named by their subject in Chinese: %s', (name) => {
    expect(chineseItem(`向${name}报告。`)).toEqual(['council-working-group']);
  });

  // Where the words between make a sentence, the Council is the Council, and the study groups in them are named.
  it.each([
    ['向理事会通报各研究组和工作组的工作。', ['itu-council', 'study-groups']],
    ['向理事会提交ITU-T第16研究组工作组的报告。', ['itu-council', 'StudyGroup']],
    ['理事会审议工作组的报告。', ['itu-council']],
    // No verb between, but a study group: no subject names one.
    ['向理事会第16研究组工作组报告。', ['itu-council', 'StudyGroup']],
    ['理事会在其2019年会议上审议该工作组的报告。', ['itu-council']],
    ['向理事会会议和各工作组报告。', ['itu-council']],
    ['向理事会和各工作组报告。', ['itu-council']],
  ])('are not read across a sentence in Chinese: %s', (text, expected) => {
    expect(chineseItem(text)).toEqual(expected);
  });
});

describe('other councils, boards and bureaux', () => {
  /** The fixture with the text of its first item (label kept) replaced by `text`; the mentions there. */
  function mentionedIn(file: string, text: string): string[] {
    const lines = fixtureLines(file);
    const at = lines.findIndex((l) => /^(?:a|أ )\)\t/.test(l));
    const label = (lines[at] ?? '').split('\t')[0] ?? '';
    const doc = parse(lines.map((l, i) => (i === at ? `${label}\t${text}` : l)));
    const item = doc.clauses.find((c) => c.role === 'item');
    return (item?.mentions ?? []).map((m) => ('key' in m.entity ? m.entity.key : m.entity.type));
  }

  it.each([
    [
      'fr-resolution.txt',
      'les travaux du Conseil économique et social et du Conseil de sécurité;',
      ['ecosoc', 'un-security-council'],
    ],
    [
      'fr-resolution.txt',
      "la Convention du Conseil de l'Europe et le Conseil des droits de l'homme;",
      ['council-of-europe', 'un-human-rights-council'],
    ],
    ['es-resolution.txt', 'la labor del Consejo Económico y Social;', ['ecosoc']],
    [
      'ru-wtdc-resolution.txt',
      'решения Экономического и Социального Совета и Совета Безопасности, совет экспертов;',
      ['ecosoc', 'un-security-council'],
    ],
    [
      'ar-wtdc-resolution.txt',
      'قرارات المجلس الاقتصادي والاجتماعي والمجلس التنفيذي لمنظمة الصحة العالمية؛',
      ['ecosoc', 'who-executive-board'],
    ],
    [
      'zh-pp-resolution.txt',
      '经济及社会理事会、人权理事会和安全理事会的工作；',
      ['ecosoc', 'un-human-rights-council', 'un-security-council'],
    ],
    // The board the Secretary-General chairs as Secretary-General of the United Nations' system.
    [
      'fr-resolution.txt',
      'les travaux du Conseil des chefs de secrétariat des organismes des Nations Unies pour la coordination;',
      ['un-ceb'],
    ],
    [
      'es-resolution.txt',
      'la labor de la Junta de los Jefes Ejecutivos del Sistema de las Naciones Unidas;',
      ['un-ceb'],
    ],
    [
      'ru-wtdc-resolution.txt',
      'работу Координационного совета руководителей системы Организации Объединенных Наций;',
      ['un-ceb'],
    ],
    ['ar-wtdc-resolution.txt', 'أعمال مجلس الرؤساء التنفيذيين في منظومة الأمم المتحدة المعني بالتنسيق؛', ['un-ceb']],
    ['zh-pp-resolution.txt', '联合国系统行政首长协调理事会的工作；', ['un-ceb']],
    // Nor their working groups as the Council's.
    [
      'fr-resolution.txt',
      "le Groupe de travail du Conseil des droits de l'homme et le groupe de travail du conseil d'administration;",
      ['un-human-rights-council'],
    ],
    ['ru-wtdc-resolution.txt', 'работу Рабочей группы Совета по правам человека;', ['un-human-rights-council']],
    [
      'zh-pp-resolution.txt',
      '人权理事会工作组以及理事会和各工作组的工作；',
      ['un-human-rights-council', 'itu-council'],
    ],
  ])('are not read as the ITU Council (%s)', (file, text, expected) => {
    expect(mentionedIn(file, text)).toEqual(expected);
  });

  it('are not read in lower case, where one word is a common noun', () => {
    const doc = english([
      'instructs the Secretary-General',
      '1\tto consult the national statistics bureaux, the city council and associates of the project.',
    ]);
    const item = doc.clauses.find((c) => c.address === 'instructs-1/item-1');
    expect(item?.mentions).toEqual([]);
  });
});
