/**
 * A resolution's identity and structure as real exports of ITU texts write them: a revision bracket with no comma
 * before its year in the header or the opening line ("RESOLUTION 183 (Rev. Bucharest 2022)"), in each language that
 * writes the place before the year; what a text cut short is told it ends with; a running header of several pieces
 * ("Res. 65 – página 3") left in an excerpt. Texts written for these tests.
 */
import { parseDocuments } from '.';
import type { LoaderError, ParsedResolution } from '.';
import {
  fileOfLines as text,
  parseLines,
  resolutionsOf as resolutions,
  WTDC_65_START,
} from '../test/support/resolution-lines';
import { parseResolutionText } from '../test/support/resolution-mentions';
import { WTDC } from '../test/support/wtdc-texts';

/** What the document is, as "BODY N (revision label)". */
const identity = (doc: ParsedResolution): string => `${doc.body.value} ${doc.number.value} (${doc.revisionLabel})`;

const PP = 'The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),';

describe('no comma before the year in the header or the opening', () => {
  it('en: loads the probe’s header "RESOLUTION 183 (Rev. Bucharest 2022)"', () => {
    const doc = parseResolutionText(
      [
        'RESOLUTION 183 (Rev. Bucharest 2022)',
        'Telecommunication/ICT applications for e-health',
        PP,
        'recalling',
        'Resolution 78 (Rev. Geneva, 2022) of the World Telecommunication Standardization Assembly,',
        'instructs the Secretary-General',
        'to coordinate e-health activities.',
      ].join('\n'),
    );
    expect(identity(doc)).toBe('PP 183 (Rev. Bucharest, 2022)');
  });

  it.each([
    ['en', 'RESOLUTION 65 (Rev. Kigali, 2022)', 'RESOLUTION 65 (Rev. Kigali 2022)'],
    ['fr', 'RÉSOLUTION 65 (Rév. Kigali, 2022)', 'RÉSOLUTION 65 (Rév. Kigali 2022)'],
    ['es', 'RESOLUCIÓN 65 (Rev. Kigali, 2022)', 'RESOLUCIÓN 65 (Rev. Kigali 2022)'],
    ['ru', 'РЕЗОЛЮЦИЯ 65 (Пересм. Кигали, 2022 г.)', 'РЕЗОЛЮЦИЯ 65 (Пересм. Кигали 2022 г.)'],
    ['ar', 'القرار 65 (المراجَع في كيغالي، 2022)', 'القرار 65 (المراجَع في كيغالي 2022)'],
  ] as const)('%s: reads the header %s without its comma', (language, header, unpunctuated) => {
    const doc = parseResolutionText(WTDC[language]('a)\tthe work of the Sector;').replace(header, unpunctuated));
    expect(identity(doc)).toBe('WTDC 65 (Rev. Kigali, 2022)');
    expect(doc.identitySpans.header).not.toBeNull();
  });

  it.each([
    ['en', '(Kigali, 2022),', '(Kigali 2022),'],
    ['fr', '(Kigali, 2022),', '(Kigali 2022),'],
    ['es', '(Kigali, 2022),', '(Kigali 2022),'],
    ['ru', '(Кигали, 2022 г.),', '(Кигали 2022 г.),'],
    ['ar', '(كيغالي، 2022)،', '(كيغالي 2022)،'],
  ] as const)('%s: reads the opening line %s without its comma', (language, bracket, unpunctuated) => {
    const doc = parseResolutionText(WTDC[language]('a)\tthe work of the Sector;').replace(bracket, unpunctuated));
    expect(identity(doc)).toBe('WTDC 65 (Rev. Kigali, 2022)');
    expect(doc.identitySpans.opening).not.toBeNull();
  });

  it('tells a resolution of one heading by its header and opening so written', () => {
    const doc = parseResolutionText(
      ['RESOLUTION 214 (Bucharest 2022)', 'Title', PP.replace(', 2022', ' 2022'), 'resolves', 'to act.'].join('\n'),
    );
    expect(doc.kind).toBe('resolution');
    expect(identity(doc)).toBe('PP 214 (Bucharest, 2022)');
  });

  it('splits a file at a second header so written', () => {
    const parts = parseDocuments({
      file: 'final-acts.txt',
      content: text(
        'RESOLUTION 183 (Rev. Bucharest, 2022)',
        'Telecommunication/ICT applications for e-health',
        PP,
        'resolves',
        'to coordinate e-health activities.',
        '',
        'RESOLUTION 214 (Bucharest 2022)',
        'Artificial intelligence technologies and telecommunications/ICTs',
        PP,
        'resolves',
        'that the Council shall consider the matter.',
      ),
    });
    expect(resolutions(parts).map(identity)).toEqual(['PP 183 (Rev. Bucharest, 2022)', 'PP 214 (Bucharest, 2022)']);
  });

  it('reads no header from a bracket that writes a number before its year', () => {
    const header = 'RESOLUTION 65 (Kigali 5 2022)';
    expect(() =>
      parseResolutionText(WTDC.en('a)\tthe work;').replace('RESOLUTION 65 (Rev. Kigali, 2022)', header)),
    ).toThrow(expect.objectContaining({ code: 'IDENTITY_MISSING' }));
  });
});

describe('a text that ends without a full stop', () => {
  const truncated = (...lines: string[]): LoaderError | null => {
    try {
      parseResolutionText(lines.join('\n'), 'cut.txt');
      return null;
    } catch (error) {
      return error as LoaderError;
    }
  };
  const START = [
    'RESOLUTION 214 (Bucharest, 2022)',
    'Artificial intelligence technologies',
    'The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),',
    'instructs the Secretary-General',
  ];

  it('quotes the last line of a clause that runs on over lines, where it is', () => {
    const error = truncated(
      ...START,
      'to report to the Council on AI activities in ITU.',
      'Promoting efficient spectrum management',
    );
    expect(error).toMatchObject({
      code: 'DOCUMENT_TRUNCATED',
      line: 6,
      column: 1,
      found: "'Promoting efficient spectrum management' at the end of the document",
    });
  });

  it('quotes the end of a long last line from a word, at its column', () => {
    const last = '1\tto report to the Council on the activities of ITU in artificial intelligence for health and with';
    const error = truncated(...START, last);
    expect(error).toMatchObject({ code: 'DOCUMENT_TRUNCATED', line: 5 });
    const quoted = /^'…(?<words>[^']+)' at the end of the document$/u.exec(error?.found ?? '')?.groups?.words ?? '';
    expect(quoted.length).toBeLessThanOrEqual(60);
    expect(quoted).toMatch(/^\S.* for health and with$/u);
    expect(last.slice((error?.column ?? 0) - 1)).toBe(quoted);
    expect(last.charAt((error?.column ?? 0) - 2)).toBe(' ');
  });

  it('quotes the Arabic text as it ends', () => {
    const error = truncated(
      'القرار 183 (المراجَع في بوخارست، 2022)',
      'تطبيقات الاتصالات/تكنولوجيا المعلومات والاتصالات في مجال الصحة الإلكترونية',
      'إن مؤتمر المندوبين المفوضين للاتحاد الدولي للاتصالات (بوخارست، 2022)،',
      'يكلف الأمين العام',
      'بالتعاون مع منظمة الصحة العالمية.',
      'ترويج الإدارة الفعالة للطيف',
    );
    expect(error).toMatchObject({
      code: 'DOCUMENT_TRUNCATED',
      line: 6,
      column: 1,
      found: "'ترويج الإدارة الفعالة للطيف' at the end of the document",
    });
  });
});

describe('a running header of several pieces before a heading with its body on the same line', () => {
  const START = WTDC_65_START;

  it.each([
    ['Res. 65 – página 3'],
    ['Resolution 65 – page 3'],
    ['Résolution 65 – page 3'],
    ['Рез. 65 — стр. 3'],
    ['PP-22 Res. 183 | 12'],
    ['7 - Res. 65 - p. 3'],
  ])('reads the heading after %j, and leaves the header out of the item above', (furniture) => {
    const doc = parseLines([
      ...START,
      furniture,
      'invites Member States to contribute to the implementation of this resolution,',
      'encourages Sector Members',
      'to participate actively in the work of ITU-D Study Group 2.',
    ]);
    expect(doc.instructions.map((i) => i.kind)).toEqual(['INSTRUCTS', 'INVITES', 'ENCOURAGES']);
    expect(doc.clauses.find((c) => c.address === 'instructs-1/item-2')?.text).toBe(
      'to organize regional workshops on e-health,',
    );
    expect(doc.diagnostics).toEqual([]);
  });

  it.each([['WTDC-17 – Final Report – page 3 of 12'], ['Study Group 2 – the work of many groups 3']])(
    'still reads %j, whose pieces are no running header’s, as text of the clause above, with a warning',
    (line) => {
      const doc = parseLines([...START, line, 'invites Member States to contribute to this resolution.']);
      expect(doc.instructions.map((i) => i.kind)).toEqual(['INSTRUCTS']);
      expect(doc.diagnostics.map((d) => d.code)).toEqual(['HEADING_IN_TEXT']);
    },
  );
});
