/**
 * Citations whose revision bracket names the assembly by its acronym and year ("Resolution 646 (Rev.WRC-19)"), as
 * radiocommunication texts cite a World Radiocommunication Conference's resolutions, in each language: the bracket
 * gives the version, and the body it names is the citation's, never the adopting assembly's. Texts written for these
 * tests, in a WTDC resolution (whose own body a citation naming none would take).
 */
import { parseResolutionText } from '../test/support/resolution-mentions';
import { WTDC } from '../test/support/wtdc-texts';
import type { Language } from '../test/support/wtdc-texts';

/** The ITU resolutions a WTDC text holding `item` cites, as "BODY N", then the year and whether "Rev." says revised. */
function cites(language: Language, item: string): string[] {
  return parseResolutionText(WTDC[language](item), 'dated-revisions-s36.txt')
    .clauses.flatMap((c) => c.mentions)
    .flatMap(({ entity: e }) =>
      e.type === 'ItuResolution'
        ? [`${e.body} ${e.number}${e.revision ? ` (${e.revision.revised ? 'Rev. ' : ''}${e.revision.year})` : ''}`]
        : [],
    );
}

describe('a revision bracket that names the assembly by its acronym and year', () => {
  it.each([
    // The probe's texts: the body named after the bracket, read after it.
    ['ru', 'Резолюцию 646 (Пересм. ВКР-19) Всемирной конференции радиосвязи,', 'WRC 646 (Rev. 2019)'],
    ['ar', 'بالقرار 646 (Rev.WRC-19) للمؤتمر العالمي للاتصالات الراديوية،', 'WRC 646 (Rev. 2019)'],
    ['fr', 'la Résolution 646 (Rév.CMR-12) de la Conférence mondiale des radiocommunications,', 'WRC 646 (Rev. 2012)'],
    ['es', 'la Resolución 646 (Rev.CMR-19) de la Conferencia Mundial de Radiocomunicaciones,', 'WRC 646 (Rev. 2019)'],
    // The bracket alone names the body.
    ['ru', 'Резолюцию 646 (Пересм. ВКР‑19),', 'WRC 646 (Rev. 2019)'],
    ['ar', 'بالقرار 646 (المراجَع في المؤتمر WRC-19)،', 'WRC 646 (Rev. 2019)'],
    ['fr', 'la Résolution 646 (RÉV.CMR-12),', 'WRC 646 (Rev. 2012)'],
    ['fr', 'la Résolution 646 (Rév. CMR-15),', 'WRC 646 (Rev. 2015)'],
    ['es', 'la Resolución 646 (Rev. CMR-15),', 'WRC 646 (Rev. 2015)'],
    // Without the revision word: the version adopted then.
    ['ru', 'Резолюцию 647 (ВКР-07),', 'WRC 647 (2007)'],
    ['ar', 'بالقرار 647 (WRC-07)،', 'WRC 647 (2007)'],
    ['fr', 'la Résolution 647 (CMR-07),', 'WRC 647 (2007)'],
    ['es', 'la Resolución 647 (CMR-07),', 'WRC 647 (2007)'],
  ] as const)('%s: "%s"', (language, item, expected) => {
    expect(cites(language, item)).toEqual([expected]);
  });

  it.each([
    ['en', 'Resolution 1 (Rev.WTSA-16),', 'WTSA 1 (Rev. 2016)'],
    ['en', 'Resolution 183 (PP-22),', 'PP 183 (2022)'],
    ['ru', 'Резолюцию 1 (Пересм. ВАСЭ-16),', 'WTSA 1 (Rev. 2016)'],
    ['ar', 'بالقرار 1 (Rev.WTSA-16)،', 'WTSA 1 (Rev. 2016)'],
    ['fr', 'la Résolution 1 (Rév.AMNT-16),', 'WTSA 1 (Rev. 2016)'],
    ['es', 'la Resolución 1 (Rev.AMNT-16),', 'WTSA 1 (Rev. 2016)'],
    ['es', 'la Resolución 28 (Rev.AR-15),', 'RA 28 (Rev. 2015)'],
  ] as const)('%s: any acronym the table writes with a year: "%s"', (language, item, expected) => {
    expect(cites(language, item)).toEqual([expected]);
  });

  it.each([
    ['fr', 'la Résolution UIT-R 55-3,'],
    ['es', 'la Resolución UIT-R 55-3,'],
    ['ru', 'Резолюцию МСЭ-R 55-3,'],
    ['ar', 'بالقرار ITU-R 55-3،'],
  ] as const)('%s: leaves the Radiocommunication Assembly’s numbering as it was ("%s")', (language, item) => {
    expect(cites(language, item)).toEqual(['RA 55']);
  });
});

describe('a bracket no template reads that names an assembly', () => {
  it.each([
    ['en', 'Resolution 646 (as revised by WRC-19),', 'WRC 646'],
    ['ru', 'Резолюцию 646 (пересмотренную на ВКР-19),', 'WRC 646'],
    ['fr', 'la Résolution 646 (telle que révisée par la CMR-19),', 'WRC 646'],
  ] as const)('%s: gives the citation that body, not the adopting assembly’s ("%s")', (language, item, expected) => {
    expect(cites(language, item)).toEqual([expected]);
  });

  it('gives none where it names two', () => {
    expect(cites('en', 'Resolution 646 (WRC-19 and WTSA-16 texts),')).toEqual(['WTDC 646']);
  });
});
