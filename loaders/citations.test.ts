/**
 * Citations of ITU resolutions in lists, as Plenipotentiary and WTDC texts write them: several numbers after one
 * "Resolutions" sharing the revision and the body named after them, separate citations sharing the body named after
 * the last, and a body named after one citation that is not the next one's. Texts written for these tests.
 */
import { parseDocument } from '.';
import type { ParsedResolution } from '.';

/** A WTDC resolution (Kigali, 2022) whose one preamble item is `item`, in English, French, Spanish or Russian. */
const WTDC: Record<'en' | 'fr' | 'es' | 'ru', (item: string) => string> = {
  en: (item) =>
    `RESOLUTION 65 (Rev. Kigali, 2022)\nTelehealth for all\nThe World Telecommunication Development Conference (Kigali, 2022),\nrecalling\n${item}\nresolves\nto continue this work.\n`,
  fr: (item) =>
    `RÉSOLUTION 65 (Rév. Kigali, 2022)\nLa télésanté pour tous\nLa Conférence mondiale de développement des télécommunications (Kigali, 2022),\nrappelant\n${item}\ndécide\nde poursuivre ces travaux.\n`,
  es: (item) =>
    `RESOLUCIÓN 65 (Rev. Kigali, 2022)\nLa telesalud para todos\nLa Conferencia Mundial de Desarrollo de las Telecomunicaciones (Kigali, 2022),\nrecordando\n${item}\nresuelve\ncontinuar esta labor.\n`,
  ru: (item) =>
    `РЕЗОЛЮЦИЯ 65 (Пересм. Кигали, 2022 г.)\nТелемедицина для всех\nВсемирная конференция по развитию электросвязи (Кигали, 2022 г.),\nнапоминая\n${item}\nрешает\nпродолжать эту работу.\n`,
};

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

  it("does not take the body named after one citation for the next one's", () => {
    const item =
      'a)\tResolution 183 (Rev. Bucharest, 2022) of the Plenipotentiary Conference and Resolution 45 (Rev. Kigali, 2022),';
    expect(cited(WTDC.en(item))).toEqual(['PP 183 (Bucharest 2022)', 'WTDC 45 (Kigali 2022)']);
  });

  it('reads one number after the singular "Resolution", whatever follows', () => {
    const item = 'a)\tResolution 45 (Rev. Kigali, 2022) and 12 other resolutions on telehealth,';
    expect(cited(WTDC.en(item))).toEqual(['WTDC 45 (Kigali 2022)']);
  });
});
