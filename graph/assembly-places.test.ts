/**
 * One assembly written two ways in one document (a place's variant spelling in a citation) is one Assembly node:
 * the document still builds, and the assembly keeps the place of the first writing the builder meets, as a
 * version does. Texts written for these tests.
 */
import { parseDocument } from '../loaders';
import type { ParsedResolution } from '../loaders';
import { buildDocumentGraph } from './build';

const resolution = (recalling: readonly string[]): ParsedResolution =>
  parseDocument({
    file: 'places.txt',
    content: Buffer.from(
      [
        'RESOLUTION 9 (Geneva, 2022)',
        'Places of assemblies',
        'The World Telecommunication Standardization Assembly (Geneva, 2022),',
        'recalling',
        ...recalling,
        'resolves',
        'that Study Group 16 should continue its work.',
        '',
      ].join('\n'),
      'utf8',
    ),
  }) as ParsedResolution;

describe('an assembly written with two spellings of its place in one document', () => {
  it('is one node with the place of the document’s own version', () => {
    const graph = buildDocumentGraph(
      resolution(['a)\tResolution 1 (Rev. Genève, 2022) of the World Telecommunication Standardization Assembly.']),
    );
    const assemblies = graph.nodes.filter((n) => n.id === 'assembly:wtsa:2022');
    expect(assemblies).toEqual([expect.objectContaining({ place: 'Geneva', name: 'WTSA (Geneva, 2022)' })]);
    // The cited version is linked, and its quote keeps the spelling the text uses.
    const cites = graph.edges.filter((e) => e.type === 'CITES');
    expect(cites.map((e) => [e.to, e.provenance?.quote])).toEqual([
      ['version:wtsa-1:2022', expect.stringContaining('Genève')],
    ]);
  });

  it('is one node when two citations spell it differently', () => {
    const graph = buildDocumentGraph(
      resolution([
        'a)\tResolution 2 (Rev. Sharm El Sheikh, 2019) of the Plenipotentiary Conference;',
        'b)\tResolution 3 (Rev. Sharm el-Sheikh, 2019) of the Plenipotentiary Conference.',
      ]),
    );
    expect(graph.nodes.filter((n) => n.id === 'assembly:pp:2019')).toHaveLength(1);
    expect(graph.edges.filter((e) => e.type === 'CITES').map((e) => e.to)).toEqual([
      'version:pp-2:2019',
      'version:pp-3:2019',
    ]);
  });
});
