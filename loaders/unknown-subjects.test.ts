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

describe('"It" after a sentence that opens with a name no table knows', () => {
  it("is none of the page's groups", () => {
    const doc = pageOf(TITLE, 'The Alliance for Digital Health was launched by ITU. It reports to TSAG.');
    expect(pageRelations(doc)).toEqual([]);
  });

  it("stays the page's group after a sentence that names it", () => {
    const doc = pageOf(TITLE, 'FG-DT4H was launched by ITU. It reports to TSAG.');
    expect(pageRelations(doc)).toEqual(['FG-DT4H LAUNCHED_BY ITU', 'FG-DT4H REPORTS_TO TSAG']);
  });

  it("stays the page's group after a sentence that opens with a known name, or with no name", () => {
    for (const before of ['Study Group 16 set up the group in 2023.', 'The work started in 2023.'])
      expect(pageRelations(pageOf(TITLE, `${before} It reports to TSAG.`))).toEqual(['FG-DT4H REPORTS_TO TSAG']);
  });

  it("stays the page's group after a name with a group's head word", () => {
    const doc = pageOf(TITLE, 'The Digital Health Focus Group was set up in 2023. It reports to TSAG.');
    expect(pageRelations(doc)).toEqual(['FG-DT4H REPORTS_TO TSAG']);
  });

  it("stays the page's group where it opens a paragraph", () => {
    const doc = pageOf(TITLE, 'The Alliance for Digital Health was launched by ITU.', 'It reports to TSAG.');
    expect(pageRelations(doc)).toEqual(['FG-DT4H REPORTS_TO TSAG']);
  });
});
