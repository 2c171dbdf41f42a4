/**
 * The body of a cited ITU resolution as texts write it besides its full name: an acronym with the session's year
 * ("WTDC-22", "PP-18", "ВАСЭ-24"), the Sector whose assembly adopts it ("Resolution 65 of ITU-D"), the adopting
 * assembly itself ("… and 175 of this conference"), and a body written right before one member of a list that
 * names another body after its last. Texts written for these tests.
 */
import { citedResolutions, parseResolutionText } from '../test/support/resolution-mentions';
import { WTDC } from '../test/support/wtdc-texts';

/** The ITU resolutions the document cites, as "BODY N (place year)". */
const cited = (text: string): string[] => citedResolutions(parseResolutionText(text, 'citation-bodies.txt'));

/** A short WTSA resolution holding `item` in its preamble. */
const wtsa = (item: string): string =>
  `RESOLUTION 78 (Rev. New Delhi, 2024)\nTitle\nThe World Telecommunication Standardization Assembly (New Delhi, 2024),\nrecalling\n${item}\ninvites Member States\nto consider this.\n`;

describe('a body named by its acronym and the year of the session', () => {
  it('en: reads "of WTDC-22" after a citation and "PP-22" before one', () => {
    expect(cited(wtsa('a)\tResolution 2 (Rev. Kigali, 2022) of WTDC-22 and PP-22 Resolution 183,'))).toEqual([
      'WTDC 2 (Kigali 2022)',
      'PP 183',
    ]);
  });

  it('en: reads the year after any hyphen ("PP‑18", "WTSA–20")', () => {
    expect(cited(WTDC.en('a)\tResolution 183 of PP‑18 and Resolution 78 of WTSA–20;'))).toEqual(['PP 183', 'WTSA 78']);
  });

  it.each([
    ['fr', "a)\tla Résolution 78 de l'AMNT-24 et la Résolution 183 de la PP-22,", ['WTSA 78', 'PP 183']],
    ['es', 'a)\tla Resolución 78 de la AMNT-24 y la Resolución 2 de la CMDT-17,', ['WTSA 78', 'WTDC 2']],
    ['ru', 'a)\tРезолюцию 78 ВАСЭ-24 и Резолюцию 183 ПК-22,', ['WTSA 78', 'PP 183']],
  ] as const)('%s: reads a dated acronym after a citation', (language, item, expected) => {
    expect(cited(WTDC[language](item))).toEqual(expected);
  });

  it('does not read an acronym with a year of other digits as the body ("WTSA-2024" is no form)', () => {
    expect(cited(WTDC.en('a)\tResolution 78 of WTSA-2024;'))).toEqual(['WTDC 78']);
  });
});

describe('a body named by its Sector', () => {
  it('reads the Sector after a citation as its assembly ("Resolution 65 of ITU-D")', () => {
    expect(cited(wtsa('a)\tResolution 65 of ITU-D and Resolution 69 of ITU-R;'))).toEqual(['WTDC 65', 'RA 69']);
  });

  it('reads the Sector right before a citation as its assembly ("ITU-D Resolution 65 and ITU-T Resolution 79")', () => {
    expect(cited(WTDC.en('a)\tITU-D Resolution 66 and ITU-T Resolution 79;'))).toEqual(['WTDC 66', 'WTSA 79']);
  });

  it('does not take a study group of the Sector for the assembly ("of ITU-D Study Group 1")', () => {
    expect(cited(wtsa('a)\tthe work under Resolution 9 of ITU-D Study Group 1;'))).toEqual(['WTSA 9']);
  });
});

describe('a body written right before a member of a list', () => {
  it('is not overridden by the body named after the last member', () => {
    expect(
      cited(
        WTDC.en(
          'a)\tWTSA Resolution 78 (Rev. New Delhi, 2024), of Resolution 183 (Rev. Bucharest, 2022) of the Plenipotentiary Conference;',
        ),
      ),
    ).toEqual(['WTSA 78 (New Delhi 2024)', 'PP 183 (Bucharest 2022)']);
  });

  it('still shares the body named after the last with a member that names none', () => {
    expect(
      cited(WTDC.en('a)\tResolution 139 (Rev. Bucharest, 2022), Resolution 71 of the Plenipotentiary Conference;')),
    ).toEqual(['PP 139 (Bucharest 2022)', 'PP 71']);
  });
});

describe('the adopting assembly named after a list of its own resolutions', () => {
  it.each([
    ['en', 'a)\tResolutions 139 (Rev. Bucharest, 2022), 140 (Rev. Bucharest, 2022) and 175 of this conference,'],
    ['en', 'a)\tResolutions 139 (Rev. Bucharest, 2022), 140 (Rev. Bucharest, 2022) and 175 of the present Conference,'],
    [
      'fr',
      'a)\tles Résolutions 139 (Rév. Bucarest, 2022), 140 (Rév. Bucarest, 2022) et 175 de la présente Conférence,',
    ],
    [
      'es',
      'a)\tlas Resoluciones 139 (Rev. Bucarest, 2022), 140 (Rev. Bucarest, 2022) y 175 de la presente Conferencia,',
    ],
    [
      'ru',
      'a)\tРезолюции 139 (Пересм. Бухарест, 2022 г.), 140 (Пересм. Бухарест, 2022 г.) и 175 настоящей конференции,',
    ],
    ['ar', 'أ )\tبالقرارات 139 (المراجَع في بوخارست، 2022) و140 (المراجَع في بوخارست، 2022) و175 لهذا المؤتمر؛'],
  ] as const)('%s: reads the bare last member as the adopting assembly’s', (language, item) => {
    expect(cited(WTDC[language](item))).toEqual(['WTDC 139 (Bucharest 2022)', 'WTDC 140 (Bucharest 2022)', 'WTDC 175']);
  });
});

describe('a body named on the next line of the clause', () => {
  it.each([
    ['en', 'b)\tResolution 78 (Rev. Hammamet, 2016)\nof the World Telecommunication Standardization Assembly,'],
    ['ru', 'b)\tРезолюцию 78 (Пересм. Хаммамет, 2016 г.)\nВсемирной ассамблеи по стандартизации электросвязи,'],
    [
      'fr',
      "b)\tla Résolution 78 (Rév. Hammamet, 2016)\nde l'Assemblée mondiale de normalisation des télécommunications,",
    ],
  ] as const)('%s: reads the body after a line break in the clause', (language, item) => {
    expect(cited(WTDC[language](item))).toEqual(['WTSA 78 (Hammamet 2016)']);
  });
});

describe('a revision bracket with the year written out (года)', () => {
  it.each([['ru', 'a)\tРезолюцию 183 (Пересм. Бухарест, 2022 года) Полномочной конференции;']] as const)(
    '%s: reads the revision and the body (%s)',
    (language, item) => {
      expect(cited(WTDC[language](item))).toEqual(['PP 183 (Bucharest 2022)']);
    },
  );
});
