/**
 * A line break inside the bracket of a header, history line, opening or citation, as a text whose lines are
 * paragraphs keeps one typed there (a Word document's manual line break): the break is the white space it stands
 * for, but right after a hyphen between letters, which it leaves in the name (`Буэнос-⏎Айрес`), and in a script
 * that writes no spaces, where it parts no words (`迪⏎拜`). Texts written for these tests.
 */
import { parseDocument } from '.';
import type { ParsedResolution } from '.';
import { WTDC } from '../test/support/wtdc-texts';

const parse = (text: string): ParsedResolution =>
  parseDocument({ file: 'breaks.txt', content: Buffer.from(text, 'utf8') }) as ParsedResolution;

/** The ITU resolutions the document cites, as "BODY N (place year)". */
function cited(text: string): string[] {
  return parse(text)
    .clauses.flatMap((c) => c.mentions)
    .flatMap((m) =>
      m.entity.type === 'ItuResolution'
        ? [
            `${m.entity.body} ${m.entity.number}${m.entity.revision ? ` (${m.entity.revision.place} ${m.entity.revision.year})` : ''}`,
          ]
        : [],
    );
}

describe('a citation broken at a hyphen inside its bracket', () => {
  it.each([
    ['ru', 'a)\tРезолюцию 130 (Пересм. Буэнос-\nАйрес, 2017 г.) Полномочной конференции;', 'Buenos Aires 2017'],
    [
      'fr',
      'a)\tla Résolution 130 (Rév. Buenos-\nAires, 2017) de la Conférence de plénipotentiaires;',
      'Buenos Aires 2017',
    ],
    [
      'es',
      'a)\tla Resolución 130 (Rev. Buenos-\nAires, 2017) de la Conferencia de Plenipotenciarios;',
      'Buenos Aires 2017',
    ],
    [
      'en',
      'a)\tResolution 130 (Rev. Sharm el-\nSheikh, 2017) of the Plenipotentiary Conference;',
      'Sharm el-Sheikh 2017',
    ],
    ['zh', 'a)\t全权代表大会第130号决议（2018年，迪\n拜，修订版）；', 'Dubai 2018'],
  ] as const)('%s: reads the revision at its place (%j)', (language, item, revision) => {
    expect(cited(WTDC[language](item))).toEqual([`PP 130 (${revision})`]);
  });
});
