/**
 * Radiocommunication Assembly and Council texts as analysts meet them: an RA header with its year in brackets
 * ("RESOLUTION ITU-R 99 (2023)"), the revision counted after the number kept in the version's label, RA resolutions
 * cited in a list ("Resolutions ITU-R 1-8 and ITU-R 2-8"), and a revision written after the body a citation names
 * ("Resolution 183 of the Plenipotentiary Conference (Rev. Bucharest, 2022)"). Texts written for these tests.
 */
import { parseDocument } from '.';
import type { ParsedResolution } from '.';
import { fixtureLines, parseLines as parse } from '../test/support/resolution-lines';
import { WTDC } from '../test/support/wtdc-texts';

const SECTIONS = [
  'considering',
  'a)\tthat radiocommunication systems support telemedicine in remote areas;',
  'resolves',
  '1\tthat ITU-R Study Group 5 should continue its studies on e-health.',
];

const identity = (doc: ParsedResolution) => ({
  body: [doc.body.value, doc.body.source],
  number: [doc.number.value, doc.number.source],
  year: [doc.year.value, doc.year.source],
  label: doc.revisionLabel,
  history: doc.history.map((h) => h.year),
});

describe('a Radiocommunication Assembly header', () => {
  it.each([
    ['English', null, 'RESOLUTION ITU-R 99 (2023)', 'The ITU Radiocommunication Assembly,'],
    ['French', 'fr-resolution.txt', 'RÉSOLUTION UIT-R 99 (2023)', "L'Assemblée des radiocommunications de l'UIT,"],
    ['Spanish', 'es-resolution.txt', 'RESOLUCIÓN UIT-R 99 (2023)', 'La Asamblea de Radiocomunicaciones de la UIT,'],
  ])('gives the year in brackets after the number (%s)', (_language, file, header, opening) => {
    // The English text has the sections above; the others take their fixture's, after its header, title, history
    // and opening.
    const sections = file ? fixtureLines(file).slice(4) : SECTIONS;
    const doc = parse([header, 'Radiocommunication for e-health', opening, ...sections]);
    expect(identity(doc)).toEqual({
      body: ['RA', 'text'],
      number: ['99', 'text'],
      year: [2023, 'text'],
      label: '2023',
      history: [2023],
    });
  });

  it('keeps the revision counted after the number in the version label, the year from the history line', () => {
    const doc = parse([
      'RESOLUTION ITU-R 69-1',
      'Development and implementation of e-health applications',
      '(2012-2015)',
      'The ITU Radiocommunication Assembly,',
      ...SECTIONS,
    ]);
    expect(identity(doc)).toEqual({
      body: ['RA', 'text'],
      number: ['69', 'text'],
      year: [2015, 'text'],
      label: 'Rev. 1, 2015',
      history: [2012, 2015],
    });
  });

  it('with a revision and its year in brackets reads both', () => {
    const doc = parse(['RESOLUTION ITU-R 69-2 (2023)', 'Title', 'The ITU Radiocommunication Assembly,', ...SECTIONS]);
    expect(identity(doc)).toMatchObject({ year: [2023, 'text'], label: 'Rev. 2, 2023' });
  });
});

/** The ITU resolutions the document cites, as "BODY N" with the revision's place and year where it names one. */
function cited(text: string): string[] {
  const doc = parseDocument({ file: 'citations.txt', content: Buffer.from(text, 'utf8') }) as ParsedResolution;
  return doc.citations.flatMap(({ entity: e }) =>
    e.type === 'ItuResolution'
      ? [
          `${e.body} ${e.series === 'decision' ? 'D' : ''}${e.number}${e.revision ? ` (${e.revision.revised ? 'Rev. ' : ''}${e.revision.place ?? '-'} ${e.revision.year})` : ''}`,
        ]
      : [],
  );
}

describe('Radiocommunication Assembly resolutions cited', () => {
  it.each([
    ['en', 'a)\tResolutions ITU-R 1-8 and ITU-R 2-8 on the working methods,'],
    ['en', 'a)\tResolutions ITU-R 1-8 and 2-8 on the working methods,'],
    ['fr', 'a)\tles Résolutions UIT-R 1-8 et UIT-R 2-8 sur les méthodes de travail,'],
    ['es', 'a)\tlas Resoluciones UIT-R 1-8 y UIT-R 2-8 sobre los métodos de trabajo,'],
  ] as const)('%s: "%s" cites each member of a list', (language, item) => {
    expect(cited(WTDC[language](item))).toEqual(['RA 1', 'RA 2']);
  });

  it('cite the work of a number with its revision counted after it', () => {
    expect(cited(WTDC.en('a)\tResolution ITU-R 69-1,'))).toEqual(['RA 69']);
  });

  it('do not read a year as a number', () => {
    expect(cited(WTDC.en('a)\tResolutions ITU-R 2019 and 2023,'))).toEqual([]);
  });

  it.each([
    ['a)\tResolutions ITU-R 1-8 and ITU-R 2-8, 2023 edition,', ['RA 1', 'RA 2']],
    ['a)\tResolutions ITU-R 1-8 and ITU-R 2023,', ['RA 1']],
  ])('end a list before a year: "%s"', (item, expected) => {
    expect(cited(WTDC.en(item))).toEqual(expected);
  });

  it.each([
    // A number after the list that neither repeats the body's name nor counts a revision is no member.
    ['a)\tResolutions ITU-R 1-8 and ITU-R 2-8, 5 and 6 of the Plenipotentiary Conference;', ['RA 1', 'RA 2']],
    ['a)\tResolutions ITU-R 1-8 and 2 other resolutions,', ['RA 1']],
    // Not a member followed by a slash, nor a part of one ("2" of "2-8/2").
    ['a)\tResolutions ITU-R 1-8 and 2-8/2,', ['RA 1']],
    ['a)\tResolutions ITU-R 1-8, ITU-R 2 and ITU-R 3;', ['RA 1', 'RA 2', 'RA 3']],
  ])('read only the members of a list: "%s"', (item, expected) => {
    expect(cited(WTDC.en(item))).toEqual(expected);
  });

  it.each([
    // Bare numbers are members where their run ends the list: at punctuation, the end of the text or the RA's name.
    ['a)\tResolutions ITU-R 15, 19 and 22;', ['RA 15', 'RA 19', 'RA 22']],
    ['a)\tResolutions ITU-R 1 and 2;', ['RA 1', 'RA 2']],
    ['a)\tResolutions ITU-R 1 and 2', ['RA 1', 'RA 2']],
    ['a)\tResolutions ITU-R 1-8, 5 and ITU-R 6 on the working methods,', ['RA 1', 'RA 5', 'RA 6']],
    ['a)\tResolutions ITU-R 1 and 2 of the Radiocommunication Assembly,', ['RA 1', 'RA 2']],
    ['a)\tResolutions ITU-R 15, 19 and 22, 2023 edition,', ['RA 15', 'RA 19', 'RA 22']],
    // A run that ends with a word is no list's: "and 2 other resolutions", "5 and 6 of the Plenipotentiary Conference".
    ['a)\tResolutions ITU-R 1, 2 and 3 other resolutions,', ['RA 1']],
    ['a)\tResolutions ITU-R 1 and 2 of the Plenipotentiary Conference,', ['RA 1']],
  ])('read bare numbers that end a list: "%s"', (item, expected) => {
    expect(cited(WTDC.en(item))).toEqual(expected);
  });
});

describe('a revision written after the body a citation names', () => {
  it.each([
    ['en', 'a)\tResolution 183 of the PP (Rev. Bucharest, 2022),', ['PP 183 (Rev. Bucharest 2022)']],
    [
      'en',
      'a)\tResolution 183 of the Plenipotentiary Conference (Rev. Bucharest, 2022),',
      ['PP 183 (Rev. Bucharest 2022)'],
    ],
    [
      'en',
      'a)\tResolutions 139 and 71 of the Plenipotentiary Conference (Rev. Bucharest, 2022),',
      ['PP 139 (Rev. Bucharest 2022)', 'PP 71 (Rev. Bucharest 2022)'],
    ],
    ['en', 'a)\tResolution 1380 of the Council (modified 2019),', ['COUNCIL 1380 (Rev. - 2019)']],
    ['en', 'a)\tDecision 482 of the Council (C01, last modified C20),', ['COUNCIL D482 (Rev. - 2020)']],
    [
      'fr',
      'a)\tla Résolution 183 de la Conférence de plénipotentiaires (Rév. Bucarest, 2022),',
      ['PP 183 (Rev. Bucharest 2022)'],
    ],
    [
      'es',
      'a)\tla Resolución 183 de la Conferencia de Plenipotenciarios (Rev. Bucarest, 2022),',
      ['PP 183 (Rev. Bucharest 2022)'],
    ],
  ] as const)('%s: "%s" is the cited version', (language, item, expected) => {
    expect(cited(WTDC[language](item))).toEqual(expected);
  });

  it('is not read from a bracket that is no revision', () => {
    expect(cited(WTDC.en('a)\tResolution 183 of the Plenipotentiary Conference (PP),'))).toEqual(['PP 183']);
  });

  it("is not read after another body than the one that numbers the work: that body's revision", () => {
    expect(cited(WTDC.en('a)\tResolution ITU-R 69 of the Plenipotentiary Conference (Rev. Bucharest, 2022);'))).toEqual(
      ['RA 69'],
    );
  });

  it.each([
    ['ru', 'a)\tРешение 482 Совета (изменено в 2020 г.);', ['COUNCIL D482 (Rev. - 2020)']],
    ['es', 'a)\tel Acuerdo 482 del Consejo (modificado en 2020);', ['COUNCIL D482 (Rev. - 2020)']],
  ] as const)('%s: "%s" in the wording of decisions', (language, item, expected) => {
    expect(cited(WTDC[language](item))).toEqual(expected);
  });

  it.each([
    // Remarks, not revisions: no revision word, no place the lexicon knows.
    ['en', 'a)\tResolution 1 of the WTSA (see Annex A, 2022);', ['WTSA 1']],
    ['en', 'a)\tResolution 1 of the WTSA (as amended, 2022);', ['WTSA 1']],
    // The Council's forms, a session or a year alone, only after the Council.
    ['en', 'a)\tResolution 71 of the Plenipotentiary Conference (C19);', ['PP 71']],
    ['en', 'a)\tResolution 71 of the Plenipotentiary Conference (2019);', ['PP 71']],
    // A known place gives the first version without a revision word.
    ['en', 'a)\tResolution 1 of the WTSA (Hammamet, 2016);', ['WTSA 1 (Hammamet 2016)']],
    ['fr', "a)\tla Résolution 1 de l'AMNT (Hammamet, 2016);", ['WTSA 1 (Hammamet 2016)']],
  ] as const)('%s: "%s" reads only a revision', (language, item, expected) => {
    expect(cited(WTDC[language](item))).toEqual(expected);
  });

  it.each([
    // The venues of the assemblies and conferences, and their variant spellings, named as the lexicon names them.
    [
      'en',
      'a)\tResolution 5 of the World Telecommunication Development Conference (Valletta, 1998);',
      ['WTDC 5 (Valletta 1998)'],
    ],
    ['en', 'a)\tResolution 1 of the WTSA (Helsinki, 1993);', ['WTSA 1 (Helsinki 1993)']],
    ['en', 'a)\tResolution 2 of the Plenipotentiary Conference (Nice, 1989);', ['PP 2 (Nice 1989)']],
    ['en', 'a)\tResolution 1 of the WTSA (Florianopolis, 2004);', ['WTSA 1 (Florianópolis 2004)']],
    ['en', 'a)\tResolution 1 of the WTSA (Montréal, 2000);', ['WTSA 1 (Montreal 2000)']],
    ['en', 'a)\tResolution 1 of the WTSA (Genève, 1996);', ['WTSA 1 (Geneva 1996)']],
    ['en', 'a)\tResolution 2 of the Plenipotentiary Conference (Marrakech, 2002);', ['PP 2 (Marrakesh 2002)']],
    [
      'en',
      'a)\tResolution 5 of the World Telecommunication Development Conference (Sharm El Sheikh, 2019);',
      ['WTDC 5 (Sharm el-Sheikh 2019)'],
    ],
    ['fr', 'a)\tla Résolution 5 de la CMDT (La Valette, 1998);', ['WTDC 5 (Valletta 1998)']],
  ] as const)('%s: "%s" names a known venue', (language, item, expected) => {
    expect(cited(WTDC[language](item))).toEqual(expected);
  });
});

describe('Council citations', () => {
  it.each([
    ['Council Resolution 1380 (modified 2019)', ['COUNCIL 1380 (Rev. - 2019)']],
    ['Decision 482 (C01, last modified C20) of the Council', ['COUNCIL D482 (Rev. - 2020)']],
    ['Resolution 1405 (C22)', ['COUNCIL 1405 (- 2022)']],
  ])('"%s" cites the version it names', (citation, expected) => {
    expect(cited(WTDC.en(`a)\t${citation};`))).toEqual(expected);
  });
});
