/**
 * The `GraphStore` contract: one suite that every adapter (in-memory, Neo4j) runs unchanged, so that both honour the
 * semantics written in graph/store.ts. Fixtures are small synthetic document graphs built here with the id helpers of
 * graph/model.ts; each test starts from an empty store.
 */
import { ids } from '../../graph/model';
import type {
  Body,
  ClauseNode,
  DocumentGraph,
  DocumentNode,
  GraphEdge,
  GraphNode,
  Language,
  NodeType,
  OrganizationKind,
  OrganizationNode,
  Provenance,
  QuestionNode,
  RelType,
  ResolutionNode,
  Sector,
  StudyGroupNode,
  VersionNode,
} from '../../graph/model';
import type {
  ExpandStep,
  GraphStore,
  ListQuery,
  Neighbour,
  Page,
  Step,
  StepPick,
  StepResult,
  StoreError,
  TraverseQuery,
  WriteOutcome,
} from '../../graph/store';
import { traverseWith } from '../../graph/traverse';

// ---------------------------------------------------------------------------------------------------------------
// Fixture builders

/** One clause of a synthetic document. `order` is explicit so that a clause keeps its content across revisions. */
export interface ClauseSpec {
  readonly address: string;
  readonly text: string;
  readonly order: number;
}

/** A synthetic resolution document: the resolution, the version, the document, its clauses and what it names. */
export interface ResolutionDocSpec {
  readonly body: Body;
  readonly number: string;
  readonly year: number;
  readonly place: string | null;
  readonly language: Language;
  readonly checksum: string;
  readonly title?: string | null;
  readonly clauses: readonly ClauseSpec[];
  /** Entities the document mentions (Document -MENTIONS-> entity, with provenance in the first clause). */
  readonly mentions?: readonly GraphNode[];
  /** Parties the version instructs (Version -INSTRUCTS-> party; the same edge for every language). */
  readonly instructs?: readonly GraphNode[];
  /** Further nodes and edges the document contributes (cited versions, questions, ...). */
  readonly extraNodes?: readonly GraphNode[];
  readonly extraEdges?: readonly GraphEdge[];
  /** Whether the document defines its Resolution and Version (default true). */
  readonly defines?: boolean;
}

/** An organization, keyed by its acronym. */
export function organization(acronym: string, name: string, kind: OrganizationKind): OrganizationNode {
  return { id: ids.organization(acronym), type: 'Organization', name, acronym, kind };
}

/** A study group. */
export function studyGroup(sector: Sector, number: number, name: string): StudyGroupNode {
  return { id: ids.studyGroup(sector, number), type: 'StudyGroup', sector, number, name, title: null };
}

/** A question with a code. */
export function question(sector: Sector, group: number, code: string, name: string): QuestionNode {
  return {
    id: ids.question(sector, group, code, null),
    type: 'Question',
    sector,
    code,
    studyGroup: group,
    name,
    title: null,
  };
}

/** The Version node a resolution document of `spec` defines. */
export function versionOf(spec: Pick<ResolutionDocSpec, 'body' | 'number' | 'year' | 'place'>): VersionNode {
  return {
    id: ids.version(spec.body, spec.number, spec.year),
    type: 'Version',
    resolution: ids.resolution(spec.body, spec.number),
    body: spec.body,
    number: spec.number,
    year: spec.year,
    place: spec.place,
    label: spec.place ? `Rev. ${spec.place}, ${spec.year}` : String(spec.year),
    source: 'text',
  };
}

/** The id of the document `spec` builds. */
export function documentIdOf(spec: Pick<ResolutionDocSpec, 'body' | 'number' | 'year' | 'language'>): string {
  return ids.document(`${spec.body.toLowerCase()}-${spec.number}-${spec.year}`, spec.language);
}

/** Builds the whole document graph of a synthetic resolution document. */
export function resolutionDocument(spec: ResolutionDocSpec): DocumentGraph {
  const documentId = documentIdOf(spec);
  const resolution: ResolutionNode = {
    id: ids.resolution(spec.body, spec.number),
    type: 'Resolution',
    body: spec.body,
    number: spec.number,
    title: spec.title ?? null,
    titleSource: spec.title ? 'text' : null,
  };
  const version = versionOf(spec);
  const document: DocumentNode = {
    id: documentId,
    type: 'Document',
    file: `${documentId.replace(/[:]/g, '_')}.txt`,
    language: spec.language,
    kind: 'resolution',
    title: spec.title ?? null,
    checksum: spec.checksum,
    encoding: 'utf-8',
    manifestFacts: [],
    foreword: null,
  };
  const clauses: ClauseNode[] = spec.clauses.map((c) => ({
    id: ids.clause(documentId, c.address),
    type: 'Clause',
    document: documentId,
    address: c.address,
    part: c.address.startsWith('preamble/') ? 'preamble' : 'operative',
    section: c.address.split('/')[0] ?? c.address,
    role: 'item',
    label: null,
    text: c.text,
    footnotes: [],
    span: [c.order * 1000, c.order * 1000 + c.text.length],
    order: c.order,
  }));
  const first = clauses[0];
  const provenance = (quote: string): Provenance => ({
    document: documentId,
    clause: first ? first.address : null,
    span: first ? first.span : [0, 0],
    quote,
  });
  const edges: GraphEdge[] = [
    structural('HAS_VERSION', resolution.id, version.id),
    structural('HAS_DOCUMENT', version.id, documentId),
    ...clauses.map((c) => structural('HAS_CLAUSE', documentId, c.id)),
    ...(spec.mentions ?? []).map((e) => ({
      id: ids.edge('MENTIONS', documentId, e.id, first?.address ?? ''),
      type: 'MENTIONS' as const,
      from: documentId,
      to: e.id,
      props: {},
      provenance: provenance(nameOf(e)),
    })),
    ...(spec.instructs ?? []).map((e) => ({
      id: ids.edge('INSTRUCTS', version.id, e.id),
      type: 'INSTRUCTS' as const,
      from: version.id,
      to: e.id,
      props: { kind: 'INSTRUCTS' },
      provenance: null,
    })),
    ...(spec.extraEdges ?? []),
  ];
  return {
    document,
    // Each node once, as a loader's graph builder would have it.
    nodes: [
      ...new Map(
        [
          resolution,
          version,
          document,
          ...clauses,
          ...(spec.mentions ?? []),
          ...(spec.instructs ?? []),
          ...(spec.extraNodes ?? []),
        ].map((n) => [n.id, n]),
      ).values(),
    ],
    edges,
    defines: spec.defines === false ? [] : [resolution.id, version.id],
  };
}

/** An edge implied by the documents' structure (no provenance). */
export function structural(type: RelType, from: string, to: string): GraphEdge {
  return { id: ids.edge(type, from, to), type, from, to, props: {}, provenance: null };
}

function nameOf(node: GraphNode): string {
  return 'name' in node && typeof node.name === 'string' ? node.name : node.id;
}

// ---------------------------------------------------------------------------------------------------------------
// The fixtures

const WHO = organization('WHO', 'World Health Organization', 'un-agency');
const ITU = organization('ITU', 'International Telecommunication Union', 'itu');
const SG16 = studyGroup('ITU-T', 16, 'ITU-T Study Group 16');
const SG2 = studyGroup('ITU-D', 2, 'ITU-D Study Group 2');
const Q28 = question('ITU-T', 16, '28/16', 'Multimedia framework for e-health applications');

const WTSA78 = { body: 'WTSA', number: '78', year: 2024, place: 'New Delhi' } as const;
const PP183 = { body: 'PP', number: '183', year: 2022, place: 'Bucharest' } as const;
const WTDC65 = { body: 'WTDC', number: '65', year: 2022, place: 'Kigali' } as const;

/** WTSA-78 in English; "e‑health" is written with a non-breaking hyphen (U+2011), as ITU texts often do. */
const A_EN = resolutionDocument({
  ...WTSA78,
  language: 'en',
  checksum: 'a-en-1',
  clauses: [
    {
      address: 'preamble/considering/a',
      order: 0,
      text: 'that e\u2011health applications can improve access to health care in developing countries;',
    },
    { address: 'preamble/considering/b', order: 1, text: 'that telemedicine relies on interoperable standards;' },
    {
      address: 'resolves/1',
      order: 2,
      text: 'to continue the work of ITU-T Study Group 16 on e\u2011health standards, in collaboration with the World Health Organization;',
    },
  ],
  mentions: [WHO, SG16, Q28],
  instructs: [SG16],
  extraEdges: [structural('STUDIED_BY', Q28.id, SG16.id)],
});

/** WTSA-78 in Chinese: the same Resolution and Version, its own Document and Clauses. */
const A_ZH = resolutionDocument({
  ...WTSA78,
  language: 'zh',
  checksum: 'a-zh-1',
  clauses: [
    { address: 'preamble/considering/a', order: 0, text: '电子卫生应用能够改善发展中国家获得医疗服务的机会；' },
    { address: 'resolves/1', order: 1, text: '与世界卫生组织合作，继续开展电子卫生标准工作；' },
  ],
  mentions: [WHO, SG16],
  instructs: [SG16],
});

/** PP-183 in English; "e-health" with a plain hyphen. */
const B_EN = resolutionDocument({
  ...PP183,
  language: 'en',
  checksum: 'b-en-1',
  title: 'Telecommunication/ICT applications for e-health',
  clauses: [
    {
      address: 'preamble/recognizing/a',
      order: 0,
      text: 'the importance of telecommunications for telemedicine and e-health in emergencies;',
    },
    { address: 'resolves/1', order: 1, text: 'to cooperate with the World Health Organization on digital health;' },
  ],
  mentions: [WHO, ITU, SG2],
});

/** PP-183 revised: drops a clause and every mention (ITU and SG2 lose their only source; WHO keeps WTSA-78's). */
const B_EN_2 = resolutionDocument({
  ...PP183,
  language: 'en',
  checksum: 'b-en-2',
  title: 'Telecommunication/ICT applications for e-health',
  clauses: [
    { address: 'resolves/1', order: 1, text: 'to cooperate with the World Health Organization on digital health;' },
    { address: 'resolves/2', order: 2, text: 'to report to the Council on the implementation of this resolution.' },
  ],
});

/** WTDC-65 cites WTSA-78 with other (wrong) values for it, and a title WTSA-78's own text does not state. */
const CITING = resolutionDocument({
  ...WTDC65,
  language: 'en',
  checksum: 'c-en-1',
  clauses: [
    {
      address: 'preamble/recalling/a',
      order: 0,
      text: 'Resolution 78 (Rev. Geneva, 2024) of the standardization assembly;',
    },
  ],
  extraNodes: [
    { ...versionOf({ ...WTSA78, place: 'Geneva' }), source: 'citation' },
    {
      id: ids.resolution('WTSA', '78'),
      type: 'Resolution',
      body: 'WTSA',
      number: '78',
      title: 'Information and communication technology applications for e-health',
      titleSource: 'citation',
    },
  ],
  extraEdges: [
    {
      id: ids.edge('CITES', ids.version('WTDC', '65', 2022), ids.version('WTSA', '78', 2024)),
      type: 'CITES',
      from: ids.version('WTDC', '65', 2022),
      to: ids.version('WTSA', '78', 2024),
      props: {},
      provenance: null,
    },
  ],
});

/** The fixtures, for adapter-specific tests that want to reuse them. */
export const fixtures = { WHO, ITU, SG16, SG2, Q28, A_EN, A_ZH, B_EN, B_EN_2, CITING } as const;

function clauseId(doc: DocumentGraph, address: string): string {
  return ids.clause(doc.document.id, address);
}

function uniqueNodes(docs: readonly DocumentGraph[]): Map<string, GraphNode> {
  const out = new Map<string, GraphNode>();
  for (const d of docs) for (const n of d.nodes) out.set(n.id, n);
  return out;
}

function uniqueEdges(docs: readonly DocumentGraph[]): Map<string, GraphEdge> {
  const out = new Map<string, GraphEdge>();
  for (const d of docs) for (const e of d.edges) out.set(e.id, e);
  return out;
}

function countByType<T extends string>(items: Iterable<{ type: T }>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const { type } of items) out[type] = (out[type] ?? 0) + 1;
  return out;
}

function asRecord(counts: readonly { type: string; count: number }[]): Record<string, number> {
  return Object.fromEntries(counts.map((c) => [c.type, c.count]));
}

/** `doc` as if its file had changed but what it says had not. */
function withChecksum(doc: DocumentGraph, checksum: string): DocumentGraph {
  const document = { ...doc.document, checksum };
  return { ...doc, document, nodes: doc.nodes.map((n) => (n.id === document.id ? document : n)) };
}

async function writeAll(store: GraphStore, docs: readonly DocumentGraph[]): Promise<void> {
  for (const d of docs) await store.writeDocument(d);
}

/** Every page of a list query, `first` at a time. */
async function allPages(store: GraphStore, query: Omit<ListQuery, 'after'>): Promise<Page<GraphNode>[]> {
  const pages: Page<GraphNode>[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 1000; guard++) {
    const page: Page<GraphNode> = await store.list({ ...query, after });
    pages.push(page);
    if (!page.hasNextPage) return pages;
    after = page.endCursor;
  }
  throw new Error('list never reached its last page');
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byId(a: { id: string }, b: { id: string }): number {
  return compareIds(a.id, b.id);
}

// ---------------------------------------------------------------------------------------------------------------
// The suite

/**
 * Declares the contract suite for one adapter. `makeStore` is called once; the store is cleared before every test,
 * and closed (or handed to `cleanup`) at the end.
 */
export function runStoreContract(
  name: string,
  makeStore: () => Promise<GraphStore>,
  options: { cleanup?: (s: GraphStore) => Promise<void> } = {},
): void {
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore;

    beforeAll(async () => {
      store = await makeStore();
      await store.init();
    });
    beforeEach(async () => {
      await store.clear();
    });
    afterAll(async () => {
      if (!store) return;
      await store.clear();
      if (options.cleanup) await options.cleanup(store);
      else await store.close();
    });

    describe('writeDocument', () => {
      it('creates a new document with all its nodes and edges', async () => {
        const result = await store.writeDocument(A_EN);
        expect(result).toEqual({
          document: A_EN.document.id,
          status: 'created',
          nodesCreated: uniqueNodes([A_EN]).size,
          nodesUpdated: 0,
          nodesRemoved: 0,
          relationshipsCreated: A_EN.edges.length,
          relationshipsRemoved: 0,
        });
        expect(await store.documentChecksum(A_EN.document.id)).toBe('a-en-1');
        const stored = await store.getNodes([...uniqueNodes([A_EN]).keys()]);
        expect(stored).toEqual([...uniqueNodes([A_EN]).values()]);
        // Edges come back whole: props and provenance included.
        const dump = await store.dump();
        expect([...dump.edges].sort(byId)).toEqual([...A_EN.edges].sort(byId));
        expect([...dump.nodes].sort(byId)).toEqual([...uniqueNodes([A_EN]).values()].sort(byId));
      });

      it('counts only what is new when another document shares nodes and edges', async () => {
        await store.writeDocument(A_EN);
        const result = await store.writeDocument(A_ZH);
        // Resolution, Version, WHO and SG16 exist already, as do HAS_VERSION and INSTRUCTS.
        expect(result).toMatchObject({ status: 'created', nodesCreated: 3, nodesUpdated: 0, relationshipsCreated: 5 });
      });

      it('skips a document stored with the same checksum', async () => {
        await store.writeDocument(A_EN);
        const hash = await store.contentHash();
        const same = await store.writeDocument(A_EN);
        expect(same).toEqual({
          document: A_EN.document.id,
          status: 'unchanged',
          nodesCreated: 0,
          nodesUpdated: 0,
          nodesRemoved: 0,
          relationshipsCreated: 0,
          relationshipsRemoved: 0,
        });
        // The checksum decides, not the content.
        const edited = { ...A_EN, nodes: A_EN.nodes.filter((n) => n.type !== 'Question') };
        expect((await store.writeDocument(edited)).status).toBe('unchanged');
        expect(await store.contentHash()).toBe(hash);
      });

      it('replaces what a changed document contributed', async () => {
        await writeAll(store, [A_EN, B_EN]);
        const result = await store.writeDocument(B_EN_2);
        expect(result).toEqual({
          document: B_EN.document.id,
          status: 'updated',
          nodesCreated: 1, // resolves/2
          nodesUpdated: 1, // the Document (its checksum)
          nodesRemoved: 3, // recognizing/a, and ITU and SG2, which nothing else supports
          relationshipsCreated: 1, // HAS_CLAUSE resolves/2
          relationshipsRemoved: 4, // HAS_CLAUSE recognizing/a, three MENTIONS
        });
        expect(await store.documentChecksum(B_EN.document.id)).toBe('b-en-2');
        const [removedClause, keptClause, newClause, itu, sg2, who] = await store.getNodes([
          clauseId(B_EN, 'preamble/recognizing/a'),
          clauseId(B_EN, 'resolves/1'),
          clauseId(B_EN, 'resolves/2'),
          ITU.id,
          SG2.id,
          WHO.id,
        ]);
        expect(removedClause).toBeNull();
        expect(keptClause).not.toBeNull();
        expect(newClause).toMatchObject({ type: 'Clause', address: 'resolves/2' });
        expect(itu).toBeNull();
        expect(sg2).toBeNull();
        expect(who).toEqual(WHO);
        const mentionsOfWho = (await store.expand({ ids: [WHO.id], direction: 'in', types: ['MENTIONS'] })).get(WHO.id);
        expect(mentionsOfWho?.map((n) => n.node.id)).toEqual([A_EN.document.id]);
        expect(await store.getNodes([B_EN.document.id])).toEqual([B_EN_2.document]);
      });

      it('ends with the same graph as writing the new version alone', async () => {
        await writeAll(store, [A_EN, B_EN_2]);
        const direct = await store.contentHash();
        await store.clear();
        await writeAll(store, [A_EN, B_EN, B_EN_2]);
        expect(await store.contentHash()).toBe(direct);
      });

      it('lets a defining document overwrite, and others only fill missing values', async () => {
        // CITING says Geneva for WTSA-78 (2024); WTSA-78 itself, which defines that Version, says New Delhi.
        // WTSA-78 does not state its title (null); CITING's title fills it.
        for (const order of [
          [A_EN, CITING],
          [CITING, A_EN],
        ]) {
          await store.clear();
          await writeAll(store, order);
          const [version, resolution] = await store.getNodes([
            ids.version('WTSA', '78', 2024),
            ids.resolution('WTSA', '78'),
          ]);
          expect(version).toEqual(versionOf(WTSA78));
          expect(resolution).toMatchObject({
            title: 'Information and communication technology applications for e-health',
            titleSource: 'citation',
          });
        }
      });

      it('counts a shared node whose values changed as updated', async () => {
        await store.writeDocument(CITING);
        const result = await store.writeDocument(A_EN);
        // The Version takes A_EN's values; the Resolution keeps its title (A_EN's is null).
        expect(result).toMatchObject({ status: 'created', nodesUpdated: 1 });
      });

      it('rejects a graph with an edge to a node that exists nowhere, and changes nothing', async () => {
        await writeAll(store, [A_EN, B_EN]);
        const counts = await store.counts();
        const hash = await store.contentHash();
        const dangling = (doc: DocumentGraph, checksum: string): DocumentGraph => ({
          ...doc,
          document: { ...doc.document, checksum },
          nodes: doc.nodes.map((n) => (n.id === doc.document.id ? { ...doc.document, checksum } : n)),
          edges: [...doc.edges, structural('MENTIONS', doc.document.id, 'org:does-not-exist')],
        });

        // A new document...
        await expect(store.writeDocument(dangling(A_ZH, 'a-zh-bad'))).rejects.toMatchObject({
          code: 'STORE_WRITE_FAILED',
        });
        expect(await store.documentChecksum(A_ZH.document.id)).toBeNull();
        // ...and a new version of a stored one.
        await expect(store.writeDocument(dangling(B_EN_2, 'b-en-bad'))).rejects.toMatchObject({
          code: 'STORE_WRITE_FAILED',
        });
        expect(await store.documentChecksum(B_EN.document.id)).toBe('b-en-1');
        expect(await store.getNodes([clauseId(B_EN, 'preamble/recognizing/a'), ITU.id])).toEqual([
          B_EN.nodes.find((n) => n.id === clauseId(B_EN, 'preamble/recognizing/a')),
          ITU,
        ]);

        expect(await store.counts()).toEqual(counts);
        expect(await store.contentHash()).toBe(hash);
      });

      it('accepts an edge to a node another document contributed', async () => {
        await store.writeDocument(B_EN);
        const mentionsItu = resolutionDocument({
          ...WTDC65,
          language: 'en',
          checksum: 'x',
          clauses: [{ address: 'resolves/1', order: 0, text: 'to work with ITU;' }],
          extraEdges: [structural('MENTIONS', documentIdOf({ ...WTDC65, language: 'en' }), ITU.id)],
        });
        await expect(store.writeDocument(mentionsItu)).resolves.toMatchObject({ status: 'created' });
      });

      it('keeps the store independent of the written objects', async () => {
        const copy: DocumentGraph = JSON.parse(JSON.stringify(A_EN)) as DocumentGraph;
        await store.writeDocument(copy);
        const clause = copy.nodes.find((n) => n.type === 'Clause') as ClauseNode;
        (clause as unknown as { text: string }).text = 'changed after writing';
        const [stored] = await store.getNodes([clause.id]);
        expect(stored).toEqual(A_EN.nodes.find((n) => n.id === clause.id));
      });
    });

    describe('writeDocuments', () => {
      /** Writes `docs` one by one into the cleared store: the outcomes, counts and content hash batches must give. */
      async function oneByOne(docs: readonly DocumentGraph[], before: readonly DocumentGraph[] = []) {
        await store.clear();
        await writeAll(store, before);
        const results: WriteOutcome[] = [];
        for (const d of docs) {
          try {
            results.push(await store.writeDocument(d));
          } catch (err) {
            results.push({ document: d.document.id, status: 'failed', error: err as StoreError });
          }
        }
        const state = { counts: await store.counts(), hash: await store.contentHash() };
        await store.clear();
        await writeAll(store, before);
        return { results, ...state };
      }

      /** A failure as the contract compares it: the document, and the error's code. */
      function comparable(outcomes: readonly WriteOutcome[]): unknown[] {
        return outcomes.map((o) =>
          o.status === 'failed' ? { document: o.document, status: o.status, code: o.error.code } : o,
        );
      }

      it('writes new documents as writing them one by one does: same results, counts and content', async () => {
        // In both orders: a citing document first fills what the defining one then overwrites, and the other way.
        for (const docs of [
          [A_EN, A_ZH, B_EN, CITING],
          [CITING, B_EN, A_ZH, A_EN],
        ]) {
          const expected = await oneByOne(docs);
          const results = await store.writeDocuments(docs);
          expect(results).toEqual(expected.results);
          expect(results.every((r) => r.status === 'created')).toBe(true);
          expect(await store.counts()).toEqual(expected.counts);
          expect(await store.contentHash()).toBe(expected.hash);
          expect(await store.getNodes([ids.version('WTSA', '78', 2024)])).toEqual([versionOf(WTSA78)]);
          await store.clear();
        }
        expect(await store.writeDocuments([])).toEqual([]);
      });

      it('skips stored unchanged documents and replaces changed ones, in order, within a batch', async () => {
        const before = [A_EN, B_EN];
        // B_EN twice: the second time it is stored under another checksum, so it replaces B_EN_2 again.
        const docs = [A_EN, B_EN_2, A_ZH, CITING, A_ZH, B_EN];
        const expected = await oneByOne(docs, before);
        const results = await store.writeDocuments(docs);
        expect(results.map((r) => r.status)).toEqual([
          'unchanged',
          'updated',
          'created',
          'created',
          'unchanged',
          'updated',
        ]);
        expect(results).toEqual(expected.results);
        expect(await store.counts()).toEqual(expected.counts);
        expect(await store.contentHash()).toBe(expected.hash);
        expect(await store.documentChecksum(B_EN.document.id)).toBe('b-en-1');
      });

      it('reports a document that cannot be written, leaves nothing of it, and writes the others', async () => {
        const nowhere = ids.organization('nowhere');
        // An edge to a node that is neither in the document nor in the store: found only when writing.
        const missingEnd: DocumentGraph = {
          ...A_ZH,
          edges: [...A_ZH.edges, structural('MENTIONS', A_ZH.document.id, nowhere)],
        };
        // WHO as an Office, while the batch's first document stores it as an Organization.
        const wrongType: DocumentGraph = {
          ...B_EN,
          nodes: B_EN.nodes.map((n) =>
            n.id === WHO.id ? { id: WHO.id, type: 'Office', name: WHO.name, acronym: WHO.acronym } : n,
          ),
        };
        // Two different nodes with one id: rejected before anything is written.
        const duplicate: DocumentGraph = { ...CITING, nodes: [...CITING.nodes, { ...ITU, name: 'Another name' }, ITU] };
        // A document written after the failed ones, that names what they name.
        const B_FR = resolutionDocument({
          ...PP183,
          language: 'fr',
          checksum: 'b-fr-1',
          clauses: [
            { address: 'resolves/1', order: 1, text: 'de coopérer avec l’Organisation mondiale de la santé ;' },
          ],
          mentions: [WHO, ITU],
        });
        const docs = [A_EN, missingEnd, wrongType, duplicate, B_FR];
        const expected = await oneByOne(docs);
        const results = await store.writeDocuments(docs);
        expect(results.map((r) => r.status)).toEqual(['created', 'failed', 'failed', 'failed', 'created']);
        expect(comparable(results)).toEqual(comparable(expected.results));
        for (const r of results.filter((o) => o.status === 'failed')) {
          expect(r).toMatchObject({ error: { code: 'STORE_WRITE_FAILED', name: 'StoreError' } });
        }
        expect(results[1]).toMatchObject({
          document: A_ZH.document.id,
          error: { message: expect.stringContaining(nowhere) },
        });
        expect(results[2]).toMatchObject({
          document: B_EN.document.id,
          error: { message: expect.stringContaining(WHO.id) },
        });
        expect(results[3]).toMatchObject({
          document: CITING.document.id,
          error: { message: expect.stringContaining(ITU.id) },
        });
        // Nothing of the failed documents; the others whole.
        for (const failed of [missingEnd, wrongType, duplicate]) {
          expect(await store.documentChecksum(failed.document.id)).toBeNull();
          const own = failed.nodes.filter((n) => n.type === 'Clause').map((n) => n.id);
          expect(await store.getNodes(own)).toEqual(own.map(() => null));
        }
        expect(await store.getNodes([nowhere])).toEqual([null]);
        expect(await store.counts()).toEqual(expected.counts);
        expect(await store.contentHash()).toBe(expected.hash);
        await store.clear();
        await writeAll(store, [A_EN, B_FR]);
        expect(await store.contentHash()).toBe(expected.hash);
      });
    });

    describe('removeDocument', () => {
      it('removes the document and what only it supported', async () => {
        await writeAll(store, [A_EN, A_ZH]);
        const result = await store.removeDocument(A_ZH.document.id);
        expect(result.status).not.toBe('unchanged');
        // The Document and two Clauses; WHO and SG16 are still mentioned by A_EN.
        expect(result).toMatchObject({
          document: A_ZH.document.id,
          nodesCreated: 0,
          nodesRemoved: 3,
          relationshipsRemoved: 5,
        });
        expect(await store.documentChecksum(A_ZH.document.id)).toBeNull();
        expect(await store.getNodes([clauseId(A_ZH, 'resolves/1'), WHO.id, SG16.id])).toEqual([null, WHO, SG16]);
        // INSTRUCTS was contributed by both languages: it stays.
        const instructs = (await store.expand({ ids: [SG16.id], direction: 'in', types: ['INSTRUCTS'] })).get(SG16.id);
        expect(instructs).toHaveLength(1);

        await store.removeDocument(A_EN.document.id);
        expect(await store.counts()).toEqual({ nodes: [], relationships: [] });
      });

      it('keeps what documents share while any of them contributes it, however they were written', async () => {
        const removals = [A_EN, A_ZH, CITING, B_EN];
        const remaining = (i: number) =>
          [A_ZH, CITING, B_EN_2].filter((d) => !removals.slice(0, i + 1).some((r) => r.document.id === d.document.id));
        // What exists once the first i + 1 documents are removed: the counts of writing the others alone.
        const expected = [];
        for (const [i] of removals.entries()) {
          await store.clear();
          await writeAll(store, remaining(i));
          expected.push(await store.counts());
        }
        await store.clear();
        // Written together, then replaced, keeping part of what they contributed (A_EN all of it, twice).
        await store.writeDocuments([A_EN, A_ZH, B_EN, CITING]);
        await store.writeDocument(withChecksum(A_EN, 'a-en-2'));
        await store.writeDocument(withChecksum(A_EN, 'a-en-3'));
        await store.writeDocument(B_EN_2);
        const actual = [];
        for (const doc of removals) {
          await store.removeDocument(doc.document.id);
          actual.push(await store.counts());
        }
        expect(actual).toEqual(expected);
        expect(actual.at(-1)).toEqual({ nodes: [], relationships: [] });
      });

      it('leaves the graph as if the document had never been written', async () => {
        await writeAll(store, [A_EN, B_EN]);
        const without = await store.contentHash();
        await store.writeDocument(A_ZH);
        await store.removeDocument(A_ZH.document.id);
        expect(await store.contentHash()).toBe(without);
      });

      it('reports an unknown document as unchanged', async () => {
        await store.writeDocument(A_EN);
        expect(await store.removeDocument('document:nothing:en')).toEqual({
          document: 'document:nothing:en',
          status: 'unchanged',
          nodesCreated: 0,
          nodesUpdated: 0,
          nodesRemoved: 0,
          relationshipsCreated: 0,
          relationshipsRemoved: 0,
        });
      });
    });

    describe('getNodes and findByKey', () => {
      beforeEach(async () => {
        await writeAll(store, [A_EN, B_EN]);
      });

      it('returns nodes in the order asked, with null for unknown ids', async () => {
        const version = ids.version('WTSA', '78', 2024);
        const clause = clauseId(A_EN, 'resolves/1');
        const nodes = await store.getNodes([clause, 'nope:1', version, clause]);
        expect(nodes.map((n) => n?.id ?? null)).toEqual([clause, null, version, clause]);
        expect(nodes[0]).toEqual(A_EN.nodes.find((n) => n.id === clause));
        expect(await store.getNodes([])).toEqual([]);
      });

      it('finds nodes by each natural key', async () => {
        expect((await store.findByKey({ type: 'Resolution', body: 'WTSA', number: '78' }))?.id).toBe(
          ids.resolution('WTSA', '78'),
        );
        expect((await store.findByKey({ type: 'Version', body: 'PP', number: '183', year: 2022 }))?.id).toBe(
          ids.version('PP', '183', 2022),
        );
        expect(await store.findByKey({ type: 'StudyGroup', sector: 'ITU-T', number: 16 })).toEqual(SG16);
        expect(await store.findByKey({ type: 'Question', sector: 'ITU-T', code: '28/16' })).toEqual(Q28);
        expect(await store.findByKey({ type: 'Organization', acronym: 'WHO' })).toEqual(WHO);
        expect(await store.findByKey({ type: 'Organization', acronym: 'who' })).toEqual(WHO);
      });

      it('answers null for keys that match nothing', async () => {
        expect(await store.findByKey({ type: 'Resolution', body: 'WTSA', number: '1' })).toBeNull();
        expect(await store.findByKey({ type: 'Version', body: 'WTSA', number: '78', year: 2020 })).toBeNull();
        expect(await store.findByKey({ type: 'StudyGroup', sector: 'ITU-D', number: 16 })).toBeNull();
        expect(await store.findByKey({ type: 'Question', sector: 'ITU-T', code: '1/16' })).toBeNull();
        expect(await store.findByKey({ type: 'Organization', acronym: 'XYZ' })).toBeNull();
      });
    });

    describe('list', () => {
      const docs = [A_EN, A_ZH, B_EN];
      const clauses = [...uniqueNodes(docs).values()].filter((n): n is ClauseNode => n.type === 'Clause');
      beforeEach(async () => {
        await writeAll(store, docs);
      });

      it('walks every page once, in id order by default', async () => {
        const pages = await allPages(store, { type: 'Clause', first: 2 });
        const seen = pages.flatMap((p) => p.items.map((n) => n.id));
        expect(seen).toEqual(clauses.map((c) => c.id).sort(compareIds));
        expect(new Set(seen).size).toBe(seen.length);
        expect(pages).toHaveLength(Math.ceil(clauses.length / 2));
        for (const p of pages) expect(p.totalCount).toBe(clauses.length);
        expect(pages[pages.length - 1]?.hasNextPage).toBe(false);
        expect(pages.slice(0, -1).every((p) => p.hasNextPage && p.items.length === 2)).toBe(true);
      });

      it('sorts by a property, then by id', async () => {
        const expected = clauses
          .slice()
          .sort((a, b) => b.order - a.order || compareIds(a.id, b.id))
          .map((c) => c.id);
        const pages = await allPages(store, {
          type: 'Clause',
          first: 3,
          sort: { property: 'order', descending: true },
        });
        expect(pages.flatMap((p) => p.items.map((n) => n.id))).toEqual(expected);
        const ascending = await store.list({ type: 'Clause', first: 100, sort: { property: 'order' } });
        expect(ascending.items.map((n) => n.id)).toEqual(
          clauses
            .slice()
            .sort((a, b) => a.order - b.order || compareIds(a.id, b.id))
            .map((c) => c.id),
        );
      });

      it('sorts by id descending when asked', async () => {
        const pages = await allPages(store, { type: 'Clause', first: 4, sort: { property: 'id', descending: true } });
        expect(pages.flatMap((p) => p.items.map((n) => n.id))).toEqual(
          clauses
            .map((c) => c.id)
            .sort(compareIds)
            .reverse(),
        );
      });

      it('puts nulls last ascending and first descending', async () => {
        // WTSA-78's title is null, PP-183's is not.
        const asc = await store.list({ type: 'Resolution', first: 10, sort: { property: 'title' } });
        expect(asc.items.map((n) => n.id)).toEqual([ids.resolution('PP', '183'), ids.resolution('WTSA', '78')]);
        const desc = await store.list({ type: 'Resolution', first: 10, sort: { property: 'title', descending: true } });
        expect(desc.items.map((n) => n.id)).toEqual([ids.resolution('WTSA', '78'), ids.resolution('PP', '183')]);
      });

      it('filters by equality, membership and range', async () => {
        const zh = await store.list({ type: 'Document', first: 10, where: [{ property: 'language', eq: 'zh' }] });
        expect(zh.items.map((n) => n.id)).toEqual([A_ZH.document.id]);
        expect(zh.totalCount).toBe(1);
        const orgs = await store.list({
          type: 'Organization',
          first: 10,
          where: [{ property: 'acronym', in: ['WHO', 'ITU', 'XYZ'] }],
        });
        expect(orgs.items.map((n) => n.id)).toEqual([ITU.id, WHO.id].sort(compareIds));
        const recent = await store.list({ type: 'Version', first: 10, where: [{ property: 'year', gte: 2023 }] });
        expect(recent.items.map((n) => n.id)).toEqual([ids.version('WTSA', '78', 2024)]);
        const middle = await store.list({ type: 'Clause', first: 10, where: [{ property: 'order', gte: 1, lte: 1 }] });
        expect(middle.items.map((n) => n.id).sort(compareIds)).toEqual(
          clauses
            .filter((c) => c.order === 1)
            .map((c) => c.id)
            .sort(compareIds),
        );
        const both = await store.list({
          type: 'Clause',
          first: 10,
          where: [
            { property: 'order', lte: 1 },
            { property: 'part', eq: 'operative' },
          ],
        });
        expect(both.items.map((n) => n.id)).toEqual(
          clauses
            .filter((c) => c.order <= 1 && c.part === 'operative')
            .map((c) => c.id)
            .sort(compareIds),
        );
        // A range without bounds keeps the nodes whose value is a number, as any range does.
        const numbered = await store.list({ type: 'Version', first: 10, where: [{ property: 'year' }] });
        expect(numbered.totalCount).toBeGreaterThan(0);
        const named = await store.list({ type: 'Organization', first: 10, where: [{ property: 'name' }] });
        expect(named.items).toEqual([]);
        const none = await store.list({ type: 'Clause', first: 10, where: [{ property: 'part', eq: 'nowhere' }] });
        expect(none).toMatchObject({ items: [], totalCount: 0, hasNextPage: false, endCursor: null });
      });

      it('filters by relationships in both directions', async () => {
        const ofA = await store.list({
          type: 'Clause',
          first: 10,
          related: [{ type: 'HAS_CLAUSE', direction: 'in', target: A_EN.document.id }],
        });
        expect(ofA.totalCount).toBe(3);
        expect(ofA.items.every((n) => n.type === 'Clause' && n.document === A_EN.document.id)).toBe(true);
        const mentioningWho = await store.list({
          type: 'Document',
          first: 10,
          where: [{ property: 'language', eq: 'en' }],
          related: [{ type: 'MENTIONS', direction: 'out', target: WHO.id }],
        });
        expect(mentioningWho.items.map((n) => n.id)).toEqual([A_EN.document.id, B_EN.document.id].sort(compareIds));
        const both = await store.list({
          type: 'Document',
          first: 10,
          related: [
            { type: 'MENTIONS', direction: 'out', target: WHO.id },
            { type: 'MENTIONS', direction: 'out', target: SG16.id },
          ],
        });
        expect(both.items.map((n) => n.id)).toEqual([A_EN.document.id, A_ZH.document.id].sort(compareIds));
        const wrongType = await store.list({
          type: 'Version',
          first: 10,
          related: [{ type: 'MENTIONS', direction: 'out', target: WHO.id }],
        });
        expect(wrongType.totalCount).toBe(0);
      });

      it('keeps a cursor valid when items are inserted', async () => {
        const first = await store.list({ type: 'Clause', first: 3 });
        await store.writeDocument(CITING);
        const after: string[] = [];
        let cursor = first.endCursor;
        for (;;) {
          const page = await store.list({ type: 'Clause', first: 2, after: cursor });
          after.push(...page.items.map((n) => n.id));
          if (!page.hasNextPage) break;
          cursor = page.endCursor;
        }
        const last = first.items[first.items.length - 1]?.id ?? '';
        const all = (await store.list({ type: 'Clause', first: 100 })).items.map((n) => n.id);
        expect(after).toEqual(all.filter((id) => id > last));
        expect(after.some((id) => first.items.some((n) => n.id === id))).toBe(false);
      });

      it('rejects a malformed cursor', async () => {
        await expect(store.list({ type: 'Clause', first: 2, after: 'not a cursor' })).rejects.toMatchObject({
          code: 'STORE_INVALID_QUERY',
        });
      });
    });

    describe('expand', () => {
      beforeEach(async () => {
        await writeAll(store, [A_EN, A_ZH, B_EN]);
      });

      it('answers many ids at once, with every requested id as a key', async () => {
        const result = await store.expand({
          ids: [A_EN.document.id, B_EN.document.id, 'nope:1'],
          direction: 'out',
          types: ['HAS_CLAUSE'],
        });
        expect([...result.keys()].sort(compareIds)).toEqual(
          [A_EN.document.id, B_EN.document.id, 'nope:1'].sort(compareIds),
        );
        expect(result.get('nope:1')).toEqual([]);
        const ofA = result.get(A_EN.document.id) ?? [];
        expect(ofA.map((n) => n.node.id).sort(compareIds)).toEqual(
          A_EN.nodes
            .filter((n) => n.type === 'Clause')
            .map((n) => n.id)
            .sort(compareIds),
        );
        for (const n of ofA) {
          expect(n).toMatchObject({
            direction: 'out',
            edge: { type: 'HAS_CLAUSE', from: A_EN.document.id, to: n.node.id },
          });
        }
        expect(result.get(B_EN.document.id)).toHaveLength(2);
      });

      it('follows incoming edges and filters by neighbour type', async () => {
        const result = await store.expand({ ids: [WHO.id, SG16.id], direction: 'in', types: ['MENTIONS'] });
        expect(
          result
            .get(WHO.id)
            ?.map((n) => n.node.id)
            .sort(compareIds),
        ).toEqual([A_EN.document.id, A_ZH.document.id, B_EN.document.id].sort(compareIds));
        expect(result.get(WHO.id)?.every((n) => n.direction === 'in' && n.edge.to === WHO.id)).toBe(true);
        expect(result.get(SG16.id)).toHaveLength(2);

        const anyType = await store.expand({ ids: [SG16.id], direction: 'in', nodeTypes: ['Version'] });
        expect(anyType.get(SG16.id)?.map((n) => [n.edge.type, n.node.id])).toEqual([
          ['INSTRUCTS', ids.version('WTSA', '78', 2024)],
        ]);
        const none = await store.expand({
          ids: [SG16.id],
          direction: 'in',
          types: ['MENTIONS'],
          nodeTypes: ['Version'],
        });
        expect(none.get(SG16.id)).toEqual([]);
      });

      it('goes both ways', async () => {
        const result = await store.expand({ ids: [Q28.id], direction: 'both' });
        const seen = (result.get(Q28.id) ?? []).map((n) => `${n.direction} ${n.edge.type} ${n.node.id}`).sort();
        expect(seen).toEqual([`in MENTIONS ${A_EN.document.id}`, `out STUDIED_BY ${SG16.id}`]);
      });
    });

    describe('traverse', () => {
      beforeEach(async () => {
        await writeAll(store, [A_EN, A_ZH, B_EN, CITING]);
      });

      /** A result as plain data, maps as sorted entries, for comparing two answers. */
      const plain = (r: StepResult): unknown => ({
        kind: r.kind,
        values: [...(r.kind === 'expand' ? r.neighbours : r.nodes)].sort(([a], [b]) => compareIds(a, b)),
        then: r.then.map(plain),
      });

      it('answers a tree of steps as expand and getNodes would, hop by hop, every start id a key', async () => {
        const resolution = ids.resolution('WTSA', '78');
        const query: TraverseQuery = {
          starts: [
            {
              ids: [resolution, 'nope:1'],
              step: {
                kind: 'expand',
                direction: 'out',
                types: ['HAS_VERSION'],
                then: [
                  {
                    kind: 'expand',
                    direction: 'out',
                    types: ['HAS_DOCUMENT', 'INSTRUCTS'],
                    then: [
                      { kind: 'expand', direction: 'out', types: ['HAS_CLAUSE'] },
                      { kind: 'expand', direction: 'in', types: ['STUDIED_BY'], nodeTypes: ['Question'] },
                    ],
                  },
                  { kind: 'ref', property: 'resolution', then: [{ kind: 'ref', property: 'nothing' }] },
                ],
              },
            },
            { ids: [WHO.id, SG16.id], step: { kind: 'expand', direction: 'both', types: ['MENTIONS', 'INSTRUCTS'] } },
            { ids: [], step: { kind: 'ref', property: 'document' } },
          ],
        };
        const answer = await store.traverse(query);
        expect(answer.map(plain)).toEqual((await traverseWith(store, query)).map(plain));

        const [versions, mentioned, none] = answer;
        if (versions?.kind !== 'expand' || mentioned?.kind !== 'expand') throw new Error('expected expand results');
        expect(versions.neighbours.get('nope:1')).toEqual([]);
        const version = ids.version('WTSA', '78', 2024);
        expect(versions.neighbours.get(resolution)?.map((n) => n.node.id)).toEqual([version]);
        const [documents, resolutions] = versions.then;
        if (documents?.kind !== 'expand' || resolutions?.kind !== 'ref') throw new Error('expected expand, ref');
        expect(
          documents.neighbours
            .get(version)
            ?.map((n) => n.node.id)
            .sort(compareIds),
        ).toEqual([A_EN.document.id, A_ZH.document.id, SG16.id].sort(compareIds));
        const [clauses, questions] = documents.then;
        expect(clauses?.kind === 'expand' && clauses.neighbours.get(A_ZH.document.id)?.length).toBe(2);
        expect(questions?.kind === 'expand' && questions.neighbours.get(SG16.id)?.map((n) => n.node.id)).toEqual([
          Q28.id,
        ]);
        expect(resolutions.nodes.get(version)?.id).toBe(resolution);
        expect(resolutions.then[0]?.kind === 'ref' && resolutions.then[0].nodes.get(resolution)).toBeNull();
        expect(mentioned.neighbours.get(SG16.id)?.map((n) => `${n.direction} ${n.edge.type}`)).toEqual(
          (await store.expand({ ids: [SG16.id], direction: 'both', types: ['MENTIONS', 'INSTRUCTS'] }))
            .get(SG16.id)
            ?.map((n) => `${n.direction} ${n.edge.type}`),
        );
        expect(none).toMatchObject({ kind: 'ref', nodes: new Map() });
      });

      it("keeps only the neighbours whose properties pass a step's where, below as well as at the start", async () => {
        const resolution = ids.resolution('WTSA', '78');
        const version = ids.version('WTSA', '78', 2024);
        const versions = (where: ExpandStep['where'], then: Step[] = []): TraverseQuery => ({
          starts: [
            { ids: [resolution], step: { kind: 'expand', direction: 'out', types: ['HAS_VERSION'], where, then } },
          ],
        });
        const reached = async (query: TraverseQuery): Promise<string[][]> => {
          const answer = await store.traverse(query);
          expect(answer.map(plain)).toEqual((await traverseWith(store, query)).map(plain));
          const [first] = answer;
          if (first?.kind !== 'expand') throw new Error('expected an expand result');
          const below = first.then[0];
          return [
            (first.neighbours.get(resolution) ?? []).map((n) => n.node.id),
            below?.kind === 'expand' ? (below.neighbours.get(version) ?? []).map((n) => n.node.id) : [],
          ];
        };
        expect(await reached(versions([{ property: 'year', eq: 2024 }]))).toEqual([[version], []]);
        expect(await reached(versions([{ property: 'year', eq: 1990 }]))).toEqual([[], []]);
        expect(await reached(versions([{ property: 'year', gte: 2000, lte: 2030 }]))).toEqual([[version], []]);
        expect(await reached(versions([{ property: 'place', in: ['Nowhere'] }]))).toEqual([[], []]);
        const documents: Step = {
          kind: 'expand',
          direction: 'out',
          types: ['HAS_DOCUMENT'],
          where: [{ property: 'language', eq: 'zh' }],
        };
        expect(await reached(versions([{ property: 'year', eq: 2024 }], [documents]))).toEqual([
          [version],
          [A_ZH.document.id],
        ]);
        await expect(store.traverse(versions([{ property: 'type', eq: 'Version' }]))).rejects.toMatchObject({
          code: 'STORE_INVALID_QUERY',
        });
      });

      it("keeps only the neighbour a step's pick prefers, and only what is below that one", async () => {
        const version = ids.version('WTSA', '78', 2024);
        const [en, zh] = [A_EN.document.id, A_ZH.document.id];
        const documents = (pick: StepPick, extra: Partial<ExpandStep> = {}): TraverseQuery => ({
          starts: [
            {
              ids: [version, 'nope:1'],
              step: {
                kind: 'expand',
                direction: 'out',
                types: ['HAS_DOCUMENT'],
                distinct: true,
                pick,
                then: [{ kind: 'expand', direction: 'out', types: ['HAS_CLAUSE'], distinct: true }],
                ...extra,
              },
            },
          ],
        });
        const picked = async (query: TraverseQuery): Promise<{ picked: string[]; below: string[] }> => {
          const answer = await store.traverse(query);
          expect(answer.map(plain)).toEqual((await traverseWith(store, query)).map(plain));
          const [first] = answer;
          if (first?.kind !== 'expand') throw new Error('expected an expand result');
          expect(first.neighbours.get('nope:1')).toEqual([]);
          const below = first.then[0];
          return {
            picked: (first.neighbours.get(version) ?? []).map((n) => n.node.id),
            below: below?.kind === 'expand' ? [...below.neighbours.keys()].sort(compareIds) : [],
          };
        };
        expect(await picked(documents({ property: 'language', prefer: ['zh'] }))).toEqual({
          picked: [zh],
          below: [zh],
        });
        expect(await picked(documents({ property: 'language', prefer: ['en', 'zh'] }))).toEqual({
          picked: [en],
          below: [en],
        });
        // None preferred is there: the lowest value; none preferred at all: the same.
        expect((await picked(documents({ property: 'language', prefer: ['fr'] }))).picked).toEqual([en]);
        expect((await picked(documents({ property: 'language' }))).picked).toEqual([en]);
        // No node has the property: the lowest id.
        expect((await picked(documents({ property: 'nothing', prefer: ['x'] }))).picked).toEqual(
          [en, zh].sort(compareIds).slice(0, 1),
        );
        // After `where`: of the texts left.
        expect(
          (
            await picked(
              documents({ property: 'language', prefer: ['en'] }, { where: [{ property: 'language', eq: 'zh' }] }),
            )
          ).picked,
        ).toEqual([zh]);
        // A list (a clause's span) orders as no value: the lowest id, on both stores, although the clause of the
        // lowest id has the later span.
        const reversed = resolutionDocument({
          ...PP183,
          language: 'en',
          checksum: 'pp-183-reversed',
          clauses: [
            { address: 'resolves/1', order: 0, text: 'to work with WHO;' },
            { address: 'preamble/noting/a', order: 1, text: 'the work of WHO;' },
          ],
        });
        await store.writeDocument(reversed);
        const doc = reversed.document.id;
        const [clauses] = await store.traverse({
          starts: [
            {
              ids: [doc],
              step: {
                kind: 'expand',
                direction: 'out',
                types: ['HAS_CLAUSE'],
                distinct: true,
                pick: { property: 'span' },
              },
            },
          ],
        });
        expect(clauses?.kind === 'expand' && clauses.neighbours.get(doc)?.map((n) => n.node.id)).toEqual([
          ids.clause(doc, 'preamble/noting/a'),
        ]);
        await expect(
          store.traverse(documents({ property: 'language', prefer: ['en'] }, { distinct: false })),
        ).rejects.toMatchObject({ code: 'STORE_INVALID_QUERY' });
        // Refused even where the step can reach nothing.
        await expect(
          store.traverse(documents({ property: 'language' }, { distinct: false, types: [] })),
        ).rejects.toMatchObject({ code: 'STORE_INVALID_QUERY' });
        await expect(store.traverse(documents({ property: 'type' }))).rejects.toMatchObject({
          code: 'STORE_INVALID_QUERY',
        });
      });

      it('keeps one neighbour per node, type and direction when distinct, in node order, edges without data', async () => {
        const doc = A_EN.document.id;
        const twice = resolutionDocument({
          ...WTSA78,
          language: 'en',
          checksum: 'a-en-twice',
          clauses: [
            { address: 'preamble/considering/a', order: 0, text: 'that the World Health Organization ...;' },
            { address: 'resolves/1', order: 1, text: 'to work with WHO and ITU-T Study Group 16;' },
          ],
          mentions: [WHO, SG16],
          extraEdges: [
            {
              id: ids.edge('MENTIONS', doc, WHO.id, 'resolves/1'),
              type: 'MENTIONS',
              from: doc,
              to: WHO.id,
              props: {},
              provenance: { document: doc, clause: 'resolves/1', span: [1000, 1010], quote: 'WHO' },
            },
          ],
        });
        await store.writeDocument(twice);
        const step = { kind: 'expand', direction: 'out', types: ['MENTIONS'] } as const;
        const [all, distinct] = await store.traverse({
          starts: [
            { ids: [doc], step },
            { ids: [doc], step: { ...step, distinct: true } },
          ],
        });
        if (all?.kind !== 'expand' || distinct?.kind !== 'expand') throw new Error('expected expand results');
        const toWho = (all.neighbours.get(doc) ?? []).filter((n) => n.node.id === WHO.id);
        expect(toWho).toHaveLength(2);
        expect(distinct.neighbours.get(doc)?.map((n) => n.node.id)).toEqual(
          [...new Set(all.neighbours.get(doc)?.map((n) => n.node.id))].sort(compareIds),
        );
        const kept = distinct.neighbours.get(doc)?.find((n) => n.node.id === WHO.id);
        expect(kept).toEqual({
          node: WHO,
          direction: 'out',
          edge: { id: '', type: 'MENTIONS', from: doc, to: WHO.id, props: {}, provenance: null },
        });
        // Both directions of one type between the same nodes are two neighbours, 'in' first.
        const [both] = await store.traverse({
          starts: [
            { ids: [SG16.id], step: { kind: 'expand', direction: 'both', types: ['MENTIONS'], distinct: true } },
          ],
        });
        if (both?.kind !== 'expand') throw new Error('expected an expand result');
        const around = both.neighbours.get(SG16.id) ?? [];
        expect(around.map((n) => [n.node.id, n.direction])).toEqual(
          [...around].sort((x, y) => compareIds(x.node.id, y.node.id)).map((n) => [n.node.id, n.direction]),
        );
      });

      it('orders a distinct step by first mention when asked: lowest span start of its edges, then edge id', async () => {
        const doc = A_EN.document.id;
        const mention = (to: string, clause: string, span: [number, number] | null): GraphEdge => ({
          id: ids.edge('MENTIONS', doc, to, clause),
          type: 'MENTIONS',
          from: doc,
          to,
          props: {},
          provenance: span ? { document: doc, clause, span, quote: 'x' } : null,
        });
        const ordered = resolutionDocument({
          ...WTSA78,
          language: 'en',
          checksum: 'a-en-first-mention',
          clauses: [{ address: 'resolves/1', order: 0, text: 'to work with WHO, ITU-T Study Group 16 and ITU;' }],
          extraNodes: [WHO, SG16, ITU],
          // WHO first named at 700 (also at 900), SG16 at 300 and ITU at 300 (a tie: by edge id), Q28 without
          // provenance (0): node order would be something else.
          extraEdges: [
            mention(WHO.id, 'resolves/9', [900, 903]),
            mention(WHO.id, 'resolves/7', [700, 703]),
            mention(SG16.id, 'resolves/3', [300, 310]),
            mention(ITU.id, 'resolves/2', [300, 303]),
            mention(Q28.id, 'resolves/5', null),
          ],
        });
        await store.writeDocument({ ...ordered, nodes: [...ordered.nodes, Q28] });
        const step: ExpandStep = { kind: 'expand', direction: 'out', types: ['MENTIONS'], distinct: true };
        const query: TraverseQuery = {
          starts: [
            { ids: [doc, 'nope:1'], step: { ...step, order: 'first-mention' } },
            // With a step after it, and a pick among them (which orders by its own rule).
            {
              ids: [doc],
              step: { ...step, order: 'first-mention', then: [{ kind: 'ref', property: 'id' }] },
            },
            { ids: [doc], step: { ...step, order: 'first-mention', pick: { property: 'name' } } },
          ],
        };
        const answer = await store.traverse(query);
        expect(answer.map(plain)).toEqual((await traverseWith(store, query)).map(plain));
        const [byMention, withThen, picked] = answer;
        if (byMention?.kind !== 'expand' || withThen?.kind !== 'expand' || picked?.kind !== 'expand') {
          throw new Error('expected expand results');
        }
        const tie = [
          [ids.edge('MENTIONS', doc, SG16.id, 'resolves/3'), SG16.id],
          [ids.edge('MENTIONS', doc, ITU.id, 'resolves/2'), ITU.id],
        ]
          .sort(([a], [b]) => compareIds(a ?? '', b ?? ''))
          .map(([, node]) => node);
        const expected = [Q28.id, ...tie, WHO.id];
        expect(byMention.neighbours.get(doc)?.map((n) => n.node.id)).toEqual(expected);
        expect(byMention.neighbours.get('nope:1')).toEqual([]);
        for (const n of byMention.neighbours.get(doc) ?? []) {
          expect(n.edge).toEqual({ id: '', type: 'MENTIONS', from: doc, to: n.node.id, props: {}, provenance: null });
        }
        expect(withThen.neighbours.get(doc)?.map((n) => n.node.id)).toEqual(expected);
        expect(withThen.then[0]?.kind === 'ref' && [...withThen.then[0].nodes.keys()].sort()).toEqual(
          [...expected].sort(),
        );
        expect(picked.neighbours.get(doc)).toHaveLength(1);
        // Only on a distinct step, and only that order.
        await expect(
          store.traverse({ starts: [{ ids: [doc], step: { ...step, distinct: false, order: 'first-mention' } }] }),
        ).rejects.toMatchObject({ code: 'STORE_INVALID_QUERY' });
        await expect(
          store.traverse({
            starts: [{ ids: [doc], step: { ...step, order: 'alphabetical' } as unknown as ExpandStep }],
          }),
        ).rejects.toMatchObject({ code: 'STORE_INVALID_QUERY' });
      });

      it('answers a lean step with every edge stripped to its type and ends, in node order', async () => {
        const lean = (step: ExpandStep): ExpandStep => ({ ...step, edgeData: false });
        const doc = A_EN.document.id;
        const mentions: ExpandStep = { kind: 'expand', direction: 'out', types: ['MENTIONS', 'HAS_CLAUSE'] };
        const around: ExpandStep = { kind: 'expand', direction: 'both', types: ['MENTIONS', 'INSTRUCTS'] };
        const query: TraverseQuery = {
          starts: [
            { ids: [doc], step: lean(mentions) },
            // With a step after it: the edge is carried to the row past the further step's expression.
            { ids: [WHO.id, SG16.id], step: { ...lean(around), then: [{ kind: 'ref', property: 'id' }] } },
          ],
        };
        const answer = await store.traverse(query);
        expect(answer.map(plain)).toEqual((await traverseWith(store, query)).map(plain));
        const [leanMentions, leanAround] = answer;
        const [full, fullAround] = await store.traverse({
          starts: [
            { ids: [doc], step: mentions },
            { ids: [WHO.id, SG16.id], step: around },
          ],
        });
        if (leanMentions?.kind !== 'expand' || full?.kind !== 'expand') throw new Error('expected expand results');
        if (leanAround?.kind !== 'expand' || fullAround?.kind !== 'expand') throw new Error('expected expand results');
        const strip = (n: Neighbour) => [n.node.id, n.edge.type, n.direction, n.edge.from, n.edge.to].join(' ');
        for (const [got, all, id] of [
          [leanMentions, full, doc],
          [leanAround, fullAround, SG16.id],
        ] as const) {
          const list = got.neighbours.get(id) ?? [];
          expect([id, list.length > 1]).toEqual([id, true]);
          // Every edge, none merged: as many as with their data, the same ends and types.
          expect(list.map(strip).sort()).toEqual((all.neighbours.get(id) ?? []).map(strip).sort());
          expect(list.map((n) => n.node.id)).toEqual(list.map((n) => n.node.id).sort(compareIds));
          for (const n of list) expect(n.edge).toMatchObject({ id: '', props: {}, provenance: null });
        }
      });

      it('reaches the node a ref names whether or not its source was asked for the property', async () => {
        const resolution = ids.resolution('WTSA', '78');
        const version = ids.version('WTSA', '78', 2024);
        const refs = (properties: string[]): TraverseQuery => ({
          starts: [
            {
              ids: [resolution],
              step: {
                kind: 'expand',
                direction: 'out',
                types: ['HAS_VERSION'],
                properties,
                then: [
                  {
                    kind: 'ref',
                    property: 'resolution',
                    properties: ['number'],
                    then: [{ kind: 'ref', property: 'id', properties: ['body'] }],
                  },
                  { kind: 'ref', property: 'resolution', nodeType: 'Resolution', properties: [] },
                  { kind: 'ref', property: 'resolution', nodeType: 'Version', properties: [] },
                ],
              },
            },
          ],
        });
        for (const properties of [['resolution', 'year'], ['year'], []]) {
          const [versions] = await store.traverse(refs(properties));
          const [named, typed, otherType] = versions?.then ?? [];
          if (named?.kind !== 'ref' || typed?.kind !== 'ref' || otherType?.kind !== 'ref') {
            throw new Error('expected ref results');
          }
          expect([properties, named.nodes.get(version)]).toMatchObject([
            properties,
            { id: resolution, type: 'Resolution', number: '78' },
          ]);
          const self = named.then[0];
          expect(self?.kind === 'ref' && self.nodes.get(resolution)).toMatchObject({ id: resolution, body: 'WTSA' });
          expect(typed.nodes.get(version)).toMatchObject({ id: resolution, type: 'Resolution' });
          expect(otherType.nodes.get(version)).toBeNull();
        }
      });

      it('answers at least the properties asked for, with the values of whole nodes', async () => {
        const resolution = ids.resolution('WTSA', '78');
        const step = (properties?: string[]): TraverseQuery => ({
          starts: [
            {
              ids: [resolution],
              step: {
                kind: 'expand',
                direction: 'out',
                types: ['HAS_VERSION'],
                distinct: true,
                ...(properties ? { properties } : {}),
                then: [
                  { kind: 'ref', property: 'resolution', ...(properties ? { properties: ['type', 'number'] } : {}) },
                ],
              },
            },
          ],
        });
        // `id` and `type` may be asked for too: every node has them anyway.
        const [some] = await store.traverse(step(['id', 'type', 'year', 'place', 'nothing']));
        const [all] = await store.traverse(step());
        if (some?.kind !== 'expand' || all?.kind !== 'expand') throw new Error('expected expand results');
        const whole = all.neighbours.get(resolution) ?? [];
        expect(whole).toHaveLength(1);
        const view = (n: { node: GraphNode }) => ({
          id: n.node.id,
          type: n.node.type,
          year: (n.node as VersionNode).year,
        });
        expect(some.neighbours.get(resolution)?.map(view)).toEqual(whole.map(view));
        const node = some.neighbours.get(resolution)?.[0]?.node as unknown as Record<string, unknown>;
        expect(node.place).toBe((whole[0]?.node as unknown as Record<string, unknown>).place);
        expect(node.nothing ?? null).toBeNull();
        const ref = some.then[0];
        expect(ref?.kind === 'ref' && ref.nodes.get(whole[0]?.node.id ?? '')).toMatchObject({
          id: resolution,
          type: 'Resolution',
          number: '78',
        });
      });

      it('starts at the node a natural key finds (or at none), or at a page of a list', async () => {
        const resolution = ids.resolution('WTSA', '78');
        const query: TraverseQuery = {
          starts: [
            {
              key: { type: 'Resolution', body: 'WTSA', number: '78' },
              step: {
                kind: 'ref',
                property: 'id',
                then: [{ kind: 'expand', direction: 'out', types: ['HAS_VERSION'], distinct: true }],
              },
            },
            { key: { type: 'StudyGroup', sector: 'ITU-T', number: 99 }, step: { kind: 'ref', property: 'id' } },
            {
              list: { type: 'Clause', sort: { property: 'text', descending: true }, first: 3 },
              step: { kind: 'ref', property: 'document' },
            },
          ],
        };
        const answer = await store.traverse(query);
        expect(answer.map(plain)).toEqual((await traverseWith(store, query)).map(plain));
        const [found, none] = answer;
        expect(found?.kind === 'ref' && [...found.nodes].map(([id, n]) => [id, n?.id])).toEqual([
          [resolution, resolution],
        ]);
        const versions = found?.then[0];
        expect(versions?.kind === 'expand' && versions.neighbours.get(resolution)?.map((n) => n.node.id)).toEqual([
          ids.version('WTSA', '78', 2024),
        ]);
        expect(none?.kind === 'ref' && none.nodes.size).toBe(0);
        // A page's items, in its order.
        const page = await store.list({ type: 'Clause', sort: { property: 'text', descending: true }, first: 3 });
        const listed = answer[2];
        expect(listed?.kind === 'ref' && [...listed.nodes.keys()]).toEqual(page.items.map((n) => n.id));
      });

      it('answers null for a missing property or node, and nothing for an empty list of types', async () => {
        const clause = ids.clause(A_EN.document.id, 'resolves/1');
        const [ref, missing, empty] = await store.traverse({
          starts: [
            { ids: [clause, 'nope:1'], step: { kind: 'ref', property: 'document' } },
            { ids: [clause], step: { kind: 'ref', property: 'address' } },
            { ids: [clause], step: { kind: 'expand', direction: 'both', types: [] } },
          ],
        });
        expect(ref?.kind === 'ref' && ref.nodes.get(clause)?.id).toBe(A_EN.document.id);
        expect(ref?.kind === 'ref' && ref.nodes.get('nope:1')).toBeNull();
        expect(missing?.kind === 'ref' && missing.nodes.get(clause)).toBeNull();
        expect(empty?.kind === 'expand' && empty.neighbours.get(clause)).toEqual([]);
      });

      it("reaches a ref's node only if it has the ref's node type, as the reference traversal does", async () => {
        const clause = ids.clause(A_EN.document.id, 'resolves/1');
        const resolution = ids.resolution('WTSA', '78');
        const query: TraverseQuery = {
          starts: [
            {
              ids: [clause],
              step: { kind: 'ref', property: 'document', nodeType: 'Document' },
            },
            { ids: [clause], step: { kind: 'ref', property: 'document', nodeType: 'Version' } },
            {
              key: { type: 'Resolution', body: 'WTSA', number: '78' },
              step: { kind: 'ref', property: 'id', nodeType: 'StudyGroup' },
            },
            {
              key: { type: 'Resolution', body: 'WTSA', number: '78' },
              step: { kind: 'ref', property: 'id', nodeType: 'Resolution' },
            },
          ],
        };
        const answer = await store.traverse(query);
        expect(answer.map(plain)).toEqual((await traverseWith(store, query)).map(plain));
        const [typed, otherType, selfOtherType, self] = answer;
        expect(typed?.kind === 'ref' && typed.nodes.get(clause)).toMatchObject({
          id: A_EN.document.id,
          type: 'Document',
          language: 'en',
        });
        expect(otherType?.kind === 'ref' && otherType.nodes.get(clause)).toBeNull();
        expect(selfOtherType?.kind === 'ref' && [...selfOtherType.nodes]).toEqual([[resolution, null]]);
        expect(self?.kind === 'ref' && self.nodes.get(resolution)).toMatchObject({
          id: resolution,
          type: 'Resolution',
          number: '78',
        });
      });
    });

    describe('search', () => {
      beforeEach(async () => {
        await writeAll(store, [A_EN, A_ZH, B_EN]);
      });

      it('finds an English word in clauses, with the match in the snippet', async () => {
        const hits = await store.search({ text: 'telemedicine', first: 10 });
        expect(hits.map((h) => h.node.id).sort(compareIds)).toEqual(
          [clauseId(A_EN, 'preamble/considering/b'), clauseId(B_EN, 'preamble/recognizing/a')].sort(compareIds),
        );
        for (const h of hits) {
          expect(h.snippet).toContain('«telemedicine»');
          expect(h.score).toBeGreaterThan(0);
        }
      });

      it('finds a Chinese phrase in a Chinese clause', async () => {
        const hits = await store.search({ text: '电子卫生', first: 10 });
        expect(hits.length).toBeGreaterThan(0);
        expect(hits[0]?.node).toMatchObject({ type: 'Clause', document: A_ZH.document.id });
        expect(hits[0]?.snippet).toContain('«电子卫生»');
        const zh = await store.search({ text: '电子卫生', first: 10, languages: ['zh'] });
        expect(zh.map((h) => h.node.id).sort(compareIds)).toEqual(
          [clauseId(A_ZH, 'preamble/considering/a'), clauseId(A_ZH, 'resolves/1')].sort(compareIds),
        );
        expect(await store.search({ text: '电子卫生', first: 10, languages: ['en', 'fr'] })).toEqual([]);
      });

      it('matches "e-health" typed with a plain hyphen against text written with U+2011', async () => {
        const hits = await store.search({ text: 'e-health', first: 10, languages: ['en'] });
        const considering = hits.find((h) => h.node.id === clauseId(A_EN, 'preamble/considering/a'));
        expect(considering?.snippet).toContain('«e\u2011health»');
        expect(hits.some((h) => h.node.id === clauseId(B_EN, 'preamble/recognizing/a'))).toBe(true);
        for (const h of hits) expect(h.snippet).toMatch(/«e[-\u2011]health»/i);
      });

      it('requires every word, falling back to any word when none has all', async () => {
        const all = await store.search({ text: 'telemedicine emergencies', first: 10 });
        expect(all.map((h) => h.node.id)).toEqual([clauseId(B_EN, 'preamble/recognizing/a')]);
        const any = await store.search({ text: 'telemedicine xyzzy', first: 10 });
        expect(any.length).toBe(2);
        expect(await store.search({ text: 'xyzzy', first: 10 })).toEqual([]);
      });

      it('finds the names of entities, and only language-bearing nodes when languages are given', async () => {
        const hits = await store.search({ text: 'World Health Organization', first: 10 });
        expect(hits.map((h) => h.node.id)).toContain(WHO.id);
        const en = await store.search({ text: 'World Health Organization', first: 10, languages: ['en'] });
        expect(en.length).toBeGreaterThan(0);
        expect(en.every((h) => h.node.type === 'Clause' || h.node.type === 'Document')).toBe(true);
      });

      it('returns at most `first` hits, best first', async () => {
        const hits = await store.search({ text: 'health', first: 2 });
        expect(hits).toHaveLength(2);
        expect(hits[0]?.score).toBeGreaterThanOrEqual(hits[1]?.score ?? 0);
      });

      it('forgets replaced and removed text', async () => {
        await store.writeDocument(B_EN_2);
        expect(await store.search({ text: 'emergencies', first: 10 })).toEqual([]);
        expect((await store.search({ text: 'Council', first: 10 })).map((h) => h.node.id)).toEqual([
          clauseId(B_EN, 'resolves/2'),
        ]);
        await store.removeDocument(A_ZH.document.id);
        expect(await store.search({ text: '电子卫生', first: 10 })).toEqual([]);
      });
    });

    describe('shortestPaths', () => {
      beforeEach(async () => {
        await writeAll(store, [A_EN, A_ZH, B_EN]);
      });

      const expectJoined = (path: { nodes: readonly GraphNode[]; edges: readonly GraphEdge[] }): void => {
        expect(path.edges).toHaveLength(path.nodes.length - 1);
        path.edges.forEach((e, i) => {
          const ends = [path.nodes[i]?.id, path.nodes[i + 1]?.id].sort();
          expect([e.from, e.to].sort()).toEqual(ends);
        });
      };

      it('returns every shortest path up to the limit', async () => {
        // The two documents of WTSA-78 meet at the Version, at WHO and at SG16.
        const paths = await store.shortestPaths({
          from: A_EN.document.id,
          to: A_ZH.document.id,
          maxLength: 4,
          limit: 10,
        });
        expect(paths).toHaveLength(3);
        for (const p of paths) {
          expect(p.nodes).toHaveLength(3);
          expect(p.nodes[0]?.id).toBe(A_EN.document.id);
          expect(p.nodes[2]?.id).toBe(A_ZH.document.id);
          expectJoined(p);
        }
        expect(new Set(paths.map((p) => p.nodes[1]?.id))).toEqual(
          new Set([ids.version('WTSA', '78', 2024), WHO.id, SG16.id]),
        );
        expect(
          await store.shortestPaths({ from: A_EN.document.id, to: A_ZH.document.id, maxLength: 4, limit: 2 }),
        ).toHaveLength(2);
      });

      it('walks edges in either direction, within maxLength', async () => {
        const from = clauseId(A_EN, 'preamble/considering/a');
        const to = clauseId(B_EN, 'resolves/1');
        const paths = await store.shortestPaths({ from, to, maxLength: 6, limit: 5 });
        expect(paths).toHaveLength(1);
        const [path] = paths;
        expect(path?.nodes.map((n) => n.id)).toEqual([from, A_EN.document.id, WHO.id, B_EN.document.id, to]);
        if (path) expectJoined(path);
        expect(await store.shortestPaths({ from, to, maxLength: 3, limit: 5 })).toEqual([]);
      });

      it('handles the trivial and impossible cases', async () => {
        const version = ids.version('PP', '183', 2022);
        const self = await store.shortestPaths({ from: version, to: version, maxLength: 3, limit: 5 });
        expect(self).toHaveLength(1);
        expect(self[0]?.nodes.map((n) => n.id)).toEqual([version]);
        expect(self[0]?.edges).toEqual([]);
        expect(await store.shortestPaths({ from: version, to: 'nope:1', maxLength: 3, limit: 5 })).toEqual([]);
      });
    });

    describe('neighborhood', () => {
      beforeEach(async () => {
        await writeAll(store, [A_EN, A_ZH, B_EN]);
      });
      const version = ids.version('WTSA', '78', 2024);

      it('returns the nodes within depth and only the edges among them', async () => {
        const sub = await store.neighborhood({ id: version, depth: 1, limit: 100 });
        expect(sub.truncated).toBe(false);
        expect(sub.nodes[0]?.id).toBe(version);
        expect(sub.nodes.map((n) => n.id).sort(compareIds)).toEqual(
          [version, ids.resolution('WTSA', '78'), A_EN.document.id, A_ZH.document.id, SG16.id].sort(compareIds),
        );
        const inside = new Set(sub.nodes.map((n) => n.id));
        for (const e of sub.edges) expect(inside.has(e.from) && inside.has(e.to)).toBe(true);
        // Every edge among them, not only those from the centre: the documents mention SG16.
        expect(sub.edges.map((e) => e.type).sort()).toEqual([
          'HAS_DOCUMENT',
          'HAS_DOCUMENT',
          'HAS_VERSION',
          'INSTRUCTS',
          'MENTIONS',
          'MENTIONS',
        ]);
      });

      it('cuts at limit, closest first, and says so', async () => {
        const sub = await store.neighborhood({ id: version, depth: 2, limit: 3 });
        expect(sub.truncated).toBe(true);
        expect(sub.nodes).toHaveLength(3);
        expect(sub.nodes[0]?.id).toBe(version);
        const inside = new Set(sub.nodes.map((n) => n.id));
        for (const e of sub.edges) expect(inside.has(e.from) && inside.has(e.to)).toBe(true);
        const depth1 = new Set([ids.resolution('WTSA', '78'), A_EN.document.id, A_ZH.document.id, SG16.id]);
        expect(sub.nodes.slice(1).every((n) => depth1.has(n.id))).toBe(true);
      });

      it('handles depth 0 and unknown ids', async () => {
        const only = await store.neighborhood({ id: version, depth: 0, limit: 10 });
        expect(only.nodes.map((n) => n.id)).toEqual([version]);
        expect(only.edges).toEqual([]);
        expect(await store.neighborhood({ id: 'nope:1', depth: 2, limit: 10 })).toEqual({
          nodes: [],
          edges: [],
          truncated: false,
        });
      });
    });

    describe('counts, contentHash, dump and clear', () => {
      const docs = [A_EN, A_ZH, B_EN, CITING];

      it('counts nodes and relationships by type, leaving out empty types', async () => {
        await writeAll(store, docs);
        const counts = await store.counts();
        expect(asRecord(counts.nodes)).toEqual(countByType<NodeType>(uniqueNodes(docs).values()));
        expect(asRecord(counts.relationships)).toEqual(countByType<RelType>(uniqueEdges(docs).values()));
        expect(counts.nodes.every((c) => c.count > 0)).toBe(true);
        expect(counts.nodes.some((c) => c.type === 'Instruction')).toBe(false);
      });

      it('hashes content, whatever the order of writes', async () => {
        const empty = await store.contentHash();
        await writeAll(store, docs);
        const forward = await store.contentHash();
        expect(forward).not.toBe(empty);
        await writeAll(store, docs);
        expect(await store.contentHash()).toBe(forward);

        await store.clear();
        expect(await store.contentHash()).toBe(empty);
        await writeAll(store, docs.slice().reverse());
        expect(await store.contentHash()).toBe(forward);

        await store.writeDocument(B_EN_2);
        expect(await store.contentHash()).not.toBe(forward);
        await store.writeDocument(B_EN);
        expect(await store.contentHash()).toBe(forward);
      });

      it('dumps every node and edge', async () => {
        await writeAll(store, docs);
        const dump = await store.dump();
        expect(new Set(dump.nodes.map((n) => n.id))).toEqual(new Set(uniqueNodes(docs).keys()));
        expect(new Set(dump.edges.map((e) => e.id))).toEqual(new Set(uniqueEdges(docs).keys()));
        expect(dump.nodes).toHaveLength(uniqueNodes(docs).size);
      });

      it('clears everything', async () => {
        await writeAll(store, docs);
        await store.clear();
        expect(await store.counts()).toEqual({ nodes: [], relationships: [] });
        expect(await store.dump()).toEqual({ nodes: [], edges: [] });
        expect(await store.documentChecksum(A_EN.document.id)).toBeNull();
        expect(await store.search({ text: 'telemedicine', first: 10 })).toEqual([]);
        expect((await store.writeDocument(A_EN)).status).toBe('created');
      });
    });

    describe('returned data', () => {
      it('cannot be used to change the store', async () => {
        await store.writeDocument(A_EN);
        const [who] = await store.getNodes([WHO.id]);
        try {
          (who as unknown as { name: string }).name = 'changed';
        } catch {
          // frozen: fine
        }
        const page = await store.list({ type: 'Organization', first: 10 });
        try {
          (page.items as GraphNode[]).length = 0;
        } catch {
          // frozen: fine
        }
        const dump = await store.dump();
        try {
          (dump.nodes as GraphNode[]).pop();
        } catch {
          // frozen: fine
        }
        expect(await store.getNodes([WHO.id])).toEqual([WHO]);
        expect((await store.list({ type: 'Organization', first: 10 })).items).toEqual([WHO]);
        expect((await store.dump()).nodes).toHaveLength(uniqueNodes([A_EN]).size);
      });
    });
  });
}
