/**
 * A page's citations: the ITU resolutions and other instruments a group's page cites are its `citations`, as a
 * resolution's are, so that the page is among what cites them. Texts written for these tests.
 */
import { parseDocument } from '.';
import type { EntityRef, ParsedGroupPage } from '.';

function page(lines: readonly string[]): ParsedGroupPage {
  const doc = parseDocument({ file: 'page.txt', content: Buffer.from(lines.join('\n'), 'utf8') });
  if (doc.kind !== 'group-page') throw new Error(`expected a group page, got ${doc.kind}`);
  return doc;
}

function label(e: EntityRef): string {
  switch (e.type) {
    case 'ItuResolution':
      return `${e.body} ${e.number}${e.revision ? ` (${e.revision.year})` : ''}`;
    case 'Instrument':
      return e.key;
    default:
      return e.type;
  }
}

describe("a group's page citing resolutions", () => {
  const doc = page([
    'Focus Group on AI for Remote Patient Monitoring',
    '',
    'The Focus Group on AI for Remote Patient Monitoring (FG-AI4RPM) supports the implementation of WTSA Resolution 78 (Rev. New Delhi, 2024).',
    '',
    'Its work also answers Resolution 183 (Rev. Bucharest, 2022) of the Plenipotentiary Conference and Resolution WHA71.7 of the World Health Assembly.',
  ]);

  it('records them as its citations, in the order of the text', () => {
    expect(doc.citations.map((m) => label(m.entity))).toEqual(['WTSA 78 (2024)', 'PP 183 (2022)', 'wha71.7']);
  });

  it('records each with the paragraph and the words that cite it', () => {
    expect(doc.citations.map((m) => [m.clause, m.quote])).toEqual([
      ['page/p-2', 'WTSA Resolution 78 (Rev. New Delhi, 2024)'],
      ['page/p-3', 'Resolution 183 (Rev. Bucharest, 2022) of the Plenipotentiary Conference'],
      ['page/p-3', 'Resolution WHA71.7'],
    ]);
    const text = doc.clauses.flatMap((c) => c.mentions);
    for (const m of doc.citations) expect(text).toContain(m);
  });

  it('records none where the page cites nothing', () => {
    const none = page([
      'Focus Group on AI for Remote Patient Monitoring',
      '',
      'The Focus Group on AI for Remote Patient Monitoring (FG-AI4RPM) met in Geneva.',
    ]);
    expect(none.citations).toEqual([]);
  });
});
