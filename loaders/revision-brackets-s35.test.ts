/**
 * Revision brackets as a PDF's text often writes them: no space after the comma before the year ("(Rev.
 * Bucharest,2022)", "(Dubai,2018; Busan,2014)"), in headers, history and opening lines and citations, in each language
 * that writes the place before the year. Texts written for these tests.
 */
import { citedResolutions, parseResolutionText } from '../test/support/resolution-mentions';
import { WTDC } from '../test/support/wtdc-texts';
import type { ParsedResolution } from './types';

/** The ITU resolutions the document cites, as "BODY N (place year)". */
const cited = (text: string): string[] => citedResolutions(parseResolutionText(text, 'revision-brackets-s35.txt'));

/** What the document is, as "BODY N (place year)", and its history as "place year" entries. */
function identity(text: string): { resolution: string; history: string[] } {
  const doc: ParsedResolution = parseResolutionText(text, 'revision-brackets-s35.txt');
  return {
    resolution: `${doc.body.value} ${doc.number.value} (${doc.place.value} ${doc.year.value})`,
    history: doc.history.map((h) => `${h.place} ${h.year}`),
  };
}

describe('no space after the comma before the year', () => {
  it('en: reads both revisions, and the body named after each bracket (the probe’s WTSA text)', () => {
    const item =
      'Resolution 183 (Rev. Bucharest,2022) of the Plenipotentiary Conference and Resolution 2 (Rev.Kigali,2022) of the World Telecommunication Development Conference,';
    expect(cited(WTDC.en(item))).toEqual(['PP 183 (Bucharest 2022)', 'WTDC 2 (Kigali 2022)']);
  });

  it.each([
    ['fr', 'a)\tla Résolution 183 (Rév. Bucarest,2022) de la Conférence de plénipotentiaires;'],
    ['es', 'a)\tla Resolución 183 (Rev. Bucarest,2022) de la Conferencia de Plenipotenciarios;'],
    ['ru', 'a)\tРезолюцию 183 (Пересм. Бухарест,2022 г.) Полномочной конференции;'],
    ['ar', 'أ )\tبالقرار 183 (المراجَع في بوخارست،2022) لمؤتمر المندوبين المفوضين؛'],
  ] as const)('%s: reads the revision of a citation (%s)', (language, item) => {
    expect(cited(WTDC[language](item))).toEqual(['PP 183 (Bucharest 2022)']);
  });

  it('reads the revision written after the body', () => {
    expect(cited(WTDC.en('a)\tResolution 183 of the Plenipotentiary Conference (Rev. Bucharest,2022);'))).toEqual([
      'PP 183 (Bucharest 2022)',
    ]);
  });

  it('reads the revision of each later member of a list', () => {
    expect(
      cited(
        WTDC.en(
          'a)\tResolutions 64 (Rev. Bucharest,2022) and 123 (Rev. Dubai,2018) of the Plenipotentiary Conference;',
        ),
      ),
    ).toEqual(['PP 64 (Bucharest 2022)', 'PP 123 (Dubai 2018)']);
  });

  it.each([
    ['en', 'RESOLUTION 65 (Rev. Kigali, 2022)', 'RESOLUTION 65 (Rev. Kigali,2022)'],
    ['ar', 'القرار 65 (المراجَع في كيغالي، 2022)', 'القرار 65 (المراجَع في كيغالي،2022)'],
    ['ru', 'РЕЗОЛЮЦИЯ 65 (Пересм. Кигали, 2022 г.)', 'РЕЗОЛЮЦИЯ 65 (Пересм. Кигали,2022 г.)'],
  ] as const)('%s: loads a text whose header writes it so', (language, header, unspaced) => {
    expect(identity(WTDC[language]('a)\tthe work of the Sector;').replace(header, unspaced)).resolution).toBe(
      'WTDC 65 (Kigali 2022)',
    );
  });

  it('reads a history line written so', () => {
    const text = WTDC.en('a)\tthe work of the Sector;').replace(
      'Telehealth for all\n',
      'Telehealth for all\n(Hyderabad,2010; Dubai,2014; Buenos Aires,2017; Kigali,2022)\n',
    );
    expect(identity(text).history).toEqual(['Hyderabad 2010', 'Dubai 2014', 'Buenos Aires 2017', 'Kigali 2022']);
  });

  it('reads an opening line written so', () => {
    const text = WTDC.en('a)\tthe work of the Sector;').replace('(Kigali, 2022),', '(Kigali,2022),');
    expect(parseResolutionText(text).identitySpans.opening).not.toBeNull();
  });
});

describe('no comma before the year, after the body and in a list', () => {
  it.each([
    ['en', 'a)\tResolution 183 of the Plenipotentiary Conference (Rev. Bucharest 2022);'],
    ['fr', 'a)\tla Résolution 183 de la Conférence de plénipotentiaires (Rév. Bucarest 2022);'],
  ] as const)('%s: reads the revision written after the body (%s)', (language, item) => {
    expect(cited(WTDC[language](item))).toEqual(['PP 183 (Bucharest 2022)']);
  });

  it.each([
    'a)\tResolutions 64 (Rev. Bucharest 2022) and 123 (Rev. Dubai 2018) of the Plenipotentiary Conference;',
    'a)\tResolutions 64 (Rev. Bucharest, 2022) and 123 (Rev. Dubai 2018) of the Plenipotentiary Conference;',
    'a)\tResolutions 64 (Rev. Bucharest 2022) and 123 (Rev. Dubai,2018) of the Plenipotentiary Conference;',
  ])('reads each later member of a list with its revision (%s)', (item) => {
    expect(cited(WTDC.en(item))).toEqual(['PP 64 (Bucharest 2022)', 'PP 123 (Dubai 2018)']);
  });

  it('reads no revision, and no member, from a bracket that is a remark', () => {
    // Bucharest 2022 was a Plenipotentiary Conference: the session table gives the body the text does not write.
    expect(cited(WTDC.en('a)\tResolutions 64 (Rev. Bucharest, 2022) and 123 (see Annex 2022);'))).toEqual([
      'PP 64 (Bucharest 2022)',
    ]);
  });

  it.each([
    ['en', '(Hyderabad 2010; Dubai 2014; Kigali 2022)'],
    ['ru', '(Хайдарабад 2010 г.; Дубай 2014 г.; Кигали 2022 г.)'],
  ] as const)('%s: reads a history line whose entries write no comma (%s)', (language, line) => {
    const [, title] = WTDC[language]('a)\tthe work of the Sector;').split('\n');
    const text = WTDC[language]('a)\tthe work of the Sector;').replace(`${title}\n`, `${title}\n${line}\n`);
    expect(identity(text).history).toEqual(['Hyderabad 2010', 'Dubai 2014', 'Kigali 2022']);
  });
});
