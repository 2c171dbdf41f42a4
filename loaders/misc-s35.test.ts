/**
 * Loader fixes from a probe of real ITU texts: a Question takes the Sector its phrase names before it ("with the
 * ITU-D study groups, in particular under Question 2/2"). Small texts written for these tests.
 */
import { entityKeyLabel } from '../test/support/page-texts';
import { parseResolutionText } from '../test/support/resolution-mentions';

const wtsa = (operative: string): string =>
  [
    'RESOLUTION 78 (Dubai, 2012)',
    'Title',
    'The World Telecommunication Standardization Assembly (Dubai, 2012),',
    'instructs ITU-T Study Group 16',
    operative,
  ].join('\n');

const questions = (text: string): string[] =>
  parseResolutionText(text)
    .clauses.flatMap((c) => c.mentions)
    .flatMap((m) => (m.entity.type === 'Question' ? [entityKeyLabel(m.entity)] : []));

describe('a Question after a Sector its phrase names earlier', () => {
  it('is of the Sector of the study groups or the Sector named before it, not the assembly', () => {
    expect(
      questions(
        wtsa('to coordinate e-health activities with the ITU-D study groups, in particular under Question 2/2.'),
      ),
    ).toEqual(['ITU-D Q2/2']);
    expect(
      questions(wtsa('to coordinate e-health activities with ITU-D, in particular under Question 14-3/2.')),
    ).toEqual(['ITU-D Q14-3/2']);
  });

  it('keeps the assembly where the Sector has no study group of its number or a semicolon stands between', () => {
    expect(
      questions(wtsa('to coordinate e-health activities with ITU-D, in particular under Question 28/16.')),
    ).toEqual(['ITU-T Q28/16']);
    expect(questions(wtsa('to inform ITU-D; to study the matter under Question 2/2.'))).toEqual(['ITU-T Q2/2']);
  });

  it('is not of the Sector of a study group of another number named before it', () => {
    expect(questions(wtsa('to work with ITU-D Study Group 1 under Question 5/2.'))).toEqual(['ITU-T Q5/2']);
  });
});
