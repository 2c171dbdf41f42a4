/**
 * Sentences on a group's page whose subject is a name no table knows: the relations they state are none of the
 * names inside their relative clauses, nor of the page's group.
 */
import { pageOf, pageRelations } from '../test/support/page-texts';

const TITLE = 'ITU-T Focus Group on Digital Technologies for Health (FG-DT4H)';

describe('a relative clause closed by a comma before the main verb', () => {
  it('gives the main verb no subject from inside the relative clause where the head is a name no table knows', () => {
    const doc = pageOf(TITLE, 'The Alliance for Digital Health, which reports to TSAG, was launched by ITU.');
    expect(pageRelations(doc)).toEqual([]);
  });

  it('gives no subject from a relative clause that names two parties', () => {
    const doc = pageOf(
      TITLE,
      'The Alliance for Digital Health, which works with WHO and reports to TSAG, was established by ITU in 2020.',
    );
    expect(pageRelations(doc)).toEqual([]);
  });

  it('gives the relations to the head where it is a group', () => {
    const doc = pageOf(TITLE, 'FG-AI4H, which reports to TSAG, was launched by ITU.');
    expect(pageRelations(doc)).toEqual(['FG-AI4H REPORTS_TO TSAG', 'FG-AI4H LAUNCHED_BY ITU']);
  });
});
