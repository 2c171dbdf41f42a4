/**
 * What a page is about and which Sector it lends: a Question's terms of reference open with the Question's header
 * and name the study groups to coordinate with more often than their own; only a subject the page states lends its
 * Sector, and a study group the page names with its Sector decides the Sector of a Question of its number.
 */
import { parseDocument } from '.';
import { entityKeyLabel } from '../test/support/page-texts';
import type { ParsedGroupPage } from '.';

function page(lines: readonly string[]): ParsedGroupPage {
  const doc = parseDocument({ file: 'page.txt', content: Buffer.from(lines.join('\n'), 'utf8') });
  if (doc.kind !== 'group-page') throw new Error(`expected a group page, got ${doc.kind}`);
  return doc;
}

const label = entityKeyLabel;

const questions = (doc: ParsedGroupPage): string[] =>
  doc.clauses.flatMap((c) => c.mentions.filter((m) => m.entity.type === 'Question').map((m) => label(m.entity)));
const studiedBy = (doc: ParsedGroupPage): string[] =>
  doc.relations.filter((r) => r.type === 'STUDIED_BY').map((r) => `${label(r.from)} ${label(r.to)}`);

describe("a Question's terms of reference", () => {
  const doc = page([
    'QUESTION 3/2',
    'Telemedicine services for remote communities',
    '5\tProposers/sponsors',
    'ITU‑D Study Group 2.',
    '6\tSources of input',
    'Outputs of ITU‑T Study Groups 16 and 21.',
    '9\tCoordination and collaboration',
    'The study group on this Question should coordinate with ITU‑T Study Group 21.',
  ]);

  it('is about the Question its header line states, of the Sector of the study group the page names', () => {
    expect(label(doc.subject)).toBe('ITU-D Q3/2');
    expect(doc.title).toBe('QUESTION 3/2');
  });

  it("gives the Question to that study group, not to another Sector's group of the number", () => {
    // Named by its header, and by its title on the line after it (see pages-s35.test.ts).
    expect(questions(doc)).toEqual(['ITU-D Q3/2', 'ITU-D Q3/2']);
    expect(studiedBy(doc)).toEqual(['ITU-D Q3/2 ITU-D SG2']);
  });

  it('gives the Question no relations of a group', () => {
    expect(doc.relations.filter((r) => r.type !== 'STUDIED_BY')).toEqual([]);
  });
});

describe('a Sector lent by the subject', () => {
  it('is not lent by the group a page only names most often', () => {
    const doc = page([
      'ITU‑T Study Group 21 met in Geneva. Experts of ITU‑T Study Group 21 discussed Question 5/2 there.',
      'ITU‑T Study Group 21 will meet again in 2026.',
    ]);
    expect(label(doc.subject)).toBe('ITU-T SG21');
    expect(questions(doc)).toEqual([]);
    expect(studiedBy(doc)).toEqual([]);
  });

  it("gives way to the Sector the page names for the Question's study group", () => {
    const doc = page([
      'ITU-T Study Group 21',
      '',
      'Study Group 21 works on multimedia for e-health with ITU-D Study Group 2.',
      '',
      'Its experts contribute to Question 2/2 and to Question 28/21.',
    ]);
    expect(label(doc.subject)).toBe('ITU-T SG21');
    expect(questions(doc)).toEqual(['ITU-D Q2/2', 'ITU-T Q28/21']);
  });

  it('is still lent where the page names a number of two Sectors', () => {
    const doc = page([
      'ITU-T Study Group 2',
      '',
      'ITU-T Study Group 2 works with ITU-D Study Group 2 on numbering for e-health services.',
      '',
      'It studies Question 1/2.',
    ]);
    expect(questions(doc)).toEqual(['ITU-T Q1/2']);
  });
});
