/**
 * A name written once for a list ("the ITU-T and ITU-D study groups", "电信标准化局和电信发展局主任": the Directors of
 * both Bureaux) is each member's; and Chinese headings that name collaborators with 与 … 协商 / 磋商 / 协调 (in
 * consultation, in coordination with), and two addressees with 与 … 共同 (together); regional telecommunication
 * organizations. Texts written for these tests.
 */
import type { ParsedInstruction, ParsedResolution } from '.';
import { fixtureBefore, parseLines as parse, partyKeys as keys } from '../test/support/resolution-lines';

/** A Chinese WTSA text with `operative` after one preamble item. */
const chinese = (operative: readonly string[]): ParsedResolution =>
  parse([
    '第78号决议（2022年，日内瓦，修订版）',
    '信息通信技术在电子卫生中的应用',
    '世界电信标准化全会（2022年，日内瓦），',
    '忆及',
    'a)\t全权代表大会第183号决议（2018年，迪拜，修订版），',
    ...operative,
    '请各成员国',
    '积极参与。',
  ]);

const english = (operative: readonly string[]): ParsedResolution =>
  parse([
    'RESOLUTION 78 (Rev. Geneva, 2022)',
    'ICT applications and standards for e-health services',
    'The World Telecommunication Standardization Assembly (Geneva, 2022),',
    'recalling',
    'a)\tResolution 183 (Rev. Dubai, 2018) of the Plenipotentiary Conference,',
    ...operative,
    'invites Member States',
    'to take part.',
  ]);

const first = (doc: ParsedResolution): ParsedInstruction | undefined => doc.instructions[0];

/** A fixture's lines before its first operative heading, then `operative`. */
const russian = (operative: readonly string[]): ParsedResolution =>
  parse([...fixtureBefore('ru-resolution.txt', /^(?:поручает|предлагает|решает)/), ...operative]);
const arabic = (operative: readonly string[]): ParsedResolution =>
  parse([...fixtureBefore('ar-resolution.txt', /^(?:تكلف|تدعو|تقرر)/), ...operative]);

describe('a Director written once after a list of Bureaux (Chinese)', () => {
  it('is the Director of each', () => {
    const doc = chinese(['责成电信标准化局、无线电通信局和电信发展局主任', '协调双方在电子卫生方面的活动，']);
    const instructs = first(doc);
    expect(instructs?.kind).toBe('INSTRUCTS');
    expect(keys(instructs, 'addressees')).toEqual(['director-bdt', 'director-br', 'director-tsb']);
    expect(instructs?.addressees.map((m) => m.quote)).toEqual(['电信标准化局', '无线电通信局', '电信发展局主任']);
  });

  it('is so after a collaboration phrase too', () => {
    const doc = chinese([
      '责成电信标准化局主任与电信发展局和无线电通信局主任密切协作',
      '1\t组织讲习班；',
      '2\t编写报告，',
    ]);
    expect(keys(first(doc), 'addressees')).toEqual(['director-tsb']);
    expect(keys(first(doc), 'collaborators')).toEqual(['director-bdt', 'director-br']);
  });

  it('is not shared across the collaboration phrase, nor by Bureaux without it', () => {
    const across = chinese(['责成电信标准化局与电信发展局主任协作', '组织讲习班，']);
    expect(keys(first(across), 'addressees')).toEqual(['tsb']);
    expect(keys(first(across), 'collaborators')).toEqual(['director-bdt']);
    const bureaux = chinese(['责成电信标准化局和电信发展局', '组织讲习班，']);
    expect(keys(first(bureaux), 'addressees')).toEqual(['bdt', 'tsb']);
  });
});

describe('study groups written once after a list of Sectors', () => {
  it('are those of each Sector, in Chinese with what qualifies them between', () => {
    const doc = chinese(['请ITU-T和ITU-D相关研究组', '在电子卫生方面开展合作，']);
    const requests = first(doc);
    // All of them ITU's own: 请 is "requests".
    expect(requests?.kind).toBe('REQUESTS');
    expect(keys(requests, 'addressees')).toEqual(['study-groups-itu-d', 'study-groups-itu-t']);
    expect(requests?.addressees[0]?.quote).toBe('ITU-T和ITU-D相关研究组');
  });

  it('are the one Sector’s where one is named before', () => {
    const doc = chinese(['请ITU-D相关研究组', '在电子卫生方面开展合作，']);
    expect(keys(first(doc), 'addressees')).toEqual(['study-groups-itu-d']);
  });

  it('are those of each Sector in English, and a list with other parties is left as it was', () => {
    const doc = english(['invites the relevant ITU-R and ITU-D study groups', 'to collaborate on e-health,']);
    expect(keys(first(doc), 'addressees')).toEqual(['study-groups-itu-d', 'study-groups-itu-r']);
    const mixed = english(['instructs the Director of TSB, ITU-D and the relevant study groups', 'to collaborate,']);
    expect(keys(first(mixed), 'addressees')).toEqual(['director-tsb', 'itu-d', 'study-groups-itu-t']);
  });
});

describe('Chinese 与 … closed by consultation or coordination', () => {
  it.each(['协商', '磋商', '协调'])('与 … %s names collaborators, and a one-line body follows', (closing) => {
    const doc = chinese([`责成秘书长与三个局的主任${closing}`, '向理事会报告本决议的落实情况，']);
    const instructs = first(doc);
    expect(keys(instructs, 'addressees')).toEqual(['secretary-general']);
    expect(keys(instructs, 'collaborators')).toEqual(['director-bdt', 'director-br', 'director-tsb']);
    expect(instructs?.items.map((i) => i.text)).toEqual(['向理事会报告本决议的落实情况，']);
  });

  it.each(['共同努力', '一道'])('与 … %s (together) joins two addressees, as "and … together" does', (closing) => {
    const doc = chinese([`请各成员国与部门成员${closing}`, '制定国家电子卫生战略，']);
    expect(keys(first(doc), 'addressees')).toEqual(['member-states', 'sector-members']);
    expect(keys(first(doc), 'collaborators')).toEqual([]);
    const en = english([
      'invites Member States and Sector Members',
      'to work together on national e-health strategies,',
    ]);
    expect(keys(first(en), 'addressees')).toEqual(['member-states', 'sector-members']);
  });

  // Its own and its members together: 请 invites, as "请秘书长和部门成员" does.
  it.each([
    [['请秘书长与部门成员共同努力', '制定国家电子卫生战略，'], 'INVITES', ['secretary-general', 'sector-members']],
    [['请秘书长和部门成员', '制定国家电子卫生战略，'], 'INVITES', ['secretary-general', 'sector-members']],
    // ITU's own only: 请 requests.
    [
      ['请秘书长与电信标准化局主任共同努力', '制定国家电子卫生战略，'],
      'REQUESTS',
      ['director-tsb', 'secretary-general'],
    ],
  ])('与 … 共同 reads the kind from both addressees: %s', (lines, kind, addressees) => {
    const doc = chinese(lines);
    expect(first(doc)?.kind).toBe(kind);
    expect(keys(first(doc), 'addressees')).toEqual(addressees);
  });

  it.each([
    ['请秘书长与世卫组织一道', 'requests the Secretary-General, together with WHO,', 'secretary-general'],
    ['请各成员国与世卫组织共同', 'invites Member States, together with WHO,', 'member-states'],
  ])('与 … 一道 / 共同 after an outside organisation names it a collaborator: %s', (heading, en, addressee) => {
    const doc = chinese([heading, '开展工作，']);
    expect(keys(first(doc), 'addressees')).toEqual([addressee]);
    expect(keys(first(doc), 'collaborators')).toEqual(['who']);
    const inEnglish = english([en, 'to work on national e-health strategies,']);
    expect(keys(first(inEnglish), 'addressees')).toEqual([addressee]);
    expect(keys(first(inEnglish), 'collaborators')).toEqual(['who']);
  });

  it('与 … 合作 / 协作 still names a collaborator, though 共同 follows', () => {
    for (const heading of ['责成电信标准化局主任与世卫组织合作', '责成电信标准化局主任与世卫组织密切协作，共同']) {
      const doc = chinese([heading, '组织讲习班，']);
      expect(keys(first(doc), 'addressees')).toEqual(['director-tsb']);
      expect(keys(first(doc), 'collaborators')).toEqual(['who']);
    }
  });
});

describe('regional telecommunication organizations', () => {
  it('are a stakeholder group, outside ITU: Chinese 请 invites them', () => {
    const doc = chinese(['请各区域电信组织', '参与相关工作，']);
    expect(first(doc)?.kind).toBe('INVITES');
    expect(keys(first(doc), 'addressees')).toEqual(['regional-telecommunication-organizations']);
    const en = english(['invites Member States and regional telecommunication organizations', 'to take part,']);
    expect(keys(first(en), 'addressees')).toEqual(['member-states', 'regional-telecommunication-organizations']);
  });
});

describe('a name without its head word after one with it (Russian, Arabic)', () => {
  it('is the Bureau, or the Director, of the same kind', () => {
    const ru = russian([
      'просит Директоров Бюро стандартизации электросвязи и развития электросвязи',
      'содействовать сотрудничеству.',
    ]);
    expect(keys(first(ru), 'addressees')).toEqual(['director-bdt', 'director-tsb']);
    expect(first(ru)?.addressees.map((m) => m.quote)).toEqual([
      'Директоров Бюро стандартизации электросвязи',
      'развития электросвязи',
    ]);
    const bureaux = russian([
      'поручает Бюро радиосвязи и стандартизации электросвязи',
      'содействовать сотрудничеству.',
    ]);
    expect(keys(first(bureaux), 'addressees')).toEqual(['br', 'tsb']);
    const ar = arabic(['تطلب إلى مديري مكتبي تقييس الاتصالات وتنمية الاتصالات', 'تيسير التعاون بين القطاعين.']);
    expect(keys(first(ar), 'addressees')).toEqual(['director-bdt', 'director-tsb']);
  });

  it('is the Sector after the Arabic dual of the Sectors (قطاعي, قطاعا)', () => {
    const ar = arabic([
      'تشجع قطاعي تقييس الاتصالات وتنمية الاتصالات، بالتعاون مع منظمة الصحة العالمية',
      'على تنسيق أعمالهما في مجال الصحة الإلكترونية.',
    ]);
    expect(keys(first(ar), 'addressees')).toEqual(['itu-d', 'itu-t']);
    expect(keys(first(ar), 'collaborators')).toEqual(['who']);
    // The nominative dual, with a proclitic: "and the two Sectors of radiocommunication and standardization".
    const also = arabic([
      'تدعو الدول الأعضاء وقطاعا الاتصالات الراديوية وتقييس الاتصالات',
      'إلى المشاركة في أعمال الصحة الإلكترونية.',
    ]);
    expect(keys(first(also), 'addressees')).toEqual(['itu-r', 'itu-t', 'member-states']);
  });

  it('is the Sector, whose study groups a list of Sectors shares', () => {
    const ru = russian([
      'поручает соответствующим исследовательским комиссиям Секторов стандартизации электросвязи и развития электросвязи',
      'сотрудничать в области электронного здравоохранения.',
    ]);
    expect(keys(first(ru), 'addressees')).toEqual(['study-groups-itu-d', 'study-groups-itu-t']);
  });

  it('is nothing where no name of its kind is right before it', () => {
    const ru = russian(['предлагает Государствам-Членам и развития электросвязи', 'участвовать.']);
    expect(keys(first(ru), 'addressees')).toEqual(['member-states']);
    const body = russian([
      'поручает Директору Бюро радиосвязи',
      'содействовать сотрудничеству в области развития электросвязи.',
    ]);
    expect(body.clauses.flatMap((c) => c.mentions.map((m) => m.quote))).not.toContain('развития электросвязи');
  });
});
