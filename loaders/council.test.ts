/**
 * Council texts: a header that states the year of a modified text ("RESOLUTION 1408 (modified 2023)") or of the first
 * ("(2009)"), a note in brackets below it, Decisions, a series numbered apart from resolutions ("DECISION 482
 * (modified 2020)", Spanish "ACUERDO 482"), and citations of the Council's resolutions and decisions in other
 * assemblies' texts. Texts written for these tests; those in other languages take the fixtures' sections under a new
 * identity.
 */
import type { ParsedResolution } from '.';
import { fixtureLines, parseLines as parse } from '../test/support/resolution-lines';
import { WTDC } from '../test/support/wtdc-texts';

/** An English Council text with `header` and the lines after it. */
const council = (header: string, ...below: string[]): string[] => [
  'Council 2023',
  'Geneva, 11-21 July 2023',
  '',
  header,
  ...below,
  'Role of ITU in e-health',
  'The Council,',
  'recalling',
  'Resolution 183 (Rev. Bucharest, 2022) of the Plenipotentiary Conference,',
  'decides',
  'that ITU shall continue to cooperate with WHO,',
  'instructs the Secretary-General',
  'to report to the Council.',
];

/** A fixture's text with its first four lines (header, title, history, opening) replaced. */
const reidentified = (file: string, identity: readonly string[]): string[] => [
  ...identity,
  ...fixtureLines(file).slice(4),
];

const identity = (doc: ParsedResolution) => ({
  body: doc.body.value,
  series: doc.series,
  number: doc.number.value,
  year: doc.year.value,
  yearSource: doc.year.source,
  place: doc.place.value,
  label: doc.revisionLabel,
});

/** The ITU resolutions and decisions a document cites, as "BODY series N (label)". */
const cited = (doc: ParsedResolution): string[] =>
  doc.citations.flatMap((c) =>
    c.entity.type === 'ItuResolution'
      ? [
          `${c.entity.body} ${c.entity.series} ${c.entity.number}${
            c.entity.revision
              ? ` (${c.entity.revision.revised ? 'Rev. ' : ''}${c.entity.revision.place ?? ''}${c.entity.revision.year})`
              : ''
          }`,
        ]
      : [],
  );

/** A WTSA text whose one preamble item is `item`. */
const wtsa = (item: string): ParsedResolution =>
  parse([
    'RESOLUTION 78 (Rev. Geneva, 2022)',
    'Telehealth',
    'The World Telecommunication Standardization Assembly (Geneva, 2022),',
    'recalling',
    `${item},`,
    'resolves',
    'to continue the work.',
  ]);

/** What a header "RESOLUTION 1408 (modified 2023)" says, in any language: no place, since it names none. */
const MODIFIED_1408 = {
  body: 'COUNCIL',
  series: 'resolution',
  number: '1408',
  year: 2023,
  yearSource: 'text',
  place: null,
  label: 'Rev. 2023',
};

describe('Council resolutions that state their year in the header', () => {
  it('read "(modified 2023)" as the version of that year, revised, in no place the text does not name', () => {
    const doc = parse(council('RESOLUTION 1408 (modified 2023)'));
    expect(identity(doc)).toEqual(MODIFIED_1408);
  });

  it('read a year alone as the first version, and keep the place the manifest gives', () => {
    const doc = parse(council('RESOLUTION 1305 (2009)'), { version: { place: 'Geneva' } });
    expect(identity(doc)).toMatchObject({ number: '1305', year: 2009, place: 'Geneva', label: 'Geneva, 2009' });
    expect(doc.place.source).toBe('manifest');
  });

  it('do not take a note in brackets below the header for the title', () => {
    const doc = parse(council('RESOLUTION 1408 (modified 2023)', '(adopted at the ninth Plenary Meeting)'));
    expect(doc.title?.value).toBe('Role of ITU in e-health');
    expect(doc.instructions.map((i) => i.kind)).toEqual(['RESOLVES', 'INSTRUCTS']);
  });

  it.each([
    ['English', 'RESOLUTION 1408 (modified 2023) (adopted at the ninth Plenary Meeting)'],
    [
      'English, with a session and a margin symbol',
      'RESOLUTION 1408 (C23) (adopted at the ninth Plenary Meeting) (MOD)',
    ],
  ])('read a note in brackets on the header line as no part of the identity: %s', (_case, header) => {
    const doc = parse(council(header));
    expect(identity(doc)).toMatchObject({ body: 'COUNCIL', number: '1408', year: 2023 });
    expect(doc.title?.value).toBe('Role of ITU in e-health');
    expect(doc.instructions.map((i) => i.kind)).toEqual(['RESOLVES', 'INSTRUCTS']);
  });

  it.each([
    [
      'French',
      'fr-resolution.txt',
      'RÉSOLUTION 1408 (MODIFIÉE 2023) (adoptée à la neuvième séance plénière)',
      'Le Conseil,',
    ],
    [
      'Spanish',
      'es-resolution.txt',
      'RESOLUCIÓN 1408 (MODIFICADA 2023) (adoptada en la novena sesión plenaria)',
      'El Consejo,',
    ],
    [
      'Russian',
      'ru-wtdc-resolution.txt',
      'РЕЗОЛЮЦИЯ 1408 (изменена в 2023 г.) (принята на девятом пленарном заседании)',
      'Совет,',
    ],
    ['Arabic', 'ar-wtdc-resolution.txt', 'القرار 1408 (المعدَّل 2023) (اعتُمد في الجلسة العامة التاسعة)', 'إن المجلس،'],
    ['Chinese', 'zh-pp-resolution.txt', '第1408号决议（2023年修改）（在第九次全体会议上通过）', '理事会，'],
  ])('read a note on the header line in %s', (_language, file, header, opening) => {
    const doc = parse(reidentified(file, [header, 'Title', opening]));
    expect(identity(doc)).toEqual(MODIFIED_1408);
  });

  it('do not read a bracket that is no note as one: the header stays unread', () => {
    expect(() => parse(council('RESOLUTION 1408 (modified 2023) (see Annex 2)'))).toThrow(/IDENTITY_MISSING/);
  });

  it.each([
    ['French', 'fr-resolution.txt', ['RÉSOLUTION 1408 (MODIFIÉE 2023)', 'Titre', 'Le Conseil,']],
    ['Spanish', 'es-resolution.txt', ['RESOLUCIÓN 1408 (MODIFICADA 2023)', 'Título', 'El Consejo,']],
    ['Russian', 'ru-wtdc-resolution.txt', ['РЕЗОЛЮЦИЯ 1408 (изменена в 2023 г.)', 'Название', 'Совет,']],
    ['Arabic', 'ar-wtdc-resolution.txt', ['القرار 1408 (المعدَّل 2023)', 'العنوان', 'إن المجلس،']],
    ['Chinese', 'zh-pp-resolution.txt', ['第1408号决议（2023年修改）', '标题', '理事会，']],
  ])('are read in %s', (_language, file, lines) => {
    const doc = parse(reidentified(file, lines));
    expect(identity(doc)).toEqual(MODIFIED_1408);
  });
});

describe('Council decisions', () => {
  it('are texts of their own series, with their number and year', () => {
    const doc = parse(council('DECISION 482 (modified 2020)', '(adopted at the ninth Plenary Meeting)'));
    expect(identity(doc)).toEqual({
      body: 'COUNCIL',
      series: 'decision',
      number: '482',
      year: 2020,
      yearSource: 'text',
      place: null,
      label: 'Rev. 2020',
    });
    expect(doc.title?.value).toBe('Role of ITU in e-health');
  });

  it.each([
    ['French', 'fr-resolution.txt', ['DÉCISION 482 (MODIFIÉE 2020)', 'Titre', 'Le Conseil,']],
    ['Spanish', 'es-resolution.txt', ['ACUERDO 482 (MODIFICADO 2020)', 'Título', 'El Consejo,']],
    ['Russian', 'ru-wtdc-resolution.txt', ['РЕШЕНИЕ 482 (изменено в 2020 г.)', 'Название', 'Совет,']],
    ['Arabic', 'ar-wtdc-resolution.txt', ['المقرر 482 (المعدَّل 2020)', 'العنوان', 'إن المجلس،']],
    ['Chinese', 'zh-pp-resolution.txt', ['第482号决定（2020年修改）', '标题', '理事会，']],
  ])('are read in %s', (_language, file, lines) => {
    const doc = parse(reidentified(file, lines));
    expect(identity(doc)).toMatchObject({ body: 'COUNCIL', series: 'decision', number: '482', year: 2020 });
  });

  it('are declared by the manifest where the text has no header that says so', () => {
    const lines = council('Role of ITU in e-health').filter((l) => l !== 'Role of ITU in e-health');
    const manifest = { resolution: { number: '482', series: 'decision' as const }, version: { year: 2020 } };
    expect(identity(parse(lines, manifest))).toMatchObject({ series: 'decision', number: '482', year: 2020 });
    expect(identity(parse(lines, { ...manifest, resolution: { number: '482' } }))).toMatchObject({
      series: 'resolution',
    });
  });

  it("keep the series the header states over the manifest's", () => {
    const doc = parse(council('RESOLUTION 1408 (modified 2023)'), { resolution: { series: 'decision' } });
    expect(identity(doc)).toMatchObject({ series: 'resolution', number: '1408' });
  });

  it('cite the resolution of their own number: it is another text', () => {
    const lines = council('DECISION 482 (modified 2020)');
    lines[lines.indexOf('recalling') + 1] = 'Resolution 482 (2019) of the Council,';
    expect(cited(parse(lines))).toEqual(['COUNCIL resolution 482 (2019)']);
  });
});

describe('Council texts that name their sessions, as the compilation of resolutions and decisions does', () => {
  it('read "(C-1985, last amended C19)" as the version of 2019, amended since the first of 1985', () => {
    const doc = parse(council('RESOLUTION 925 (C-1985, last amended C19)'));
    expect(identity(doc)).toMatchObject({
      body: 'COUNCIL',
      number: '925',
      year: 2019,
      place: null,
      label: 'Rev. 2019',
    });
    expect(doc.history).toEqual([
      { place: null, year: 1985 },
      { place: null, year: 2019 },
    ]);
  });

  it('read "(C19)" as the first version, of 2019', () => {
    const doc = parse(council('RESOLUTION 1396 (C19)'));
    expect(identity(doc)).toMatchObject({ number: '1396', year: 2019, label: '2019' });
    expect(doc.history).toEqual([{ place: null, year: 2019 }]);
  });

  it("read a decision's sessions alike, two digits before 50 being of the 2000s", () => {
    const doc = parse(council('DECISION 482 (C01, last amended C20)'));
    expect(identity(doc)).toMatchObject({ series: 'decision', number: '482', year: 2020, label: 'Rev. 2020' });
    expect(doc.history.map((h) => h.year)).toEqual([2001, 2020]);
  });

  it.each([
    ['French', 'fr-resolution.txt', ['RÉSOLUTION 925 (C-1985, modifiée en dernier lieu C19)', 'Titre', 'Le Conseil,']],
    [
      'Spanish',
      'es-resolution.txt',
      ['RESOLUCIÓN 925 (C-1985, modificada por última vez C19)', 'Título', 'El Consejo,'],
    ],
    // The Russian texts write the session's letter in Cyrillic.
    ['Russian', 'ru-wtdc-resolution.txt', ['РЕЗОЛЮЦИЯ 925 (С-1985, последнее изменение С19)', 'Название', 'Совет,']],
    ['Arabic', 'ar-wtdc-resolution.txt', ['القرار 925 (C-1985، آخر تعديل C19)', 'العنوان', 'إن المجلس،']],
    ['Chinese', 'zh-pp-resolution.txt', ['第925号决议（C-1985，最后修改C19）', '标题', '理事会，']],
  ])('are read in %s', (_language, file, lines) => {
    const doc = parse(reidentified(file, lines));
    expect(identity(doc)).toMatchObject({ body: 'COUNCIL', number: '925', year: 2019, label: 'Rev. 2019' });
  });

  it.each([
    ['en', 'a)\tResolution 1305 (C09) and Decision 482 (C01, last amended C20);'],
    ['fr', 'a)\tla Résolution 1305 (C09) et la Décision 482 (C01, modifiée en dernier lieu C20);'],
    ['es', 'a)\tla Resolución 1305 (C09) y el Acuerdo 482 (C01, modificado por última vez C20);'],
    ['ru', 'a)\tРезолюцию 1305 (С09) и Решение 482 (С01, последнее изменение С20);'],
    ['ar', 'أ )\tالقرار 1305 (C09) والمقرر 482 (C01، آخر تعديل C20)؛'],
    ['zh', 'a)\t第1305号决议（C09）和第482号决定（C01，最后修改C20）；'],
  ] as const)("are cited, in %s, as the Council's though no body is named", (language, item) => {
    expect(cited(parse(WTDC[language](item).split('\n')))).toEqual([
      'COUNCIL resolution 1305 (2009)',
      'COUNCIL decision 482 (Rev. 2020)',
    ]);
  });
});

describe("citations of the Council's resolutions and decisions", () => {
  it.each([
    ['Resolution 1305 (2009) of the Council', ['COUNCIL resolution 1305 (2009)']],
    ['Council Resolution 1332 (modified 2016)', ['COUNCIL resolution 1332 (Rev. 2016)']],
    [
      'Resolution 1408 of the ITU Council and Council Decision 482',
      ['COUNCIL resolution 1408', 'COUNCIL decision 482'],
    ],
    ['Decision 482 (modified 2020) of the Council', ['COUNCIL decision 482 (Rev. 2020)']],
    ['Resolution 1408 and Decision 482 of the Council', ['COUNCIL resolution 1408', 'COUNCIL decision 482']],
  ])('in a WTSA text: %s', (citation, expected) => {
    expect(cited(wtsa(citation))).toEqual(expected);
  });

  it.each([
    ['fr', 'a)\tla Résolution 1305 (2009) du Conseil et la Décision 482 (modifiée 2020) du Conseil;'],
    ['es', 'a)\tla Resolución 1305 (2009) del Consejo y el Acuerdo 482 (modificado 2020) del Consejo;'],
    ['ru', 'a)\tРезолюцию 1305 (2009 г.) Совета и Решение 482 (изменено в 2020 г.) Совета;'],
    ['ar', 'أ )\tالقرار 1305 (2009) للمجلس والمقرر 482 (المعدَّل 2020) للمجلس؛'],
    ['zh', 'a)\t理事会第1305号决议（2009年）和理事会第482号决定（2020年修改）；'],
  ] as const)('in a WTDC text in %s', (language, item) => {
    const doc = parse(WTDC[language](item).split('\n'));
    expect(cited(doc)).toEqual(['COUNCIL resolution 1305 (2009)', 'COUNCIL decision 482 (Rev. 2020)']);
  });

  it.each([
    ['أ )\tقرار المجلس 1305 (2009) ومقرر المجلس 482 (المعدَّل 2020)؛'],
    ['أ )\tبقرار المجلس 1305 (2009) وبمقرر المجلس 482 (المعدَّل 2020)؛'],
  ])('in Arabic, with the Council between the word and the number: %s', (item) => {
    expect(cited(parse(WTDC.ar(item).split('\n')))).toEqual([
      'COUNCIL resolution 1305 (2009)',
      'COUNCIL decision 482 (Rev. 2020)',
    ]);
  });

  it.each([
    // A year after the Council, or another body in the construct: no resolution numbered so.
    ['أ )\tبقرار المجلس 2019 بشأن الصحة الرقمية؛'],
    ['أ )\tبقرار المؤتمر العالمي لتنمية الاتصالات 2022 بشأن الصحة الرقمية؛'],
  ])('not in Arabic where a year follows the body: %s', (item) => {
    expect(cited(parse(WTDC.ar(item).split('\n')))).toEqual([]);
  });

  it.each([
    ['fr', 'a)\tla Décision 482 (modifiée en 2020) du Conseil;'],
    ['es', 'a)\tel Acuerdo 482 (modificado en 2020) del Consejo;'],
  ] as const)('with "en" before the year, in %s', (language, item) => {
    expect(cited(parse(WTDC[language](item).split('\n')))).toEqual(['COUNCIL decision 482 (Rev. 2020)']);
  });
});

describe('what is no citation of a decision', () => {
  it.each([
    // Only the Plenipotentiary Conference and the Council number decisions: with no body named, not WTSA's.
    ['Decision 482, and Resolution 11 (Rev. Dubai, 2018)', ['PP resolution 11 (Rev. Dubai2018)']],
    // A decision of another numbering (UNFCCC), and the word in lower case.
    ['Decision 1/CP.21 of the Conference of the Parties', []],
    ['the decision 2 of the Plenipotentiary Conference', []],
  ])('%s', (item, expected) => {
    expect(cited(wtsa(item))).toEqual(expected);
  });

  it('nor a year in Russian prose ("решения 2019 года")', () => {
    const doc = parse(WTDC.ru('a)\tучитывая решения 2019 года Совета;').split('\n'));
    expect(cited(doc)).toEqual([]);
  });
});
