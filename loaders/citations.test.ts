/**
 * Citations of ITU resolutions in lists, as Plenipotentiary and WTDC texts write them: several numbers after one
 * "Resolutions" (the Arabic dual and plural, the Chinese 号决议 after a list) sharing the revision and the body named
 * around them, separate citations sharing the body named after the last, and a body named after one citation that
 * is not the next one's. Texts written for these tests.
 */
import { parseDocument } from '.';
import type { ParsedResolution } from '.';
import { WTDC } from '../test/support/wtdc-texts';

/** The ITU resolutions the document cites, as "BODY N (place year)". */
function cited(text: string): string[] {
  const doc = parseDocument({ file: 'citations.txt', content: Buffer.from(text, 'utf8') }) as ParsedResolution;
  return doc.clauses
    .flatMap((c) => c.mentions)
    .flatMap((m) =>
      m.entity.type === 'ItuResolution'
        ? [
            `${m.entity.body} ${m.entity.number}${m.entity.revision ? ` (${m.entity.revision.place} ${m.entity.revision.year})` : ''}`,
          ]
        : [],
    );
}

describe('citations of ITU resolutions in lists', () => {
  it.each([
    ['en', 'a)\tResolutions 78 and 90 (Rev. Geneva, 2022) of the World Telecommunication Standardization Assembly,'],
    [
      'fr',
      "a)\tles Résolutions 78 et 90 (Rév. Genève, 2022) de l'Assemblée mondiale de normalisation des télécommunications,",
    ],
    [
      'es',
      'a)\tlas Resoluciones 78 y 90 (Rev. Ginebra, 2022) de la Asamblea Mundial de Normalización de las Telecomunicaciones,',
    ],
    ['ru', 'a)\tРезолюции 78 и 90 (Пересм. Женева, 2022 г.) Всемирной ассамблеи по стандартизации электросвязи,'],
    ['zh', 'a)\t世界电信标准化全会第78和第90号决议（2022年，日内瓦，修订版）；'],
    ['ar', 'أ )\tبالقرارين 78 و90 (المراجَع في جنيف، 2022) للجمعية العالمية لتقييس الاتصالات؛'],
  ] as const)(
    '%s: reads each number of "Resolutions 78 and 90 (Rev. …)" with the revision and body of the list',
    (language, item) => {
      expect(cited(WTDC[language](item))).toEqual(['WTSA 78 (Geneva 2022)', 'WTSA 90 (Geneva 2022)']);
    },
  );

  it.each([
    [
      'en',
      'a)\tResolution 139 (Rev. Bucharest, 2022) and Resolution 71 (Rev. Bucharest, 2022) of the Plenipotentiary Conference,',
    ],
    [
      'fr',
      'a)\tla Résolution 139 (Rév. Bucarest, 2022) et la Résolution 71 (Rév. Bucarest, 2022) de la Conférence de plénipotentiaires,',
    ],
    [
      'ru',
      'a)\tРезолюцию 139 (Пересм. Бухарест, 2022 г.) и Резолюцию 71 (Пересм. Бухарест, 2022 г.) Полномочной конференции,',
    ],
  ] as const)('%s: gives separate citations joined in a list the body named after the last', (language, item) => {
    expect(cited(WTDC[language](item))).toEqual(['PP 139 (Bucharest 2022)', 'PP 71 (Bucharest 2022)']);
  });

  it.each([
    ['zh', 'a)\t全权代表大会第34、58和139号决议；'],
    ['zh', 'a)\t全权代表大会第 34、58 和 139 号决议；'],
    ['ar', 'أ )\tبالقرارات 34 و58 و139 لمؤتمر المندوبين المفوضين؛'],
  ] as const)('%s: reads a list of three numbers before one word for resolutions (%s)', (language, item) => {
    expect(cited(WTDC[language](item))).toEqual(['PP 34', 'PP 58', 'PP 139']);
  });

  it("does not take the body named after one citation for the next one's", () => {
    const item =
      'a)\tResolution 183 (Rev. Bucharest, 2022) of the Plenipotentiary Conference and Resolution 45 (Rev. Kigali, 2022),';
    expect(cited(WTDC.en(item))).toEqual(['PP 183 (Bucharest 2022)', 'WTDC 45 (Kigali 2022)']);
  });

  it('reads one number after the singular "Resolution", whatever follows', () => {
    const item = 'a)\tResolution 45 (Rev. Kigali, 2022) and 12 other resolutions on telehealth,';
    expect(cited(WTDC.en(item))).toEqual(['WTDC 45 (Kigali 2022)']);
    const ar = 'أ )\tبالقرار 45 (المراجَع في كيغالي، 2022) و12 قرارًا آخر بشأن الصحة عن بعد،';
    expect(cited(WTDC.ar(ar))).toEqual(['WTDC 45 (Kigali 2022)']);
  });
});
