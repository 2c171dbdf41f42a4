import fc from 'fast-check';
import { ids } from '../model';
import type { DocumentGraph, GraphEdge, GraphNode, OrganizationNode } from '../model';
import type { GraphStore } from '../store';
// The layer rule keeps production code in graph/ away from test/; a test running the shared contract suite is the
// one intended exception (the lint config could exempt *.test.ts from that zone instead).
import { fixtures, organization, resolutionDocument, structural } from '../../test/contract/store-contract';
import { runStoreContract } from '../../test/contract/store-contract';
import { createMemoryStore } from './index';

runStoreContract('memory', async () => createMemoryStore());

const { A_EN, A_ZH, B_EN, B_EN_2, CITING, WHO, ITU } = fixtures;

/** A document graph made of `size` organizations joined by the given edges (parallel edges allowed). */
function randomGraph(size: number, pairs: readonly (readonly [number, number])[]): DocumentGraph {
  const base = resolutionDocument({
    body: 'COUNCIL',
    number: '1',
    year: 2020,
    place: null,
    language: 'en',
    checksum: 'random',
    clauses: [],
  });
  const orgs = Array.from({ length: size }, (_, i) =>
    organization(`O${String(i).padStart(3, '0')}`, `Org ${i}`, 'other'),
  );
  const edges: GraphEdge[] = pairs.map(([a, b], i) => {
    const from = (orgs[a] as OrganizationNode).id;
    const to = (orgs[b] as OrganizationNode).id;
    return {
      id: ids.edge('PARTNER_OF', from, to, String(i)),
      type: 'PARTNER_OF',
      from,
      to,
      props: {},
      provenance: null,
    };
  });
  return { ...base, nodes: [...base.nodes, ...orgs], edges: [...base.edges, ...edges] };
}

const graphArbitrary = fc.integer({ min: 2, max: 14 }).chain((size) =>
  fc.record({
    size: fc.constant(size),
    pairs: fc.array(fc.tuple(fc.nat(size - 1), fc.nat(size - 1)), { maxLength: size * 3 }),
    from: fc.nat(size - 1),
    to: fc.nat(size - 1),
  }),
);

/** Undirected adjacency of a graph's edges: node id -> [neighbour id, edge]. */
function adjacency(edges: readonly GraphEdge[]): Map<string, [string, GraphEdge][]> {
  const adj = new Map<string, [string, GraphEdge][]>();
  const add = (a: string, b: string, e: GraphEdge): void => {
    const list = adj.get(a) ?? [];
    list.push([b, e]);
    adj.set(a, list);
  };
  for (const e of edges) {
    if (e.from === e.to) continue;
    add(e.from, e.to, e);
    add(e.to, e.from, e);
  }
  return adj;
}

/** Breadth-first distances from `root`. */
function distances(adj: Map<string, [string, GraphEdge][]>, root: string): Map<string, number> {
  const dist = new Map([[root, 0]]);
  const queue = [root];
  for (let i = 0; i < queue.length; i++) {
    const u = queue[i] as string;
    for (const [v] of adj.get(u) ?? []) {
      if (!dist.has(v)) {
        dist.set(v, (dist.get(u) ?? 0) + 1);
        queue.push(v);
      }
    }
  }
  return dist;
}

describe('memory store', () => {
  let store: GraphStore;
  beforeEach(() => {
    store = createMemoryStore();
  });
  afterEach(async () => {
    await store.close();
  });

  it('hands out frozen data', async () => {
    await store.writeDocument(A_EN);
    await store.writeDocument(B_EN);
    const [who] = await store.getNodes([WHO.id]);
    expect(Object.isFrozen(who)).toBe(true);
    const clause = (await store.list({ type: 'Clause', first: 1 })).items[0];
    expect(Object.isFrozen(clause)).toBe(true);
    expect(Object.isFrozen(clause?.type === 'Clause' ? clause.span : null)).toBe(true);
    const neighbours = (await store.expand({ ids: [WHO.id], direction: 'in' })).get(WHO.id) ?? [];
    expect(neighbours.length).toBeGreaterThan(0);
    expect(Object.isFrozen(neighbours)).toBe(true);
    expect(
      neighbours.every((n) => Object.isFrozen(n) && Object.isFrozen(n.edge) && Object.isFrozen(n.edge.provenance)),
    ).toBe(true);
    const hits = await store.search({ text: 'telemedicine', first: 5 });
    expect(Object.isFrozen(hits) && hits.every((h) => Object.isFrozen(h))).toBe(true);
    const sub = await store.neighborhood({ id: WHO.id, depth: 1, limit: 10 });
    expect(Object.isFrozen(sub) && Object.isFrozen(sub.nodes) && Object.isFrozen(sub.edges)).toBe(true);
    const dump = await store.dump();
    expect(Object.isFrozen(dump.nodes) && Object.isFrozen(dump.edges)).toBe(true);
  });

  it('removes the edges other documents attached to a node that goes away', async () => {
    // B_EN alone supports ITU; WTDC-65 only points at it.
    const pointing = resolutionDocument({
      body: 'WTDC',
      number: '65',
      year: 2022,
      place: null,
      language: 'en',
      checksum: 'p',
      clauses: [],
      extraEdges: [structural('MENTIONS', ids.document('wtdc-65-2022', 'en'), ITU.id)],
    });
    await store.writeDocument(B_EN);
    await store.writeDocument(pointing);
    const result = await store.writeDocument(B_EN_2);
    // HAS_CLAUSE recognizing/a, B's three MENTIONS, and WTDC-65's MENTIONS of ITU.
    expect(result.relationshipsRemoved).toBe(5);
    const dump = await store.dump();
    expect(dump.edges.some((e) => e.to === ITU.id || e.from === ITU.id)).toBe(false);
  });

  it('property: after any writes, replacements, rejections and removals, the store holds what the survivors supply', async () => {
    // Shared nodes (WHO, versions, resolutions) gain and lose documents as sources in every order; a node or edge
    // must stay exactly as long as some stored document supplies it, and a rejected write must not count as one.
    const versions = [A_EN, A_ZH, B_EN, B_EN_2, CITING];
    const rejected = (graph: DocumentGraph): DocumentGraph => ({
      ...graph,
      document: { ...graph.document, checksum: 'rejected' },
      edges: [...graph.edges, structural('MENTIONS', graph.document.id, 'org:nowhere')],
    });
    const op = fc.oneof(
      fc.record({ kind: fc.constant('write' as const), graph: fc.constantFrom(...versions) }),
      fc.record({ kind: fc.constant('reject' as const), graph: fc.constantFrom(...versions) }),
      fc.record({ kind: fc.constant('remove' as const), graph: fc.constantFrom(...versions) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 12 }), fc.boolean(), async (ops, batched) => {
        await store.clear();
        const stored = new Map<string, DocumentGraph>();
        for (const { kind, graph } of ops) {
          const id = graph.document.id;
          if (kind === 'write') {
            if (batched) await store.writeDocuments([graph]);
            else await store.writeDocument(graph);
            stored.set(id, graph);
          } else if (kind === 'reject') {
            if (batched) expect((await store.writeDocuments([rejected(graph)]))[0]?.status).toBe('failed');
            else
              await expect(store.writeDocument(rejected(graph))).rejects.toMatchObject({ code: 'STORE_WRITE_FAILED' });
          } else {
            await store.removeDocument(id);
            stored.delete(id);
          }
        }
        const survivors = [...stored.values()];
        const nodeIds = new Set(survivors.flatMap((g) => [g.document.id, ...g.nodes.map((n) => n.id)]));
        const edgeIds = new Set(
          survivors.flatMap((g) => g.edges.filter((e) => nodeIds.has(e.from) && nodeIds.has(e.to)).map((e) => e.id)),
        );
        const dump = await store.dump();
        expect(new Set(dump.nodes.map((n) => n.id))).toEqual(nodeIds);
        expect(new Set(dump.edges.map((e) => e.id))).toEqual(edgeIds);
        // Removing the survivors, in any order, leaves nothing: no node or edge kept a stale source.
        for (const id of [...stored.keys()].reverse()) await store.removeDocument(id);
        expect(await store.dump()).toEqual({ nodes: [], edges: [] });
        expect(await store.counts()).toEqual({ nodes: [], relationships: [] });
      }),
      { numRuns: 150 },
    );
  });

  describe('rejects, changing nothing,', () => {
    const bad: [string, () => DocumentGraph][] = [
      [
        'a clause of another document',
        () => ({ ...B_EN, nodes: [...B_EN.nodes, ...A_EN.nodes.filter((n) => n.type === 'Clause')] }),
      ],
      [
        'a node whose id the store holds with another type',
        () => ({ ...B_EN, nodes: [...B_EN.nodes.filter((n) => n.id !== WHO.id), { ...fixtures.SG16, id: WHO.id }] }),
      ],
      ['two different nodes with one id', () => ({ ...B_EN, nodes: [...B_EN.nodes, { ...ITU, name: 'Other' }] })],
      [
        'two different edges with one id',
        () => ({ ...B_EN, edges: [...B_EN.edges, { ...(B_EN.edges[0] as GraphEdge), props: { x: 1 } }] }),
      ],
      [
        'an edge of an unknown type',
        () => ({
          ...B_EN,
          edges: [...B_EN.edges, { ...structural('MENTIONS', B_EN.document.id, WHO.id), type: 'LIKES' as never }],
        }),
      ],
      [
        'an edge to a node only the replaced version supplied',
        () => ({
          ...B_EN_2,
          edges: [...B_EN_2.edges, structural('MENTIONS', B_EN_2.document.id, ITU.id)],
        }),
      ],
    ];
    it.each(bad)('%s', async (_, make) => {
      await store.writeDocument(A_EN);
      await store.writeDocument(B_EN);
      const before = { hash: await store.contentHash(), counts: await store.counts(), dump: await store.dump() };
      const graph = make();
      const attempt = { ...graph, document: { ...graph.document, checksum: 'bad' } };
      await expect(store.writeDocument(attempt)).rejects.toMatchObject({ code: 'STORE_WRITE_FAILED' });
      expect(await store.contentHash()).toBe(before.hash);
      expect(await store.counts()).toEqual(before.counts);
      expect(await store.dump()).toEqual(before.dump);
      expect(await store.documentChecksum(graph.document.id)).toBe(
        graph.document.id === B_EN.document.id ? 'b-en-1' : null,
      );
      expect((await store.search({ text: 'emergencies', first: 5 })).length).toBe(1);
    });
  });

  it('re-indexes natural keys when a defining document changes them', async () => {
    const withOrg = (acronym: string, checksum: string): DocumentGraph => {
      const doc = resolutionDocument({
        body: 'RA',
        number: '1',
        year: 2023,
        place: null,
        language: 'en',
        checksum,
        clauses: [],
        extraNodes: [{ ...organization('X', 'Org X', 'sdo'), acronym }],
      });
      return { ...doc, defines: [...doc.defines, ids.organization('X')] };
    };
    await store.writeDocument(withOrg('XA', '1'));
    expect((await store.findByKey({ type: 'Organization', acronym: 'xa' }))?.id).toBe(ids.organization('X'));
    await store.writeDocument(withOrg('XB', '2'));
    expect(await store.findByKey({ type: 'Organization', acronym: 'XA' })).toBeNull();
    expect((await store.findByKey({ type: 'Organization', acronym: 'XB' }))?.id).toBe(ids.organization('X'));
  });

  it('answers the first organization by id when two share an acronym', async () => {
    const doc = resolutionDocument({
      body: 'RA',
      number: '2',
      year: 2023,
      place: null,
      language: 'en',
      checksum: '1',
      clauses: [],
      extraNodes: [organization('ZZ', 'Second', 'other'), { ...organization('AA', 'First', 'other'), acronym: 'zz' }],
    });
    await store.writeDocument(doc);
    expect((await store.findByKey({ type: 'Organization', acronym: 'ZZ' }))?.id).toBe(ids.organization('AA'));
  });

  it('finds parallel edges as distinct paths', async () => {
    const graph = randomGraph(3, [
      [0, 1],
      [1, 0],
      [1, 2],
    ]);
    await store.writeDocument(graph);
    const from = ids.organization('O000');
    const to = ids.organization('O002');
    const paths = await store.shortestPaths({ from, to, maxLength: 5, limit: 10 });
    expect(paths).toHaveLength(2);
    expect(new Set(paths.map((p) => p.edges.map((e) => e.id).join()))).toHaveProperty('size', 2);
  });

  it('uses the snippet radius it is given', async () => {
    const narrow = createMemoryStore({ snippetRadius: 5 });
    await narrow.writeDocument(A_EN);
    const [hit] = await narrow.search({ text: 'interoperable', first: 1 });
    expect(hit?.snippet).toBe('…s on «interoperable» stan…');
    await narrow.close();
  });

  it('property: the content hash does not depend on the order of writes', async () => {
    const finalDocs = [A_EN, A_ZH, B_EN_2, CITING];
    const reference = createMemoryStore();
    for (const d of finalDocs) await reference.writeDocument(d);
    const expected = await reference.contentHash();
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(finalDocs, { minLength: finalDocs.length, maxLength: finalDocs.length }),
        fc.nat(),
        async (order, at) => {
          // B_EN, the earlier version of B_EN_2, somewhere before it.
          const writes: DocumentGraph[] = [...order];
          writes.splice(at % (writes.indexOf(B_EN_2) + 1), 0, B_EN);
          await store.clear();
          for (const d of writes) await store.writeDocument(d);
          expect(await store.contentHash()).toBe(expected);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('property: pages concatenate to the sorted list', async () => {
    for (const d of [A_EN, A_ZH, B_EN, CITING]) await store.writeDocument(d);
    const all = (await store.dump()).nodes;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('Clause' as const, 'Organization' as const, 'Document' as const, 'Version' as const),
        fc.constantFrom('id', 'order', 'name', 'language', 'year', 'missing'),
        fc.boolean(),
        fc.integer({ min: 1, max: 4 }),
        async (type, property, descending, first) => {
          const seen: GraphNode[] = [];
          let after: string | null = null;
          for (;;) {
            const page = await store.list({ type, first, sort: { property, descending }, after });
            seen.push(...page.items);
            if (!page.hasNextPage) break;
            after = page.endCursor;
          }
          const ofType = all.filter((n) => n.type === type);
          expect(seen.length).toBe(ofType.length);
          expect(new Set(seen.map((n) => n.id)).size).toBe(ofType.length);
          const key = (n: GraphNode): unknown => (n as unknown as Record<string, unknown>)[property] ?? null;
          for (let i = 1; i < seen.length; i++) {
            const a = key(seen[i - 1] as GraphNode);
            const b = key(seen[i] as GraphNode);
            if (a === b) expect((seen[i - 1] as GraphNode).id < (seen[i] as GraphNode).id).toBe(true);
            else if (a === null) expect(descending).toBe(true);
            else if (b === null) expect(descending).toBe(false);
            else expect((a as number) < (b as number)).toBe(!descending);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('property: shortest paths agree with a brute-force count', async () => {
    await fc.assert(
      fc.asyncProperty(graphArbitrary, fc.integer({ min: 0, max: 6 }), async ({ size, pairs, from, to }, maxLength) => {
        const graph = randomGraph(size, pairs);
        await store.clear();
        await store.writeDocument(graph);
        const fromId = ids.organization(`O${String(from).padStart(3, '0')}`);
        const toId = ids.organization(`O${String(to).padStart(3, '0')}`);
        const adj = adjacency(graph.edges);
        const dist = distances(adj, fromId);
        // Number of shortest paths to every node, parallel edges counting separately.
        const count = new Map<string, number>([[fromId, 1]]);
        const byDistance = [...dist.entries()].sort((a, b) => a[1] - b[1]);
        for (const [u, d] of byDistance) {
          for (const [v] of adj.get(u) ?? []) {
            if (dist.get(v) === d + 1) count.set(v, (count.get(v) ?? 0) + (count.get(u) ?? 0));
          }
        }
        const length = dist.get(toId);
        const paths = await store.shortestPaths({ from: fromId, to: toId, maxLength, limit: 1000 });
        if (length === undefined || length > maxLength) {
          expect(paths).toEqual([]);
          return;
        }
        expect(paths).toHaveLength(count.get(toId) ?? 0);
        const keys = new Set<string>();
        for (const p of paths) {
          expect(p.nodes).toHaveLength(length + 1);
          expect(p.nodes[0]?.id).toBe(fromId);
          expect(p.nodes[length]?.id).toBe(toId);
          p.edges.forEach((e, i) => {
            expect([e.from, e.to].sort()).toEqual([p.nodes[i]?.id, p.nodes[i + 1]?.id].sort());
          });
          keys.add(p.edges.map((e) => e.id).join('|') + p.nodes.map((n) => n.id).join('|'));
        }
        expect(keys.size).toBe(paths.length);
        const again = await store.shortestPaths({ from: fromId, to: toId, maxLength, limit: 1000 });
        expect(again).toEqual(paths);
        if (paths.length > 1) {
          const limited = await store.shortestPaths({ from: fromId, to: toId, maxLength, limit: 1 });
          expect(limited).toEqual(paths.slice(0, 1));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('property: neighborhood is the breadth-first order cut at limit', async () => {
    await fc.assert(
      fc.asyncProperty(
        graphArbitrary,
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1, max: 15 }),
        async ({ size, pairs, from }, depth, limit) => {
          const graph = randomGraph(size, pairs);
          await store.clear();
          await store.writeDocument(graph);
          const root = ids.organization(`O${String(from).padStart(3, '0')}`);
          const dist = distances(adjacency(graph.edges), root);
          const within = [...dist.entries()]
            .filter(([, d]) => d <= depth)
            .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))
            .map(([id]) => id);
          const sub = await store.neighborhood({ id: root, depth, limit });
          expect(sub.nodes.map((n) => n.id)).toEqual(within.slice(0, limit));
          expect(sub.truncated).toBe(within.length > limit);
          const inside = new Set(within.slice(0, limit));
          const expectedEdges = graph.edges.filter((e) => inside.has(e.from) && inside.has(e.to)).map((e) => e.id);
          expect(sub.edges.map((e) => e.id).sort()).toEqual(expectedEdges.sort());
        },
      ),
      { numRuns: 150 },
    );
  });
});
