/**
 * Chinese and Arabic citations of ITU resolutions whose body the loaders misread: the adopting assembly named as
 * "this conference" in Chinese (本次大会, 本届大会, 本届全会), the bodies' dated acronyms as Chinese and Arabic texts
 * write them in Latin ("PP-22第183号决议", "القرار 183 (PP-22)"), and a revision bracket with no comma between the
 * place and the year ("(Rev. Bucharest 2022)"). Texts written for these tests.
 */
import { citedResolutions, parseResolutionText } from '../test/support/resolution-mentions';
import { WTDC } from '../test/support/wtdc-texts';

/** The ITU resolutions the document cites, as "BODY N (place year)". */
const cited = (text: string): string[] => citedResolutions(parseResolutionText(text, 'zh-ar-s35.txt'));

describe('the adopting assembly named in Chinese (lexicon ownBodyNames)', () => {
  it('reads it right before a citation, after another body in the clause', () => {
    expect(cited(WTDC.zh('a)\t全权代表大会第183号决议和本次大会第175号决议；'))).toEqual(['PP 183', 'WTDC 175']);
  });

  it('reads it in a bracket after a citation', () => {
    expect(cited(WTDC.zh('a)\t全权代表大会第139号决议和第175号决议（本届大会）；'))).toEqual(['PP 139', 'WTDC 175']);
  });

  it('reads an assembly that calls itself 全会', () => {
    expect(cited(WTDC.zh('a)\t世界电信标准化全会第78号决议和本届全会第66号决议；'))).toEqual(['WTSA 78', 'WTDC 66']);
  });
});

describe('a body by its dated acronym in Chinese and Arabic (lexicon datedNames)', () => {
  it('zh: reads the acronym before a citation', () => {
    expect(cited(WTDC.zh('a)\tPP-22第183号决议和WTSA-20第78号决议；'))).toEqual(['PP 183', 'WTSA 78']);
  });

  it('zh: reads the acronym after another body of the clause', () => {
    expect(cited(WTDC.zh('a)\t全权代表大会第183号决议和WTSA-24第78号决议；'))).toEqual(['PP 183', 'WTSA 78']);
  });

  it('ar: reads the acronym alone in a bracket after a citation', () => {
    // The bracket gives the version of that session too, as "(WRC-07)" does (see dated-revisions-s36.test.ts).
    expect(cited(WTDC.ar('أ )\tبالقرار 183 (PP-22)؛'))).toEqual(['PP 183 (null 2022)']);
  });

  it('ar: reads the acronym after the word for the assembly', () => {
    expect(cited(WTDC.ar('أ )\tبالقرار 1 (المراجَع في نيودلهي، 2024) للجمعية WTSA-24؛'))).toEqual([
      'WTSA 1 (New Delhi 2024)',
    ]);
  });

  it('ar: keeps the body whose name the bracketed acronym repeats', () => {
    expect(cited(WTDC.ar('أ )\tبالقرار 183 لمؤتمر المندوبين المفوضين (PP-22) والقرار 2؛'))).toEqual([
      'PP 183',
      'WTDC 2',
    ]);
  });
});

describe('a revision bracket with no comma before the year', () => {
  it.each([
    ['en', 'a)\tResolution 183 (Rev. Bucharest 2022) of the Plenipotentiary Conference;', ['PP 183 (Bucharest 2022)']],
    [
      'en',
      'a)\tResolution 130 (Rev. Dubai 2018) and Resolution 2 (Rev. Kigali, 2022);',
      // Dubai 2018 was a Plenipotentiary Conference: the session table gives the body the text does not write.
      ['PP 130 (Dubai 2018)', 'WTDC 2 (Kigali 2022)'],
    ],
    [
      'fr',
      'a)\tla Résolution 183 (Rév. Bucarest 2022) de la Conférence de plénipotentiaires;',
      ['PP 183 (Bucharest 2022)'],
    ],
    ['ru', 'a)\tРезолюцию 183 (Пересм. Бухарест 2022 г.) Полномочной конференции;', ['PP 183 (Bucharest 2022)']],
    ['ar', 'أ )\tبالقرار 183 (المراجَع في بوخارست 2022) لمؤتمر المندوبين المفوضين؛', ['PP 183 (Bucharest 2022)']],
  ] as const)('%s: reads the revision as with the comma (%s)', (language, item, expected) => {
    expect(cited(WTDC[language](item))).toEqual(expected);
  });

  it('reads no revision from a bracket that neither writes the revision word nor names a known place', () => {
    expect(cited(WTDC.en('a)\tResolution 183 (see Annex 2022);'))).toEqual(['WTDC 183']);
  });
});
