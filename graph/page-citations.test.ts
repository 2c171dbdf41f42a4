/**
 * A group's page cites as a resolution does: its Document CITES the cited Version (or Instrument), with the
 * paragraph and quote as provenance. Texts written for these tests.
 */
import { parseDocument } from '../loaders';
import { buildDocumentGraph } from './build';

describe("a group's page citing a resolution", () => {
  const graph = buildDocumentGraph(
    parseDocument({
      file: 'page.txt',
      content: Buffer.from(
        [
          'Focus Group on AI for Remote Patient Monitoring',
          '',
          'The Focus Group on AI for Remote Patient Monitoring (FG-AI4RPM) supports the implementation of WTSA Resolution 78 (Rev. New Delhi, 2024).',
        ].join('\n'),
        'utf8',
      ),
    }),
  );

  it('gives its Document a CITES edge to the cited Version, with provenance', () => {
    const cites = graph.edges.filter((e) => e.type === 'CITES');
    expect(cites.map((e) => [e.from, e.to, e.provenance?.clause, e.provenance?.quote])).toEqual([
      [graph.document.id, 'version:wtsa-78:2024', 'page/p-2', 'WTSA Resolution 78 (Rev. New Delhi, 2024)'],
    ]);
    expect(graph.nodes.find((n) => n.id === 'version:wtsa-78:2024')).toMatchObject({ type: 'Version', year: 2024 });
  });
});
