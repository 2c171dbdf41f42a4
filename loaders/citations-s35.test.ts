/**
 * Citations found lost or misread in real ITU texts: the body of a resolution cited without one, read from the
 * assembly session its revision names; SDGs by number after the 2030 Agenda; WHA and UN General Assembly resolutions
 * written with the acronym or the body after the number; organisations headed by "Office"; Chinese "lead study
 * group"; a Russian spelling of Antalya. Texts written for these tests.
 */
import { citedResolutions, parseResolutionText } from '../test/support/resolution-mentions';
import { WTDC } from '../test/support/wtdc-texts';

/** The ITU resolutions the document cites, as "BODY N (place year)". */
const cited = (text: string): string[] => citedResolutions(parseResolutionText(text, 'citations-s35.txt'));

/** A short WTSA resolution holding `item` in its preamble. */
const wtsa = (item: string): string =>
  `RESOLUTION 78 (Rev. New Delhi, 2024)\nTitle\nThe World Telecommunication Standardization Assembly (New Delhi, 2024),\nrecalling\n${item}\nresolves\nto continue.\n`;

describe('the body of a resolution cited without one, from the session its revision names', () => {
  it('en: reads the Plenipotentiary Conference and WTDC sessions in a WTSA text', () => {
    expect(
      cited(
        wtsa(
          'a)\tResolution 139 (Rev. Bucharest, 2022) and Resolution 65 (Rev. Kigali, 2022);\nb)\tResolution 183 (Rev. Busan, 2014), on e-health,',
        ),
      ),
    ).toEqual(['PP 139 (Bucharest 2022)', 'WTDC 65 (Kigali 2022)', 'PP 183 (Busan 2014)']);
  });

  it("en: a list's shared body is not that of a member whose revision names another assembly's session", () => {
    expect(
      cited(
        wtsa(
          'Resolution 54 (Rev. Kigali, 2022) and Resolution 183 (Rev. Bucharest, 2022) of the Plenipotentiary Conference,',
        ),
      ),
    ).toEqual(['WTDC 54 (Kigali 2022)', 'PP 183 (Bucharest 2022)']);
  });

  it('fr, es, ru: reads the session in each language', () => {
    expect(cited(WTDC.fr('a)\tla Résolution 139 (Rév. Bucarest, 2022),'))).toEqual(['PP 139 (Bucharest 2022)']);
    expect(cited(WTDC.es('a)\tla Resolución 78 (Rev. Nueva Delhi, 2024),'))).toEqual(['WTSA 78 (New Delhi 2024)']);
    expect(cited(WTDC.ru('a)\tРезолюцию 183 (Пересм. Дубай, 2018 г.),'))).toEqual(['PP 183 (Dubai 2018)']);
  });

  it('keeps a body the text writes for the citation, and the adopting assembly where the session is unknown', () => {
    expect(
      cited(
        wtsa(
          'a)\tResolution 65 (Rev. Bucharest, 2022) of the World Telecommunication Development Conference;\nb)\tResolution 2 (Rev. Geneva, 2022);\nc)\tResolution 7 (Rev. Tunis, 2005);',
        ),
      ),
    ).toEqual(['WTDC 65 (Bucharest 2022)', 'WTSA 2 (Geneva 2022)', 'WTSA 7 (Tunis 2005)']);
  });

  it('does not read a session two assemblies held at once (Radiocommunication Assembly and WRC)', () => {
    expect(cited(wtsa('a)\tResolution 9 (Rev. Sharm el-Sheikh, 2019);'))).toEqual(['WTSA 9 (Sharm el-Sheikh 2019)']);
  });
});
