/**
 * The Neo4j adapter of the `GraphStore` port (Neo4j 5.26 and later, Community or Enterprise, single server or
 * cluster). The only module of the project that talks to Neo4j.
 *
 * Shape of the data (see ./codec for how values are stored):
 * - every node carries the generic label `Node` and its model type as a second label; `id` is unique for `Node` and
 *   for every type label, so an id lookup need not know the type;
 * - every edge is a relationship of its model type with a unique `id`;
 * - nodes and relationships carry `sources`, the ids of the documents that contribute them; a Document node also
 *   records what its document contributed (`contrib_*`), so replacing a document finds its old contribution through
 *   index seeks instead of scanning the graph.
 *
 * Every query is parameterised; labels and relationship types are interpolated only after a check against
 * `NODE_TYPES` / `REL_TYPES`. All work goes through `executeRead` / `executeWrite` (so it is routed and retried
 * correctly on a cluster) with one bookmark manager, so that a read after a write sees it.
 */
import { Neo4jError, int, isInt } from 'neo4j-driver';
import type {
  BookmarkManager,
  Driver,
  ManagedTransaction,
  Node,
  QueryResult,
  RecordShape,
  Relationship,
} from 'neo4j-driver';
import { canonicalJson, graphContentHash } from '../content-hash';
import { LANGUAGES, NODE_TYPES, REL_TYPES, UnreachableCaseError, isSharedNode } from '../model';
import type { DocumentGraph, GraphEdge, GraphNode, NodeType, RelType } from '../model';
import { StoreError } from '../store';
import type {
  Counts,
  ExpandQuery,
  GraphStore,
  ListQuery,
  NaturalKey,
  Neighbour,
  Page,
  Path,
  PropertyFilter,
  SearchHit,
  SearchQuery,
  Subgraph,
  WriteResult,
} from '../store';
import { foldForSearch, makeSnippet, tokenize } from '../text';
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
  nodeTypeOf,
  searchSource,
  acronymKey,
} from './codec';
import type { DerivedProps, EncodedEdge, StoredValue } from './codec';

/** The subset of a pino logger the store uses. */
export interface Neo4jStoreLogger {
  debug(obj: object, msg?: string): void;
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
  /** Rows per `UNWIND` batch in writes; default 5 000. */
  readonly batchSize?: number;
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
const DEFAULT_BATCH = 5_000;
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

/** Cypher projection of a relationship with the ids of its end nodes, read back by {@link toEdge}. */
const EDGE = (r: string): string => `{rel: ${r}, from: startNode(${r}).id, to: endNode(${r}).id}`;

interface EdgeRow {
  readonly rel: Relationship;
  readonly from: string;
  readonly to: string;
}

function toEdge(row: EdgeRow): GraphEdge {
  if (!REL_TYPE_SET.has(row.rel.type)) {
    throw new StoreError('STORE_INVALID_QUERY', `The database holds a relationship of unknown type ${row.rel.type}.`);
  }
  return decodeEdge({ type: row.rel.type as RelType, from: row.from, to: row.to, properties: row.rel.properties });
}

function toNode(node: Node): GraphNode {
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

interface Manifest {
  readonly nodeIds: readonly string[] | null;
  readonly edgeIds: readonly string[] | null;
  readonly edgeTypes: readonly string[] | null;
}

/** What removing a document's old contribution deleted. */
interface Removal {
  readonly nodes: number;
  /** The document's own relationships, and those of other documents that pointed at deleted nodes. */
  readonly relationships: number;
}

const NO_REMOVAL: Removal = { nodes: 0, relationships: 0 };

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
  /** Non-null model properties (and, on the Document, what the document contributes: `contrib_*`). */
  readonly props: Record<string, StoredValue>;
  readonly keys: string[];
  /** Search text, language, lookup keys: set on owned nodes, and on shared nodes when they are created. */
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
        props.contrib_node_ids = [...nodes.keys()];
        props.contrib_edge_ids = encodedEdges.map((e) => e.id);
        props.contrib_edge_types = encodedEdges.map((e) => e.type);
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
    'SET n.sources = CASE WHEN $doc IN coalesce(old.sources, []) THEN old.sources',
    '                     ELSE coalesce(old.sources, []) + $doc END',
    'WITH n, old, old.prop_keys IS NULL AS created',
    `RETURN n.id AS id, created, ${CHANGED} AS changed, n:${label} AS typed,`,
    owned
      ? '  NOT created AND NOT $doc IN coalesce(old.sources, []) AS foreign, null AS node'
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
    '    r.sources = CASE WHEN $doc IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + $doc END',
    'RETURN count(r) AS merged',
  ].join('\n');
});

/** Takes a document out of a batch of its old edges of one type; deletes those left unsupported. */
const REMOVE_EDGES = statements(REL_TYPES, (type) =>
  [
    WRITE_PREFIX,
    'UNWIND $ids AS eid',
    `MATCH ()-[r:${cypherRelType(type, 'STORE_WRITE_FAILED')} {id: eid}]->()`,
    'SET r.sources = [s IN coalesce(r.sources, []) WHERE s <> $doc]',
    'WITH r WHERE size(r.sources) = 0',
    'DELETE r',
  ].join('\n'),
);

/** Takes a document out of a batch of its old nodes; deletes those left unsupported, with what points at them. */
const REMOVE_NODES = [
  WRITE_PREFIX,
  'UNWIND $ids AS nid',
  `MATCH (n:${NODE} {id: nid})`,
  'SET n.sources = [s IN coalesce(n.sources, []) WHERE s <> $doc]',
  'WITH n WHERE size(n.sources) = 0',
  'DETACH DELETE n',
].join('\n');

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

/**
 * Runs statements in order in one transaction, sending each without waiting for the previous result (pipelining).
 * Over Bolt every wait costs a round trip, and a message larger than the driver's 1400-byte chunks costs a
 * delayed-ACK stall (about 40 ms: Nagle's algorithm is on for the driver's sockets), so waiting once per group of
 * statements instead of once per statement makes a document write several times faster.
 */
function pipeline<T extends RecordShape>(
  tx: ManagedTransaction,
  list: readonly Statement[],
): Promise<QueryResult<T>[]> {
  return Promise.all(list.map((s) => tx.run<T>(s.query, s.params)));
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

function filterCondition(f: PropertyFilter, i: number, type: NodeType, params: Record<string, unknown>): string {
  if (INTERNAL_SET.has(f.property)) {
    throw new StoreError('STORE_INVALID_QUERY', `Cannot filter on ${JSON.stringify(f.property)}.`);
  }
  // `type` is the label, not a stored property.
  const prop = f.property === 'type' ? `$type${i}` : `n[$p${i}]`;
  if (f.property === 'type') params[`type${i}`] = type;
  else params[`p${i}`] = f.property;
  if ('eq' in f) {
    params[`v${i}`] = encodeScalar(f.eq);
    return `${prop} = $v${i}`;
  }
  if ('in' in f) {
    params[`v${i}`] = f.in.map(encodeScalar);
    return `${prop} IN $v${i}`;
  }
  const parts: string[] = [];
  if (f.gte !== undefined && f.gte !== null) {
    params[`lo${i}`] = encodeScalar(f.gte);
    parts.push(`${prop} >= $lo${i}`);
  }
  if (f.lte !== undefined && f.lte !== null) {
    params[`hi${i}`] = encodeScalar(f.lte);
    parts.push(`${prop} <= $hi${i}`);
  }
  return parts.length > 0 ? parts.join(' AND ') : 'true';
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
  private readonly batchSize: number;
  private closed = false;
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
    this.batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH);
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
      return mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } catch (err) {
      throw this.fail(err, op, mode === 'WRITE');
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  private read<T>(op: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.transaction(op, 'READ', work);
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
  }

  // ---- writes ------------------------------------------------------------------------------------------------

  /**
   * One write transaction: read the stored checksum (skip when unchanged), take out the old contribution, merge
   * nodes, then edges. Every check that can fail runs inside the transaction, so a rejected graph rolls back whole.
   * Rows are grouped by label and by relationship type into batched `UNWIND` statements, whose texts are fixed per
   * label or type (planned once); each group of statements is pipelined (see `pipeline`), so a document costs
   * three or four waits for the server, not one per statement.
   */
  async writeDocument(graph: DocumentGraph): Promise<WriteResult> {
    const plan = planWrite(graph);
    const started = Date.now();
    const result = await this.write('writeDocument', async (tx) => {
      const existing = await this.readManifest(tx, plan.documentId);
      if (existing && existing.checksum === plan.checksum) return unchangedResult(plan.documentId);
      // What the new graph contributes again is left in place, so that merging it can tell what changed.
      const keep = { nodes: new Set(plan.nodes.keys()), edges: new Set(plan.edges.map((e) => e.id)) };
      const removal = existing
        ? await this.removeContribution(tx, plan.documentId, existing.manifest, keep)
        : NO_REMOVAL;
      const nodes = await this.mergeNodes(tx, plan);
      const relationshipsCreated = await this.mergeEdges(tx, plan);
      return {
        document: plan.documentId,
        status: existing ? ('updated' as const) : ('created' as const),
        nodesCreated: nodes.created,
        nodesUpdated: nodes.updated,
        nodesRemoved: removal.nodes,
        relationshipsCreated,
        relationshipsRemoved: removal.relationships,
      };
    });
    this.logger?.debug({ ...result, ms: Date.now() - started }, 'neo4j: wrote document');
    return result;
  }

  async removeDocument(documentId: string): Promise<WriteResult> {
    const result = await this.write('removeDocument', async (tx) => {
      const existing = await this.readManifest(tx, documentId);
      if (!existing) return unchangedResult(documentId);
      const removal = await this.removeContribution(tx, documentId, existing.manifest, null);
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

  private async readManifest(
    tx: ManagedTransaction,
    documentId: string,
  ): Promise<{ checksum: unknown; manifest: Manifest } | null> {
    const result = await tx.run<{
      checksum: unknown;
      nodeIds: string[] | null;
      edgeIds: string[] | null;
      edgeTypes: string[] | null;
    }>(
      'MATCH (d:Document {id: $doc}) RETURN d.checksum AS checksum, d.contrib_node_ids AS nodeIds, ' +
        'd.contrib_edge_ids AS edgeIds, d.contrib_edge_types AS edgeTypes',
      { doc: documentId },
    );
    const row = result.records[0]?.toObject();
    if (!row) return null;
    return {
      checksum: decodeValue(row.checksum),
      manifest: { nodeIds: row.nodeIds, edgeIds: row.edgeIds, edgeTypes: row.edgeTypes },
    };
  }

  /**
   * Takes a document out of what it contributed, except what it contributes again (`keep`): those edges and nodes
   * lose it as a source, and the ones left with no source are deleted (nodes with whatever still points at them).
   */
  private async removeContribution(
    tx: ManagedTransaction,
    documentId: string,
    manifest: Manifest,
    keep: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null,
  ): Promise<Removal> {
    let nodeIds = manifest.nodeIds;
    let edges: { id: string; type: string }[];
    if (nodeIds && manifest.edgeIds && manifest.edgeTypes && manifest.edgeIds.length === manifest.edgeTypes.length) {
      const types = manifest.edgeTypes;
      edges = manifest.edgeIds.map((id, i) => ({ id, type: types[i] ?? '' }));
    } else {
      // No manifest (not written by this store): find the contribution by its sources, scanning the graph.
      const n = await tx.run<{ id: string }>(`MATCH (n:${NODE}) WHERE $doc IN n.sources RETURN n.id AS id`, {
        doc: documentId,
      });
      nodeIds = n.records.map((r) => r.get('id'));
      const e = await tx.run<{ id: string; type: string }>(
        'MATCH ()-[r]->() WHERE $doc IN r.sources RETURN r.id AS id, type(r) AS type',
        { doc: documentId },
      );
      edges = e.records.map((r) => r.toObject());
    }
    const dropEdges = edges.filter((e) => REL_TYPE_SET.has(e.type) && !keep?.edges.has(e.id));
    const dropNodes = nodeIds.filter((id) => !keep?.nodes.has(id));
    const results = await pipeline(tx, [
      ...batched(
        dropEdges,
        this.batchSize,
        (e) => e.type as RelType,
        (type, batch) => ({
          query: REMOVE_EDGES[type],
          params: { ids: batch.map((e) => e.id), doc: documentId },
        }),
      ),
      ...chunks(dropNodes, this.batchSize).map((batch) => ({
        query: REMOVE_NODES,
        params: { ids: batch, doc: documentId },
      })),
    ]);
    let nodes = 0;
    let relationships = 0;
    for (const result of results) {
      const counters = result.summary.counters.updates();
      nodes += counters.nodesDeleted;
      relationships += counters.relationshipsDeleted;
    }
    return { nodes, relationships };
  }

  /**
   * Merges the plan's nodes; counts those created, and those already stored whose model properties changed.
   * Rejects (so the transaction rolls back) a node stored under another type and another document's own node.
   */
  private async mergeNodes(tx: ManagedTransaction, plan: WritePlan): Promise<{ created: number; updated: number }> {
    let created = 0;
    let updated = 0;
    const derivedUpdates: { id: string; derived: DerivedProps }[] = [];
    const results = await pipeline<{
      id: string;
      created: boolean;
      changed: boolean;
      typed: boolean;
      foreign: boolean;
      node: Node | null;
    }>(
      tx,
      batched(
        plan.rows,
        this.batchSize,
        (r) => r.type,
        (type, batch) => ({
          query: MERGE_NODES[type],
          params: { rows: batch.map((r) => r.row), doc: plan.documentId },
        }),
      ),
    );
    for (const record of results.flatMap((r) => r.records)) {
      const row = record.toObject();
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
        const derived = derivedProps(toNode(row.node));
        const stored = row.node.properties;
        if (
          derived.search_text !== (stored.search_text ?? null) ||
          derived.acronym_lc !== (stored.acronym_lc ?? null)
        ) {
          derivedUpdates.push({ id: row.id, derived });
        }
      }
    }
    for (const batch of chunks(derivedUpdates, this.batchSize)) {
      await tx.run(`UNWIND $rows AS row MATCH (n:${NODE} {id: row.id}) SET n += row.derived`, { rows: batch });
    }
    return { created, updated };
  }

  /**
   * Merges the plan's edges and returns how many were created. An edge whose end is neither in the graph nor in
   * the store matches nothing; the count tells, and the write is rejected (rolled back) naming the missing node.
   */
  private async mergeEdges(tx: ManagedTransaction, plan: WritePlan): Promise<number> {
    const results = await pipeline<{ merged: unknown }>(
      tx,
      batched(
        plan.edges,
        this.batchSize,
        (e) => e.type,
        (type, batch) => ({
          query: MERGE_EDGES[type],
          params: {
            rows: batch.map((e) => ({ id: e.id, from: e.from, to: e.to, props: e.props, keys: e.keys })),
            doc: plan.documentId,
          },
        }),
      ),
    );
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
    if (this.closeDriver) await this.driver.close();
  }

  // ---- reads -------------------------------------------------------------------------------------------------

  async documentChecksum(documentId: string): Promise<string | null> {
    return this.read('documentChecksum', async (tx) => {
      const result = await tx.run<{ checksum: unknown }>('MATCH (d:Document {id: $id}) RETURN d.checksum AS checksum', {
        id: documentId,
      });
      const value = result.records[0]?.get('checksum');
      return typeof value === 'string' ? value : null;
    });
  }

  async getNodes(ids: readonly string[]): Promise<readonly (GraphNode | null)[]> {
    if (ids.length === 0) return [];
    const found = await this.read('getNodes', async (tx) => {
      const result = await tx.run<{ n: Node }>(`UNWIND $ids AS id MATCH (n:${NODE} {id: id}) RETURN n`, {
        ids: [...new Set(ids)],
      });
      return new Map(result.records.map((r) => toNode(r.get('n'))).map((n) => [n.id, n]));
    });
    return ids.map((id) => found.get(id) ?? null);
  }

  async findByKey(key: NaturalKey): Promise<GraphNode | null> {
    let match: string;
    let params: Record<string, unknown>;
    switch (key.type) {
      case 'Resolution':
        match = 'MATCH (n:Resolution {body: $body, number: $number})';
        params = { body: encodeScalar(key.body), number: encodeScalar(key.number) };
        break;
      case 'Version':
        match = 'MATCH (n:Version {body: $body, number: $number, year: $year})';
        params = { body: encodeScalar(key.body), number: encodeScalar(key.number), year: encodeScalar(key.year) };
        break;
      case 'StudyGroup':
        match = 'MATCH (n:StudyGroup {sector: $sector, number: $number})';
        params = { sector: encodeScalar(key.sector), number: encodeScalar(key.number) };
        break;
      case 'Organization':
        match = 'MATCH (n:Organization {acronym_lc: $acronym})';
        params = { acronym: acronymKey(key.acronym) };
        break;
      case 'Question':
        match = 'MATCH (n:Question {sector: $sector, code: $code})';
        params = { sector: encodeScalar(key.sector), code: encodeScalar(key.code) };
        break;
      default:
        throw new UnreachableCaseError(key);
    }
    return this.read('findByKey', async (tx) => {
      const result = await tx.run<{ n: Node }>(`${match} RETURN n ORDER BY n.id LIMIT 1`, params);
      const record = result.records[0];
      return record ? toNode(record.get('n')) : null;
    });
  }

  async list(query: ListQuery): Promise<Page<GraphNode>> {
    const label = cypherLabel(query.type, 'STORE_INVALID_QUERY');
    const first = nonNegativeInt(query.first, 'first');
    const params: Record<string, unknown> = {};
    const conditions = (query.where ?? []).map((f, i) => filterCondition(f, i, query.type, params));
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
    params.limit = int(first + 1);
    return this.read('list', async (tx) => {
      // Both at once (pipelined): one wait for the server.
      const [total, page] = await Promise.all([
        tx.run<{ total: unknown }>(`MATCH (n:${label}) ${where} RETURN count(n) AS total`, params),
        tx.run<{ n: Node; v: unknown }>(
          [
            `MATCH (n:${label}) ${where}`,
            `WITH n, ${sort === 'id' ? 'n.id' : 'n[$sortProp]'} AS v`,
            after.length > 0 ? `WHERE ${after.join(' AND ')}` : '',
            `RETURN n, v ORDER BY v ${descending ? 'DESC' : 'ASC'}, n.id ASC LIMIT $limit`,
          ].join('\n'),
          params,
        ),
      ]);
      const records = page.records.slice(0, first);
      const last = records[records.length - 1];
      return {
        items: records.map((r) => toNode(r.get('n'))),
        totalCount: Number(plainSortValue(total.records[0]?.get('total') ?? 0)),
        endCursor: last
          ? encodeCursor({ s: sort, d: descending, v: plainSortValue(last.get('v')), id: last.get('n').properties.id })
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
    const rows = await this.read('expand', async (tx) => {
      const result = await tx.run<{ id: string; e: EdgeRow; m: Node }>(
        [
          'UNWIND $ids AS id',
          `MATCH (n:${NODE} {id: id})`,
          `MATCH ${pattern}`,
          'WHERE $nodeTypes IS NULL OR any(l IN labels(m) WHERE l IN $nodeTypes)',
          `RETURN id, ${EDGE('r')} AS e, m`,
        ].join('\n'),
        { ids, nodeTypes },
      );
      return result.records.map((r) => r.toObject());
    });
    for (const { id, e, m } of rows) {
      const edge = toEdge(e);
      out.get(id)?.push({ edge, node: toNode(m), direction: edge.from === id ? 'out' : 'in' });
    }
    for (const list of out.values()) {
      list.sort((a, b) => byId(a.edge, b.edge) || (a.direction < b.direction ? -1 : a.direction > b.direction ? 1 : 0));
    }
    return out;
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
        const result = await tx.run<{ node: Node; score: number }>(
          [
            'CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score',
            'WHERE $languages IS NULL OR node.search_language IN $languages',
            'RETURN node, score ORDER BY score DESC, node.id LIMIT $first',
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
      const result = await tx.run<{ nodes: Node[]; edges: EdgeRow[] }>(
        [
          `MATCH (a:${NODE} {id: $from}), (b:${NODE} {id: $to})`,
          `MATCH p = allShortestPaths((a)-[*..${maxLength}]-(b))`,
          `WITH p ORDER BY [x IN nodes(p) | x.id], [r IN relationships(p) | r.id] LIMIT $limit`,
          `RETURN nodes(p) AS nodes, [r IN relationships(p) | ${EDGE('r')}] AS edges`,
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
      const start = await tx.run<{ n: Node }>(`MATCH (n:${NODE} {id: $id}) RETURN n`, { id: query.id });
      const startNode = start.records[0]?.get('n');
      if (!startNode || limit === 0) return { nodes: [], edges: [], truncated: Boolean(startNode) };
      // Breadth-first, one query per hop: every node is reached at its distance, and nearer nodes come first.
      const nodes: GraphNode[] = [toNode(startNode)];
      const seen = new Set<string>([query.id]);
      let frontier = [query.id];
      let truncated = false;
      for (let hop = 1; hop <= depth && frontier.length > 0 && !truncated; hop++) {
        const room = limit - nodes.length;
        const next = await tx.run<{ m: Node }>(
          [
            'UNWIND $frontier AS fid',
            `MATCH (:${NODE} {id: fid})--(m:${NODE})`,
            'WITH DISTINCT m WHERE NOT m.id IN $seen',
            'RETURN m ORDER BY m.id LIMIT $take',
          ].join('\n'),
          { frontier, seen: [...seen], take: int(room + 1) },
        );
        const found = next.records.map((r) => toNode(r.get('m')));
        if (found.length > room) truncated = true;
        const kept = found.slice(0, room);
        for (const n of kept) seen.add(n.id);
        nodes.push(...kept);
        frontier = kept.map((n) => n.id);
      }
      const ids = nodes.map((n) => n.id);
      const edges = await tx.run<{ e: EdgeRow }>(
        [
          'UNWIND $ids AS id',
          `MATCH (a:${NODE} {id: id})-[r]->(b:${NODE})`,
          'WHERE b.id IN $ids',
          `RETURN ${EDGE('r')} AS e ORDER BY r.id`,
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
      const nodes = await tx.run<{ n: Node }>(`MATCH (n:${NODE}) RETURN n ORDER BY n.id`);
      const edges = await tx.run<{ e: EdgeRow }>(
        `MATCH (:${NODE})-[r]->(:${NODE}) RETURN ${EDGE('r')} AS e ORDER BY r.id`,
      );
      return {
        nodes: nodes.records.map((r) => toNode(r.get('n'))),
        edges: edges.records.map((r) => toEdge(r.get('e'))),
      };
    });
  }
}
