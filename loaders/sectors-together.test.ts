/**
 * The Sectors named together: "the three Sectors" is each Sector; "the other two Sectors" the two other than the one
 * the clause named before (a Sector, or a Bureau or Director of one), else than the adopting assembly's; "the study
 * groups of the three Sectors" the study groups of all Sectors. Texts written for these tests; those in French,
 * Spanish, Russian, Arabic and Chinese start as the fixtures do.
 */
import type { ParsedInstruction, ParsedResolution } from '.';
import { fixtureBefore, parseLines as parse, partyKeys as keys } from '../test/support/resolution-lines';

const WTDC = 'The World Telecommunication Development Conference (Kigali, 2022),';
const PP = 'The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),';

function english(opening: string, operative: readonly string[]): ParsedResolution {
  return parse([
    'RESOLUTION 40 (Rev. Kigali, 2022)',
    'Digital health services for remote communities',
    opening,
    'recalling',
    'a)\tResolution 7 (Rev. Kigali, 2022) of the World Telecommunication Development Conference,',
    ...operative,
  ]);
}

/** The fixture's lines before its first operative heading (`first` finds it), then `operative`. */
const fromFixture = (file: string, first: RegExp, operative: readonly string[]): ParsedResolution =>
  parse([...fixtureBefore(file, first), ...operative]);

/** In English, a text written here; else a fixture's lines before its "invites" heading. Then `operative`. */
const INVITES_AT: Record<string, [string, RegExp]> = {
  ru: ['ru-resolution.txt', /^предлагает/],
  ar: ['ar-resolution.txt', /^تدعو/],
  zh: ['zh-pp-resolution.txt', /^邀请/],
};
const multilingual = (language: string, operative: readonly string[]): ParsedResolution => {
  if (language === 'en') return english(WTDC, ['resolves', '1\tthat telehealth matters,', ...operative]);
  const [file, first] = INVITES_AT[language] ?? [];
  if (!file || !first) throw new Error(`no fixture for ${language}`);
  return fromFixture(file, first, operative);
};

const instruction = (doc: ParsedResolution, kind: ParsedInstruction['kind']): ParsedInstruction | undefined =>
  doc.instructions.find((i) => i.kind === kind);

describe('the three Sectors', () => {
  it('are each Sector, quoting the words', () => {
    const doc = english(PP, [
      'instructs the Secretary-General, in coordination with all three Sectors,',
      '1\tto assist Member States in planning telehealth networks.',
    ]);
    const instructs = instruction(doc, 'INSTRUCTS');
    expect(keys(instructs, 'addressees')).toEqual(['secretary-general']);
    expect(keys(instructs, 'collaborators')).toEqual(['itu-d', 'itu-r', 'itu-t']);
    for (const m of instructs?.collaborators ?? []) expect(m.quote).toBe('all three Sectors');
  });

  it('have study groups, which are those of all Sectors, not of the assembly', () => {
    const doc = english(WTDC, ['instructs the study groups of the three Sectors', '1\tto take account of telehealth.']);
    const instructs = instruction(doc, 'INSTRUCTS');
    expect(keys(instructs, 'addressees')).toEqual(['study-groups']);
    expect(instructs?.addressees[0]?.quote).toBe('study groups of the three Sectors');
  });

  it('are no party where they say whose the party before is', () => {
    const doc = english(WTDC, [
      'instructs all groups of the three Sectors',
      '1\tto take account of telehealth;',
      '2\tto report,',
      'invites Sector Members of all three Sectors',
      '1\tto share experience of telehealth.',
    ]);
    expect(doc.instructions.map((i) => keys(i, 'addressees'))).toEqual([[], ['sector-members']]);
    expect(doc.diagnostics.map((d) => d.code)).toEqual(['ADDRESSEE_UNRECOGNISED']);
  });

  it.each([
    ['English, before the party', 'en', 'invites ITU Member States and ITU-T Sector Members', 'to share experience.'],
    ['Russian', 'ru', 'призывает Государства-Члены, Членов Сектора МСЭ-Т', 'делиться опытом.'],
    ['Arabic', 'ar', 'تشجع الدول الأعضاء وأعضاء قطاع تقييس الاتصالات', 'على تبادل الخبرات.'],
    ['Chinese', 'zh', '邀请各成员国和ITU-T部门成员', '分享经验。'],
  ])('are no party where they say whose the party next to them is (%s)', (_language, language, heading, body) => {
    const doc = multilingual(language, [heading, body]);
    expect(keys(doc.instructions.at(-1), 'addressees')).toEqual(['member-states', 'sector-members']);
    expect(doc.diagnostics).toEqual([]);
  });

  it.each([
    ['English', 'en', 'invites Member States and ITU-T', ['itu-t', 'member-states']],
    ['Arabic', 'ar', 'تشجع الدول الأعضاء وقطاع تقييس الاتصالات', ['itu-t', 'member-states']],
    ['Chinese', 'zh', '邀请各成员国和ITU-T', ['itu-t', 'member-states']],
    ['Russian, alone', 'ru', 'призывает МСЭ-Т', ['itu-t']],
  ])('are a party of their own on a list or alone (%s)', (_language, language, heading, expected) => {
    const doc = multilingual(language, [heading, '1\tto share experience.']);
    expect(keys(doc.instructions.at(-1), 'addressees')).toEqual(expected);
  });

  it('have study groups in Spanish too ("de los tres Sectores")', () => {
    const doc = fromFixture('es-resolution.txt', /^resuelve/, [
      'encarga a las Comisiones de Estudio de los tres Sectores',
      '1\tque prosigan los estudios sobre la cibersalud.',
    ]);
    expect(keys(instruction(doc, 'INSTRUCTS'), 'addressees')).toEqual(['study-groups']);
  });

  it('are each Sector in Chinese ("三个部门")', () => {
    const doc = fromFixture('zh-pp-resolution.txt', /^邀请/, [
      '邀请国际电联三个部门',
      '积极参加ITU-T第16研究组的工作。',
    ]);
    expect(keys(instruction(doc, 'INVITES'), 'addressees')).toEqual(['itu-d', 'itu-r', 'itu-t']);
  });
});

describe('the other two Sectors', () => {
  it('are the two other than the Sector of the Director named before', () => {
    const doc = english(WTDC, [
      'instructs the Director of the Telecommunication Standardization Bureau, in close collaboration with the other two Sectors',
      '1\tto assist Member States in planning telehealth networks.',
    ]);
    const instructs = instruction(doc, 'INSTRUCTS');
    expect(keys(instructs, 'addressees')).toEqual(['director-tsb']);
    expect(keys(instructs, 'collaborators')).toEqual(['itu-d', 'itu-r']);
  });

  it("are the two other than the assembly's own Sector when the clause names none", () => {
    const doc = english(WTDC, [
      'invites Member States, in liaison with the other two Sectors',
      '1\tto share experience of telehealth.',
    ]);
    expect(keys(instruction(doc, 'INVITES'), 'collaborators')).toEqual(['itu-r', 'itu-t']);
  });

  it('are no one in a Plenipotentiary text that names no Sector before them', () => {
    const doc = english(PP, [
      'invites Member States, in liaison with the other two Sectors',
      '1\tto share experience of telehealth.',
    ]);
    expect(keys(instruction(doc, 'INVITES'), 'collaborators')).toEqual([]);
  });

  it('make the Directors of the other two Bureaux relative to the assembly too', () => {
    const doc = english(WTDC, [
      'invites Member States, in liaison with the Directors of the other two Bureaux',
      '1\tto share experience of telehealth.',
    ]);
    expect(keys(instruction(doc, 'INVITES'), 'collaborators')).toEqual(['director-br', 'director-tsb']);
  });

  it.each([
    [
      'French',
      'fr-resolution.txt',
      /^décide/,
      'charge le Directeur du Bureau de développement des télécommunications, en collaboration avec les deux autres Secteurs',
      '1\tde poursuivre les études sur la cybersanté.',
      ['itu-r', 'itu-t'],
    ],
    [
      'Spanish',
      'es-resolution.txt',
      /^resuelve/,
      'encarga al Director de la Oficina de Desarrollo de las Telecomunicaciones, en colaboración con los otros dos Sectores',
      '1\tque prosiga los estudios sobre la cibersalud.',
      ['itu-r', 'itu-t'],
    ],
    [
      'Russian',
      'ru-wtdc-resolution.txt',
      /^решает/,
      'поручает Директору Бюро радиосвязи в тесном сотрудничестве с двумя другими Секторами',
      '1\tпродолжать исследования в области электронного здравоохранения.',
      ['itu-d', 'itu-t'],
    ],
    [
      'Arabic',
      'ar-wtdc-resolution.txt',
      /^يقرر/,
      'يكلف مدير مكتب تقييس الاتصالات، بالتعاون الوثيق مع القطاعين الآخرين',
      '1\tبمواصلة مساعدة الدول الأعضاء.',
      ['itu-d', 'itu-r'],
    ],
    [
      'Chinese',
      'zh-pp-resolution.txt',
      /^做出决议/,
      '责成电信发展局主任与另外两个部门密切合作',
      '1\t继续协助各成员国。',
      ['itu-r', 'itu-t'],
    ],
  ])('are read in %s', (_language, file, first, heading, item, expected) => {
    const doc = fromFixture(file, first, [heading, item]);
    const instructs = instruction(doc, 'INSTRUCTS');
    expect(instructs?.addressees).toHaveLength(1);
    expect(keys(instructs, 'collaborators')).toEqual(expected);
  });
});

describe('Sectors that say whose Sector Members, Associates or Academia are', () => {
  const headingKeys = (doc: ParsedResolution): string[] =>
    (doc.clauses.find((c) => c.address === doc.instructions.at(-1)?.address)?.mentions ?? []).map((m) =>
      'key' in m.entity ? m.entity.key : m.entity.type,
    );

  it('are part of the name, before it as a list, neither addressee nor mention', () => {
    const doc = multilingual('en', ['invites ITU-T, ITU-R and ITU-D Sector Members', 'to share experience.']);
    expect(keys(doc.instructions.at(-1), 'addressees')).toEqual(['sector-members']);
    expect(doc.instructions.at(-1)?.addressees[0]?.quote).toBe('ITU-T, ITU-R and ITU-D Sector Members');
    expect(headingKeys(doc)).toEqual(['sector-members']);
  });

  it('are part of the name after it, and of Associates and Academia too', () => {
    const doc = english(WTDC, [
      'considering',
      'that ITU-D Sector Members, Associates of ITU-T and ITU-D and ITU-D Academia share experience,',
      'invites ITU-T and Sector Members',
      '1\tto share experience.',
    ]);
    const considering = doc.clauses.find((c) => c.address === 'preamble/considering/body');
    expect(considering?.mentions.map((m) => m.quote)).toEqual([
      'ITU-D Sector Members',
      'Associates of ITU-T and ITU-D',
      'ITU-D Academia',
    ]);
    // A Sector a list joins to the group is a party of its own.
    expect(keys(doc.instructions.at(-1), 'addressees')).toEqual(['itu-t', 'sector-members']);
  });

  it.each([
    ['French', 'fr', "invite les Membres de Secteur de l'UIT-T et de l'UIT-D", 'à partager leur expérience.'],
    ['Spanish', 'es', 'invita a los Miembros de Sector del UIT-D', 'a compartir su experiencia.'],
    ['Russian', 'ru', 'предлагает Членам Сектора МСЭ-Т, МСЭ-R и МСЭ-D', 'делиться опытом.'],
    ['Chinese', 'zh', '邀请ITU-T、ITU-R和ITU-D部门成员', '分享经验。'],
  ])('are part of the name in %s', (_language, language, heading, body) => {
    const doc =
      language === 'fr'
        ? fromFixture('fr-resolution.txt', /^invite/, [heading, body])
        : language === 'es'
          ? fromFixture('es-resolution.txt', /^invita/, [heading, body])
          : multilingual(language, [heading, body]);
    expect(keys(doc.instructions.at(-1), 'addressees')).toEqual(['sector-members']);
    expect(headingKeys(doc)).toEqual(['sector-members']);
  });
});
