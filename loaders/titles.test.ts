/**
 * A resolution's title as the text writes it between the header and the opening: on one line, or broken over
 * several, as PDFs and web pages break long titles. Before, only the first line was the title and the rest was lost.
 */
import { parseLines as parse } from '../test/support/resolution-lines';

const HEADER = 'RESOLUTION 40 (Rev. Kigali, 2022)';
const HISTORY = '(Hyderabad, 2010; Dubai, 2014; Kigali, 2022)';
const OPENING = 'The World Telecommunication Development Conference (Kigali, 2022),';
const BODY = [
  'recalling',
  'a)\tResolution 7 (Rev. Kigali, 2022) of the World Telecommunication Development Conference,',
  'resolves',
  '1\tto continue the work on telehealth.',
];
const TITLE = 'Telecommunication/information and communication technology applications for e-health services';

const titleOf = (lines: readonly string[]): string | undefined => parse(lines).title?.value;

describe('the title', () => {
  it('is one line as written', () => {
    expect(titleOf([HEADER, TITLE, HISTORY, OPENING, ...BODY])).toBe(TITLE);
  });

  it.each([
    ['two lines', ['Telecommunication/information and communication technology', 'applications for e-health services']],
    [
      'three lines',
      ['Telecommunication/information and', 'communication technology applications', 'for e-health services'],
    ],
  ])('broken over %s, is all of them, joined by a space', (_, broken) => {
    expect(titleOf([HEADER, ...broken, HISTORY, OPENING, ...BODY])).toBe(TITLE);
    // Without a history line, the opening ends it.
    expect(titleOf([HEADER, ...broken, OPENING, ...BODY])).toBe(TITLE);
  });

  it('is not a margin symbol beside the header, nor an item or a line ending with punctuation near it', () => {
    expect(titleOf([HEADER, 'MOD', TITLE, HISTORY, OPENING, ...BODY])).toBe(TITLE);
    expect(titleOf([HEADER, 'b)\ta stray item;', TITLE, HISTORY, OPENING, ...BODY])).toBe(TITLE);
    expect(titleOf([HEADER, TITLE, 'to continue the work on telehealth;', HISTORY, OPENING, ...BODY])).toBe(TITLE);
    expect(titleOf([HEADER, TITLE, '(Hyderabad, 2010; Dubai', OPENING, ...BODY])).toBe(TITLE);
  });

  it.each([
    ['a history without brackets', 'Hyderabad, 2010; Dubai, 2014; Kigali, 2022'],
    ['a note', 'Source: WTDC-22 Plenary'],
    ['a line that starts a sentence', 'Adopted on 24 October 2022'],
    ['a footnote', '*\tThis resolution should be read with Resolution 7'],
  ])('does not take in %s below it', (_, line) => {
    expect(titleOf([HEADER, TITLE, line, OPENING, ...BODY])).toBe(TITLE);
  });

  it('broken in Chinese, is joined without a space', () => {
    const zh = [
      '第65号决议（2022年，基加利，修订版）',
      '电信/信息通信技术',
      '在电子卫生中的应用',
      '世界电信发展大会（2022年，基加利），',
    ];
    expect(titleOf([...zh, '考虑到', 'a)\t第7号决议，', '做出决议', '继续开展这项工作。'])).toBe(
      '电信/信息通信技术在电子卫生中的应用',
    );
  });

  it('without an opening, is the first line only: the next may be the text', () => {
    const doc = parse([HEADER, 'Telecommunication/information and communication technology', ...BODY], {
      resolution: { body: 'WTDC' },
    });
    expect(doc.title?.value).toBe('Telecommunication/information and communication technology');
  });
});
