/**
 * How resolution files are split and how operative headings are read where a line break or a comma falls in an
 * unusual place, as real exports of ITU texts have them: an operative heading ending with a comma as the last one
 * before the next resolution of a file, or right after the opening; a suppressed resolution's entry (margin symbol
 * SUP, header and title) at the end of a Final Acts extract; a heading broken over two lines in a text whose lines
 * are paragraphs. Texts written for these tests.
 */
import { parseDocument, parseDocuments } from '.';
import type { ParsedInstruction, ParsedPart, ParsedResolution } from '.';
import { citedResolutions, parseResolutionText } from '../test/support/resolution-mentions';
import { fileOfLines as text, resolutionsOf as resolutions } from '../test/support/resolution-lines';

const keys = (i: ParsedInstruction | undefined, side: 'addressees' | 'collaborators'): string[] =>
  (i?.[side] ?? []).map((m) => ('key' in m.entity ? m.entity.key : JSON.stringify(m.entity))).sort();
const sectionKeys = (doc: ParsedResolution | undefined): string[] => (doc?.sections ?? []).map((s) => s.key);
const failures = (parts: readonly ParsedPart[]): string[] =>
  parts.flatMap((p) => (p.ok ? [] : [`${p.error.code}: ${p.error.message}`]));

const PP = 'The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),';
const PP_FR = "La Conférence de plénipotentiaires de l'Union internationale des télécommunications (Bucarest, 2022),";
const SECOND_EN = [
  '',
  'RESOLUTION 214 (Bucharest, 2022)',
  'Artificial intelligence technologies and telecommunications/ICTs',
  PP,
  'considering',
  'the work of the Focus Group on AI for Health (FG-AI4H),',
  'resolves',
  'that the Council shall consider the matter.',
];
const SECOND_FR = [
  '',
  'RÉSOLUTION 214 (Bucarest, 2022)',
  "Technologies d'intelligence artificielle et télécommunications/TIC",
  PP_FR,
  'décide',
  'que le Conseil examinera la question.',
];

describe('a file of several resolutions whose operative heading ends with a comma', () => {
  it('splits off the next resolution after a last heading that ends with a comma on its own line', () => {
    const parts = parseDocuments({
      file: 'final-acts.txt',
      content: text(
        'RESOLUTION 183 (Rev. Bucharest, 2022)',
        'Telecommunication/ICT applications for e-health',
        PP,
        'recalling',
        'Resolution 78 (Rev. Geneva, 2022) of the World Telecommunication Standardization Assembly,',
        'instructs the Secretary-General, in consultation with the Directors of the three Bureaux,',
        'to coordinate e-health activities.',
        ...SECOND_EN,
      ),
    });
    expect(failures(parts)).toEqual([]);
    const [first, second] = resolutions(parts);
    expect([first?.number.value, second?.number.value]).toEqual(['183', '214']);
    expect(sectionKeys(first)).toEqual(['recalling', 'instructs-1']);
    expect(keys(first?.instructions[0], 'addressees')).toEqual(['secretary-general']);
    expect(citedResolutions(first as ParsedResolution)).toEqual(['WTSA 78 (Geneva 2022)']);
    expect(sectionKeys(second)).toEqual(['considering', 'resolves-1']);
  });

  it('does so in French too', () => {
    const parts = parseDocuments({
      file: 'actes-finals.txt',
      content: text(
        'RÉSOLUTION 183 (Rév. Bucarest, 2022)',
        'Applications des télécommunications/TIC pour la cybersanté',
        PP_FR,
        'rappelant',
        "la Résolution 78 (Rév. Genève, 2022) de l'AMNT,",
        'charge le Secrétaire général, en consultation avec les Directeurs des trois Bureaux,',
        'de coordonner les activités de cybersanté.',
        ...SECOND_FR,
      ),
    });
    expect(failures(parts)).toEqual([]);
    const [first, second] = resolutions(parts);
    expect([first?.number.value, second?.number.value]).toEqual(['183', '214']);
    expect(sectionKeys(first)).toEqual(['recalling', 'instructs-1']);
    expect(first?.instructions.map((i) => i.kind)).toEqual(['INSTRUCTS']);
    expect(sectionKeys(second)).toEqual(['resolves-1']);
    expect(second?.instructions.map((i) => i.kind)).toEqual(['RESOLVES']);
  });
});

describe('an operative heading that ends with a comma right after the opening', () => {
  it('is read as the heading of the body below it, with its collaborators', () => {
    const doc = parseResolutionText(
      [
        'RESOLUTION 183 (Rev. Bucharest, 2022)',
        'Telecommunication/ICT applications for e-health',
        PP,
        'instructs the Secretary-General, in consultation with the Directors of the three Bureaux,',
        'to coordinate e-health activities.',
        '',
      ].join('\n'),
    );
    expect(sectionKeys(doc)).toEqual(['instructs-1']);
    expect(keys(doc.instructions[0], 'addressees')).toEqual(['secretary-general']);
    expect(keys(doc.instructions[0], 'collaborators')).toEqual(['director-bdt', 'director-br', 'director-tsb']);
  });

  it('is read above its items in Russian', () => {
    const doc = parseResolutionText(
      [
        'РЕЗОЛЮЦИЯ 78 (Пересм. Женева, 2022 г.)',
        'Название',
        'Всемирная ассамблея по стандартизации электросвязи (Женева, 2022 г.),',
        'поручает 16-й Исследовательской комиссии МСЭ-Т в сотрудничестве с 20-й Исследовательской комиссией МСЭ-Т, каждой в соответствии со своим мандатом,',
        '1\tразработать Рекомендации по электронному здравоохранению;',
        '2\tсотрудничать с ВОЗ.',
        '',
      ].join('\n'),
    );
    expect(sectionKeys(doc)).toEqual(['instructs-1']);
    expect(doc.instructions[0]?.items).toHaveLength(2);
    expect(keys(doc.instructions[0], 'addressees')).toEqual(['{"type":"StudyGroup","sector":"ITU-T","number":16}']);
  });

  it('opens the operative part of the first of two resolutions, which keeps to its own text', () => {
    const parts = parseDocuments({
      file: 'actes-finals.txt',
      content: text(
        'RÉSOLUTION 183 (Rév. Bucarest, 2022)',
        'Applications des télécommunications/TIC pour la cybersanté',
        PP_FR,
        'charge le Secrétaire général, en consultation avec les Directeurs des trois Bureaux,',
        'de coordonner les activités de cybersanté.',
        ...SECOND_FR,
      ),
    });
    expect(failures(parts)).toEqual([]);
    const [first, second] = resolutions(parts);
    expect([first?.number.value, second?.number.value]).toEqual(['183', '214']);
    expect(first?.instructions.map((i) => i.kind)).toEqual(['INSTRUCTS']);
    expect(keys(first?.instructions[0], 'addressees')).toEqual(['secretary-general']);
    expect(second?.instructions.map((i) => i.kind)).toEqual(['RESOLVES']);
  });

  it('still fails a text of the opening and a sentence that only starts like a heading', () => {
    expect(() =>
      parseResolutionText(
        [
          'RESOLUTION 183 (Rev. Bucharest, 2022)',
          'Telecommunication/ICT applications for e-health',
          PP,
          'the text of this file was lost in transit,',
          'and nothing else remains of it,',
          'sorry',
          '',
        ].join('\n'),
      ),
    ).toThrow(expect.objectContaining({ code: 'STRUCTURE_UNRECOGNISED' }));
  });
});

describe('a suppressed resolution (SUP, header and title) at the end of a Final Acts extract', () => {
  const EN = [
    'ADD\tRESOLUTION 214 (Bucharest, 2022)',
    'Artificial intelligence technologies and telecommunications/information and communication technologies',
    PP,
    'instructs the Secretary-General',
    'to report to the Council on AI activities in ITU.',
    '',
    'SUP\tRESOLUTION 199 (Dubai, 2018)',
    'Promoting efficient spectrum management',
  ];

  it('is no resolution: the one before it is read, and the entry is reported as read as part of neither', () => {
    const parts = parseDocuments({ file: 'final-acts.txt', content: text(...EN) });
    expect(failures(parts)).toEqual([]);
    const [only, ...more] = resolutions(parts);
    expect(more).toEqual([]);
    expect(only?.number.value).toBe('214');
    expect(keys(only?.instructions[0], 'addressees')).toEqual(['secretary-general']);
    expect(only?.diagnostics.map((d) => `${d.code}:${d.line}`)).toContain('LINE_UNRECOGNISED:7');
    expect(citedResolutions(only as ParsedResolution)).toEqual([]);
  });

  it('is no resolution when the file is read as one either', () => {
    const doc = parseDocument({ file: 'final-acts.txt', content: text(...EN) });
    expect(doc.kind === 'resolution' && doc.instructions.map((i) => i.kind)).toEqual(['INSTRUCTS']);
  });

  it('is no resolution in Arabic, with the header alone', () => {
    const parts = parseDocuments({
      file: 'final-acts-ar.txt',
      content: text(
        'MOD\tالقرار 183 (المراجَع في بوخارست، 2022)',
        'تطبيقات الاتصالات/تكنولوجيا المعلومات والاتصالات في مجال الصحة الإلكترونية',
        'إن مؤتمر المندوبين المفوضين للاتحاد الدولي للاتصالات (بوخارست، 2022)،',
        'يكلف الأمين العام',
        'بالتعاون مع منظمة الصحة العالمية.',
        '',
        'SUP\tالقرار 199 (دبي، 2018)',
      ),
    });
    expect(failures(parts)).toEqual([]);
    const docs = resolutions(parts);
    expect(docs.map((d) => d.number.value)).toEqual(['183']);
    expect(docs[0]?.instructions.map((i) => i.kind)).toEqual(['INSTRUCTS']);
  });

  it('still fails a resolution cut short before it', () => {
    const parts = parseDocuments({
      file: 'final-acts.txt',
      content: text(...EN.slice(0, 4), 'to report to the Council on', '', ...EN.slice(6)),
    });
    expect(parts.map((p) => (p.ok ? 'ok' : p.error.code))).toEqual(['DOCUMENT_TRUNCATED']);
  });
});

const WTSA = [
  'RESOLUTION 95 (Rev. Geneva, 2022)',
  'Title',
  'The World Telecommunication Standardization Assembly (Geneva, 2022),',
];

describe('an operative heading broken over two lines in a text whose lines are paragraphs', () => {
  it('joins the addressees on the line below a marker alone', () => {
    const doc = parseResolutionText(
      [
        ...WTSA,
        'instructs',
        'the Director of the Telecommunication Standardization Bureau, in close collaboration with the Director of the Telecommunication Development Bureau,',
        '1\tto organize workshops on quality of service;',
        '2\tto report to TSAG on progress.',
        '',
      ].join('\n'),
    );
    const [instruction] = doc.instructions;
    expect(keys(instruction, 'addressees')).toEqual(['director-tsb']);
    expect(keys(instruction, 'collaborators')).toEqual(['director-bdt']);
    expect(instruction?.items).toHaveLength(2);
    expect(doc.diagnostics.map((d) => d.code)).not.toContain('ADDRESSEE_UNRECOGNISED');
  });

  it('joins a name broken by the line, above an unnumbered body', () => {
    const doc = parseResolutionText(
      [
        ...WTSA,
        'instructs the Director of the Telecommunication',
        'Standardization Bureau and the Director of the Telecommunication Development Bureau',
        'to assist developing countries in implementing this resolution.',
        '',
      ].join('\n'),
    );
    expect(keys(doc.instructions[0], 'addressees')).toEqual(['director-bdt', 'director-tsb']);
    expect(doc.diagnostics.map((d) => d.code)).not.toContain('ADDRESSEE_UNRECOGNISED');
  });

  it('keeps the collaborator of a collaboration phrase broken by the line', () => {
    const doc = parseResolutionText(
      [
        'RESOLUTION 65 (Rev. Kigali, 2022)',
        'Title',
        'The World Telecommunication Development Conference (Kigali, 2022),',
        'instructs the Director of the Telecommunication Development Bureau, in close collaboration',
        'with the Director of the Telecommunication Standardization Bureau,',
        '1\tto assist Member States in developing national e-health strategies;',
        '2\tto cooperate with WHO.',
        '',
      ].join('\n'),
    );
    const [instruction] = doc.instructions;
    expect(keys(instruction, 'addressees')).toEqual(['director-bdt']);
    expect(keys(instruction, 'collaborators')).toEqual(['director-tsb']);
    expect(instruction?.items).toHaveLength(2);
  });

  it('keeps it in Russian', () => {
    const doc = parseResolutionText(
      [
        'РЕЗОЛЮЦИЯ 65 (Пересм. Кигали, 2022 г.)',
        'Название',
        'Всемирная конференция по развитию электросвязи (Кигали, 2022 г.),',
        'поручает Директору Бюро развития электросвязи в тесном сотрудничестве',
        'с Директором Бюро стандартизации электросвязи',
        '1\tоказывать помощь Государствам-Членам;',
        '2\tсотрудничать со Всемирной организацией здравоохранения (ВОЗ).',
        '',
      ].join('\n'),
    );
    const [instruction] = doc.instructions;
    expect(keys(instruction, 'addressees')).toEqual(['director-bdt']);
    expect(keys(instruction, 'collaborators')).toEqual(['director-tsb']);
  });

  it('does not join a body line below a marker alone', () => {
    const doc = parseResolutionText(
      [...WTSA, 'resolves', 'the Council shall consider the matter', 'at its next session.', ''].join('\n'),
    );
    expect(doc.sections[0]?.heading).toBe('resolves');
  });
});
