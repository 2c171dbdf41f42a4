/**
 * A number after a header's closing bracket: a footnote's mark as Word's export of a superscript leaves it
 * ("RESOLUTION 78 (Rev. New Delhi, 2024)1", "… 2024)¹", "… 2024) 1"). Before, no header was read, and the text failed
 * with IDENTITY_MISSING. A page's number in a table of contents, or a running header, is written the same way: the
 * number is left out only where no other line is so written and the opening follows. Texts written for these tests.
 */
import { LoaderError } from './errors';
import { fixtureLines, parseLines as parse } from '../test/support/resolution-lines';

const BELOW = [
  'Information and communication technology applications and standards for improved access to e-health services',
  '(Istanbul, 2004; Florianópolis, 2004; Dubai, 2012; Hammamet, 2016; New Delhi, 2024)',
  'The World Telecommunication Standardization Assembly (New Delhi, 2024),',
  'recalling',
  'a)\tResolution 183 (Rev. Bucharest, 2022) of the Plenipotentiary Conference,',
  'invites Member States',
  'to take part in the work.',
];

const identity = (lines: readonly string[]) => {
  const doc = parse(lines);
  return { body: doc.body.value, number: doc.number.value, year: doc.year.value, place: doc.place.value };
};

describe('a number after the header bracket', () => {
  it.each([
    ['RESOLUTION 78 (Rev. New Delhi, 2024) 1'],
    ['RESOLUTION 78 (Rev. New Delhi, 2024)1'],
    ['RESOLUTION 78 (Rev. New Delhi, 2024)¹'],
    ['RESOLUTION 78 (Rev. New Delhi, 2024)\t12'],
  ])('is left out of the header: %j', (header) => {
    expect(identity([header, ...BELOW])).toEqual({ body: 'WTSA', number: '78', year: 2024, place: 'New Delhi' });
  });

  it('is left out in French and Chinese too', () => {
    const fr = fixtureLines('fr-resolution.txt');
    expect(identity([`${fr[0] ?? ''}1`, ...fr.slice(1)])).toMatchObject({ number: '78', year: 2022 });
    const zh = fixtureLines('zh-pp-resolution.txt');
    expect(identity([`${zh[0] ?? ''}1`, ...zh.slice(1)])).toMatchObject({ number: '183', year: 2018 });
  });

  it('is not left out where the header reads without it', () => {
    // A year of four digits is no mark: the header template reads it, or nothing does.
    expect(() => parse(['RESOLUTION 78 (Rev. New Delhi, 2024) 2024', ...BELOW])).toThrow(LoaderError);
  });

  it('is not left out where several lines are so written, as in a table of contents', () => {
    const lines = ['RESOLUTION 78 (Rev. New Delhi, 2024) 3', 'RESOLUTION 2 (Rev. New Delhi, 2024) 9', ...BELOW];
    expect(() => parse(lines)).toThrow(LoaderError);
  });

  it('is not left out where no opening follows the line', () => {
    const lines = [
      'RESOLUTION 78 (Rev. New Delhi, 2024) 3',
      ...BELOW.slice(0, 2),
      'x',
      'y',
      'z',
      'w',
      ...BELOW.slice(2),
    ];
    expect(() => parse(lines)).toThrow(LoaderError);
  });
});
