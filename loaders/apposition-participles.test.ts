/**
 * A participle after an apposition that ends with another group: "FG-DT4H, the successor to FG-AI4H, established by
 * …". Set off by a comma, it is one more of the subject's modifiers in a row, as the verb after it is the subject's
 * (the launch of FG-DT4H); with no comma, "the successor to FG-AI4H established by …", it is inside the apposition
 * and about FG-AI4H, as a relative clause that opens with "which" is. Either way the sentence's own verb, after the
 * apposition closes, is the subject's. Small pages written for these tests.
 */
import { pageOf, pageRelations as relations } from '../test/support/page-texts';

const DT4H = 'Focus Group on Digital Transformation for Health (FG-DT4H)';

describe('a participle after an apposition', () => {
  it('set off by a comma, is the subject\'s: "…, the successor to FG-AI4H, established by …"', () => {
    expect(
      relations(
        pageOf(DT4H, 'FG-DT4H, the successor to FG-AI4H, established by ITU-T Study Group 21, reports to TSAG.'),
      ),
    ).toEqual(['FG-DT4H SUCCEEDS FG-AI4H', 'FG-DT4H LAUNCHED_BY ITU-T SG21', 'FG-DT4H REPORTS_TO TSAG']);
  });

  it('with no comma before it, is the group the apposition names: "the successor to FG-AI4H established by …"', () => {
    expect(
      relations(
        pageOf(DT4H, 'FG-DT4H, the successor to FG-AI4H established by ITU-T Study Group 16, reports to TSAG.'),
      ),
    ).toEqual(['FG-DT4H SUCCEEDS FG-AI4H', 'FG-AI4H LAUNCHED_BY ITU-T SG16', 'FG-DT4H REPORTS_TO TSAG']);
  });

  it('the verb after an apposition that holds a relative clause is the subject\'s: "…, which was established by …, reports to"', () => {
    expect(
      relations(
        pageOf(
          DT4H,
          'FG-DT4H, the successor to FG-AI4H, which was established by ITU-T Study Group 16, reports to TSAG.',
        ),
      ),
    ).toEqual(['FG-DT4H SUCCEEDS FG-AI4H', 'FG-AI4H LAUNCHED_BY ITU-T SG16', 'FG-DT4H REPORTS_TO TSAG']);
    expect(relations(pageOf(DT4H, 'FG-AI4H, which was established by ITU-T Study Group 16, reports to TSAG.'))).toEqual(
      ['FG-AI4H LAUNCHED_BY ITU-T SG16', 'FG-AI4H REPORTS_TO TSAG'],
    );
  });

  it('after a group a verb names, is that group\'s: "FG-DT4H succeeds FG-AI4H, established by …"', () => {
    expect(relations(pageOf(DT4H, 'FG-DT4H succeeds FG-AI4H, established by ITU-T Study Group 16 in 2018.'))).toEqual([
      'FG-DT4H SUCCEEDS FG-AI4H',
      'FG-AI4H LAUNCHED_BY ITU-T SG16',
    ]);
  });
});
