/**
 * English ITU texts in forms the sample documents do not show: found by probing the loaders with realistic
 * resolutions of the Plenipotentiary Conference, WTDC, WTSA, the Radiocommunication Assembly and the Council.
 */
import { parseLines } from '../test/support/resolution-lines';

const TITLE = 'Information and communication technology applications for improved access to e-health services';
const BODY = [
  'The World Telecommunication Standardization Assembly (New Delhi, 2024),',
  'considering',
  'that Recommendation ITU-T H.810 provides interoperability design guidelines for personal connected health systems,',
  'resolves',
  'to continue the work on e-health standards.',
];

describe('a footnote mark after the header or the title', () => {
  const NOTE = 'This resolution should be brought to the attention of the World Health Organization.';

  it.each([
    [
      'as Word exports a footnote with a custom mark',
      `RESOLUTION 78 (Rev. New Delhi, 2024)[footnoteRef:1]* [1: *\t${NOTE}] `,
    ],
    ['as a PDF or a web page prints it', 'RESOLUTION 78 (Rev. New Delhi, 2024)*'],
    ['doubled', 'RESOLUTION 78 (Rev. New Delhi, 2024)**'],
  ])('%s, is no part of the identity', (_, header) => {
    const doc = parseLines([header, TITLE, ...BODY]);
    expect([doc.body.value, doc.number.value, doc.revisionLabel, doc.title?.value]).toEqual([
      'WTSA',
      '78',
      'Rev. New Delhi, 2024',
      TITLE,
    ]);
  });

  it('after an ITU-R number, is no part of it', () => {
    const doc = parseLines([
      'RESOLUTION ITU-R 71-2*',
      'Role of the Radiocommunication Sector in e-health',
      '(2007-2012-2023)',
      'The ITU Radiocommunication Assembly,',
      ...BODY.slice(1),
    ]);
    expect([doc.body.value, doc.number.value, doc.revisionLabel]).toEqual(['RA', '71', 'Rev. 2, 2023']);
  });

  it('after the title, is no part of the title, and the footnote keeps its text without the mark', () => {
    const doc = parseLines([
      'RESOLUTION 78 (Rev. New Delhi, 2024)',
      `${TITLE}[footnoteRef:1]* [1: *\t${NOTE}] `,
      ...BODY,
    ]);
    expect(doc.title?.value).toBe(TITLE);
  });

  it('in a clause, is blanked with its reference and the clause gets the footnote', () => {
    const doc = parseLines([
      'RESOLUTION 78 (Rev. New Delhi, 2024)',
      TITLE,
      ...BODY.slice(0, 4),
      `to continue the work on e-health standards[footnoteRef:1]* [1: *\t${NOTE}] .`,
    ]);
    const body = doc.clauses.find((c) => c.address === 'resolves-1/body');
    expect(body?.text.trim()).toMatch(/^to continue the work on e-health standards\s+\.$/u);
    expect(body?.footnotes).toEqual([NOTE]);
  });

  it('below a rule, as a PDF prints it, is the footnote of the header: no text of a clause', () => {
    const doc = parseLines([
      'RESOLUTION 78 (Rev. New Delhi, 2024)*',
      TITLE,
      BODY[0] ?? '',
      'considering',
      'a)\tthat the work is important,',
      '_____',
      `*\t${NOTE}`,
      'b)\tthat Recommendation ITU-T H.810 provides interoperability design guidelines,',
      ...BODY.slice(3),
    ]);
    expect(doc.number.value).toBe('78');
    expect(doc.clauses.map((c) => c.text).join('\n')).not.toContain('attention of the World Health Organization');
    expect(doc.clauses.find((c) => c.address === 'preamble/considering/a')?.text.trim()).toBe(
      'that the work is important,',
    );
    // Not a mark after a word that stands alone, nor emphasis: the line below the rule is text as before.
    const bold = parseLines([
      'RESOLUTION 78 (Rev. New Delhi, 2024)',
      TITLE,
      BODY[0] ?? '',
      'considering',
      'a)\tthat the work is * important,',
      '_____',
      `*\t${NOTE}`,
      ...BODY.slice(3),
    ]);
    expect(bold.clauses.find((c) => c.address === 'preamble/considering/a')?.text).toContain(
      'World Health Organization',
    );
  });

  it('is not a mark where it stands inside the header, nor any other character after it', () => {
    expect(() => parseLines(['RESOLUTION 78 (Rev. New Delhi, 2024)+', TITLE, ...BODY])).toThrow(/IDENTITY_MISSING/u);
    expect(() => parseLines(['RESOLUTION 78* (Rev. New Delhi, 2024)', TITLE, ...BODY])).toThrow(/IDENTITY_MISSING/u);
  });
});

describe("a World Radiocommunication Conference's resolution cited with the conference's year", () => {
  const cites = (item: string): unknown[] =>
    parseLines([
      'RESOLUTION 183 (Rev. Bucharest, 2022)',
      'Telecommunication/information and communication technology applications for e-health',
      'The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),',
      'recalling',
      item,
      'resolves',
      'to continue the work.',
    ]).citations.map(({ entity: e }) => (e.type === 'ItuResolution' ? [e.body, e.number, e.revision] : [e.type]));

  it.each([
    ['Resolution 646 (Rev.WRC-19), on public protection and disaster relief,', 2019, true],
    ['Resolution 646 (Rev. WRC-15), on public protection and disaster relief,', 2015, true],
    ['Resolution 647 (WRC-07), on emergency telecommunications,', 2007, false],
    ['Resolution 5 (WRC-2000), on technical cooperation,', 2000, false],
    ['Resolution 26 (Rev.WRC-97), on footnotes to the Table,', 1997, true],
  ] as const)('"%s" is the version of that year', (item, year, revised) => {
    const number = /\d+/u.exec(item)?.[0];
    expect(cites(item)).toEqual([['WRC', number, { year, place: null, revised }]]);
  });

  it('not with a year no conference had', () => {
    // Four digits are a year of the 1900s or 2000s; "WRC-1234" names no conference and no version of WRC.
    expect(cites('Resolution 12 (Rev.WRC-1234), on something,')).not.toContainEqual(['WRC', '12', expect.anything()]);
  });

  it('not where the numbering alone names the assembly', () => {
    expect(cites('Resolution ITU-R 69-2 of the Radiocommunication Assembly,')).toEqual([['RA', '69', null]]);
  });
});
