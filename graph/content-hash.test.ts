/** The shared content hash: independent of order, and equal to what the in-memory store reports. */
import { canonicalJson, graphContentHash } from './content-hash';
import { createMemoryStore } from './memory';
import { ids } from './model';
import type { DocumentNode, GraphEdge, GraphNode } from './model';

const who: GraphNode = { id: 'org:who', type: 'Organization', name: 'WHO', acronym: 'WHO', kind: 'un-agency' };
const sg16: GraphNode = {
  id: 'sg:itu-t:16',
  type: 'StudyGroup',
  sector: 'ITU-T',
  number: 16,
  name: 'SG16',
  title: null,
};
const edge: GraphEdge = {
  id: ids.edge('PARTNER_OF', sg16.id, who.id),
  type: 'PARTNER_OF',
  from: sg16.id,
  to: who.id,
  props: { since: 2006 },
  provenance: null,
};

describe('content hash', () => {
  it('sorts object keys at every level and leaves undefined out', () => {
    expect(canonicalJson({ b: 1, a: [{ d: null, c: undefined }] })).toBe('{"a":[{"d":null}],"b":1}');
  });

  it('does not depend on the order of nodes, edges or keys', () => {
    const reordered = { ...who, kind: 'un-agency', name: 'WHO' } as GraphNode;
    expect(graphContentHash({ nodes: [who, sg16], edges: [edge] })).toBe(
      graphContentHash({ nodes: [sg16, reordered], edges: [edge] }),
    );
    expect(graphContentHash({ nodes: [who], edges: [] })).not.toBe(graphContentHash({ nodes: [sg16], edges: [] }));
  });

  it('is the hash the in-memory store reports for the same graph', async () => {
    const store = createMemoryStore();
    expect(await store.contentHash()).toBe(graphContentHash({ nodes: [], edges: [] }));
    const documentId = ids.document('page-sg16', 'en');
    const document: DocumentNode = {
      id: documentId,
      type: 'Document',
      file: 'sg16.txt',
      language: 'en',
      kind: 'group-page',
      title: null,
      checksum: 'x',
      encoding: 'utf-8',
      manifestFacts: [],
      foreword: null,
    };
    await store.writeDocument({ document, nodes: [document, who, sg16], edges: [edge], defines: [sg16.id] });
    expect(await store.contentHash()).toBe(graphContentHash(await store.dump()));
    await store.close();
  });
});
