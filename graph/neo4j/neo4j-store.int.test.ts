/**
 * The Neo4j store against the test run's own Neo4j: the shared `GraphStore` contract, then what only this adapter
 * has to get right (how values are stored, the allow-lists, atomicity, schema, errors).
 *
 * Every test here clears the store's data first (nodes labelled `Node`; other suites' data is left alone).
 */
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { ids } from '../model';
import type { ClauseNode, DocumentGraph, DocumentNode, GraphNode, InstructionNode } from '../model';
import type { GraphStore } from '../store';
import { StoreError } from '../store';
import { fixtures, runStoreContract, structural } from '../../test/contract/store-contract';
import { describeNeo4j, neo4jUri, testDriver } from '../../test/support/neo4j';
import { createNeo4jStore } from './index';

describeNeo4j('Neo4j store', () => {
  runStoreContract('neo4j', async () => createNeo4jStore({ driver: testDriver(), closeDriver: true }));
  // As on an encrypted connection: every read pipelines the primer first.
  runStoreContract('neo4j, reads primed', async () =>
    createNeo4jStore({ driver: testDriver(), closeDriver: true, primeReads: true }),
  );
});

/** A small document with an Instruction (items are objects), footnotes, a tuple and a value that looks like JSON. */
function instructionDocument(checksum: string): DocumentGraph {
  const documentId = ids.document('wtsa-78-2024', 'fr');
  const document: DocumentNode = {
    id: documentId,
    type: 'Document',
    file: 'wtsa-78-fr.txt',
    language: 'fr',
    kind: 'resolution',
    title: null,
    checksum,
    encoding: 'utf-8',
    manifestFacts: ['resolution.number', 'json:not really'],
    foreword: 'json:{"this": "is text, not JSON"}',
  };
  const heading: ClauseNode = {
    id: ids.clause(documentId, 'instructs-1'),
    type: 'Clause',
    document: documentId,
    address: 'instructs-1',
    part: 'operative',
    section: 'instructs',
    role: 'heading',
    label: null,
    text: 'charge la Commission d’études 16 de l’UIT‑T',
    footnotes: [],
    span: [120, 163],
    order: 0,
  };
  const item: ClauseNode = {
    ...heading,
    id: ids.clause(documentId, 'instructs-1/item-1'),
    address: 'instructs-1/item-1',
    role: 'item',
    label: '1',
    text: 'de poursuivre ses travaux sur la cybersanté ;',
    footnotes: ['1 Voir aussi la Résolution 183 (Rév. Bucarest, 2022).'],
    span: [164, 209],
    order: 1,
  };
  const instruction: InstructionNode = {
    id: ids.instruction(documentId, 'instructs-1'),
    type: 'Instruction',
    document: documentId,
    version: ids.version('WTSA', '78', 2024),
    kind: 'INSTRUCTS',
    clause: 'instructs-1',
    order: 0,
    heading: heading.text,
    items: [{ label: '1', text: item.text, clause: item.address }],
  };
  return {
    document,
    nodes: [document, heading, item, instruction],
    edges: [
      structural('HAS_CLAUSE', documentId, heading.id),
      structural('HAS_CLAUSE', documentId, item.id),
      structural('HAS_INSTRUCTION', documentId, instruction.id),
      {
        id: ids.edge('FROM_CLAUSE', instruction.id, heading.id),
        type: 'FROM_CLAUSE',
        from: instruction.id,
        to: heading.id,
        props: { kind: 'INSTRUCTS', weight: 1.5, count: 2, primary: true, note: null },
        provenance: { document: documentId, clause: 'instructs-1', span: [120, 163], quote: 'charge' },
      },
    ],
    defines: [],
  };
}

async function expectRejected(promise: Promise<unknown>, code: StoreError['code']): Promise<StoreError> {
  const err = await promise.then(
    () => {
      throw new Error(`expected a ${code} StoreError`);
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(StoreError);
  expect(err).toMatchObject({ code });
  return err as StoreError;
}

describeNeo4j('Neo4j store: adapter specifics', () => {
  let driver: Driver;
  let store: GraphStore;

  beforeAll(async () => {
    driver = testDriver();
    store = createNeo4jStore({ driver, uri: neo4jUri() });
    await store.init();
  });
  beforeEach(async () => {
    await store.clear();
  });
  afterAll(async () => {
    await store?.clear();
    await store?.close();
    await driver?.close();
  });

  describe('schema', () => {
    it('is idempotent and creates the constraints and the CJK full-text index', async () => {
      await store.init();
      const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names');
      const names = constraints.records[0]?.get('names') as string[];
      expect(names).toEqual(
        expect.arrayContaining(['ehealth_node_id', 'ehealth_clause_id', 'ehealth_rel_has_clause_id']),
      );
      const index = await driver.executeQuery(
        "SHOW INDEXES YIELD name, type, state, options WHERE name = 'ehealth_search' RETURN type, state, options",
      );
      const row = index.records[0]?.toObject() as { type: string; state: string; options: { indexConfig: object } };
      expect(row).toMatchObject({ type: 'FULLTEXT', state: 'ONLINE' });
      expect(row.options.indexConfig).toMatchObject({ 'fulltext.analyzer': 'cjk' });
    });
  });

  describe('stored values', () => {
    it('reads back exactly what was written: objects as JSON, lists, tuples, nulls, "json:" strings', async () => {
      const graph = instructionDocument('fr-1');
      await store.writeDocument({ ...graph, nodes: [...graph.nodes, fixtures.SG16] });
      const nodes = await store.getNodes(graph.nodes.map((n) => n.id));
      expect(nodes).toEqual(graph.nodes);
      const dump = await store.dump();
      expect(dump.edges.find((e) => e.type === 'FROM_CLAUSE')).toEqual(graph.edges[3]);
      expect(dump.edges.find((e) => e.type === 'HAS_INSTRUCTION')).toEqual(graph.edges[2]);

      const raw = await driver.executeQuery(
        'MATCH (i:Instruction) RETURN i.items AS items, i.order AS order, i.heading AS heading',
      );
      const record = raw.records[0];
      expect(typeof record?.get('items')).toBe('string');
      expect(String(record?.get('items'))).toMatch(/^json:\[/);
      expect(neo4j.isInt(record?.get('order'))).toBe(true);
      const doc = await driver.executeQuery('MATCH (d:Document) RETURN d.foreword AS foreword, d.title AS title');
      expect(doc.records[0]?.get('foreword')).toBe('json:"json:{\\"this\\": \\"is text, not JSON\\"}"');
      expect(doc.records[0]?.get('title')).toBeNull();
    });

    it('stores whole numbers as Integers and returns JS numbers, whatever the driver does with integers', async () => {
      await store.writeDocument(fixtures.A_EN);
      const raw = await driver.executeQuery('MATCH (v:Version) RETURN v.year AS year');
      expect(neo4j.isInt(raw.records[0]?.get('year'))).toBe(true);
      const [version] = await store.getNodes([ids.version('WTSA', '78', 2024)]);
      expect(version).toMatchObject({ year: 2024 });
      expect(typeof (version as { year: unknown }).year).toBe('number');

      for (const config of [{ disableLosslessIntegers: true }, { useBigInt: true }]) {
        const other = neo4j.driver(neo4jUri() ?? '', undefined, config);
        try {
          const otherStore = createNeo4jStore({ driver: other });
          const nodes = await otherStore.getNodes(fixtures.A_EN.nodes.map((n) => n.id));
          expect(nodes).toEqual(fixtures.A_EN.nodes);
          const counts = await otherStore.counts();
          expect(counts.nodes.every((c) => typeof c.count === 'number')).toBe(true);
        } finally {
          await other.close();
        }
      }
    });

    it('writes in batches of any size with the same result', async () => {
      const small = createNeo4jStore({ driver, batchSize: 1 });
      await small.writeDocument(fixtures.A_EN);
      await small.writeDocument(fixtures.A_ZH);
      const batched = await store.contentHash();
      await store.clear();
      await store.writeDocument(fixtures.A_EN);
      await store.writeDocument(fixtures.A_ZH);
      expect(await store.contentHash()).toBe(batched);
    });

    it('writes batches of documents in transactions and statements of any size with the same result', async () => {
      const docs = [fixtures.A_EN, fixtures.A_ZH, fixtures.B_EN, fixtures.CITING];
      await store.writeDocuments(docs);
      const hash = await store.contentHash();
      const tiny = createNeo4jStore({ driver, batchSize: 1, transactionRows: 1 });
      await store.clear();
      expect((await tiny.writeDocuments(docs)).map((r) => r.status)).toEqual(docs.map(() => 'created'));
      expect(await store.contentHash()).toBe(hash);
    });

    it('replaces a document whose contribution lists were stored as lists (before they were JSON strings)', async () => {
      await store.writeDocument(fixtures.B_EN);
      const [row] = (
        await driver.executeQuery(
          'MATCH (d:Document) RETURN d.contrib_node_ids AS n, d.contrib_edge_ids AS e, d.contrib_edge_types AS t',
        )
      ).records.map((r) => r.toObject() as { n: string; e: string; t: string });
      if (!row) throw new Error('no Document');
      await driver.executeQuery(
        'MATCH (d:Document) SET d.contrib_node_ids = $n, d.contrib_edge_ids = $e, d.contrib_edge_types = $t',
        { n: JSON.parse(row.n), e: JSON.parse(row.e), t: JSON.parse(row.t) },
      );
      expect((await store.writeDocument(fixtures.B_EN_2)).status).toBe('updated');
      const replaced = await store.contentHash();
      await store.clear();
      await store.writeDocument(fixtures.B_EN_2);
      expect(await store.contentHash()).toBe(replaced);
    });

    it('migrates a database of an earlier version (lists of sources, no contribution lists) at start-up', async () => {
      const { A_EN, A_ZH, B_EN, B_EN_2, WHO, SG16 } = fixtures;
      // The same writes on a database in the current shape.
      await store.writeDocuments([A_EN, A_ZH, B_EN]);
      await store.writeDocument(B_EN_2);
      await store.removeDocument(A_ZH.document.id);
      const direct = { hash: await store.contentHash(), counts: await store.counts() };
      await store.clear();
      await store.writeDocuments([A_EN, A_ZH, B_EN]);
      const hash = await store.contentHash();
      // As an earlier version stored it: each node and relationship lists the documents that contribute it, and
      // one Document has no contribution lists (before they were recorded).
      for (const doc of [A_EN, A_ZH, B_EN]) {
        const id = doc.document.id;
        await driver.executeQuery(
          'UNWIND $nodes AS nid MATCH (n:Node {id: nid}) SET n.sources = coalesce(n.sources, []) + $id',
          { nodes: [...new Set([doc.document, ...doc.nodes].map((n) => n.id))], id },
        );
        await driver.executeQuery(
          'UNWIND $edges AS eid MATCH ()-[r {id: eid}]->() SET r.sources = coalesce(r.sources, []) + $id',
          { edges: [...new Set(doc.edges.map((e) => e.id))], id },
        );
      }
      await driver.executeQuery('MATCH (n:Node) REMOVE n.source_count');
      await driver.executeQuery('MATCH ()-[r]->() REMOVE r.source_count');
      await driver.executeQuery(
        'MATCH (d:Document {id: $id}) REMOVE d.contrib_node_ids, d.contrib_edge_ids, d.contrib_edge_types',
        { id: B_EN.document.id },
      );
      const infos: string[] = [];
      const migrating = createNeo4jStore({
        driver,
        logger: { debug: () => undefined, info: (_o, msg) => infos.push(msg ?? ''), warn: () => undefined },
      });
      await migrating.init();
      expect(infos).toEqual(expect.arrayContaining([expect.stringContaining('migrat')]));
      const left = await driver.executeQuery(
        'MATCH (n:Node) WHERE n.sources IS NOT NULL OR n.source_count IS NULL RETURN count(n) AS n',
      );
      expect(left.records[0]?.get('n')).toEqual(neo4j.int(0));
      expect(await store.contentHash()).toBe(hash);
      // Replacing and removing documents then works on counts as it would have on lists.
      await migrating.writeDocument(B_EN_2);
      await migrating.removeDocument(A_ZH.document.id);
      expect(await store.getNodes([WHO.id, SG16.id])).toEqual([WHO, SG16]);
      expect({ hash: await store.contentHash(), counts: await store.counts() }).toEqual(direct);
      await migrating.removeDocument(A_EN.document.id);
      await migrating.removeDocument(B_EN.document.id);
      expect(await store.counts()).toEqual({ nodes: [], relationships: [] });
      // A second start-up has nothing to migrate.
      infos.length = 0;
      await migrating.init();
      expect(infos).toEqual([]);
    });

    it('says what to do with a Document that has no record of its contribution', async () => {
      await store.writeDocument(fixtures.B_EN);
      await driver.executeQuery('MATCH (d:Document) REMOVE d.contrib_edge_ids');
      const err = await expectRejected(store.writeDocument(fixtures.B_EN_2), 'STORE_WRITE_FAILED');
      expect(err.message).toMatch(/contrib_edge_ids.*Delete that Document node/s);
    });

    it('keeps internal bookkeeping out of what it returns', async () => {
      await store.writeDocument(fixtures.A_EN);
      const [document, who] = await store.getNodes([fixtures.A_EN.document.id, fixtures.WHO.id]);
      expect(document).toEqual(fixtures.A_EN.document);
      expect(who).toEqual(fixtures.WHO);
      const raw = await driver.executeQuery('MATCH (d:Document) RETURN d.source_count AS count, keys(d) AS keys');
      expect(raw.records[0]?.get('count')).toEqual(neo4j.int(1));
      expect(raw.records[0]?.get('keys')).toEqual(expect.arrayContaining(['contrib_node_ids', 'search_language']));
    });
  });

  describe('allow-lists', () => {
    it('rejects an unknown node label or relationship type before writing anything', async () => {
      const bogusNode = { id: 'bogus:1', type: 'Bogus` {id: 1}) DETACH DELETE n //' } as unknown as GraphNode;
      await expectRejected(
        store.writeDocument({ ...fixtures.A_EN, nodes: [...fixtures.A_EN.nodes, bogusNode] }),
        'STORE_WRITE_FAILED',
      );
      const bogusEdge = { ...structural('MENTIONS', fixtures.A_EN.document.id, fixtures.WHO.id), type: 'OWNS' };
      await expectRejected(
        store.writeDocument({
          ...fixtures.A_EN,
          edges: [...fixtures.A_EN.edges, bogusEdge as unknown as (typeof fixtures.A_EN.edges)[number]],
        }),
        'STORE_WRITE_FAILED',
      );
      expect(await store.counts()).toEqual({ nodes: [], relationships: [] });
    });

    it('rejects unknown types, and internal properties, in queries', async () => {
      await expectRejected(store.list({ type: 'Bogus' as 'Clause', first: 1 }), 'STORE_INVALID_QUERY');
      await expectRejected(
        store.list({
          type: 'Clause',
          first: 1,
          related: [{ type: 'X]-() DELETE n //' as 'CITES', direction: 'in', target: 'a' }],
        }),
        'STORE_INVALID_QUERY',
      );
      await expectRejected(
        store.expand({ ids: ['a'], direction: 'both', types: ['NOPE' as 'CITES'] }),
        'STORE_INVALID_QUERY',
      );
      await expectRejected(
        store.list({ type: 'Clause', first: 1, where: [{ property: 'sources', eq: 'x' }] }),
        'STORE_INVALID_QUERY',
      );
      await expectRejected(
        store.list({ type: 'Organization', first: 1, sort: { property: 'source_count' } }),
        'STORE_INVALID_QUERY',
      );
      await expectRejected(store.list({ type: 'Clause', first: -1 }), 'STORE_INVALID_QUERY');
    });
  });

  describe('atomicity', () => {
    it('rolls back a write that fails half-way, leaving nothing of it', async () => {
      await store.writeDocument(fixtures.A_EN);
      const hash = await store.contentHash();
      const counts = await store.counts();
      // An edge whose id is already used by a HAS_CLAUSE between other nodes: the relationship uniqueness
      // constraint fails only when the edges are merged, after every node of the document has been written.
      const taken = fixtures.A_EN.edges.find((e) => e.type === 'HAS_CLAUSE');
      if (!taken) throw new Error('fixture has no HAS_CLAUSE');
      const clash = structural('HAS_CLAUSE', fixtures.A_ZH.document.id, fixtures.A_ZH.nodes[3]?.id ?? '');
      const failing = { ...fixtures.A_ZH, edges: [...fixtures.A_ZH.edges, { ...clash, id: taken.id }] };
      await expectRejected(store.writeDocument(failing), 'STORE_WRITE_FAILED');
      expect(await store.documentChecksum(fixtures.A_ZH.document.id)).toBeNull();
      expect(await store.contentHash()).toBe(hash);
      expect(await store.counts()).toEqual(counts);
      // The document can still be written as it should be.
      expect((await store.writeDocument(fixtures.A_ZH)).status).toBe('created');
    });

    it('rolls back a batch that fails half-way, then writes its documents one by one: only the failing one fails', async () => {
      await store.writeDocument(fixtures.A_EN);
      const taken = fixtures.A_EN.edges.find((e) => e.type === 'HAS_CLAUSE');
      if (!taken) throw new Error('fixture has no HAS_CLAUSE');
      const clash = structural('HAS_CLAUSE', fixtures.A_ZH.document.id, fixtures.A_ZH.nodes[3]?.id ?? '');
      const failing = { ...fixtures.A_ZH, edges: [...fixtures.A_ZH.edges, { ...clash, id: taken.id }] };
      const results = await store.writeDocuments([fixtures.B_EN, failing, fixtures.CITING]);
      expect(results.map((r) => r.status)).toEqual(['created', 'failed', 'created']);
      expect(results[1]).toMatchObject({ document: fixtures.A_ZH.document.id, error: { code: 'STORE_WRITE_FAILED' } });
      expect(await store.documentChecksum(fixtures.A_ZH.document.id)).toBeNull();
      const hash = await store.contentHash();
      await store.clear();
      for (const doc of [fixtures.A_EN, fixtures.B_EN, fixtures.CITING]) await store.writeDocument(doc);
      expect(await store.contentHash()).toBe(hash);
    });

    it('makes a write visible to the next read (one bookmark manager)', async () => {
      for (const doc of [fixtures.A_EN, fixtures.A_ZH, fixtures.B_EN]) {
        await store.writeDocument(doc);
        expect(await store.documentChecksum(doc.document.id)).toBe(doc.document.checksum);
      }
    });
  });

  describe('errors', () => {
    it('says STORE_UNAVAILABLE quickly, naming the URI, when Neo4j cannot be reached', async () => {
      const uri = 'bolt://127.0.0.1:1';
      const unreachable = neo4j.driver(uri, undefined, { connectionTimeout: 1000, maxTransactionRetryTime: 1000 });
      const offline = createNeo4jStore({ driver: unreachable, uri, closeDriver: true, retryTimeMs: 1000 });
      try {
        const started = Date.now();
        const err = await expectRejected(offline.init(), 'STORE_UNAVAILABLE');
        expect(err.message).toContain(uri);
        expect(err.message).toMatch(/NEO4J_URI/);
        await expectRejected(offline.counts(), 'STORE_UNAVAILABLE');
        // A batch reports the error for each document rather than throwing.
        const results = await offline.writeDocuments([fixtures.A_EN, fixtures.B_EN]);
        expect(results).toMatchObject([
          { document: fixtures.A_EN.document.id, status: 'failed', error: { code: 'STORE_UNAVAILABLE' } },
          { document: fixtures.B_EN.document.id, status: 'failed', error: { code: 'STORE_UNAVAILABLE' } },
        ]);
        expect(Date.now() - started).toBeLessThan(15_000);
      } finally {
        await offline.close();
      }
    });

    it('says STORE_TIMEOUT when a transaction outlives queryTimeoutMs', async () => {
      await store.writeDocument(fixtures.A_EN);
      const impatient = createNeo4jStore({ driver, queryTimeoutMs: 300 });
      const session = driver.session();
      const blocker = session.beginTransaction();
      try {
        // Hold a write lock on the Document node, so that rewriting it has to wait past its timeout.
        await blocker.run('MATCH (d:Document {id: $id}) SET d.locked = true', { id: fixtures.A_EN.document.id });
        const changed = {
          ...fixtures.A_EN,
          document: { ...fixtures.A_EN.document, checksum: 'a-en-2' },
          nodes: fixtures.A_EN.nodes.map((n) =>
            n.id === fixtures.A_EN.document.id ? { ...fixtures.A_EN.document, checksum: 'a-en-2' } : n,
          ),
        };
        await expectRejected(impatient.writeDocument(changed), 'STORE_TIMEOUT');
      } finally {
        await blocker.rollback();
        await session.close();
      }
      expect(await store.documentChecksum(fixtures.A_EN.document.id)).toBe('a-en-1');
    });

    it('refuses work after close(), without closing a driver it was given', async () => {
      const closing = createNeo4jStore({ driver });
      await closing.close();
      await expectRejected(closing.counts(), 'STORE_UNAVAILABLE');
      await expect(driver.verifyConnectivity()).resolves.toBeDefined();
    });
  });
});
