/**
 * The ids of works: a body's Decision and its Resolution of the same number are two works, each with its versions
 * and documents, whether loaded from their texts or known from a citation. Texts written for these tests.
 */
import { parseDocument } from '../loaders';
import type { ParsedResolution } from '../loaders';
import { buildDocumentGraph, buildGraphs } from './build';
import { nodeLabel } from './export';
import type { DocumentGraph } from './model';

const text = (header: string, recalling: string): ParsedResolution =>
  parseDocument({
    file: `${header}.txt`,
    content: Buffer.from(
      [
        header,
        'Role of ITU in e-health',
        'The Council,',
        'recalling',
        recalling,
        'decides',
        'that ITU shall continue to cooperate with WHO.',
        '',
      ].join('\n'),
      'utf8',
    ),
  }) as ParsedResolution;

describe('works of the Council', () => {
  // Read in each test, so that a text not read fails the test rather than the suite.
  const decision = (): ParsedResolution =>
    text('DECISION 482 (modified 2020)', 'Resolution 1305 (2009) of the Council,');
  const resolution = (): ParsedResolution =>
    text('RESOLUTION 482 (modified 2020)', 'Decision 482 (modified 2019) of the Council,');

  it('give a decision ids of its own, never those of the resolution of its number', () => {
    const [d, r] = buildGraphs([decision(), resolution()]);
    expect(d?.document.id).toBe('document:council-decision-482:2020:en');
    expect(r?.document.id).toBe('document:council-482:2020:en');
    expect(d?.defines).toEqual(['resolution:council-decision-482', 'version:council-decision-482:2020']);
    expect(r?.defines).toEqual(['resolution:council-482', 'version:council-482:2020']);
    const work = d?.nodes.find((n) => n.id === 'resolution:council-decision-482');
    expect(work).toMatchObject({ type: 'Resolution', body: 'COUNCIL', number: 'decision-482' });
    // Named as what it is, wherever the graph is shown (API names, exports, explorer).
    expect(work && nodeLabel(work)).toBe('COUNCIL Decision 482');
    const version = d?.nodes.find((n) => n.id === 'version:council-decision-482:2020');
    expect(version && nodeLabel(version)).toBe('COUNCIL Dec. 482 (Rev. 2020)');
    const other = r?.nodes.find((n) => n.id === 'resolution:council-482');
    expect(other && nodeLabel(other)).toBe('COUNCIL Resolution 482');
  });

  it('point a citation at the version of the series it names', () => {
    const cites = (g: ReturnType<typeof buildDocumentGraph>): string[] =>
      g.edges.filter((e) => e.type === 'CITES').map((e) => e.to);
    expect(cites(buildDocumentGraph(decision()))).toEqual(['version:council-1305:2009']);
    const graph = buildDocumentGraph(resolution());
    expect(cites(graph)).toEqual(['version:council-decision-482:2019']);
    const version = graph.nodes.find((n) => n.id === 'version:council-decision-482:2019');
    expect(version).toMatchObject({ resolution: 'resolution:council-decision-482', label: 'Rev. 2019' });
  });
});

describe('versions of the Radiocommunication Assembly', () => {
  /** The graph of an RA text with this header and history line. */
  const raGraph = (header: string, history: string): DocumentGraph => {
    const doc = parseDocument({
      file: 'ra.txt',
      content: Buffer.from(
        [
          header,
          'Radiocommunication for e-health',
          history,
          'The ITU Radiocommunication Assembly,',
          'considering',
          'a)\tthat telemedicine needs spectrum;',
          'resolves',
          '1\tthat ITU-R Study Group 5 should continue its studies.',
          '',
        ].join('\n'),
        'utf8',
      ),
    }) as ParsedResolution;
    return buildDocumentGraph(doc);
  };

  /** The labels of RA 69's versions in the graph of a text with this header and history line, by year. */
  const raLabels = (header: string, history: string): Record<string, string | null> =>
    Object.fromEntries(
      raGraph(header, history)
        .nodes.filter((n) => n.id.startsWith('version:ra-69:'))
        .map((n) => [n.id.slice('version:ra-69:'.length), n.type === 'Version' ? n.label : null]),
    );

  it('keep the id of their year, the revision counted after the number in their label', () => {
    const graph = raGraph('RESOLUTION ITU-R 69-1', '(2012-2015)');
    expect(graph.defines).toEqual(['resolution:ra-69', 'version:ra-69:2015']);
    const version = graph.nodes.find((n) => n.id === 'version:ra-69:2015');
    expect(version).toMatchObject({ label: 'Rev. 1, 2015', year: 2015, source: 'text' });
    expect(version && nodeLabel(version)).toBe('RA Res. 69 (Rev. 1, 2015)');
    // The history line's earlier version, known from it alone.
    expect(graph.nodes.find((n) => n.id === 'version:ra-69:2012')).toMatchObject({ label: '2012' });
  });

  it('are named alike by the text that defines them and by a later text whose history line lists them', () => {
    expect(raLabels('RESOLUTION ITU-R 69-2', '(2012-2015-2023)')).toEqual({
      2012: '2012',
      2015: 'Rev. 1, 2015',
      2023: 'Rev. 2, 2023',
    });
  });

  it.each([
    // The history line ends at another year than the header's: its entries are not this version's revisions.
    [
      'RESOLUTION ITU-R 69-2 (2019)',
      '(2012-2015-2023)',
      { 2012: '2012', 2015: 'Rev. 2015', 2019: 'Rev. 2, 2019', 2023: 'Rev. 2023' },
    ],
    // Years out of order: no count follows them.
    ['RESOLUTION ITU-R 69-2', '(2015-2012-2023)', { 2012: 'Rev. 2012', 2015: '2015', 2023: 'Rev. 2, 2023' }],
  ])(
    "are counted from a history line only where its years rise to the version's own: %s %s",
    (header, line, expected) => {
      expect(raLabels(header, line)).toEqual(expected);
    },
  );
});
