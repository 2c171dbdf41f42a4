/**
 * The Neo4j adapter of the `GraphStore` port (Neo4j 5.26 and later, Community or Enterprise, single server or
 * cluster). The only module of the project that talks to Neo4j.
 *
 * Shape of the data (see ./codec for how values are stored):
 * - every node carries the generic label `Node` and its model type as a second label; `id` is unique for `Node` and
 *   for every type label, so an id lookup need not know the type;
 * - every edge is a relationship of its model type with a unique `id`;
 * - a Document node records what its document contributed (`contrib_*`, each a list of ids as one JSON string: one
 *   value for the driver to send instead of hundreds), so replacing a document finds its old contribution through
 *   index seeks instead of scanning the graph; nodes and relationships carry `source_count`, how many documents
 *   contribute them, and are deleted when it drops to 0. A count, not the list of those documents: a study group
 *   named by most of 10,000 documents would otherwise carry a list that every one of them rewrites, which made
 *   loading time grow with the square of the corpus (stores before kept that list, `sources`; `init` migrates).
 *
 * Every query is parameterised; labels and relationship types are interpolated only after a check against
 * `NODE_TYPES` / `REL_TYPES`. Writes go through `executeWrite`, reads through `executeRead` or, for a read of one
 * statement, an auto-commit transaction in a READ session that the store retries itself (`readStatement`): either
 * way routed and retried correctly on a cluster, with one bookmark manager, so that a read after a write sees it.
 */
import { Neo4jError, int, isInt, isRetriableError } from 'neo4j-driver';
import type { BookmarkManager, Driver, ManagedTransaction, Node, QueryResult, RecordShape } from 'neo4j-driver';
import { canonicalJson, graphContentHash } from '../content-hash';
import { LANGUAGES, NODE_TYPES, REL_TYPES, UnreachableCaseError, isSharedNode } from '../model';
import type { DocumentGraph, GraphEdge, GraphNode, NodeType, RelType } from '../model';
import { StoreError, writeFailure } from '../store';
import type {
  Counts,
  ExpandQuery,
  ExpandStep,
  GraphStore,
  ListQuery,
  NaturalKey,
  Neighbour,
  Page,
  Path,
  PropertyFilter,
  SearchHit,
  SearchQuery,
  Step,
  StepResult,
  Subgraph,
  TraverseQuery,
  WriteOutcome,
  WriteResult,
} from '../store';
import { foldForSearch, makeSnippet, tokenize } from '../text';
import { byNode, refOf, stepFilters, stepOrdersByMention, stepPick } from '../traverse';
import {
  CodecError,
  INTERNAL_NODE_PROPERTIES,
  decodeEdge,
  decodeNode,
  decodeValue,
  derivedProps,
  encodeEdge,
  encodeNode,
  encodeScalar,
  JSON_PREFIX,
  nodeTypeOf,
  searchSource,
  acronymKey,
} from './codec';
import type { DerivedProps, EncodedEdge, StoredValue } from './codec';
import { MAX_RETRY_TIME_MS, boltPortOf, noDelayForBolt } from './connect';

/** The subset of a pino logger the store uses. */
export interface Neo4jStoreLogger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

/** Options of {@link createNeo4jStore}. */
export interface Neo4jStoreOptions {
  /** The driver, created and configured by the caller (its `maxTransactionRetryTime` bounds the retries). */
  readonly driver: Driver;
  /** Database name; the server's default database when unset. */
  readonly database?: string;
  /** Timeout of every read and write transaction, in ms (server-side `timeout`); default 30 000. */
  readonly queryTimeoutMs?: number;
  readonly logger?: Neo4jStoreLogger;
  /** The URI the driver was created with, named in "cannot reach Neo4j" messages. */
  readonly uri?: string;
  /** Bookmark manager shared by every session; default: the driver's `executeQueryBookmarkManager`. */
  readonly bookmarkManager?: BookmarkManager;
  /** Close the driver in `close()`. Default false: the caller created the driver, so the caller closes it. */
  readonly closeDriver?: boolean;
  /**
   * Send the primer (see `pipeline`) before the statements of every read too. Default: when `uri` is encrypted
   * (`+s`, `+ssc`), whose sockets keep Nagle's algorithm (see `noDelayForBolt`).
   */
  readonly primeReads?: boolean;
  /**
   * Run a read of one statement as an auto-commit transaction (`session.run`) rather than a managed one
   * (`executeRead`): one round trip less (no COMMIT to wait for). Default: unless reads are primed, which needs a
   * transaction to send the primer in.
   */
  readonly autoCommitReads?: boolean;
  /**
   * How long an auto-commit read that failed with an error worth retrying (the server unavailable, a transient
   * error) is tried again, in ms; default 10 000, as connectNeo4j's driver retries a managed transaction
   * (`maxTransactionRetryTime`).
   */
  readonly retryTimeMs?: number;
  /** Wait before the first retry of an auto-commit read, doubling after each (as the driver's); default 1 000. */
  readonly retryDelayMs?: number;
  /** Rows per `UNWIND` batch in writes; default 10 000. */
  readonly batchSize?: number;
  /**
   * Most nodes and edges `writeDocuments` writes in one transaction (more documents go in further transactions; a
   * document larger than this still goes in one); default 50 000.
   */
  readonly transactionRows?: number;
}

/**
 * Creates the Neo4j store. The caller creates the driver and, unless `closeDriver` is set, closes it after
 * `close()`. Call `init()` once before use (it checks the connection, and creates constraints and indexes).
 */
export function createNeo4jStore(options: Neo4jStoreOptions): GraphStore {
  return new Neo4jStore(options);
}

/** The generic label every node carries. */
const NODE = 'Node';
const FULLTEXT_INDEX = 'ehealth_search';
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_BATCH = 10_000;
const DEFAULT_TRANSACTION_ROWS = 50_000;
const INDEX_WAIT_SECONDS = 300;
/** Longest path `shortestPaths` searches, whatever is asked (variable-length bounds are literals in Cypher). */
const MAX_PATH_LENGTH = 15;
const MAX_DEPTH = 10;

const NODE_TYPE_SET = new Set<string>(NODE_TYPES);
const REL_TYPE_SET = new Set<string>(REL_TYPES);
const LANGUAGE_SET = new Set<string>(LANGUAGES);
const INTERNAL_SET = new Set<string>(INTERNAL_NODE_PROPERTIES);

type ErrorCode = StoreError['code'];

/** A label for interpolation into Cypher, after the allow-list check. */
function cypherLabel(type: string, code: ErrorCode): string {
  if (!NODE_TYPE_SET.has(type)) {
    throw new StoreError(code, `Unknown node type ${JSON.stringify(type)}; expected one of ${NODE_TYPES.join(', ')}.`);
  }
  return `\`${type}\``;
}

/** A relationship type for interpolation into Cypher, after the allow-list check. */
function cypherRelType(type: string, code: ErrorCode): string {
  if (!REL_TYPE_SET.has(type)) {
    throw new StoreError(
      code,
      `Unknown relationship type ${JSON.stringify(type)}; expected one of ${REL_TYPES.join(', ')}.`,
    );
  }
  return `\`${type}\``;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function groupBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

const byId = <T extends { readonly id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function nonNegativeInt(value: number, name: string): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new StoreError('STORE_INVALID_QUERY', `${name} must be a non-negative integer, got ${value}.`);
  }
  return value;
}

/**
 * Cypher projection of a node as reads return it, read back by {@link toNode}: id, labels, and the model's property
 * names (`prop_keys`) with their values, as one list. Only the model's properties: what the store keeps for itself
 * stays on the server, and can be by far the larger part of a node (`contrib_*` of a Document lists every node and
 * edge it contributed).
 */
const NODE_ROW = (n: string): string => `[${n}.id, labels(${n}), ${n}.prop_keys, [key IN ${n}.prop_keys | ${n}[key]]]`;

/**
 * A node with only the properties `names` (a step's `properties`), as columns of its step's row: its id (unless
 * the reader knows it, see {@link derivedId}), its model label (unless the step says it), then each value (null
 * when absent), read back by {@link readProjectedNode}. Flat and without key names because the driver's cost is
 * per value: 2,000 nodes sent this way decode several times faster than as {@link NODE_ROW}.
 */
function projectedNodeColumns(
  n: string,
  names: readonly string[],
  params: Record<string, unknown>,
  knownType: NodeType | null,
  knownId: boolean,
): string[] {
  const columns: string[] = [];
  if (!knownId) columns.push(`${n}.id`);
  if (!knownType) columns.push(`head([label IN labels(${n}) WHERE label <> '${NODE}'])`);
  for (const name of names) {
    // The store's own properties are no model property (null, as a node without it); other names go as parameters.
    if (INTERNAL_SET.has(name)) columns.push('null');
    else columns.push(PLAIN_KEY.test(name) ? `${n}.\`${name}\`` : `${n}[$${parameter(params, name)}]`);
  }
  return columns;
}

/**
 * A relationship seen from the node bound to `source` in a step, read back by {@link toStepEdge}: as
 * {@link EDGE_ROW}, with whether it starts at `source` in place of its end nodes' ids (which the reader knows).
 */
const STEP_EDGE_ROW = (r: string, source: string): string =>
  `[${r}.id, type(${r}), startNode(${r}) = ${source}, ${r}.prop_keys, [key IN ${r}.prop_keys | ${r}[key]], ` +
  `${r}.provenance_document, ${r}.provenance_clause, ${r}.provenance_span, ${r}.provenance_quote]`;

/** Cypher projection of a relationship, read back by {@link toEdge}: model props and provenance, not the store's. */
const EDGE_ROW = (r: string): string =>
  `[${r}.id, type(${r}), startNode(${r}).id, endNode(${r}).id, ${r}.prop_keys, [key IN ${r}.prop_keys | ${r}[key]], ` +
  `${r}.provenance_document, ${r}.provenance_clause, ${r}.provenance_span, ${r}.provenance_quote]`;

/** Property names with their values, as {@link NODE_ROW} and {@link EDGE_ROW} send them. */
function zipProperties(keys: unknown, values: unknown, into: Record<string, unknown>): Record<string, unknown> {
  into.prop_keys = keys;
  if (Array.isArray(keys) && Array.isArray(values)) {
    keys.forEach((key, i) => {
      if (typeof key === 'string') into[key] = values[i];
    });
  }
  return into;
}

function toEdge(row: unknown): GraphEdge {
  const [id, type, from, to, keys, values, document, clause, span, quote] = row as unknown[];
  if (typeof type !== 'string' || !REL_TYPE_SET.has(type)) {
    throw new StoreError('STORE_INVALID_QUERY', `The database holds a relationship of unknown type ${String(type)}.`);
  }
  const properties = zipProperties(keys, values, {
    id,
    provenance_document: document,
    provenance_clause: clause,
    provenance_span: span,
    provenance_quote: quote,
  });
  return decodeEdge({ type: type as RelType, from: String(from), to: String(to), properties });
}

/** A step's edge between `source` and `other` with all its data, as {@link STEP_EDGE_ROW} sends it. */
function toStepEdge(row: unknown, source: string, other: string): GraphEdge {
  const [id, type, out, ...rest] = row as unknown[];
  return out === true ? toEdge([id, type, source, other, ...rest]) : toEdge([id, type, other, source, ...rest]);
}

/** An edge of a distinct or lean step: its type and ends only (see `ExpandStep.distinct` and `edgeData`). */
function strippedEdge(type: unknown, out: boolean, source: string, other: string): GraphEdge {
  if (typeof type !== 'string' || !REL_TYPE_SET.has(type)) {
    throw new StoreError('STORE_INVALID_QUERY', `The database holds a relationship of unknown type ${String(type)}.`);
  }
  const [from, to] = out ? [source, other] : [other, source];
  return { id: '', type: type as RelType, from, to, props: {}, provenance: null };
}

/**
 * A node as {@link projectedNodeColumns} sends it, from `row[at]` on: the properties asked for (`names`), null
 * when absent. Returns the node and the index of the row's next column.
 */
function readProjectedNode(
  row: readonly unknown[],
  at: number,
  names: readonly string[],
  knownType: NodeType | null,
  knownId: string | null,
): [GraphNode, number] {
  let i = at;
  const id = knownId ?? row[i++];
  const label = knownType ? null : row[i++];
  const type = knownType ?? (typeof label === 'string' ? nodeTypeOf([label]) : null);
  if (type === null || typeof id !== 'string') {
    throw new CodecError(`a stored node (label ${String(label)}) is not one of this store's nodes`);
  }
  const node: Record<string, unknown> = { id, type };
  for (const name of names) node[name] = decodeValue(row[i++]);
  return [node as unknown as GraphNode, i];
}

/** The properties a step asks for beyond `id` and `type` (which every projected row carries), or null for all. */
function projectedNames(step: Step): readonly string[] | null {
  return step.properties ? step.properties.filter((p) => p !== 'id' && p !== 'type') : null;
}

/**
 * The node type every node a step reaches has, when it is known, else null: the step says (one node type, a ref's
 * node type), or the step is a ref on `id` (the node it starts from, whose type `sourceType` is when known).
 */
function knownNodeType(step: Step, sourceType: NodeType | null): NodeType | null {
  if (step.kind === 'ref') return step.nodeType ?? (isSelf(step) ? sourceType : null);
  return step.nodeTypes?.length === 1 ? (step.nodeTypes[0] ?? null) : null;
}

/** A ref step on `id` reaches the node it starts from (ids are unique). */
function isSelf(step: Step): boolean {
  return step.kind === 'ref' && step.property === 'id';
}

/** The relationship type of every edge of a step that follows one type, else null. */
function knownRelType(step: Step): RelType | null {
  return step.kind === 'expand' && step.types.length === 1 ? (step.types[0] ?? null) : null;
}

function toNode(row: unknown): GraphNode {
  const [id, labels, keys, values] = row as unknown[];
  return decodeNode(Array.isArray(labels) ? labels : [], zipProperties(keys, values, { id }));
}

/** A node as the driver returns it whole (writes, which need every stored property). */
function storedNode(node: Node): GraphNode {
  return decodeNode(node.labels, node.properties);
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Folded query terms: whitespace-separated words that hold at least one letter or digit. */
function searchTerms(text: string): string[] {
  return foldForSearch(text)
    .split(' ')
    .filter((t) => /[\p{L}\p{N}]/u.test(t));
}

/**
 * A Lucene query that requires every term (AND) or any (OR). Each term is a quoted phrase with Lucene's special
 * characters escaped, so that what the analyzer splits it into must appear in sequence: "e-health" matches
 * "e health" but not "health of e-learning", and a Chinese word matches its run of CJK bigrams, not any one of them.
 */
function luceneQuery(terms: readonly string[], operator: 'AND' | 'OR'): string {
  return terms.map((t) => `"${t.replace(LUCENE_SPECIAL, '\\$&')}"`).join(` ${operator} `);
}

/** What a document contributed, as its Document node records it (`contrib_*`). */
interface Manifest {
  readonly nodeIds: readonly string[];
  readonly edgeIds: readonly string[];
  /** The type of each edge of `edgeIds`, in step. */
  readonly edgeTypes: readonly string[];
}

/** What removing a document's old contribution deleted. */
interface Removal {
  readonly nodes: number;
  /** The document's own relationships, and those of other documents that pointed at deleted nodes. */
  readonly relationships: number;
}

function unchangedResult(documentId: string): WriteResult {
  return {
    document: documentId,
    status: 'unchanged',
    nodesCreated: 0,
    nodesUpdated: 0,
    nodesRemoved: 0,
    relationshipsCreated: 0,
    relationshipsRemoved: 0,
  };
}

/** A node as a row of the merge statement. */
interface NodeRow {
  readonly id: string;
  /** Non-null model properties. */
  readonly props: Record<string, StoredValue>;
  readonly keys: string[];
  /**
   * The store's own properties (`OWN_NODE_PROPERTIES`): search text, language, lookup keys, set on owned nodes and on
   * shared nodes when they are created; on the Document, what the document contributes (`contrib_*`).
   */
  readonly derived: Record<string, string | null>;
  /** Shared nodes: whether this document defines the node (its values overwrite) or only fills missing ones. */
  readonly defines: boolean;
}

interface WritePlan {
  readonly documentId: string;
  readonly checksum: string;
  readonly nodes: ReadonlyMap<string, GraphNode>;
  readonly rows: readonly { readonly type: NodeType; readonly row: NodeRow }[];
  readonly edges: readonly EncodedEdge[];
  /** Edge endpoints that are not nodes of the graph: they must already be stored. */
  readonly externalIds: readonly string[];
}

function writeFailed(documentId: string, message: string): StoreError {
  return new StoreError('STORE_WRITE_FAILED', `Cannot write ${documentId}: ${message}`);
}

/**
 * Validates and encodes a document graph before any transaction is opened (the same checks as the in-memory
 * store): known types only, no two different nodes or edges with one id, no other document's Document, Clause or
 * Instruction nodes.
 */
function planWrite(graph: DocumentGraph): WritePlan {
  const document = graph.document;
  const documentId = String(document?.id ?? '');
  if (document?.type !== 'Document' || documentId === '') {
    throw writeFailed(documentId, 'graph.document is not a Document node with an id');
  }
  if (typeof document.checksum !== 'string') throw writeFailed(documentId, 'the document has no checksum');
  const nodes = new Map<string, GraphNode>();
  for (const node of [document, ...graph.nodes]) {
    if (typeof node.id !== 'string' || node.id === '') throw writeFailed(documentId, 'a node has no id');
    if (!NODE_TYPE_SET.has(node.type)) {
      throw writeFailed(documentId, `node ${node.id} has unknown type ${JSON.stringify(node.type)}`);
    }
    const previous = nodes.get(node.id);
    if (previous) {
      if (canonicalJson(previous) !== canonicalJson(node)) {
        throw writeFailed(documentId, `two different nodes have the id ${node.id}`);
      }
      continue;
    }
    if (node.type === 'Document' && node.id !== documentId) {
      throw writeFailed(documentId, `it contains another Document node (${node.id})`);
    }
    if ((node.type === 'Clause' || node.type === 'Instruction') && node.document !== documentId) {
      throw writeFailed(documentId, `${node.type} ${node.id} belongs to document ${node.document}`);
    }
    nodes.set(node.id, node);
  }
  const edges = new Map<string, GraphEdge>();
  const external = new Set<string>();
  for (const edge of graph.edges) {
    if (typeof edge.id !== 'string' || edge.id === '') throw writeFailed(documentId, 'an edge has no id');
    if (!REL_TYPE_SET.has(edge.type)) {
      throw writeFailed(documentId, `edge ${edge.id} has unknown type ${JSON.stringify(edge.type)}`);
    }
    const previous = edges.get(edge.id);
    if (previous) {
      if (canonicalJson(previous) !== canonicalJson(edge)) {
        throw writeFailed(documentId, `two different edges have the id ${edge.id}`);
      }
      continue;
    }
    edges.set(edge.id, edge);
    for (const end of [edge.from, edge.to]) if (!nodes.has(end)) external.add(end);
  }
  const defines = new Set(graph.defines);
  try {
    const encodedEdges = [...edges.values()].map(encodeEdge);
    const rows = [...nodes.values()].map((node) => {
      const { props, keys } = encodeNode(node);
      const owned = !isSharedNode(node);
      const derived: Record<string, string | null> = { ...derivedProps(node) };
      if (owned) derived.search_language = document.language;
      if (node.type === 'Document') {
        // What the document contributes, so that replacing it finds its old contribution by index seeks.
        derived.contrib_node_ids = JSON.stringify([...nodes.keys()]);
        derived.contrib_edge_ids = JSON.stringify(encodedEdges.map((e) => e.id));
        derived.contrib_edge_types = JSON.stringify(encodedEdges.map((e) => e.type));
      }
      return { type: node.type, row: { id: node.id, props, keys, derived, defines: owned || defines.has(node.id) } };
    });
    return {
      documentId,
      checksum: document.checksum,
      nodes,
      rows,
      edges: encodedEdges,
      externalIds: [...external].sort(),
    };
  } catch (err) {
    if (err instanceof CodecError) throw writeFailed(documentId, err.message);
    throw err;
  }
}

/** Node types owned by their document (see `isSharedNode`): replaced wholesale, never merged. */
const OWNED_TYPES: ReadonlySet<NodeType> = new Set(
  NODE_TYPES.filter((type) => !isSharedNode({ type } as unknown as GraphNode)),
);

/** Whether a model property of a node that already existed changed (nulls are absent properties). */
const CHANGED =
  'NOT created AND (size(old.prop_keys) <> size(n.prop_keys) ' +
  'OR any(k IN n.prop_keys WHERE (n[k] IS NULL) <> (old[k] IS NULL) OR n[k] <> old[k]))';

/**
 * Write statements are id lookups through uniqueness constraints whatever the statistics, so they keep their first
 * plan: while a load grows the graph from nothing, Neo4j would otherwise replan them again and again.
 */
const WRITE_PREFIX = 'CYPHER replan=skip';

/** One statement per item of an allow-list, built once: the texts never change, so each is planned once. */
function statements<T extends string>(types: readonly T[], build: (type: T) => string): Readonly<Record<T, string>> {
  return Object.fromEntries(types.map((type) => [type, build(type)])) as Record<T, string>;
}

/**
 * Merges a batch of nodes of one label. Owned nodes (Document, Clause, Instruction) take exactly the document's
 * values. A shared node takes the non-null values of a defining document, and from any other document only the
 * values it is missing; a null never erases. Per node it returns whether it was created, whether a model property
 * changed, whether it has the expected label, whether it is another document's own node, and (for a shared node
 * that already existed) the merged node.
 */
const MERGE_NODES = statements(NODE_TYPES, (type) => {
  const label = cypherLabel(type, 'STORE_WRITE_FAILED');
  const owned = OWNED_TYPES.has(type);
  return [
    WRITE_PREFIX,
    'UNWIND $rows AS row',
    `MERGE (n:${NODE} {id: row.id})`,
    `ON CREATE SET n:${label}`,
    'WITH n, row, properties(n) AS old',
    ...(owned
      ? ['SET n = row.props', 'SET n.id = row.id, n.prop_keys = row.keys', 'SET n += row.derived']
      : [
          'SET n += row.props',
          // Fill-nulls: put back every value the node already had, so only its missing properties take new values.
          'FOREACH (_ IN CASE WHEN row.defines THEN [] ELSE [1] END | SET n += old)',
          'SET n.prop_keys = coalesce(old.prop_keys, []) + [k IN row.keys WHERE NOT k IN coalesce(old.prop_keys, [])]',
          'FOREACH (_ IN CASE WHEN old.prop_keys IS NULL THEN [1] ELSE [] END | SET n += row.derived)',
        ]),
    // `kept`: the document contributed the node before (its old contribution, which keeps it), so counted already.
    'SET n.source_count = CASE WHEN row.kept AND old.source_count IS NOT NULL THEN old.source_count',
    '                          ELSE coalesce(old.source_count, 0) + 1 END',
    'WITH n, row, old, old.prop_keys IS NULL AS created',
    `RETURN n.id AS id, created, ${CHANGED} AS changed, n:${label} AS typed,`,
    owned
      ? '  NOT created AND NOT row.kept AS foreign, null AS node'
      : '  false AS foreign, CASE WHEN created THEN null ELSE n END AS node',
  ].join('\n');
});

/** Merges a batch of edges of one type; returns how many were merged (an edge with a missing end matches none). */
const MERGE_EDGES = statements(REL_TYPES, (type) => {
  const rel = cypherRelType(type, 'STORE_WRITE_FAILED');
  return [
    WRITE_PREFIX,
    'UNWIND $rows AS row',
    `MATCH (a:${NODE} {id: row.from})`,
    `MATCH (b:${NODE} {id: row.to})`,
    `MERGE (a)-[r:${rel} {id: row.id}]->(b)`,
    'SET r += row.props, r.prop_keys = row.keys,',
    '    r.source_count = CASE WHEN row.kept AND r.source_count IS NOT NULL THEN r.source_count',
    '                          ELSE coalesce(r.source_count, 0) + 1 END',
    'RETURN count(r) AS merged',
  ].join('\n');
});

/** Takes a document out of a batch of its old edges of one type; deletes those no document contributes any more. */
const REMOVE_EDGES = statements(REL_TYPES, (type) =>
  [
    WRITE_PREFIX,
    'UNWIND $ids AS eid',
    `MATCH ()-[r:${cypherRelType(type, 'STORE_WRITE_FAILED')} {id: eid}]->()`,
    'SET r.source_count = coalesce(r.source_count, 1) - 1',
    'WITH r WHERE r.source_count <= 0',
    'DELETE r',
  ].join('\n'),
);

/**
 * Takes a document out of a batch of its old nodes; deletes those no document contributes any more, with what
 * points at them.
 */
const REMOVE_NODES = [
  WRITE_PREFIX,
  'UNWIND $ids AS nid',
  `MATCH (n:${NODE} {id: nid})`,
  'SET n.source_count = coalesce(n.source_count, 1) - 1',
  'WITH n WHERE n.source_count <= 0',
  'DETACH DELETE n',
].join('\n');

/** The store's own node properties that rows carry in `derived` (see `NodeRow`). */
const OWN_NODE_PROPERTIES = [
  'search_text',
  'search_language',
  'acronym_lc',
  'contrib_node_ids',
  'contrib_edge_ids',
  'contrib_edge_types',
] as const;

/** Property names that creating statements write into their text (quoted); any other goes through a map. */
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * A map literal of `entries` (fixed store properties) and the plain `keys` read from `from`, and whether some of
 * `keys` are not plain (those then need `SET … += from`).
 */
function propertyMap(
  entries: readonly string[],
  keys: ReadonlySet<string>,
  from: string,
): { map: string; other: boolean } {
  const plain = [...keys].filter((k) => PLAIN_KEY.test(k)).sort();
  return {
    map: `{${[...entries, ...plain.map((k) => `\`${k}\`: ${from}.\`${k}\``)].join(', ')}}`,
    other: plain.length < keys.size,
  };
}

/**
 * Creates the own nodes (Document, Clause, Instruction) of a batch of documents not stored yet, of one label, with
 * `keys` the model properties the rows have. The properties are given in the CREATE pattern rather than set from a
 * map, which would make Neo4j buffer every row first (an Eager step). They are new: one that exists after all
 * (another document's) breaks the uniqueness constraint, failing the batch.
 */
function createOwnedStatement(type: NodeType, keys: ReadonlySet<string>): string {
  const { map, other } = propertyMap(
    [
      'id: row.id',
      'prop_keys: keys(row.props) + row.nulls',
      'source_count: 1',
      ...OWN_NODE_PROPERTIES.map((k) => `${k}: row.derived.${k}`),
    ],
    keys,
    'row.props',
  );
  return [
    WRITE_PREFIX,
    'UNWIND $rows AS row',
    `CREATE (n:${NODE}:${cypherLabel(type, 'STORE_WRITE_FAILED')} ${map})`,
    ...(other ? ['SET n += row.props'] : []),
  ].join('\n');
}

/**
 * Merges shared nodes of one label for a batch of documents, each row being one node with what every document of
 * the batch gives it: the values of defining documents (`define`, the last one's winning), and the values the
 * others would fill in (`fill`, the first one's winning). Defining values overwrite, stored values stay, and filled
 * values only take the place of missing ones, which is what writing the documents one by one gives. Returns, per
 * node, whether it has the expected label, and the stored properties of a node that already existed.
 */
const MERGE_SHARED = statements(NODE_TYPES, (type) => {
  const label = cypherLabel(type, 'STORE_WRITE_FAILED');
  return [
    WRITE_PREFIX,
    'UNWIND $rows AS row',
    `MERGE (n:${NODE} {id: row.id})`,
    `ON CREATE SET n:${label}`,
    'WITH n, row, properties(n) AS old',
    'SET n += row.fill',
    'SET n += old',
    'SET n += row.define',
    'SET n.prop_keys = coalesce(old.prop_keys, []) + [k IN row.keys WHERE NOT k IN coalesce(old.prop_keys, [])],',
    // The documents of a batch are new: none of them contributed the node before.
    '    n.source_count = coalesce(old.source_count, 0) + toInteger(row.count)',
    'FOREACH (_ IN CASE WHEN old.prop_keys IS NULL THEN [1] ELSE [] END | SET n += row.derived)',
    `RETURN n.id AS id, n:${label} AS typed, CASE WHEN old.prop_keys IS NULL THEN null ELSE old END AS old`,
  ].join('\n');
});

/**
 * Merges edges of one type for a batch of documents (one row per edge, with every document that contributes it).
 * Returns how many were merged (an edge with a missing end matches none) and the ids of those that existed already.
 */
const MERGE_EDGES_BATCH = statements(REL_TYPES, (type) =>
  [
    WRITE_PREFIX,
    'UNWIND $rows AS row',
    `MATCH (a:${NODE} {id: row.from})`,
    `MATCH (b:${NODE} {id: row.to})`,
    `MERGE (a)-[r:${cypherRelType(type, 'STORE_WRITE_FAILED')} {id: row.id}]->(b)`,
    'WITH r, row, r.source_count IS NULL AS created',
    'SET r += row.props, r.prop_keys = row.keys, r.source_count = coalesce(r.source_count, 0) + toInteger(row.count)',
    'RETURN count(r) AS merged, collect(CASE WHEN created THEN null ELSE row.id END) AS existed',
  ].join('\n'),
);

/**
 * Creates edges of one type that cannot exist yet, since an end is an own node of a batch of new documents, with
 * `keys` the properties (model and provenance) the rows have, given in the CREATE pattern. Returns how many were
 * created (an edge with a missing end matches none).
 */
function createEdgesStatement(type: RelType, keys: ReadonlySet<string>): string {
  const { map, other } = propertyMap(
    ['id: row.id', 'prop_keys: row.keys', 'source_count: toInteger(row.count)'],
    keys,
    'row.props',
  );
  return [
    WRITE_PREFIX,
    'UNWIND $rows AS row',
    `MATCH (a:${NODE} {id: row.from})`,
    `MATCH (b:${NODE} {id: row.to})`,
    `CREATE (a)-[r:${cypherRelType(type, 'STORE_WRITE_FAILED')} ${map}]->(b)`,
    ...(other ? ['SET r += row.props'] : []),
    'RETURN count(r) AS merged, [] AS existed',
  ].join('\n');
}

/** Sets the derived properties (search text, lookup keys) of shared nodes whose merged values changed them. */
const SET_DERIVED = `${WRITE_PREFIX} UNWIND $rows AS row MATCH (n:${NODE} {id: row.id}) SET n += row.derived`;

/** Stored checksums of documents (absent ones are left out). */
const READ_CHECKSUMS = 'UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN d.id AS id, d.checksum AS checksum';

interface Statement {
  readonly query: string;
  readonly params: Record<string, unknown>;
}

/** Statements for `items` grouped by `key` and cut into batches: one statement per group and batch. */
function batched<T, K extends string>(
  items: readonly T[],
  size: number,
  key: (item: T) => K,
  make: (key: K, batch: T[]) => Statement,
): Statement[] {
  return [...groupBy(items, key)].flatMap(([k, group]) => chunks(group, size).map((batch) => make(k as K, batch)));
}

/** Wait before the first retry of an auto-commit read (neo4j-driver's for managed transactions). */
const RETRY_DELAY_MS = 1_000;

/** Nodes or relationships per transaction of `init`'s migration. */
const MIGRATION_BATCH = 10_000;

/** See {@link pipeline}. */
const PRIMER = 'RETURN 0 AS primer';

/**
 * Runs statements in order in one transaction, sending each without waiting for the previous result (pipelining),
 * so that a group of statements costs one wait for the server, not one per statement; and sends a tiny statement
 * first. Why: neo4j-driver writes a message to its socket in 1400-byte chunks and leaves Nagle's algorithm on (it
 * never sets TCP_NODELAY). When the first message after a wait is larger than a chunk, the kernel sends the first
 * chunk and holds the rest until the server acknowledges it, and the server, with no whole message to answer,
 * delays its ACK (40 ms on Linux, more elsewhere): a stall that used to be most of the time of a document write.
 * The primer is a whole message the server answers at once; its answer carries the ACK that releases the rest.
 * `noDelayForBolt` (./connect) removes the cause on plain Bolt connections; the primer stays for
 * encrypted ones, which it cannot reach.
 */
async function pipeline<T extends RecordShape>(
  tx: ManagedTransaction,
  list: readonly Statement[],
): Promise<QueryResult<T>[]> {
  if (list.length === 0) return [];
  const [, ...results] = await Promise.all([tx.run(PRIMER), ...list.map((s) => tx.run<T>(s.query, s.params))]);
  return results as QueryResult<T>[];
}

/**
 * A stored list of ids (`contrib_*`): one JSON string, or a list as stores before it wrote them; null if it is
 * neither.
 */
function idList(value: unknown): string[] | null {
  let list = value;
  if (typeof value === 'string') {
    try {
      list = JSON.parse(value);
    } catch {
      return null;
    }
  }
  return Array.isArray(list) && list.every((id) => typeof id === 'string') ? list : null;
}

/** What removal statements deleted, from their counters. */
function removalCounts(results: readonly QueryResult[]): Removal {
  let nodes = 0;
  let relationships = 0;
  for (const result of results) {
    const counters = result.summary.counters.updates();
    nodes += counters.nodesDeleted;
    relationships += counters.relationshipsDeleted;
  }
  return { nodes, relationships };
}

/** Every key of some of `maps`. */
function keysOf(maps: readonly Readonly<Record<string, unknown>>[]): Set<string> {
  const keys = new Set<string>();
  for (const map of maps) for (const k of Object.keys(map)) keys.add(k);
  return keys;
}

/** Whether a stored node's search text or lookup keys differ from `derived`. */
function derivedChanged(derived: DerivedProps, stored: Readonly<Record<string, unknown>>): boolean {
  return derived.search_text !== (stored.search_text ?? null) || derived.acronym_lc !== (stored.acronym_lc ?? null);
}

// ---- batches of new documents ---------------------------------------------------------------------------------

/** A graph given to `writeDocuments`, its place in the list, and its plan. */
interface RunItem {
  readonly index: number;
  readonly graph: DocumentGraph;
  readonly plan: WritePlan;
}

const endsKey = (edge: EncodedEdge): string => `${edge.from}\u0000${edge.to}`;
const edgeKey = (edge: { readonly type: string; readonly id: string }): string => `${edge.type}\u0000${edge.id}`;

/**
 * Documents not stored yet that are written in one transaction. A document joins only if writing it together with
 * the others gives what writing it after them would: no node id it shares with them under another type, or that is
 * one document's own node; no edge id it shares with them between other ends; no node of its own that an earlier
 * document's edge expects to find in the store (written together, the edge would find it instead of failing); and
 * the run stays under its row limit (a document larger than the limit makes a run of its own).
 */
class Run {
  readonly items: RunItem[] = [];
  private rows = 0;
  private readonly types = new Map<string, NodeType>();
  private readonly edges = new Map<string, string>();
  /** Edge ends that are not nodes of the run's documents: they must be stored already. */
  private readonly expected = new Set<string>();

  constructor(private readonly maxRows: number) {}

  accepts(plan: WritePlan): boolean {
    if (this.items.length === 0) return true;
    if (this.rows + plan.nodes.size + plan.edges.length > this.maxRows) return false;
    for (const node of plan.nodes.values()) {
      if (this.expected.has(node.id)) return false;
      const type = this.types.get(node.id);
      if (type !== undefined && (type !== node.type || OWNED_TYPES.has(type))) return false;
    }
    return plan.edges.every((edge) => (this.edges.get(edgeKey(edge)) ?? endsKey(edge)) === endsKey(edge));
  }

  add(item: RunItem): void {
    const { plan } = item;
    this.items.push(item);
    this.rows += plan.nodes.size + plan.edges.length;
    for (const id of plan.externalIds) if (!this.types.has(id)) this.expected.add(id);
    for (const node of plan.nodes.values()) this.types.set(node.id, node.type);
    for (const edge of plan.edges) this.edges.set(edgeKey(edge), endsKey(edge));
  }
}

/** One document's share in a shared node of a batch. */
interface Contribution {
  /** Position of the document in the batch. */
  readonly doc: number;
  readonly node: GraphNode;
  readonly row: NodeRow;
}

/** A row of `MERGE_SHARED`. */
interface SharedRow {
  readonly id: string;
  readonly fill: Record<string, StoredValue>;
  readonly define: Record<string, StoredValue>;
  readonly keys: string[];
  /** How many documents of the batch give the node. */
  readonly count: number;
  readonly derived: DerivedProps;
}

/** A row of `createOwnedStatement`. */
interface OwnedRow {
  readonly id: string;
  /** Non-null model properties. */
  readonly props: Record<string, StoredValue>;
  /** Model properties that are null (absent). */
  readonly nulls: string[];
  readonly derived: Record<string, string | null>;
}

/** A row of `MERGE_EDGES_BATCH`. */
interface EdgeBatchRow {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly props: Record<string, StoredValue | null>;
  readonly keys: string[];
  /** How many documents of the batch give the edge. */
  count: number;
}

interface BatchEdge {
  readonly type: RelType;
  /** Position in the batch of the first document that gives the edge. */
  readonly first: number;
  /** Whether an end is an own node of a document of the batch: then the edge cannot be stored yet. */
  readonly fresh: boolean;
  readonly row: EdgeBatchRow;
}

interface BatchPlan {
  readonly documentIds: readonly string[];
  /** Node types by id, for every node of the batch. */
  readonly types: ReadonlyMap<string, NodeType>;
  readonly shared: readonly { readonly type: NodeType; readonly row: SharedRow }[];
  /** What each document gives each shared node, in document order. */
  readonly contributions: ReadonlyMap<string, readonly Contribution[]>;
  readonly owned: readonly { readonly type: NodeType; readonly doc: number; readonly row: OwnedRow }[];
  readonly edges: readonly BatchEdge[];
}

/**
 * Writing `incoming` over a shared node as it stands (graph/store.ts): a defining document's non-null values
 * overwrite, any other document's only fill missing ones, and a null never erases. Also says whether a model
 * property changed (as `CHANGED` does in Cypher: a property added, even as null, or a value that differs).
 */
function mergeSharedNode(
  base: GraphNode,
  incoming: GraphNode,
  defining: boolean,
): { node: GraphNode; changed: boolean } {
  const out: Record<string, unknown> = { ...base };
  let changed = false;
  for (const [key, value] of Object.entries(incoming)) {
    if (key === 'id' || key === 'type' || value === undefined) continue;
    if (!Object.hasOwn(out, key)) {
      out[key] = value;
      changed = true;
    } else if (value !== null && (defining || out[key] === null || out[key] === undefined)) {
      changed ||= canonicalJson(out[key] ?? null) !== canonicalJson(value);
      out[key] = value;
    }
  }
  return { node: out as unknown as GraphNode, changed };
}

/** The rows of a batch of new documents: each shared node and each edge once, with every document that gives it. */
function planBatch(plans: readonly WritePlan[]): BatchPlan {
  const types = new Map<string, NodeType>();
  const contributions = new Map<string, Contribution[]>();
  const owned: { type: NodeType; doc: number; row: OwnedRow }[] = [];
  const edges = new Map<string, { type: RelType; first: number; row: EdgeBatchRow & { keys: string[] } }>();
  plans.forEach((plan, doc) => {
    for (const { type, row } of plan.rows) {
      types.set(row.id, type);
      if (OWNED_TYPES.has(type)) {
        const nulls = row.keys.filter((k) => !Object.hasOwn(row.props, k));
        owned.push({
          type,
          doc,
          row: { id: row.id, props: row.props, nulls, derived: row.derived },
        });
        continue;
      }
      const node = plan.nodes.get(row.id);
      if (!node) continue;
      const list = contributions.get(row.id);
      if (list) list.push({ doc, node, row });
      else contributions.set(row.id, [{ doc, node, row }]);
    }
    for (const edge of plan.edges) {
      const key = edgeKey(edge);
      const seen = edges.get(key);
      if (!seen) {
        edges.set(key, {
          type: edge.type,
          first: doc,
          row: {
            id: edge.id,
            from: edge.from,
            to: edge.to,
            props: { ...edge.props },
            keys: edge.keys,
            count: 1,
          },
        });
        continue;
      }
      // As the writes one by one would leave it: the props of every document, the last one's winning, and its keys.
      Object.assign(seen.row.props, edge.props);
      seen.row.keys = edge.keys;
      seen.row.count++;
    }
  });
  const shared = [...contributions].map(([id, list]) => {
    const fill: Record<string, StoredValue> = {};
    const define: Record<string, StoredValue> = {};
    const keys: string[] = [];
    let merged: GraphNode | null = null;
    for (const c of list) {
      if (c.row.defines) Object.assign(define, c.row.props);
      else for (const [k, v] of Object.entries(c.row.props)) if (!Object.hasOwn(fill, k)) fill[k] = v;
      for (const k of c.row.keys) if (!keys.includes(k)) keys.push(k);
      merged = merged ? mergeSharedNode(merged, c.node, c.row.defines).node : c.node;
    }
    const row: SharedRow = {
      id,
      fill,
      define,
      keys,
      count: list.length,
      // Set only if the node is created, when the batch's values are all it has.
      derived: derivedProps(merged ?? (list[0] as Contribution).node),
    };
    return { type: types.get(id) as NodeType, row };
  });
  return {
    documentIds: plans.map((p) => p.documentId),
    types,
    shared,
    contributions,
    owned,
    edges: [...edges.values()].map((edge) => ({
      ...edge,
      fresh: [edge.row.from, edge.row.to].some((id) => OWNED_TYPES.has(types.get(id) as NodeType)),
    })),
  };
}

/** A shared node as it was stored before a batch: as a model node, and its raw properties. */
interface StoredShared {
  readonly node: GraphNode;
  readonly props: Readonly<Record<string, unknown>>;
}

/**
 * The result of each document of a batch, as writing them one after the other would count it: a shared node is
 * created by the first document that gives it (unless stored before), and updated by a later one whose values change
 * it; an edge is created by the first document that gives it (unless stored before). Also the derived properties
 * (search text, lookup keys) that shared nodes stored before the batch need after it.
 */
function tallyBatch(
  batch: BatchPlan,
  before: ReadonlyMap<string, StoredShared>,
  existedEdges: ReadonlySet<string>,
): { results: WriteResult[]; derived: { id: string; derived: DerivedProps }[] } {
  const counts = batch.documentIds.map(() => ({ nodesCreated: 0, nodesUpdated: 0, relationshipsCreated: 0 }));
  const count = (doc: number) => counts[doc] as (typeof counts)[number];
  for (const { doc } of batch.owned) count(doc).nodesCreated++;
  const derived: { id: string; derived: DerivedProps }[] = [];
  for (const [id, list] of batch.contributions) {
    const stored = before.get(id);
    let state: GraphNode | null = stored?.node ?? null;
    for (const c of list) {
      if (!state) {
        count(c.doc).nodesCreated++;
        state = c.node;
        continue;
      }
      const merged = mergeSharedNode(state, c.node, c.row.defines);
      if (merged.changed) count(c.doc).nodesUpdated++;
      state = merged.node;
    }
    if (stored && state) {
      const after = derivedProps(state);
      if (derivedChanged(after, stored.props)) derived.push({ id, derived: after });
    }
  }
  for (const edge of batch.edges) {
    if (!existedEdges.has(edgeKey({ type: edge.type, id: edge.row.id }))) count(edge.first).relationshipsCreated++;
  }
  return {
    results: batch.documentIds.map((document, doc) => ({
      document,
      status: 'created' as const,
      ...count(doc),
      nodesRemoved: 0,
      relationshipsRemoved: 0,
    })),
    derived,
  };
}

/** Cursor of `list`: the sort it belongs to, and the last item's sort value and id. */
interface Cursor {
  readonly s: string;
  readonly d: boolean;
  readonly v: unknown;
  readonly id: string;
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

function decodeCursor(text: string, sort: string, descending: boolean): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  const c = parsed as Partial<Cursor> | null;
  if (!c || typeof c !== 'object' || typeof c.id !== 'string' || c.s !== sort || c.d !== descending) {
    throw new StoreError('STORE_INVALID_QUERY', 'The cursor is not one this query returned.');
  }
  return { s: sort, d: descending, v: c.v ?? null, id: c.id };
}

/** A sort value as stored, in a form JSON keeps (Integers as numbers), for cursors. */
function plainSortValue(value: unknown): unknown {
  if (isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(plainSortValue);
  return value ?? null;
}

/** A cursor's sort value as a query parameter (whole numbers as Integers, as stored). */
function sortValueParam(value: unknown): unknown {
  if (typeof value === 'number') return encodeScalar(value);
  if (Array.isArray(value)) return value.map(sortValueParam);
  return value;
}

/** A list's property filter on its nodes `n` (`type` is the list's label, not a stored property). */
function filterCondition(f: PropertyFilter, type: NodeType, params: Record<string, unknown>): string {
  checkFiltered(f.property);
  const prop = f.property === 'type' ? `$${parameter(params, type)}` : `n[$${parameter(params, f.property)}]`;
  return propertyCondition(prop, f, params);
}

function checkFiltered(property: string): void {
  if (INTERNAL_SET.has(property)) {
    throw new StoreError('STORE_INVALID_QUERY', `Cannot filter on ${JSON.stringify(property)}.`);
  }
}

/**
 * A property filter on the value of the Cypher expression `prop`, with fresh parameters, as `matchesFilter` reads
 * it: equal, one of, or a number in range (a value that is no number fails a range, as it fails an empty one).
 */
function propertyCondition(prop: string, f: PropertyFilter, params: Record<string, unknown>): string {
  if ('eq' in f) return `${prop} = $${parameter(params, encodeScalar(f.eq))}`;
  if ('in' in f) return `${prop} IN $${parameter(params, f.in.map(encodeScalar))}`;
  const parts = [`${prop} IS NOT NULL`, `${prop} IS :: INTEGER | FLOAT`];
  if (f.gte !== undefined && f.gte !== null) parts.push(`${prop} >= $${parameter(params, encodeScalar(f.gte))}`);
  if (f.lte !== undefined && f.lte !== null) parts.push(`${prop} <= $${parameter(params, encodeScalar(f.lte))}`);
  return `(${parts.join(' AND ')})`;
}

/**
 * The Cypher of a list's page: `match` binds the matching nodes to `n`, `page` keeps those of the page (after the
 * cursor, in order, at most `$limit`, which the caller sets) with their sort value `v`.
 */
function listQuery(query: ListQuery): {
  match: string;
  page: string;
  params: Record<string, unknown>;
  first: number;
  sort: string;
  descending: boolean;
} {
  const label = cypherLabel(query.type, 'STORE_INVALID_QUERY');
  const first = nonNegativeInt(query.first, 'first');
  const params: Record<string, unknown> = {};
  const conditions = (query.where ?? []).map((f) => filterCondition(f, query.type, params));
  (query.related ?? []).forEach((r, i) => {
    const type = cypherRelType(r.type, 'STORE_INVALID_QUERY');
    params[`target${i}`] = r.target;
    conditions.push(
      r.direction === 'out'
        ? `EXISTS { MATCH (n)-[:${type}]->(:${NODE} {id: $target${i}}) }`
        : `EXISTS { MATCH (n)<-[:${type}]-(:${NODE} {id: $target${i}}) }`,
    );
  });
  const sort = query.sort?.property ?? 'id';
  if (INTERNAL_SET.has(sort)) throw new StoreError('STORE_INVALID_QUERY', `Cannot sort on ${JSON.stringify(sort)}.`);
  const descending = query.sort?.descending ?? false;
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  // Keyset pagination in Neo4j's order: ascending puts nulls last, descending puts them first; ties by id
  // ascending. A page starts after the cursor's (value, id), so inserts never shift or repeat items.
  const after: string[] = [];
  if (query.after) {
    const cursor = decodeCursor(query.after, sort, descending);
    params.afterId = cursor.id;
    if (cursor.v !== null) params.afterV = sortValueParam(cursor.v);
    if (!descending) {
      after.push(
        cursor.v === null
          ? 'v IS NULL AND n.id > $afterId'
          : 'v > $afterV OR (v = $afterV AND n.id > $afterId) OR v IS NULL',
      );
    } else {
      after.push(
        cursor.v === null ? 'v IS NOT NULL OR n.id > $afterId' : 'v < $afterV OR (v = $afterV AND n.id > $afterId)',
      );
    }
  }
  params.sortProp = sort;
  const page = [
    `WITH n, ${sort === 'id' ? 'n.id' : 'n[$sortProp]'} AS v`,
    after.length > 0 ? `WHERE ${after.join(' AND ')}` : '',
    `WITH n, v ORDER BY v ${descending ? 'DESC' : 'ASC'}, n.id ASC LIMIT $limit`,
  ]
    .filter(Boolean)
    .join(' ');
  return { match: `MATCH (n:${label}) ${where}`, page, params, first, sort, descending };
}

/** The MATCH of the nodes a natural key names, bound to `n`, its parameters added to `params`. */
function keyMatch(key: NaturalKey, n: string, params: Record<string, unknown>): string {
  switch (key.type) {
    case 'Resolution':
      params.keyBody = encodeScalar(key.body);
      params.keyNumber = encodeScalar(key.number);
      return `MATCH (${n}:Resolution {body: $keyBody, number: $keyNumber})`;
    case 'Version':
      params.keyBody = encodeScalar(key.body);
      params.keyNumber = encodeScalar(key.number);
      params.keyYear = encodeScalar(key.year);
      return `MATCH (${n}:Version {body: $keyBody, number: $keyNumber, year: $keyYear})`;
    case 'StudyGroup':
      params.keySector = encodeScalar(key.sector);
      params.keyNumber = encodeScalar(key.number);
      return `MATCH (${n}:StudyGroup {sector: $keySector, number: $keyNumber})`;
    case 'Organization':
      params.keyAcronym = acronymKey(key.acronym);
      return `MATCH (${n}:Organization {acronym_lc: $keyAcronym})`;
    case 'Question':
      params.keySector = encodeScalar(key.sector);
      params.keyCode = encodeScalar(key.code);
      return `MATCH (${n}:Question {sector: $keySector, code: $keyCode})`;
    default:
      throw new UnreachableCaseError(key);
  }
}

// ---- traverse: a tree of steps as one Cypher statement ---------------------------------------------------------

/** Neighbours in `expand`'s order: by edge id, then direction. */
function byEdge(a: Neighbour, b: Neighbour): number {
  return byId(a.edge, b.edge) || (a.direction < b.direction ? -1 : a.direction > b.direction ? 1 : 0);
}

/**
 * What a step's source is, for its rows: nothing known (a start node), a whole node, or a node with only the
 * properties `names`.
 */
type SourceShape =
  | { readonly kind: 'start' }
  | { readonly kind: 'whole' }
  | { readonly kind: 'projected'; readonly names: readonly string[] };

const START: SourceShape = { kind: 'start' };

/**
 * Whether the reader knows the id of the node a step reaches without the row saying it: a ref on `id` reaches its
 * source, and a ref on another property reaches the node whose id is that property's value, which the source's row
 * holds when it has the property.
 */
function derivedId(step: Step, source: SourceShape): 'self' | 'property' | null {
  if (step.kind !== 'ref') return null;
  if (isSelf(step)) return 'self';
  if (source.kind === 'whole') return 'property';
  return source.kind === 'projected' && source.names.includes(step.property) ? 'property' : null;
}

/** What a step's nodes are, as the source of the steps after it. */
function shapeOf(step: Step): SourceShape {
  const names = projectedNames(step);
  return names ? { kind: 'projected', names } : { kind: 'whole' };
}

/**
 * The columns of an expand step's row before its node (see {@link stepExpression}): the edge with its data, or for
 * a distinct or lean step its type (if the step follows more than one) and whether it starts at the source (if the
 * step goes both ways).
 */
function edgeColumns(step: ExpandStep, r: string, source: string, t: string, o: string): string[] {
  if (!step.distinct && step.edgeData !== false) return [STEP_EDGE_ROW(r, source)];
  // A distinct step has them as variables; a lean one has its edge.
  const [type, out] = step.distinct ? [t, o] : [`type(${r})`, `startNode(${r}) = ${source}`];
  return [...(step.types.length > 1 ? [type] : []), ...(step.direction === 'both' ? [out] : [])];
}

/**
 * The Cypher expression of `step` from the node bound to `source`: a COLLECT subquery with one row per node the
 * step reaches, each row one flat list: for an expand step the edge ({@link edgeColumns}), then the node (as
 * {@link NODE_ROW}, or the columns of {@link projectedNodeColumns}), then one column per further step from that
 * node (its own expression). Labels and types pass the allow-list; property names are parameters.
 */
function stepExpression(
  step: Step,
  source: string,
  depth: number,
  params: Record<string, unknown>,
  sourceType: NodeType | null,
  sourceShape: SourceShape,
): string {
  const m = `n${depth}`;
  const names = projectedNames(step);
  const nodeType = knownNodeType(step, sourceType);
  const node = names
    ? projectedNodeColumns(m, names, params, nodeType, derivedId(step, sourceShape) !== null)
    : [NODE_ROW(m)];
  // Further steps are projected by a WITH before the RETURN: Neo4j 5 refuses a COLLECT subquery that aggregates
  // (as a distinct step does) inside a list expression next to other values.
  const shape = shapeOf(step);
  const children = (step.then ?? []).map((next, j) => ({
    name: `c${depth}_${j}`,
    expression: stepExpression(next, m, depth + 1, params, nodeType, shape),
  }));
  const project = (vars: string): string =>
    children.length > 0 ? `WITH ${vars}, ${children.map((c) => `${c.expression} AS ${c.name}`).join(', ')}` : '';
  const row = (columns: readonly string[]): string =>
    `RETURN [${[...columns, ...node, ...children.map((c) => c.name)].join(', ')}] AS row${depth} }`;
  switch (step.kind) {
    case 'expand': {
      const types = step.types.map((t) => cypherRelType(t, 'STORE_INVALID_QUERY'));
      const labels = step.nodeTypes?.map((t) => cypherLabel(t, 'STORE_INVALID_QUERY'));
      // A bad where or pick is refused even where the step can reach nothing, as traverseWith refuses it.
      stepFilters(step);
      stepPick(step);
      const byMention = stepOrdersByMention(step);
      // An empty list of types (or node types) allows none, as in `expand`.
      if (types.length === 0 || labels?.length === 0) return '[]';
      const [r, t, o, f] = [`r${depth}`, `t${depth}`, `o${depth}`, `f${depth}`];
      const rel = `[${r}:${types.join('|')}]`;
      const pattern =
        step.direction === 'out'
          ? `(${source})-${rel}->(${m}:${NODE})`
          : step.direction === 'in'
            ? `(${source})<-${rel}-(${m}:${NODE})`
            : `(${source})-${rel}-(${m}:${NODE})`;
      const edge = edgeColumns(step, r, source, t, o);
      const pick = pickClause(step, m, t, o, params);
      const conditions = [
        ...(labels ? [`(${labels.map((l) => `${m}:${l}`).join(' OR ')})`] : []),
        ...stepFilters(step).map((f) => stepFilterCondition(m, f, params)),
      ];
      return [
        `COLLECT { MATCH ${pattern}`,
        conditions.length ? `WHERE ${conditions.join(' AND ')}` : '',
        // Distinct: per node, type and direction, one row, and nothing read of the edges (not even their ids).
        // In first-mention order: also the first (span start, edge id) of each one's edges, which the reader
        // sorts by (see firstMentionedNeighbours).
        ...(step.distinct && byMention
          ? [
              `WITH ${m}, type(${r}) AS ${t}, startNode(${r}) = ${source} AS ${o}, ` +
                `min([coalesce(${r}.provenance_span[0], 0), ${r}.id]) AS ${f}`,
              pick,
              project(`${m}, ${t}, ${o}, ${f}`),
              row([...edge, f]),
            ]
          : step.distinct
            ? [
                `WITH DISTINCT ${m}, type(${r}) AS ${t}, startNode(${r}) = ${source} AS ${o}`,
                pick,
                project(`${m}, ${t}, ${o}`),
                row(edge),
              ]
            : [project(`${m}, ${r}`), row(edge)]),
      ]
        .filter(Boolean)
        .join(' ');
    }
    case 'ref': {
      // The store's own properties are no model property: they name no node (as in the in-memory store).
      if (INTERNAL_SET.has(step.property)) return '[]';
      // A ref that names its node type looks the node up by that label (each has its unique index on id).
      const label = step.nodeType ? cypherLabel(step.nodeType, 'STORE_INVALID_QUERY') : null;
      return [
        // On `id`, the node itself: no index lookup per row (a root field's page of 100 would make 100).
        isSelf(step)
          ? `COLLECT { WITH ${source} AS ${m}${label ? ` WHERE ${m}:${label}` : ''}`
          : `COLLECT { MATCH (${m}:${label ?? NODE} {id: ${source}[$${parameter(params, step.property)}]})`,
        project(m),
        row([]),
      ]
        .filter(Boolean)
        .join(' ');
    }
    default:
      throw new UnreachableCaseError(step);
  }
}

/** A step's property filter on the node bound to `n` (as a list's, see {@link propertyCondition}). */
function stepFilterCondition(n: string, f: PropertyFilter, params: Record<string, unknown>): string {
  checkFiltered(f.property);
  const prop = PLAIN_KEY.test(f.property) ? `${n}.\`${f.property}\`` : `${n}[$${parameter(params, f.property)}]`;
  return propertyCondition(prop, f, params);
}

/**
 * A distinct step's `pick` (see `StepPick`) as the ORDER BY and LIMIT after its `WITH DISTINCT m, t, o` (or the
 * aggregation of a first-mention order): the
 * preferred values' ranks, the value, then the order of a distinct step's neighbours (node id, type, direction:
 * `o` is true for out, and false sorts first, as 'in' before 'out'). Empty without a pick.
 */
function pickClause(step: ExpandStep, m: string, t: string, o: string, params: Record<string, unknown>): string {
  const pick = stepPick(step);
  if (!pick) return '';
  checkFiltered(pick.property);
  const prop = PLAIN_KEY.test(pick.property)
    ? `${m}.\`${pick.property}\``
    : `${m}[$${parameter(params, pick.property)}]`;
  const prefer = pick.prefer ?? [];
  // Preferred values as the store writes them (see encodeScalar), so that they compare with what it holds.
  const rank = prefer.length
    ? `CASE ${prop} ${prefer.map((v, i) => `WHEN $${parameter(params, encodeScalar(v))} THEN ${i}`).join(' ')} ELSE ${prefer.length} END, `
    : '';
  // Only a string, boolean or number orders; anything else counts as missing, as in traverseWith: a list, and a
  // value held encoded (see encodeValue: an object; also a string that itself starts with the prefix, which alone
  // ranks as missing here and as a string in traverseWith).
  const scalar =
    `CASE WHEN ${prop} IS :: STRING AND NOT ${prop} STARTS WITH $${parameter(params, JSON_PREFIX)} THEN ${prop} ` +
    `WHEN ${prop} IS :: BOOLEAN OR ${prop} IS :: INTEGER OR ${prop} IS :: FLOAT THEN ${prop} END`;
  return `ORDER BY ${rank}${scalar}, ${m}.id, ${t}, ${o} LIMIT 1`;
}

type Params = Record<string, unknown>;

/** How many step trees' expressions a store keeps (see `expressionOf`). */
const MAX_EXPRESSIONS = 1000;

/** A JSON replacer that writes NaN and the infinities apart from null (and from strings), for keys of step trees. */
function tellNonFinite(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isFinite(value) ? { nonFinite: String(value) } : value;
}

/** Adds a query parameter and answers its name. */
function parameter(params: Record<string, unknown>, value: unknown): string {
  const name = `x${Object.keys(params).length}`;
  params[name] = value;
  return name;
}

/**
 * Reads back what {@link stepExpression} returned for each source node (`values`: source id -> its rows).
 * `sources`: the source nodes, when the reader has them (to know the nodes a ref reaches, see {@link derivedId}).
 */
function decodeStep(
  step: Step,
  ids: readonly string[],
  values: ReadonlyMap<string, unknown>,
  sourceType: NodeType | null,
  sourceShape: SourceShape,
  sources: ReadonlyMap<string, GraphNode>,
): StepResult {
  const next = step.then ?? [];
  // What each further step returned, per node this step reached, and the nodes themselves.
  const nested = next.map(() => new Map<string, unknown>());
  const reached = new Map<string, GraphNode>();
  const names = projectedNames(step);
  const nodeType = knownNodeType(step, sourceType);
  const derived = derivedId(step, sourceShape);
  /** The node of a row from `at` on, and what the further steps returned from it. */
  const read = (row: readonly unknown[], at: number, knownId: string | null): GraphNode => {
    let node: GraphNode;
    let i = at;
    if (names) [node, i] = readProjectedNode(row, i, names, nodeType, knownId);
    else node = toNode(row[i++]);
    if (!reached.has(node.id)) {
      reached.set(node.id, node);
      for (let j = 0; j < nested.length; j++) nested[j]?.set(node.id, row[i + j]);
    }
    return node;
  };
  const rowsOf = (id: string): unknown[][] => {
    const value = values.get(id);
    return Array.isArray(value) ? (value as unknown[][]) : [];
  };
  const shape = shapeOf(step);
  const after = (): StepResult[] =>
    next.map((s, j) => decodeStep(s, [...reached.keys()], nested[j] ?? new Map(), nodeType, shape, reached));
  if (step.kind === 'expand') {
    const relType = knownRelType(step);
    const stripped = step.distinct === true || step.edgeData === false;
    const byMention = stepOrdersByMention(step);
    const neighbours = new Map<string, readonly Neighbour[]>();
    for (const id of ids) {
      // Each neighbour's first mention (span start, edge id), in first-mention order.
      const firsts = new Map<Neighbour, [number, string]>();
      const list = rowsOf(id).map((row): Neighbour => {
        if (!stripped) {
          const node = read(row, 1, null);
          const edge = toStepEdge(row[0], id, node.id);
          return { edge, node, direction: edge.from === id ? 'out' : 'in' };
        }
        let i = 0;
        const type = relType ?? row[i++];
        const out = step.direction === 'both' ? row[i++] === true : step.direction === 'out';
        const first = byMention ? firstMention(row[i++]) : null;
        const node = read(row, i, null);
        const edge = strippedEdge(type, out, id, node.id);
        const neighbour: Neighbour = { edge, node, direction: edge.from === id ? 'out' : 'in' };
        if (first) firsts.set(neighbour, first);
        return neighbour;
      });
      const byFirst = (a: Neighbour, b: Neighbour): number => {
        const [startA, edgeA] = firsts.get(a) ?? [0, ''];
        const [startB, edgeB] = firsts.get(b) ?? [0, ''];
        return startA - startB || (edgeA < edgeB ? -1 : edgeA > edgeB ? 1 : 0) || byNode(a, b);
      };
      neighbours.set(id, list.sort(byMention ? byFirst : stripped ? byNode : byEdge));
    }
    return { kind: 'expand', neighbours, then: after() };
  }
  const nodes = new Map<string, GraphNode | null>();
  for (const id of ids) {
    const [row] = rowsOf(id);
    if (!row) {
      nodes.set(id, null);
      continue;
    }
    const knownId = derived === 'self' ? id : derived === 'property' ? refOf(sources.get(id), step.property) : null;
    // A derived id the source lacks: no node was found by it either (the row cannot be read without it).
    nodes.set(id, derived !== null && knownId === null ? null : read(row, 0, knownId));
  }
  return { kind: 'ref', nodes, then: after() };
}

/**
 * Calls `send`, which hands a statement to the driver, with V8's stack capture off. For every statement the driver
 * captures its caller's stack (`new Error().stack`), to put it on the statement's error should the statement fail;
 * formatting that stack cost about 45 µs per statement on this project's machines, more than building and decoding
 * one of the API's statements (measured with the CPU profiler on `npm run bench -- api`). The store never shows that
 * stack: it maps the server's errors to a `StoreError`, which has a stack of its own, and gives any other error the
 * stack of the read that caught it (see readStatement). `send` must be synchronous (it only starts the statement), so
 * that the limit is back as soon as the driver has started it; what the driver calls meanwhile (a bookmark manager's
 * `getBookmarks`, the driver's own checks) runs without stack traces.
 */
function withoutCallerStack<T>(send: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return send();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** A first mention as the statement returns it (`[span start, edge id]`, see {@link stepExpression}). */
function firstMention(value: unknown): [number, string] {
  if (!Array.isArray(value) || value.length !== 2)
    throw new CodecError(`expected [start, edge id], got ${String(value)}`);
  const [start, edge] = value as unknown[];
  const n = isInt(start) ? start.toNumber() : start;
  if (typeof n !== 'number' || typeof edge !== 'string') {
    throw new CodecError(`expected [start, edge id], got [${String(start)}, ${String(edge)}]`);
  }
  return [n, edge];
}

/** Classifies a driver error as a `StoreError`; the message says what failed and, when it can, what to do. */
function toStoreError(err: unknown, context: { op: string; write: boolean; uri: string; database: string }): Error {
  if (err instanceof StoreError) return err;
  const fallback: ErrorCode = context.write ? 'STORE_WRITE_FAILED' : 'STORE_INVALID_QUERY';
  if (!(err instanceof Neo4jError)) {
    if (err instanceof CodecError) return new StoreError(fallback, `${context.op}: ${err.message}`, { cause: err });
    return err instanceof Error ? err : new Error(String(err));
  }
  const code = err.code;
  const where = `Neo4j at ${context.uri}`;
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return new StoreError(
      'STORE_UNAVAILABLE',
      `${context.op}: cannot reach ${where} (${err.message.split('\n')[0]}). Check that Neo4j is running and that ` +
        'NEO4J_URI points at it (for a local one: npm run neo4j), or unset NEO4J_URI to use the embedded store.',
      { cause: err },
    );
  }
  if (code.startsWith('Neo.ClientError.Security.')) {
    return new StoreError(
      'STORE_UNAVAILABLE',
      `${context.op}: ${where} refused the credentials (${err.message}). Check NEO4J_USERNAME and NEO4J_PASSWORD.`,
      { cause: err },
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound' || code.startsWith('Neo.TransientError.Database.')) {
    return new StoreError(
      'STORE_UNAVAILABLE',
      `${context.op}: database ${context.database} of ${where} is not available (${err.message}). ` +
        'Check NEO4J_DATABASE.',
      { cause: err },
    );
  }
  // A transaction that outlives its timeout is terminated; one waiting for a lock then fails with LockClientStopped.
  if (
    code.includes('TransactionTimedOut') ||
    code === 'Neo.ClientError.Transaction.LockClientStopped' ||
    /acquisition timed out/i.test(err.message)
  ) {
    return new StoreError('STORE_TIMEOUT', `${context.op}: ${where} did not answer in time (${err.message})`, {
      cause: err,
    });
  }
  return new StoreError(fallback, `${context.op} failed: ${err.message} (${code})`, { cause: err });
}

class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  private readonly driver: Driver;
  private readonly database: string | undefined;
  private readonly timeoutMs: number;
  private readonly logger: Neo4jStoreLogger | undefined;
  private readonly uri: string;
  private readonly bookmarks: BookmarkManager;
  private readonly closeDriver: boolean;
  private readonly primeReads: boolean;
  private readonly autoCommitReads: boolean;
  private readonly retryTimeMs: number;
  private readonly retryDelayMs: number;
  private readonly batchSize: number;
  private readonly transactionRows: number;
  private closed = false;
  /** Reads waiting to be retried (see `pause`): `close()` wakes them, to fail at once. */
  private readonly waits = new Set<() => void>();
  /** Expressions of step trees already built, with their parameters (see {@link expressionOf}). */
  private readonly expressions = new Map<string, { readonly expression: string; readonly params: Params }>();
  /**
   * Ends TCP_NODELAY for the Bolt port of `uri` (see `noDelayForBolt`); held while the store is open, for a driver
   * created elsewhere than connectNeo4j (its connections opened from then on get it).
   */
  private readonly releaseNoDelay: () => void;
  /** Name of the full-text index over `search_text`; `init()` finds it (an equivalent index may have another). */
  private searchIndex = FULLTEXT_INDEX;

  constructor(options: Neo4jStoreOptions) {
    this.driver = options.driver;
    this.database = options.database;
    this.timeoutMs = options.queryTimeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.logger = options.logger;
    this.uri = options.uri ?? 'the configured NEO4J_URI';
    this.bookmarks = options.bookmarkManager ?? options.driver.executeQueryBookmarkManager;
    this.closeDriver = options.closeDriver ?? false;
    this.primeReads = options.primeReads ?? /^[a-z0-9]+\+(s|ssc):/i.test(options.uri ?? '');
    this.autoCommitReads = options.autoCommitReads ?? !this.primeReads;
    this.retryTimeMs = Math.max(0, options.retryTimeMs ?? MAX_RETRY_TIME_MS);
    this.retryDelayMs = Math.max(1, options.retryDelayMs ?? RETRY_DELAY_MS);
    this.batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH);
    this.transactionRows = Math.max(1, options.transactionRows ?? DEFAULT_TRANSACTION_ROWS);
    this.releaseNoDelay = noDelayForBolt(boltPortOf(options.uri));
  }

  // ---- transactions ------------------------------------------------------------------------------------------

  private fail(err: unknown, op: string, write: boolean): Error {
    const mapped = toStoreError(err, {
      op,
      write,
      uri: this.uri,
      database: this.database ?? '(default)',
    });
    if (mapped instanceof StoreError && (mapped.code === 'STORE_UNAVAILABLE' || mapped.code === 'STORE_TIMEOUT')) {
      this.logger?.warn({ err: mapped, code: mapped.code, op }, mapped.message);
    }
    return mapped;
  }

  private async transaction<T>(
    op: string,
    mode: 'READ' | 'WRITE',
    work: (tx: ManagedTransaction) => Promise<T>,
    timeoutMs: number | null = this.timeoutMs,
  ): Promise<T> {
    if (this.closed) throw new StoreError('STORE_UNAVAILABLE', `${op}: the Neo4j store is closed.`);
    const session = this.driver.session({
      database: this.database,
      bookmarkManager: this.bookmarks,
      defaultAccessMode: mode,
    });
    const config = {
      ...(timeoutMs && timeoutMs > 0 ? { timeout: timeoutMs } : {}),
      metadata: { app: 'ehealth-mandates-graph', op },
    };
    try {
      if (mode === 'WRITE') return await session.executeWrite(work, config);
      if (!this.primeReads) return await session.executeRead(work, config);
      // The primer goes first, and the work's statements (sent before its first await) right behind it.
      return await session.executeRead(async (tx) => {
        const primer = tx.run(PRIMER);
        return (await Promise.all([work(tx), primer]))[0];
      }, config);
    } catch (err) {
      throw this.fail(err, op, mode === 'WRITE');
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  private read<T>(op: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.transaction(op, 'READ', work);
  }

  /**
   * A read of one statement, its records decoded by `decode` (whose errors are mapped as the statement's are). As an
   * auto-commit transaction (see `autoCommitReads`) it is still a read transaction: the session's access mode is
   * READ, so a cluster routes it to a reader and the server refuses a write in it. The driver retries only managed
   * transactions; this retries as its executor does: after an error it deems retriable (`isRetriableError`), while
   * less than `retryTimeMs` has passed since the first failure, after a delay doubling from `retryDelayMs` with ±20%
   * jitter. A read is safe to run again. `close()` ends a wait at once.
   */
  private async readStatement<R extends RecordShape, T>(
    op: string,
    query: string,
    params: Record<string, unknown>,
    decode: (result: QueryResult<R>) => T,
  ): Promise<T> {
    if (!this.autoCommitReads) return this.read(op, async (tx) => decode(await tx.run<R>(query, params)));
    const config = {
      ...(this.timeoutMs > 0 ? { timeout: this.timeoutMs } : {}),
      metadata: { app: 'ehealth-mandates-graph', op },
    };
    let firstFailure: number | null = null;
    for (let delay = this.retryDelayMs; ; delay *= 2) {
      if (this.closed) throw new StoreError('STORE_UNAVAILABLE', `${op}: the Neo4j store is closed.`);
      const session = this.driver.session({
        database: this.database,
        bookmarkManager: this.bookmarks,
        defaultAccessMode: 'READ',
      });
      let retry: unknown = null;
      try {
        return decode(await withoutCallerStack(() => session.run<R>(query, params, config)));
      } catch (err) {
        // The driver gave the error the stack it captured as the statement was sent, an empty one (see
        // withoutCallerStack): one that is not the server's gets the store's own, as it passes through unmapped.
        if (err instanceof Error && !(err instanceof Neo4jError)) Error.captureStackTrace(err);
        firstFailure ??= Date.now();
        if (!isRetriableError(err) || Date.now() - firstFailure > this.retryTimeMs) throw this.fail(err, op, false);
        retry = err;
      } finally {
        await session.close().catch(() => undefined);
      }
      const wait = delay * (0.8 + Math.random() * 0.4);
      this.logger?.debug({ op, waitMs: Math.round(wait), err: retry }, 'retrying a read');
      await this.pause(wait);
    }
  }

  /** Waits `ms`, or less if the store is closed meanwhile (see {@link readStatement}). */
  private pause(ms: number): Promise<void> {
    // Closed while the attempt before ran: no wait (close() woke only the waits it found).
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        this.waits.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.waits.add(wake);
    });
  }

  private write<T>(op: string, work: (tx: ManagedTransaction) => Promise<T>, timeoutMs?: number | null): Promise<T> {
    return this.transaction(op, 'WRITE', work, timeoutMs === undefined ? this.timeoutMs : timeoutMs);
  }

  // ---- schema ------------------------------------------------------------------------------------------------

  async init(): Promise<void> {
    if (this.closed) throw new StoreError('STORE_UNAVAILABLE', 'init: the Neo4j store is closed.');
    // One attempt, no retry loop: a wrong URI fails at start-up at once rather than after the driver's retry time.
    try {
      await this.driver.verifyConnectivity({ database: this.database });
    } catch (err) {
      throw this.fail(err, 'init', false);
    }
    const statements = [
      ...[NODE, ...NODE_TYPES].map(
        (label) =>
          `CREATE CONSTRAINT ehealth_${label.toLowerCase()}_id IF NOT EXISTS ` +
          `FOR (n:${label === NODE ? NODE : cypherLabel(label, 'STORE_INVALID_QUERY')}) REQUIRE n.id IS UNIQUE`,
      ),
      ...REL_TYPES.map(
        (type) =>
          `CREATE CONSTRAINT ehealth_rel_${type.toLowerCase()}_id IF NOT EXISTS ` +
          `FOR ()-[r:${cypherRelType(type, 'STORE_INVALID_QUERY')}]-() REQUIRE r.id IS UNIQUE`,
      ),
      'CREATE INDEX ehealth_resolution_key IF NOT EXISTS FOR (n:Resolution) ON (n.body, n.number)',
      'CREATE INDEX ehealth_version_key IF NOT EXISTS FOR (n:Version) ON (n.body, n.number, n.year)',
      'CREATE INDEX ehealth_studygroup_key IF NOT EXISTS FOR (n:StudyGroup) ON (n.sector, n.number)',
      'CREATE INDEX ehealth_organization_acronym IF NOT EXISTS FOR (n:Organization) ON (n.acronym_lc)',
      'CREATE INDEX ehealth_question_key IF NOT EXISTS FOR (n:Question) ON (n.sector, n.code)',
      // The CJK analyzer indexes Han, kana and hangul as overlapping bigrams and other scripts as words.
      `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:${NODE}) ON EACH [n.search_text] ` +
        "OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
    ];
    for (const statement of statements) {
      await this.write('init', (tx) => tx.run(statement).then(() => undefined), null);
    }
    await this.write(
      'init',
      (tx) => tx.run('CALL db.awaitIndexes($seconds)', { seconds: int(INDEX_WAIT_SECONDS) }).then(() => undefined),
      null,
    );
    // `IF NOT EXISTS` does nothing when an equivalent index exists under another name: search uses that one.
    const found = await this.read('init', async (tx) => {
      const result = await tx.run<{ name: string; analyzer: unknown }>(
        "SHOW FULLTEXT INDEXES YIELD name, entityType, labelsOrTypes, properties, options WHERE entityType = 'NODE' " +
          `AND labelsOrTypes = ['${NODE}'] AND properties = ['search_text'] ` +
          'RETURN name, options.indexConfig.`fulltext.analyzer` AS analyzer ORDER BY name',
      );
      return result.records.map((r) => r.toObject());
    });
    const index = found.find((f) => f.name === FULLTEXT_INDEX) ?? found[0];
    if (!index) {
      throw new StoreError(
        'STORE_UNAVAILABLE',
        `init: Neo4j at ${this.uri} has no full-text index on :${NODE}(search_text), and ${FULLTEXT_INDEX} could ` +
          'not be created (is an index of that name defined for something else?).',
      );
    }
    if (index.analyzer !== 'cjk') {
      this.logger?.warn(
        { index: index.name, analyzer: index.analyzer },
        'neo4j: the full-text index does not use the cjk analyzer; Chinese search will be poor',
      );
    }
    this.searchIndex = index.name;
    await this.migrate();
  }

  /**
   * Brings a database written by an earlier version of this store to the current shape, once: contribution lists
   * (`contrib_*`) recorded on Documents that lack them, then the lists of contributing documents (`sources`) on
   * relationships and nodes replaced by their length (`source_count`). Documents go last, and each step only touches
   * what is still in the old shape, so an interrupted migration resumes at the next start-up. Nothing to do (one
   * seek of a Document) on a database in the current shape.
   */
  private async migrate(): Promise<void> {
    const legacy = await this.read('init', async (tx) => {
      const result = await tx.run(`MATCH (d:Document) WHERE d.source_count IS NULL RETURN d.id AS id LIMIT 1`);
      return result.records.length > 0;
    });
    if (!legacy) return;
    const started = Date.now();
    this.logger?.info({ uri: this.uri }, 'neo4j: migrating a database written by an earlier version of this store');
    // Not in the allow-listed types: what the lists name is checked only as ids.
    await this.write(
      'init',
      (tx) =>
        tx
          .run(
            [
              'MATCH (d:Document) WHERE d.contrib_node_ids IS NULL OR d.contrib_edge_ids IS NULL',
              '  OR d.contrib_edge_types IS NULL',
              `CALL { WITH d MATCH (n:${NODE}) WHERE d.id IN n.sources RETURN collect(n.id) AS nodeIds }`,
              `CALL { WITH d MATCH (:${NODE})-[r]->(:${NODE}) WHERE d.id IN r.sources`,
              '       RETURN collect(r.id) AS edgeIds, collect(type(r)) AS edgeTypes }',
              'SET d.contrib_node_ids = nodeIds, d.contrib_edge_ids = edgeIds, d.contrib_edge_types = edgeTypes',
            ].join('\n'),
          )
          .then(() => undefined),
      null,
    );
    const steps = [
      `MATCH (:${NODE})-[r]->(:${NODE}) WHERE r.sources IS NOT NULL AND type(r) IN $types WITH r LIMIT $batch ` +
        'SET r.source_count = size(r.sources) REMOVE r.sources RETURN count(*) AS done',
      `MATCH (n:${NODE}) WHERE n.sources IS NOT NULL AND NOT n:Document WITH n LIMIT $batch ` +
        'SET n.source_count = size(n.sources) REMOVE n.sources RETURN count(*) AS done',
      `MATCH (n:Document) WHERE n.source_count IS NULL WITH n LIMIT $batch ` +
        'SET n.source_count = size(coalesce(n.sources, [n.id])) REMOVE n.sources RETURN count(*) AS done',
    ];
    let migrated = 0;
    for (const step of steps) {
      for (;;) {
        const done = await this.write(
          'init',
          async (tx) => {
            const result = await tx.run(step, { types: [...REL_TYPES], batch: int(MIGRATION_BATCH) });
            return Number(plainSortValue(result.records[0]?.get('done') ?? 0));
          },
          null,
        );
        migrated += done;
        if (done === 0) break;
      }
    }
    this.logger?.info({ uri: this.uri, migrated, ms: Date.now() - started }, 'neo4j: migrated');
  }

  // ---- writes ------------------------------------------------------------------------------------------------

  /**
   * `writeDocuments` of one document: a new document goes through `writeNew` (which creates what cannot exist yet
   * instead of merging it), a stored one through `writeOne`; the error, if any, is thrown.
   */
  async writeDocument(graph: DocumentGraph): Promise<WriteResult> {
    const [outcome] = await this.writeDocuments([graph]);
    if (!outcome) throw writeFailure(graph, 'no result').error;
    if (outcome.status === 'failed') throw outcome.error;
    return outcome;
  }

  /**
   * Documents not stored yet are written in runs, a run in one transaction (`writeNew`): rows of all its documents
   * grouped per label and relationship type. A document stored before under another checksum, or given twice, is
   * written alone (`writeOne`) in its place in the order, and so is every document of a run that fails: the failure
   * then is the failing document's alone, with the error `writeDocument` gives, and the others are written.
   */
  async writeDocuments(graphs: readonly DocumentGraph[]): Promise<readonly WriteOutcome[]> {
    const started = Date.now();
    const outcomes = new Map<number, WriteOutcome>();
    const items: RunItem[] = [];
    graphs.forEach((graph, index) => {
      try {
        items.push({ index, graph, plan: planWrite(graph) });
      } catch (err) {
        outcomes.set(index, writeFailure(graph, err));
      }
    });
    let stored: ReadonlyMap<string, unknown>;
    try {
      stored = await this.readChecksums(items.map((item) => item.plan.documentId));
    } catch (err) {
      for (const item of items) outcomes.set(item.index, writeFailure(item.graph, err));
      stored = new Map();
      items.length = 0;
    }
    let run = new Run(this.transactionRows);
    const flush = async (): Promise<void> => {
      if (run.items.length === 0) return;
      for (const [index, outcome] of await this.writeRun(run.items)) outcomes.set(index, outcome);
      run = new Run(this.transactionRows);
    };
    const seen = new Set<string>();
    for (const item of items) {
      const { documentId, checksum } = item.plan;
      const again = seen.has(documentId);
      seen.add(documentId);
      if (!again && stored.get(documentId) === checksum) {
        outcomes.set(item.index, unchangedResult(documentId));
      } else if (!again && !stored.has(documentId)) {
        if (!run.accepts(item.plan)) await flush();
        run.add(item);
      } else {
        await flush();
        outcomes.set(item.index, await this.writeAlone(item));
      }
    }
    await flush();
    const out = graphs.map((graph, index) => outcomes.get(index) ?? writeFailure(graph, 'not written'));
    this.logger?.debug(
      { documents: graphs.length, failed: out.filter((o) => o.status === 'failed').length, ms: Date.now() - started },
      'neo4j: wrote documents',
    );
    return out;
  }

  /** `writeOne` in a transaction of its own, its error as the document's outcome. */
  private async writeAlone(item: RunItem): Promise<WriteOutcome> {
    try {
      return await this.write('writeDocument', (tx) => this.writeOne(tx, item.plan));
    } catch (err) {
      return writeFailure(item.graph, err);
    }
  }

  /**
   * A run of new documents in one transaction; if it fails, each document alone, which isolates the failure and gives
   * its precise error (unless Neo4j is unreachable, or a run of one timed out: that would only fail again).
   */
  private async writeRun(items: readonly RunItem[]): Promise<[number, WriteOutcome][]> {
    const started = Date.now();
    try {
      const results = await this.write('writeDocuments', (tx) =>
        this.writeNew(
          tx,
          items.map((item) => item.plan),
        ),
      );
      this.logger?.debug({ documents: items.length, ms: Date.now() - started }, 'neo4j: wrote a batch of documents');
      return items.map((item, i) => [item.index, results[i] ?? writeFailure(item.graph, 'no result')]);
    } catch (err) {
      const final =
        err instanceof StoreError &&
        (err.code === 'STORE_UNAVAILABLE' || (err.code === 'STORE_TIMEOUT' && items.length === 1));
      if (final) return items.map((item) => [item.index, writeFailure(item.graph, err)]);
      this.logger?.debug(
        { err, documents: items.length },
        'neo4j: a batch of documents was rolled back; writing them one by one',
      );
      const out: [number, WriteOutcome][] = [];
      for (const item of items) out.push([item.index, await this.writeAlone(item)]);
      return out;
    }
  }

  /** Stored checksums (decoded) of the documents that are stored, by id. */
  private async readChecksums(documentIds: readonly string[]): Promise<ReadonlyMap<string, unknown>> {
    if (documentIds.length === 0) return new Map();
    return this.read('writeDocuments', async (tx) => {
      const [result] = await pipeline<{ id: string; checksum: unknown }>(tx, [
        { query: READ_CHECKSUMS, params: { ids: [...new Set(documentIds)] } },
      ]);
      return new Map((result?.records ?? []).map((r) => [r.get('id'), decodeValue(r.get('checksum'))]));
    });
  }

  /**
   * One document: read its stored checksum (skip when unchanged), then, in one pipelined group (the server runs its
   * statements in order), take out the old contribution, merge the nodes, merge the edges. Then check what they
   * returned: a rejected graph throws, and the transaction rolls back whole. Three waits for the server in all
   * (checksum, the group, commit), four when shared nodes need new search text.
   */
  private async writeOne(tx: ManagedTransaction, plan: WritePlan): Promise<WriteResult> {
    const existing = await this.readManifest(tx, plan.documentId);
    if (existing && existing.checksum === plan.checksum) return unchangedResult(plan.documentId);
    // What the new graph contributes again is left in place, so that merging it can tell what changed.
    const keep = { nodes: new Set(plan.nodes.keys()), edges: new Set(plan.edges.map((e) => e.id)) };
    const removal = existing ? this.removalStatements(existing.manifest, keep) : [];
    // What the document contributed before and contributes again counts it among its sources already.
    const before = {
      nodes: new Set(existing?.manifest.nodeIds),
      edges: new Set(existing?.manifest.edgeIds),
    };
    const nodes = batched(
      plan.rows,
      this.batchSize,
      (r) => r.type,
      (type, batch) => ({
        query: MERGE_NODES[type],
        params: { rows: batch.map((r) => ({ ...r.row, kept: before.nodes.has(r.row.id) })) },
      }),
    );
    const edges = batched(
      plan.edges,
      this.batchSize,
      (e) => e.type,
      (type, batch) => ({
        query: MERGE_EDGES[type],
        params: {
          rows: batch.map((e) => ({
            id: e.id,
            from: e.from,
            to: e.to,
            props: e.props,
            keys: e.keys,
            kept: before.edges.has(e.id),
          })),
        },
      }),
    );
    const results = await pipeline(tx, [...removal, ...nodes, ...edges]);
    const removed = removalCounts(results.slice(0, removal.length));
    const merged = await this.checkNodes(tx, plan, results.slice(removal.length, removal.length + nodes.length));
    const relationshipsCreated = await this.checkEdges(tx, plan, results.slice(removal.length + nodes.length));
    return {
      document: plan.documentId,
      status: existing ? 'updated' : 'created',
      nodesCreated: merged.created,
      nodesUpdated: merged.updated,
      nodesRemoved: removed.nodes,
      relationshipsCreated,
      relationshipsRemoved: removed.relationships,
    };
  }

  /**
   * Documents not stored yet (a `Run`), in one pipelined group: shared nodes merged once each with what every
   * document gives them, own nodes created, edges merged once each. The counts of each document are then worked out
   * as if the documents had been written one after the other (see `tallyBatch`). Anything unexpected (a node stored
   * under another type, a missing edge end, a constraint) throws, and the caller writes the documents one by one.
   */
  private async writeNew(tx: ManagedTransaction, plans: readonly WritePlan[]): Promise<WriteResult[]> {
    const batch = planBatch(plans);
    const shared = batched(
      batch.shared,
      this.batchSize,
      (r) => r.type,
      (type, rows) => ({ query: MERGE_SHARED[type], params: { rows: rows.map((r) => r.row) } }),
    );
    const owned = batched(
      batch.owned,
      this.batchSize,
      (r) => r.type,
      (type, rows) => ({
        query: createOwnedStatement(type, keysOf(rows.map((r) => r.row.props))),
        params: { rows: rows.map((r) => r.row) },
      }),
    );
    const edgeTypes: RelType[] = [];
    const edges = batched(
      batch.edges,
      this.batchSize,
      (e) => `${e.fresh ? 'create' : 'merge'} ${e.type}`,
      (key, rows) => {
        const [how, type] = key.split(' ') as ['create' | 'merge', RelType];
        edgeTypes.push(type);
        if (how === 'merge') return { query: MERGE_EDGES_BATCH[type], params: { rows: rows.map((e) => e.row) } };
        return {
          query: createEdgesStatement(type, keysOf(rows.map((e) => e.row.props))),
          params: { rows: rows.map((e) => e.row) },
        };
      },
    );
    const results = await pipeline(tx, [...shared, ...owned, ...edges]);
    const before = new Map<string, StoredShared>();
    for (const record of results.slice(0, shared.length).flatMap((r) => r.records)) {
      const row = record.toObject() as { id: string; typed: boolean; old: Record<string, unknown> | null };
      const type = batch.types.get(row.id);
      if (!row.typed || !type) throw writeFailed('a batch', `node ${row.id} is stored under another type`);
      if (row.old) before.set(row.id, { node: decodeNode([type], row.old), props: row.old });
    }
    let merged = 0;
    const existed = new Set<string>();
    results.slice(shared.length + owned.length).forEach((result, i) => {
      for (const record of result.records) {
        merged += Number(plainSortValue(record.get('merged')));
        for (const id of record.get('existed') as string[]) existed.add(edgeKey({ type: edgeTypes[i] ?? '', id }));
      }
    });
    if (merged !== batch.edges.length) throw writeFailed('a batch', 'an edge points at a node that is not stored');
    const tally = tallyBatch(batch, before, existed);
    await pipeline(
      tx,
      chunks(tally.derived, this.batchSize).map((rows) => ({ query: SET_DERIVED, params: { rows } })),
    );
    return tally.results;
  }

  private async readManifest(
    tx: ManagedTransaction,
    documentId: string,
  ): Promise<{ checksum: unknown; manifest: Manifest } | null> {
    const result = await tx.run<{ checksum: unknown; nodeIds: unknown; edgeIds: unknown; edgeTypes: unknown }>(
      'MATCH (d:Document {id: $doc}) RETURN d.checksum AS checksum, d.contrib_node_ids AS nodeIds, ' +
        'd.contrib_edge_ids AS edgeIds, d.contrib_edge_types AS edgeTypes',
      { doc: documentId },
    );
    const row = result.records[0]?.toObject();
    if (!row) return null;
    const [nodeIds, edgeIds, edgeTypes] = [idList(row.nodeIds), idList(row.edgeIds), idList(row.edgeTypes)];
    if (!nodeIds || !edgeIds || !edgeTypes || edgeIds.length !== edgeTypes.length) {
      throw writeFailed(
        documentId,
        `its Document node in Neo4j at ${this.uri} has no valid record of what the document contributed ` +
          '(contrib_node_ids, contrib_edge_ids, contrib_edge_types: lists of ids, the last two of one length), so ' +
          'its old version cannot be replaced; it was not written by this store. Delete that Document node and ' +
          'the nodes of the document, or load into an empty database.',
      );
    }
    return { checksum: decodeValue(row.checksum), manifest: { nodeIds, edgeIds, edgeTypes } };
  }

  async removeDocument(documentId: string): Promise<WriteResult> {
    const result = await this.write('removeDocument', async (tx) => {
      const existing = await this.readManifest(tx, documentId);
      if (!existing) return unchangedResult(documentId);
      const statements = this.removalStatements(existing.manifest, null);
      const removal = removalCounts(await pipeline(tx, statements));
      return {
        document: documentId,
        status: 'updated' as const,
        nodesCreated: 0,
        nodesUpdated: 0,
        nodesRemoved: removal.nodes,
        relationshipsCreated: 0,
        relationshipsRemoved: removal.relationships,
      };
    });
    this.logger?.debug({ ...result }, 'neo4j: removed document');
    return result;
  }

  /**
   * Statements that take a document out of what it contributed, except what it contributes again (`keep`): those
   * edges and nodes lose it as a source, and the ones left with no source are deleted (nodes with whatever still
   * points at them).
   */
  private removalStatements(
    manifest: Manifest,
    keep: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null,
  ): Statement[] {
    const edges = manifest.edgeIds.map((id, i) => ({ id, type: manifest.edgeTypes[i] ?? '' }));
    const nodeIds = manifest.nodeIds;
    const dropEdges = edges.filter((e) => REL_TYPE_SET.has(e.type) && !keep?.edges.has(e.id));
    const dropNodes = nodeIds.filter((id) => !keep?.nodes.has(id));
    return [
      ...batched(
        dropEdges,
        this.batchSize,
        (e) => e.type as RelType,
        (type, batch) => ({
          query: REMOVE_EDGES[type],
          params: { ids: batch.map((e) => e.id) },
        }),
      ),
      ...chunks(dropNodes, this.batchSize).map((batch) => ({
        query: REMOVE_NODES,
        params: { ids: batch },
      })),
    ];
  }

  /**
   * Reads what merging a document's nodes returned; counts those created, and those already stored whose model
   * properties changed. Rejects (so the transaction rolls back) a node stored under another type and another
   * document's own node. Shared nodes whose merged values call for other search text or lookup keys get them.
   */
  private async checkNodes(
    tx: ManagedTransaction,
    plan: WritePlan,
    results: readonly QueryResult[],
  ): Promise<{ created: number; updated: number }> {
    let created = 0;
    let updated = 0;
    const derivedUpdates: { id: string; derived: DerivedProps }[] = [];
    for (const record of results.flatMap((r) => r.records)) {
      const row = record.toObject() as {
        id: string;
        created: boolean;
        changed: boolean;
        typed: boolean;
        foreign: boolean;
        node: Node | null;
      };
      if (!row.typed) {
        const stored = await tx.run<{ labels: string[] }>(`MATCH (n:${NODE} {id: $id}) RETURN labels(n) AS labels`, {
          id: row.id,
        });
        const type = nodeTypeOf(stored.records[0]?.get('labels') ?? []);
        const expected = plan.nodes.get(row.id)?.type;
        throw writeFailed(plan.documentId, `node ${row.id} is a ${expected} here but a ${type} in the store`);
      }
      if (row.foreign) throw writeFailed(plan.documentId, `node ${row.id} belongs to another document`);
      if (row.created) created++;
      else if (row.changed) updated++;
      if (row.node) {
        // A shared node's search text and lookup keys follow its merged properties, not this document's.
        const derived = derivedProps(storedNode(row.node));
        if (derivedChanged(derived, row.node.properties)) derivedUpdates.push({ id: row.id, derived });
      }
    }
    await pipeline(
      tx,
      chunks(derivedUpdates, this.batchSize).map((rows) => ({ query: SET_DERIVED, params: { rows } })),
    );
    return { created, updated };
  }

  /**
   * Reads what merging a document's edges returned, and returns how many were created. An edge whose end is neither
   * in the graph nor in the store matches nothing; the count tells, and the write is rejected (rolled back) naming
   * the missing node.
   */
  private async checkEdges(tx: ManagedTransaction, plan: WritePlan, results: readonly QueryResult[]): Promise<number> {
    let merged = 0;
    let created = 0;
    for (const result of results) {
      for (const record of result.records) merged += Number(plainSortValue(record.get('merged')));
      created += result.summary.counters.updates().relationshipsCreated;
    }
    if (merged !== plan.edges.length) {
      const missing = await tx.run<{ id: string }>(
        `UNWIND $ids AS id OPTIONAL MATCH (n:${NODE} {id: id}) WITH id, n WHERE n IS NULL RETURN id LIMIT 1`,
        { ids: plan.externalIds },
      );
      const id = missing.records[0]?.get('id') ?? '?';
      const edge = plan.edges.find((e) => e.from === id || e.to === id);
      throw writeFailed(
        plan.documentId,
        `edge ${edge?.id ?? '?'} points at ${id}, which is neither in the document nor in the store`,
      );
    }
    return created;
  }

  async clear(): Promise<void> {
    // Batches keep each transaction's memory bounded; only this store's nodes (label Node) are deleted.
    for (;;) {
      const deleted = await this.write('clear', async (tx) => {
        const result = await tx.run<{ deleted: unknown }>(
          `MATCH (n:${NODE}) WITH n LIMIT $batch DETACH DELETE n RETURN count(*) AS deleted`,
          { batch: int(this.batchSize) },
        );
        return Number(plainSortValue(result.records[0]?.get('deleted') ?? 0));
      });
      if (deleted === 0) return;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const wake of [...this.waits]) wake();
    this.releaseNoDelay();
    if (this.closeDriver) await this.driver.close();
  }

  // ---- reads -------------------------------------------------------------------------------------------------

  async documentChecksum(documentId: string): Promise<string | null> {
    return this.readStatement<{ checksum: unknown }, string | null>(
      'documentChecksum',
      'MATCH (d:Document {id: $id}) RETURN d.checksum AS checksum',
      { id: documentId },
      (result) => {
        const value = result.records[0]?.get('checksum');
        return typeof value === 'string' ? value : null;
      },
    );
  }

  async getNodes(ids: readonly string[]): Promise<readonly (GraphNode | null)[]> {
    if (ids.length === 0) return [];
    const found = await this.readStatement(
      'getNodes',
      `UNWIND $ids AS id MATCH (n:${NODE} {id: id}) RETURN ${NODE_ROW('n')} AS row`,
      { ids: [...new Set(ids)] },
      (result: QueryResult<{ row: unknown }>) =>
        new Map(result.records.map((r) => toNode(r.get('row'))).map((n) => [n.id, n])),
    );
    return ids.map((id) => found.get(id) ?? null);
  }

  async findByKey(key: NaturalKey): Promise<GraphNode | null> {
    const params: Record<string, unknown> = {};
    const match = keyMatch(key, 'n', params);
    return this.readStatement(
      'findByKey',
      `${match} WITH n ORDER BY n.id LIMIT 1 RETURN ${NODE_ROW('n')} AS row`,
      params,
      (result: QueryResult<{ row: unknown }>) => {
        const record = result.records[0];
        return record ? toNode(record.get('row')) : null;
      },
    );
  }

  async list(query: ListQuery): Promise<Page<GraphNode>> {
    const { match, page: pageOf, params, first, sort, descending } = listQuery(query);
    params.limit = int(first + 1);
    return this.read('list', async (tx) => {
      // Both at once (pipelined): one wait for the server.
      const [total, page] = await Promise.all([
        tx.run<{ total: unknown }>(`${match} RETURN count(n) AS total`, params),
        tx.run<{ row: unknown; v: unknown }>(`${match} ${pageOf} RETURN ${NODE_ROW('n')} AS row, v`, params),
      ]);
      const records = page.records.slice(0, first);
      const items = records.map((r) => toNode(r.get('row')));
      const last = records[records.length - 1];
      const lastItem = items[items.length - 1];
      return {
        items,
        totalCount: Number(plainSortValue(total.records[0]?.get('total') ?? 0)),
        endCursor:
          last && lastItem
            ? encodeCursor({ s: sort, d: descending, v: plainSortValue(last.get('v')), id: lastItem.id })
            : null,
        hasNextPage: page.records.length > first,
      };
    });
  }

  async expand(query: ExpandQuery): Promise<ReadonlyMap<string, readonly Neighbour[]>> {
    const types = query.types ? query.types.map((t) => cypherRelType(t, 'STORE_INVALID_QUERY')) : null;
    const nodeTypes = query.nodeTypes ?? null;
    nodeTypes?.forEach((t) => cypherLabel(t, 'STORE_INVALID_QUERY'));
    const ids = [...new Set(query.ids)];
    const out = new Map<string, Neighbour[]>(ids.map((id) => [id, []]));
    // An empty list of types allows none (as in the in-memory store).
    if (ids.length === 0 || types?.length === 0 || nodeTypes?.length === 0) return out;
    const rel = `[r${types ? `:${types.join('|')}` : ''}]`;
    const pattern =
      query.direction === 'out'
        ? `(n)-${rel}->(m:${NODE})`
        : query.direction === 'in'
          ? `(n)<-${rel}-(m:${NODE})`
          : `(n)-${rel}-(m:${NODE})`;
    const rows = await this.readStatement(
      'expand',
      [
        'UNWIND $ids AS id',
        `MATCH (n:${NODE} {id: id})`,
        `MATCH ${pattern}`,
        'WHERE $nodeTypes IS NULL OR any(l IN labels(m) WHERE l IN $nodeTypes)',
        `RETURN id, ${EDGE_ROW('r')} AS e, ${NODE_ROW('m')} AS m`,
      ].join('\n'),
      { ids, nodeTypes },
      // No side effect here: a managed transaction may run it again.
      (result: QueryResult<{ id: string; e: unknown; m: unknown }>) =>
        result.records.map((record) => {
          const { id, e, m } = record.toObject();
          const edge = toEdge(e);
          return { id, neighbour: { edge, node: toNode(m), direction: edge.from === id ? 'out' : 'in' } as const };
        }),
    );
    for (const { id, neighbour } of rows) out.get(id)?.push(neighbour);
    for (const list of out.values()) {
      list.sort((a, b) => byId(a.edge, b.edge) || (a.direction < b.direction ? -1 : a.direction > b.direction ? 1 : 0));
    }
    return out;
  }

  async traverse(query: TraverseQuery): Promise<readonly StepResult[]> {
    // One statement per start, all sent at once in one transaction: one round trip for the whole tree.
    const statements = query.starts.map((start) => {
      // The start nodes, bound to `n` with their `id` (and sort value `v` for a page): by id, the one findByKey
      // would find, or a page of a list (in its order: the result's keys come in it).
      if ('list' in start) {
        const { match, page, params, first, descending } = listQuery(start.list);
        params.limit = int(first);
        const expression = stepExpression(start.step, 'n', 1, params, start.list.type, START);
        const query =
          `${match} ${page} WITH n.id AS id, n, v WITH id, v, ${expression} AS value ` +
          `RETURN id, value ORDER BY v ${descending ? 'DESC' : 'ASC'}, id ASC`;
        return { ids: null, step: start.step, type: start.list.type, query, params };
      }
      const params: Record<string, unknown> = {};
      let from: string;
      let ids: string[] | null = null;
      // The start nodes' type, when the MATCH names it (a list's or a key's label).
      let type: NodeType | null = null;
      if ('ids' in start) {
        ids = [...new Set(start.ids)];
        params.ids = ids;
        from = `UNWIND $ids AS id MATCH (n:${NODE} {id: id})`;
      } else {
        from = `${keyMatch(start.key, 'n', params)} WITH n ORDER BY n.id LIMIT 1 WITH n.id AS id, n`;
        type = start.key.type;
      }
      const expression = this.expressionOf(start.step, type, params);
      const query = `${from} WITH id, ${expression} AS value RETURN id, value`;
      return { ids, step: start.step, type, query, params };
    });
    const live = statements.filter((s) => s.ids === null || s.ids.length > 0);
    const [only] = live;
    const results = await (live.length === 0
      ? Promise.resolve([])
      : live.length === 1 && only
        ? this.readStatement('traverse', only.query, only.params, (r: QueryResult<{ id: string; value: unknown }>) => [
            r,
          ])
        : this.read('traverse', (tx) =>
            Promise.all(live.map((s) => tx.run<{ id: string; value: unknown }>(s.query, s.params))),
          ));
    const byStatement = new Map(
      live.map((s, i) => [s, new Map((results[i]?.records ?? []).map((r) => [r.get('id'), r.get('value')]))]),
    );
    try {
      return statements.map((s) => {
        const values = byStatement.get(s) ?? new Map<string, unknown>();
        return decodeStep(s.step, s.ids ?? [...values.keys()], values, s.type, START, new Map());
      });
    } catch (err) {
      throw this.fail(err, 'traverse', false);
    }
  }

  /**
   * The expression of a start's step tree (see {@link stepExpression}) from `n` of node type `type`, its parameters
   * added to `params`. Kept per tree (by its content) and type: the API sends the same trees again and again (one per
   * field of an operation), and building one cost about 40 µs for question 02's five levels, as much as decoding its
   * answer. `params` must hold none of the names stepExpression gives its own (`x0`, `x1`, …): a natural key's and an
   * id list's do not (a list's do: its starts build their expression each time).
   */
  private expressionOf(step: Step, type: NodeType | null, params: Params): string {
    const key = `${type ?? '*'} ${JSON.stringify(step, tellNonFinite)}`;
    let built = this.expressions.get(key);
    if (!built) {
      const own: Params = {};
      built = { expression: stepExpression(step, 'n', 1, own, type, START), params: own };
      // Bounded: trees come from operations, and the values of their filters from requests.
      if (this.expressions.size >= MAX_EXPRESSIONS) this.expressions.clear();
      this.expressions.set(key, built);
    }
    Object.assign(params, built.params);
    return built.expression;
  }

  async search(query: SearchQuery): Promise<readonly SearchHit[]> {
    const first = nonNegativeInt(query.first, 'first');
    const terms = searchTerms(query.text);
    if (first === 0 || terms.length === 0) return [];
    const languages = query.languages ?? null;
    for (const language of languages ?? []) {
      if (!LANGUAGE_SET.has(language)) {
        throw new StoreError('STORE_INVALID_QUERY', `Unknown language ${JSON.stringify(language)}.`);
      }
    }
    if (languages?.length === 0) return [];
    const rows = await this.read('search', async (tx) => {
      const run = async (operator: 'AND' | 'OR') => {
        const result = await tx.run<{ node: unknown; score: number }>(
          [
            'CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score',
            'WHERE $languages IS NULL OR node.search_language IN $languages',
            'WITH node, score ORDER BY score DESC, node.id LIMIT $first',
            `RETURN ${NODE_ROW('node')} AS node, score`,
          ].join('\n'),
          { index: this.searchIndex, query: luceneQuery(terms, operator), languages, first: int(first) },
        );
        return result.records.map((r) => r.toObject());
      };
      // Every word if some text has them all, else any of them (as the in-memory store does).
      const all = await run('AND');
      return all.length > 0 || terms.length === 1 ? all : run('OR');
    });
    // The snippet marks the whole query where the text has it as typed, else the longest word it has.
    const candidates = [
      foldForSearch(query.text),
      ...[...new Set([...terms, ...tokenize(query.text)])].sort((a, b) => b.length - a.length),
    ];
    return rows.map(({ node, score }) => {
      const decoded = toNode(node);
      const text = searchSource(decoded) ?? '';
      const folded = foldForSearch(text);
      const best = candidates.find((t) => t.length > 0 && folded.includes(t));
      return { node: decoded, score, snippet: makeSnippet(text, best ? [best] : []) };
    });
  }

  async shortestPaths(query: { from: string; to: string; maxLength: number; limit: number }): Promise<readonly Path[]> {
    const limit = nonNegativeInt(query.limit, 'limit');
    const maxLength = Math.min(nonNegativeInt(query.maxLength, 'maxLength'), MAX_PATH_LENGTH);
    if (limit === 0) return [];
    if (query.from === query.to) {
      const [node] = await this.getNodes([query.from]);
      return node ? [{ nodes: [node], edges: [] }] : [];
    }
    if (maxLength === 0) return [];
    return this.read('shortestPaths', async (tx) => {
      const result = await tx.run<{ nodes: unknown[]; edges: unknown[] }>(
        [
          `MATCH (a:${NODE} {id: $from}), (b:${NODE} {id: $to})`,
          `MATCH p = allShortestPaths((a)-[*..${maxLength}]-(b))`,
          `WITH p ORDER BY [x IN nodes(p) | x.id], [r IN relationships(p) | r.id] LIMIT $limit`,
          `RETURN [x IN nodes(p) | ${NODE_ROW('x')}] AS nodes, [r IN relationships(p) | ${EDGE_ROW('r')}] AS edges`,
        ].join('\n'),
        { from: query.from, to: query.to, limit: int(limit) },
      );
      return result.records.map((r) => ({ nodes: r.get('nodes').map(toNode), edges: r.get('edges').map(toEdge) }));
    });
  }

  async neighborhood(query: { id: string; depth: number; limit: number }): Promise<Subgraph> {
    const depth = Math.min(nonNegativeInt(query.depth, 'depth'), MAX_DEPTH);
    const limit = nonNegativeInt(query.limit, 'limit');
    return this.read('neighborhood', async (tx) => {
      const start = await tx.run<{ row: unknown }>(`MATCH (n:${NODE} {id: $id}) RETURN ${NODE_ROW('n')} AS row`, {
        id: query.id,
      });
      const startNode = start.records[0]?.get('row');
      if (!startNode || limit === 0) return { nodes: [], edges: [], truncated: Boolean(startNode) };
      // Breadth-first, one query per hop: every node is reached at its distance, and nearer nodes come first.
      const nodes: GraphNode[] = [toNode(startNode)];
      const seen = new Set<string>([query.id]);
      let frontier = [query.id];
      let truncated = false;
      for (let hop = 1; hop <= depth && frontier.length > 0 && !truncated; hop++) {
        const room = limit - nodes.length;
        const next = await tx.run<{ row: unknown }>(
          [
            'UNWIND $frontier AS fid',
            `MATCH (:${NODE} {id: fid})--(m:${NODE})`,
            'WITH DISTINCT m WHERE NOT m.id IN $seen',
            `WITH m ORDER BY m.id LIMIT $take`,
            `RETURN ${NODE_ROW('m')} AS row`,
          ].join('\n'),
          { frontier, seen: [...seen], take: int(room + 1) },
        );
        const found = next.records.map((r) => toNode(r.get('row')));
        if (found.length > room) truncated = true;
        const kept = found.slice(0, room);
        for (const n of kept) seen.add(n.id);
        nodes.push(...kept);
        frontier = kept.map((n) => n.id);
      }
      const ids = nodes.map((n) => n.id);
      const edges = await tx.run<{ e: unknown }>(
        [
          'UNWIND $ids AS id',
          `MATCH (a:${NODE} {id: id})-[r]->(b:${NODE})`,
          'WHERE b.id IN $ids',
          `WITH r ORDER BY r.id`,
          `RETURN ${EDGE_ROW('r')} AS e`,
        ].join('\n'),
        { ids },
      );
      return { nodes, edges: edges.records.map((r) => toEdge(r.get('e'))), truncated };
    });
  }

  async counts(): Promise<Counts> {
    const parts = [
      ...NODE_TYPES.map(
        (t, i) =>
          `MATCH (n:${cypherLabel(t, 'STORE_INVALID_QUERY')}) RETURN 'node' AS kind, $n${i} AS type, count(n) AS count`,
      ),
      ...REL_TYPES.map(
        (t, i) =>
          `MATCH ()-[r:${cypherRelType(t, 'STORE_INVALID_QUERY')}]->() RETURN 'rel' AS kind, $r${i} AS type, ` +
          'count(r) AS count',
      ),
    ];
    const params: Record<string, string> = {};
    NODE_TYPES.forEach((t, i) => (params[`n${i}`] = t));
    REL_TYPES.forEach((t, i) => (params[`r${i}`] = t));
    const rows = await this.read('counts', async (tx) => {
      const result = await tx.run<{ kind: string; type: string; count: unknown }>(parts.join('\nUNION ALL\n'), params);
      return result.records.map((r) => r.toObject());
    });
    const count = (kind: string, type: string): number =>
      Number(plainSortValue(rows.find((r) => r.kind === kind && r.type === type)?.count ?? 0));
    return {
      nodes: NODE_TYPES.map((type) => ({ type, count: count('node', type) })).filter((c) => c.count > 0),
      relationships: REL_TYPES.map((type) => ({ type, count: count('rel', type) })).filter((c) => c.count > 0),
    };
  }

  async contentHash(): Promise<string> {
    return graphContentHash(await this.dump());
  }

  async dump(): Promise<{ nodes: readonly GraphNode[]; edges: readonly GraphEdge[] }> {
    return this.read('dump', async (tx) => {
      const nodes = await tx.run<{ row: unknown }>(
        `MATCH (n:${NODE}) WITH n ORDER BY n.id RETURN ${NODE_ROW('n')} AS row`,
      );
      const edges = await tx.run<{ e: unknown }>(
        `MATCH (:${NODE})-[r]->(:${NODE}) WITH r ORDER BY r.id RETURN ${EDGE_ROW('r')} AS e`,
      );
      return {
        nodes: nodes.records.map((r) => toNode(r.get('row'))),
        edges: edges.records.map((r) => toEdge(r.get('e'))),
      };
    });
  }
}
