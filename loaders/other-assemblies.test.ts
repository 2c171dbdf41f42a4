/**
 * Resolutions of the Radiocommunication Assembly and of the Council, whose texts state their identity otherwise than
 * those of WTSA, PP and WTDC: "RESOLUTION ITU-R 69-2" (the Sector before the number, the revision counted after it),
 * a history of years alone ("(2012-2015-2023)"), an opening that names the body without place or year ("The ITU
 * Radiocommunication Assembly,", "The Council,"), a margin symbol after the number ("RESOLUTION 1305 (MOD)").
 * Texts written for these tests; those in other languages take the fixtures' sections under a new identity.
 */
import { LoaderError } from '.';
import type { ParsedResolution } from '.';
import { fixtureBefore, fixtureLines, parseLines as parse } from '../test/support/resolution-lines';

const SECTIONS = [
  'considering',
  'a)\tthat radiocommunication systems support telemedicine in remote areas;',
  'b)\tthat Resolution 183 (Rev. Bucharest, 2022) of the Plenipotentiary Conference addresses e-health,',
  'resolves',
  '1\tthat ITU-R Study Groups 1 and 5 should continue their studies on e-health;',
  '2\tto cooperate with ITU-T Study Group 16,',
  'invites Member States',
  'to contribute to these studies.',
];

/** A fixture's text with its first four lines (header, title, history, opening) replaced. */
function reidentified(file: string, identity: readonly string[]): string[] {
  return [...identity, ...fixtureLines(file).slice(4)];
}

const identity = (doc: ParsedResolution) => ({
  body: doc.body.value,
  number: doc.number.value,
  year: doc.year.value,
  place: doc.place.value,
  label: doc.revisionLabel,
  history: doc.history.map((h) => h.year),
});

describe('Radiocommunication Assembly resolutions', () => {
  it('read their identity from the header, the history of years and the opening', () => {
    const doc = parse([
      'RESOLUTION ITU-R 69-2',
      'Development and deployment of radiocommunication systems for e-health',
      '(2012-2015-2023)',
      'The ITU Radiocommunication Assembly,',
      ...SECTIONS,
    ]);
    expect(identity(doc)).toEqual({
      body: 'RA',
      number: '69',
      year: 2023,
      place: null,
      label: 'Rev. 2, 2023',
      history: [2012, 2015, 2023],
    });
    expect([doc.body.source, doc.number.source, doc.year.source]).toEqual(['text', 'text', 'text']);
    expect(doc.title?.value).toBe('Development and deployment of radiocommunication systems for e-health');
    expect(doc.instructions.map((i) => i.kind)).toEqual(['RESOLVES', 'INVITES']);
  });

  it('are a first version when no revision follows the number', () => {
    const doc = parse([
      'RESOLUTION ITU-R 71',
      'Radiocommunication systems for e-health',
      '(2023)',
      'The Radiocommunication Assembly,',
      ...SECTIONS,
    ]);
    expect(identity(doc)).toMatchObject({ body: 'RA', number: '71', year: 2023, label: '2023' });
  });

  it.each([
    [
      'French',
      'fr-resolution.txt',
      ['RÉSOLUTION UIT-R 69-2', 'Titre', '(2012-2015-2023)', "L'Assemblée des radiocommunications de l'UIT,"],
    ],
    [
      'Spanish',
      'es-resolution.txt',
      ['RESOLUCIÓN UIT-R 69-2', 'Título', '(2012-2015-2023)', 'La Asamblea de Radiocomunicaciones de la UIT,'],
    ],
    [
      'Russian',
      'ru-wtdc-resolution.txt',
      ['РЕЗОЛЮЦИЯ МСЭ-R 69-2', 'Название', '(2012-2015-2023 гг.)', 'Ассамблея радиосвязи МСЭ,'],
    ],
    [
      'Arabic',
      'ar-wtdc-resolution.txt',
      ['القرار ITU-R 69-2', 'العنوان', '(2012-2015-2023)', 'إن جمعية الاتصالات الراديوية،'],
    ],
    [
      'Chinese',
      'zh-pp-resolution.txt',
      ['ITU-R第69-2号决议', '标题', '（2012-2015-2023年）', '国际电联无线电通信全会，'],
    ],
  ])('are read in %s', (_language, file, lines) => {
    const doc = parse(reidentified(file, lines));
    expect(identity(doc)).toMatchObject({ body: 'RA', number: '69', year: 2023, history: [2012, 2015, 2023] });
  });

  it.each([
    ['Russian', 'ru-wtdc-resolution.txt', ['РЕЗОЛЮЦИЯ МСЭ-R 99 (2023 г.)', 'Название', 'Ассамблея радиосвязи МСЭ,']],
    ['Arabic', 'ar-wtdc-resolution.txt', ['القرار ITU-R 99 (2023)', 'العنوان', 'إن جمعية الاتصالات الراديوية،']],
    ['Chinese', 'zh-pp-resolution.txt', ['ITU-R第99号决议（2023年）', '标题', '国际电联无线电通信全会，']],
  ])('give the year in brackets after the number, with no history line, in %s', (_language, file, lines) => {
    const doc = parse(reidentified(file, lines));
    expect(identity(doc)).toMatchObject({ body: 'RA', number: '99', year: 2023, history: [2023] });
  });

  it.each([
    ['English', null, ['RESOLUTION ITU-R 69-1', 'Title', '(2012-2015)', 'The ITU Radiocommunication Assembly,']],
    [
      'French',
      'fr-resolution.txt',
      ['RÉSOLUTION UIT-R 69-1', 'Titre', '(2012-2015)', "L'Assemblée des radiocommunications de l'UIT,"],
    ],
    [
      'Spanish',
      'es-resolution.txt',
      ['RESOLUCIÓN UIT-R 69-1', 'Título', '(2012-2015)', 'La Asamblea de Radiocomunicaciones de la UIT,'],
    ],
    [
      'Russian',
      'ru-wtdc-resolution.txt',
      ['РЕЗОЛЮЦИЯ МСЭ-R 69-1', 'Название', '(2012-2015 гг.)', 'Ассамблея радиосвязи МСЭ,'],
    ],
    [
      'Arabic',
      'ar-wtdc-resolution.txt',
      ['القرار ITU-R 69-1', 'العنوان', '(2012-2015)', 'إن جمعية الاتصالات الراديوية،'],
    ],
    ['Chinese', 'zh-pp-resolution.txt', ['ITU-R第69-1号决议', '标题', '（2012-2015年）', '国际电联无线电通信全会，']],
  ] as const)('read a history of years on the header line as on a line of its own, in %s', (_language, file, lines) => {
    const [header, title, years, opening] = lines;
    const oneLine = [`${header}${header.endsWith('号决议') ? '' : ' '}${years}`, title, opening];
    const read = (identityLines: string[]) => {
      const doc = parse(file ? reidentified(file, identityLines) : [...identityLines, ...SECTIONS]);
      return { ...identity(doc), history: doc.history, title: doc.title?.value };
    };
    expect(read(oneLine)).toEqual(read([...lines]));
    expect(read(oneLine)).toMatchObject({ body: 'RA', number: '69', year: 2015, label: 'Rev. 1, 2015' });
  });

  it.each([
    [
      'English',
      null,
      ['RESOLUTION ITU-R 69-1 (2012-2015)', 'Title', '(2012-2019)', 'The ITU Radiocommunication Assembly,'],
    ],
    [
      'Chinese',
      'zh-pp-resolution.txt',
      ['ITU-R第69-1号决议（2012-2015年）', '标题', '（2012-2019年）', '国际电联无线电通信全会，'],
    ],
  ] as const)(
    'warn where the header and the history line below it give other years, the line read (%s)',
    (_language, file, lines) => {
      const doc = parse(file ? reidentified(file, [...lines]) : [...lines, ...SECTIONS]);
      expect(identity(doc)).toMatchObject({ year: 2019, history: [2012, 2019] });
      const warnings = doc.diagnostics.filter((d) => d.code === 'HISTORY_CONFLICT');
      expect(warnings).toEqual([expect.objectContaining({ severity: 'warning', line: 3, column: 1 })]);
      expect(warnings[0]?.message).toContain('2012-2015');
      expect(warnings[0]?.message).toContain('2012-2019');
      expect(warnings[0]?.message).toContain(`line 1`);
    },
  );

  it('give no warning where the history line below the header gives its years again', () => {
    const doc = parse([
      'RESOLUTION ITU-R 69-1 (2012-2015)',
      'Title',
      '(2012-2015)',
      'The ITU Radiocommunication Assembly,',
      ...SECTIONS,
    ]);
    expect(identity(doc)).toMatchObject({ year: 2015, history: [2012, 2015] });
    expect(doc.diagnostics.map((d) => d.code)).not.toContain('HISTORY_CONFLICT');
  });

  it('do not make "ITU-R" in running text the Radiocommunication Assembly of a citation', () => {
    const lines = fixtureLines('zh-pp-resolution.txt');
    const at = lines.findIndex((l) => l.startsWith('b)'));
    lines.splice(at + 1, 0, 'c)\tITU-R第5研究组的工作和第130号决议（2018年，迪拜，修订版），');
    lines[at] = (lines[at] ?? '').replace(/，$/, '；');
    const doc = parse(lines);
    const cited = doc.citations.find((c) => c.entity.type === 'ItuResolution' && c.entity.number === '130');
    expect(cited?.entity).toMatchObject({ body: 'PP' });
  });
});

describe('World Radiocommunication Conference resolutions', () => {
  it.each([
    [
      'English',
      null,
      'RESOLUTION 646 (REV.WRC-19)',
      'The World Radiocommunication Conference (Sharm el-Sheikh, 2019),',
    ],
    [
      'French',
      'fr-resolution.txt',
      'RÉSOLUTION 646 (RÉV.CMR-19)',
      'La Conférence mondiale des radiocommunications (Charm el-Cheikh, 2019),',
    ],
    [
      'Spanish',
      'es-resolution.txt',
      'RESOLUCIÓN 646 (REV.CMR-19)',
      'La Conferencia Mundial de Radiocomunicaciones (Sharm el-Sheikh, 2019),',
    ],
    [
      'Russian',
      'ru-wtdc-resolution.txt',
      'РЕЗОЛЮЦИЯ 646 (ПЕРЕСМ. ВКР-19)',
      'Всемирная конференция радиосвязи (Шарм-эль-Шейх, 2019 г.),',
    ],
  ])('read the number before the conference named in brackets (%s)', (_language, file, header, opening) => {
    // The English text has the sections above; the others take their fixture's.
    const sections = file ? reidentified(file, []) : SECTIONS;
    const doc = parse([header, 'Title', opening, ...sections]);
    expect(identity(doc)).toMatchObject({ body: 'WRC', number: '646', year: 2019 });
    expect(doc.revisionLabel.startsWith('Rev. ')).toBe(true);
  });
});

describe('World Radiocommunication Conference resolutions without a place in the opening', () => {
  it.each([
    ['RESOLUTION 646 (REV.WRC-19)', 2019],
    ['RESOLUTION 646 (REV.WRC-97)', 1997],
    ['RESOLUTION 646 (WRC-2000)', 2000],
  ])('take the year from the header: %s', (header, year) => {
    const doc = parse([header, 'Title', 'The World Radiocommunication Conference,', ...SECTIONS]);
    expect(identity(doc)).toMatchObject({ body: 'WRC', number: '646', year });
  });
});

describe('Council resolutions', () => {
  const COUNCIL = ['RESOLUTION 1305 (MOD)', 'Role of ITU in e-health', 'The Council,', ...SECTIONS];

  it('read the number beside a margin symbol and the Council from the opening', () => {
    const doc = parse(COUNCIL, { version: { year: 2024 } });
    expect(identity(doc)).toMatchObject({ body: 'COUNCIL', number: '1305', year: 2024, place: null });
    expect([doc.body.source, doc.number.source, doc.year.source]).toEqual(['text', 'text', 'manifest']);
  });

  it.each([
    ['English', null, 'decides to instruct the Secretary-General', '1\tto report on e-health.'],
    ['Spanish', 'es-resolution.txt', 'decide encargar al Secretario General', '1\tque informe sobre la cibersalud.'],
    ['Russian', 'ru-resolution.txt', 'постановляет поручить Генеральному секретарю', '1\tпредставить отчет.'],
  ])('instruct where they decide to instruct (%s)', (_language, file, heading, item) => {
    const before = file ? fixtureBefore(file, /^(?:resuelve|решает)/u) : COUNCIL.slice(0, 6);
    const doc = parse([...before, heading, item], { version: { year: 2024 } });
    const last = doc.instructions.at(-1);
    expect(last).toMatchObject({ kind: 'INSTRUCTS', marker: 'resolves-to-instruct' });
    expect(last?.addressees.map((m) => ('key' in m.entity ? m.entity.key : null))).toEqual(['secretary-general']);
  });

  it('need the year from the manifest, since their text does not state it', () => {
    let error: unknown;
    try {
      parse(COUNCIL);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LoaderError);
    expect(error).toMatchObject({ code: 'IDENTITY_MISSING', found: 'no year in the text' });
    expect((error as LoaderError).hint).toContain('version.year');
  });
});
