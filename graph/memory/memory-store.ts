/**
 * The embedded in-memory adapter of the `GraphStore` port (see graph/store.ts for the semantics both adapters share).
 *
 * Layout: nodes and edges by id, each with the set of documents that contributed it (`sources`); adjacency sets per
 * node in both directions; nodes by type; natural keys; per-document records of what each document contributed, so
 * that replacing a document touches only its own nodes and edges; and a MiniSearch full-text index kept up to date on
 * every write.
 *
 * Writes are planned first and applied second. Planning reads the current state and builds every change on the side
 * (validating the document graph on the way); only a plan that validated is applied, and applying is plain map
 * bookkeeping that does not throw. So a rejected document leaves the store exactly as it was.
 *
 * Everything the store hands out is deeply frozen, and lists are fresh arrays: callers cannot change the store
 * through a returned object.
 */
import { createHash } from 'node:crypto';
import MiniSearch from 'minisearch';
import { NODE_TYPES, REL_TYPES, UnreachableCaseError, isSharedNode } from '../model';
import type { DocumentGraph, GraphEdge, GraphNode, Language, NodeType, RelType } from '../model';
import { StoreError, writeFailure } from '../store';
import type {
  Counts,
  ExpandQuery,
  GraphStore,
  ListQuery,
  NaturalKey,
  Neighbour,
  Page,
  Path,
  SearchHit,
  SearchQuery,
  StepResult,
  Subgraph,
  TraverseQuery,
  WriteOutcome,
  WriteResult,
} from '../store';
import { foldForSearch, makeSnippet, tokenize } from '../text';
import { matchesFilter, propertyOf, traverseWith } from '../traverse';

/** Options of the in-memory store. */
export interface MemoryStoreOptions {
  /** Characters of context on each side of the match in search snippets (default 60). */
  readonly snippetRadius?: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Records and sources

/** The documents that contributed a node or an edge: one id (the common case, kept as a string) or several. */
type Sources = string | Set<string>;

interface NodeRecord {
  node: GraphNode;
  sources: Sources;
}

interface EdgeRecord {
  edge: GraphEdge;
  sources: Sources;
}

/** What one stored document contributed. */
interface DocumentRecord {
  readonly checksum: string;
  readonly nodeIds: readonly string[];
  readonly edgeIds: readonly string[];
}

function hasSource(sources: Sources, documentId: string): boolean {
  return typeof sources === 'string' ? sources === documentId : sources.has(documentId);
}

/** Whether `documentId` is the only source, so that taking it away leaves none. */
function isOnlySource(sources: Sources, documentId: string): boolean {
  return typeof sources === 'string' ? sources === documentId : sources.size === 1 && sources.has(documentId);
}

/*
 * Sources change in place, and only while a plan is applied (never while one is made: a plan that fails must leave
 * the store as it was). A hub such as a study group or an organization that thousands of documents name has
 * thousands of sources; copying the set on each write made loading quadratic in the number of documents.
 */

/** The sources with `documentId` added: the same set (changed in place) or a new value. */
function addSource(sources: Sources, documentId: string): Sources {
  if (typeof sources === 'string') return sources === documentId ? sources : new Set([sources, documentId]);
  sources.add(documentId);
  return sources;
}

/** The sources without `documentId` (never none: plans delete what only `documentId` supports). */
function removeSource(sources: Sources, documentId: string): Sources {
  if (typeof sources === 'string') return sources;
  sources.delete(documentId);
  // Back to a plain string when one is left: most records have one source, and a string is much smaller than a set.
  if (sources.size === 1) return sources.values().next().value as string;
  return sources;
}

// ---------------------------------------------------------------------------------------------------------------
// Plain-data helpers

/**
 * A deep copy of plain data, frozen all the way down, with object keys in sorted order. Every object the store keeps
 * is built this way (or by `mergeShared`, which keeps the order), so that `JSON.stringify` of it is canonical.
 */
function frozenCopy<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return Object.freeze(value.map((v: unknown) => frozenCopy(v))) as T;
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(record).sort()) if (record[k] !== undefined) out[k] = frozenCopy(record[k]);
  return Object.freeze(out) as T;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const ka = Object.keys(ra).filter((k) => ra[k] !== undefined);
  const kb = Object.keys(rb).filter((k) => rb[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => deepEqual(ra[k], rb[k]));
}

/** Code-unit order, as Neo4j orders strings; never locale-dependent. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function invalidQuery(message: string): StoreError {
  return new StoreError('STORE_INVALID_QUERY', message);
}

function writeFailed(documentId: string, message: string): StoreError {
  return new StoreError('STORE_WRITE_FAILED', `Cannot write ${documentId}: ${message}`);
}

function requireCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) throw invalidQuery(`${name} must be a non-negative integer, got ${value}`);
}

/**
 * Shared-node merge (graph/store.ts): a non-null value from a defining document overwrites; any other value only
 * fills a property that is missing or null. A null never erases a value, so the outcome does not depend on the order
 * in which a defining and a citing document arrive.
 */
function mergeShared(base: GraphNode, incoming: GraphNode, defining: boolean): GraphNode {
  const merged: Record<string, unknown> = { ...base };
  let added = false;
  for (const [key, value] of Object.entries(incoming)) {
    if (key === 'id' || key === 'type' || value === undefined) continue;
    const current = merged[key];
    added ||= current === undefined;
    if (value === null) {
      if (current === undefined) merged[key] = null;
    } else if (defining || current === null || current === undefined) {
      merged[key] = value;
    }
  }
  // Both inputs are frozen copies (sorted keys, frozen values); only a new key can break the order.
  return (added ? frozenCopy(merged) : Object.freeze(merged)) as unknown as GraphNode;
}

// ---------------------------------------------------------------------------------------------------------------
// Natural keys

/** The lookup string of a natural key. Organization acronyms compare case-insensitively. */
function naturalKeyString(key: NaturalKey): string {
  switch (key.type) {
    case 'Resolution':
      return `Resolution\u0000${key.body}\u0000${key.number}`;
    case 'Version':
      return `Version\u0000${key.body}\u0000${key.number}\u0000${key.year}`;
    case 'StudyGroup':
      return `StudyGroup\u0000${key.sector}\u0000${key.number}`;
    case 'Organization':
      return `Organization\u0000${key.acronym.trim().toLowerCase()}`;
    case 'Question':
      return `Question\u0000${key.sector}\u0000${key.code}`;
    default:
      throw new UnreachableCaseError(key);
  }
}

function naturalKeyOf(node: GraphNode): string | null {
  switch (node.type) {
    case 'Resolution':
      return naturalKeyString({ type: 'Resolution', body: node.body, number: node.number });
    case 'Version':
      return naturalKeyString({ type: 'Version', body: node.body, number: node.number, year: node.year });
    case 'StudyGroup':
      return naturalKeyString({ type: 'StudyGroup', sector: node.sector, number: node.number });
    case 'Organization':
      return node.acronym ? naturalKeyString({ type: 'Organization', acronym: node.acronym }) : null;
    case 'Question':
      return node.code ? naturalKeyString({ type: 'Question', sector: node.sector, code: node.code }) : null;
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Full-text search

/** Properties indexed as the "name" of a node that is not a Clause. */
const NAME_PROPERTIES = ['name', 'title', 'acronym', 'label'] as const;

interface SearchDocument {
  readonly id: string;
  readonly text: string;
  readonly name: string;
}

/** What the index holds for a node: a Clause's text, the names and titles of anything else; null if nothing. */
function searchDocumentOf(node: GraphNode): SearchDocument | null {
  if (node.type === 'Clause') return node.text.trim() ? { id: node.id, text: node.text, name: '' } : null;
  if (node.type === 'Instruction') return null; // its words are those of its clauses, which are indexed
  const names: string[] = [];
  for (const p of NAME_PROPERTIES) {
    const v = propertyOf(node, p);
    if (typeof v === 'string' && v.trim() && !names.includes(v)) names.push(v);
  }
  return names.length > 0 ? { id: node.id, text: '', name: names.join(' · ') } : null;
}

function sameSearchDocument(a: SearchDocument | null, b: SearchDocument | null): boolean {
  return a === b || (a !== null && b !== null && a.text === b.text && a.name === b.name);
}

const identity = (term: string): string => term;

function newSearchIndex(): MiniSearch<SearchDocument> {
  return new MiniSearch<SearchDocument>({
    fields: ['text', 'name'],
    idField: 'id',
    // graph/text.ts folds case, width and hyphens and splits Chinese; its tokens need no further processing.
    tokenize: (text) => tokenize(text),
    processTerm: identity,
    searchOptions: { tokenize: (text) => tokenize(text), processTerm: identity, prefix: false, fuzzy: false },
  });
}

// ---------------------------------------------------------------------------------------------------------------
// List: sorting and cursors

type SortValue = string | number | boolean | null;

interface SortKey {
  readonly value: SortValue;
  readonly id: string;
}

interface CursorPayload {
  readonly p: string | null;
  readonly d: boolean;
  readonly v: SortValue;
  readonly id: string;
}

function sortValueOf(node: GraphNode, property: string | null): SortValue {
  if (property === null) return null;
  const v = propertyOf(node, property);
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null;
}

/** Neo4j's ORDER BY order across types (strings, booleans, numbers), with null last. */
function sortRank(value: SortValue): number {
  if (value === null) return 3;
  if (typeof value === 'string') return 0;
  if (typeof value === 'boolean') return 1;
  return 2;
}

function compareSortValues(a: SortValue, b: SortValue): number {
  const ra = sortRank(a);
  const rb = sortRank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === 'string' && typeof b === 'string') return compareStrings(a, b);
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return 0;
}

/** Sort by the value (descending if asked, which puts nulls first as Neo4j does), then by id ascending. */
function sortKeyComparator(descending: boolean): (a: SortKey, b: SortKey) => number {
  return (a, b) => {
    const byValue = compareSortValues(a.value, b.value);
    if (byValue !== 0) return descending ? -byValue : byValue;
    return compareStrings(a.id, b.id);
  };
}

function encodeCursor(payload: CursorPayload): string {
  return Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string, property: string | null, descending: boolean): SortKey {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch (cause) {
    throw new StoreError('STORE_INVALID_QUERY', 'Malformed cursor', { cause });
  }
  const c = parsed as Partial<CursorPayload> | null;
  const valueOk =
    c !== null &&
    typeof c === 'object' &&
    (c.v === null || typeof c.v === 'string' || typeof c.v === 'number' || typeof c.v === 'boolean');
  if (!valueOk || typeof c.id !== 'string' || c.p !== property || c.d !== descending || c.v === undefined) {
    throw invalidQuery('Malformed cursor, or a cursor from a query with another sort order');
  }
  return { value: c.v, id: c.id };
}

/**
 * The `k` smallest items in order, in O(n log k) with a bounded max-heap: a page of a list over a million clauses
 * should not sort them all.
 */
function smallest<T>(items: Iterable<T>, k: number, compare: (a: T, b: T) => number): T[] {
  const heap: T[] = [];
  if (k <= 0) return heap;
  const at = (i: number): T => heap[i] as T;
  const swap = (i: number, j: number): void => {
    const t = at(i);
    heap[i] = at(j);
    heap[j] = t;
  };
  for (const item of items) {
    if (heap.length < k) {
      heap.push(item);
      for (let i = heap.length - 1; i > 0;) {
        const parent = (i - 1) >> 1;
        if (compare(at(i), at(parent)) <= 0) break;
        swap(i, parent);
        i = parent;
      }
    } else if (compare(item, at(0)) < 0) {
      heap[0] = item;
      for (let i = 0; ;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let largest = i;
        if (left < k && compare(at(left), at(largest)) > 0) largest = left;
        if (right < k && compare(at(right), at(largest)) > 0) largest = right;
        if (largest === i) break;
        swap(i, largest);
        i = largest;
      }
    }
  }
  return heap.sort(compare);
}

// ---------------------------------------------------------------------------------------------------------------
// Write plans

/** Every change a write makes, computed before anything is changed. */
interface WritePlan {
  readonly documentId: string;
  /** The document's new record, or null when the document goes away. */
  readonly record: DocumentRecord | null;
  /** Nodes to delete (with every edge still attached to them). */
  readonly nodeDeletes: readonly string[];
  /** Surviving nodes that only lose this document as a source. */
  readonly nodeSourceRemovals: readonly string[];
  /** Nodes to store, with their final value; each keeps its other sources and gains this document. */
  readonly nodePuts: ReadonlyMap<string, GraphNode>;
  readonly edgeDeletes: readonly string[];
  readonly edgeSourceRemovals: readonly string[];
  readonly edgePuts: ReadonlyMap<string, GraphEdge>;
  readonly result: WriteResult;
}

const NODE_TYPE_SET: ReadonlySet<string> = new Set(NODE_TYPES);
const REL_TYPE_SET: ReadonlySet<string> = new Set(REL_TYPES);

// ---------------------------------------------------------------------------------------------------------------
// Path search helpers

interface Step {
  readonly node: string;
  readonly edge: EdgeRecord;
}

/** One side of a bidirectional breadth-first search. */
interface SearchSide {
  readonly dist: Map<string, number>;
  /** For each reached node, the steps one hop closer to this side's root. */
  readonly preds: Map<string, Step[]>;
  frontier: string[];
  depth: number;
}

function compareSteps(a: Step, b: Step): number {
  return compareStrings(a.node, b.node) || compareStrings(a.edge.edge.id, b.edge.edge.id);
}

function otherEnd(record: EdgeRecord, id: string): string {
  return record.edge.from === id ? record.edge.to : record.edge.from;
}

// ---------------------------------------------------------------------------------------------------------------
// The store

const EMPTY_EDGES: ReadonlySet<EdgeRecord> = new Set();

class MemoryGraphStore implements GraphStore {
  readonly kind = 'memory' as const;

  private readonly snippetRadius: number;
  private nodes = new Map<string, NodeRecord>();
  private edges = new Map<string, EdgeRecord>();
  private outgoing = new Map<string, Set<EdgeRecord>>();
  private incoming = new Map<string, Set<EdgeRecord>>();
  private byType = new Map<NodeType, Set<string>>();
  private edgeCounts = new Map<RelType, number>();
  private keys = new Map<string, Set<string>>();
  private documents = new Map<string, DocumentRecord>();
  private index = newSearchIndex();
  /** Cached `contentHash`, dropped by every change. */
  private hash: string | null = null;

  constructor(options: MemoryStoreOptions) {
    this.snippetRadius = options.snippetRadius ?? 60;
  }

  async init(): Promise<void> {}

  async writeDocument(graph: DocumentGraph): Promise<WriteResult> {
    const documentId = graph.document.id;
    const stored = this.documents.get(documentId);
    if (stored && stored.checksum === graph.document.checksum) return unchangedResult(documentId);
    const plan = this.plan(documentId, graph);
    this.apply(plan);
    return plan.result;
  }

  /**
   * One document after the other: each write is planned then applied, so a document that fails leaves the store as
   * it was and the next one proceeds.
   */
  async writeDocuments(graphs: readonly DocumentGraph[]): Promise<readonly WriteOutcome[]> {
    const outcomes: WriteOutcome[] = [];
    for (const graph of graphs) {
      try {
        outcomes.push(await this.writeDocument(graph));
      } catch (err) {
        outcomes.push(writeFailure(graph, err));
      }
    }
    return outcomes;
  }

  async removeDocument(documentId: string): Promise<WriteResult> {
    if (!this.documents.has(documentId)) return unchangedResult(documentId);
    const plan = this.plan(documentId, null);
    this.apply(plan);
    return plan.result;
  }

  async documentChecksum(documentId: string): Promise<string | null> {
    return this.documents.get(documentId)?.checksum ?? null;
  }

  async getNodes(ids: readonly string[]): Promise<readonly (GraphNode | null)[]> {
    return Object.freeze(ids.map((id) => this.nodes.get(id)?.node ?? null));
  }

  async findByKey(key: NaturalKey): Promise<GraphNode | null> {
    const found = this.keys.get(naturalKeyString(key));
    if (!found || found.size === 0) return null;
    // Several organizations may share an acronym: answer the first by id, deterministically.
    const id = [...found].sort(compareStrings)[0] as string;
    return this.nodes.get(id)?.node ?? null;
  }

  async list(query: ListQuery): Promise<Page<GraphNode>> {
    requireCount('first', query.first);
    const property = query.sort?.property ?? null;
    const descending = query.sort?.descending ?? false;
    const compare = sortKeyComparator(descending);
    const after = query.after ? decodeCursor(query.after, property, descending) : null;

    const where = query.where ?? [];
    const matches: GraphNode[] = [];
    for (const id of this.listCandidates(query)) {
      const node = this.nodes.get(id)?.node;
      if (node && node.type === query.type && where.every((f) => matchesFilter(node, f))) matches.push(node);
    }

    const keyed = function* (): Generator<SortKey & { node: GraphNode }> {
      for (const node of matches) {
        const key = { value: sortValueOf(node, property), id: node.id, node };
        if (!after || compare(key, after) > 0) yield key;
      }
    };
    const page = smallest(keyed(), query.first + 1, compare);
    const items = page.slice(0, query.first);
    const last = items[items.length - 1];
    return Object.freeze({
      items: Object.freeze(items.map((k) => k.node)),
      totalCount: matches.length,
      endCursor: last ? encodeCursor({ p: property, d: descending, v: last.value, id: last.id }) : null,
      hasNextPage: page.length > query.first,
    });
  }

  async expand(query: ExpandQuery): Promise<ReadonlyMap<string, readonly Neighbour[]>> {
    const types = query.types ? new Set<string>(query.types) : null;
    const nodeTypes = query.nodeTypes ? new Set<string>(query.nodeTypes) : null;
    const result = new Map<string, readonly Neighbour[]>();
    for (const id of query.ids) {
      if (result.has(id)) continue;
      const found: Neighbour[] = [];
      const collect = (records: ReadonlySet<EdgeRecord>, direction: 'out' | 'in'): void => {
        for (const { edge } of records) {
          if (types && !types.has(edge.type)) continue;
          const node = this.nodes.get(direction === 'out' ? edge.to : edge.from)?.node;
          if (!node || (nodeTypes && !nodeTypes.has(node.type))) continue;
          found.push(Object.freeze({ edge, node, direction }));
        }
      };
      if (query.direction !== 'in') collect(this.outgoing.get(id) ?? EMPTY_EDGES, 'out');
      if (query.direction !== 'out') collect(this.incoming.get(id) ?? EMPTY_EDGES, 'in');
      found.sort((a, b) => compareStrings(a.edge.id, b.edge.id) || compareStrings(a.direction, b.direction));
      result.set(id, Object.freeze(found));
    }
    return result;
  }

  async traverse(query: TraverseQuery): Promise<readonly StepResult[]> {
    return traverseWith(this, query);
  }

  async search(query: SearchQuery): Promise<readonly SearchHit[]> {
    requireCount('first', query.first);
    const folded = foldForSearch(query.text);
    const terms = tokenize(query.text);
    if (terms.length === 0 || query.first === 0) return Object.freeze([]);
    const languages = query.languages ? new Set<Language>(query.languages) : null;
    const filter = languages
      ? (r: { id: string }) => {
          const lang = this.languageOf(r.id);
          return lang !== null && languages.has(lang);
        }
      : undefined;
    let results = this.index.search(query.text, { combineWith: 'AND', filter });
    if (results.length === 0 && terms.length > 1) {
      results = this.index.search(query.text, { combineWith: 'OR', filter });
    }
    const best = smallest(results, query.first, (a, b) => b.score - a.score || compareStrings(a.id, b.id));

    const hits: SearchHit[] = [];
    for (const r of best) {
      const node = this.nodes.get(r.id)?.node;
      const doc = node ? searchDocumentOf(node) : null;
      if (!node || !doc) continue;
      const snippet = this.snippet(doc.text || doc.name, [folded, ...r.terms]);
      hits.push(Object.freeze({ node, score: r.score, snippet }));
    }
    return Object.freeze(hits);
  }

  async shortestPaths(query: { from: string; to: string; maxLength: number; limit: number }): Promise<readonly Path[]> {
    requireCount('maxLength', query.maxLength);
    requireCount('limit', query.limit);
    const { from, to, maxLength, limit } = query;
    const fromNode = this.nodes.get(from)?.node;
    if (!fromNode || !this.nodes.has(to) || limit === 0) return Object.freeze([]);
    if (from === to) {
      return Object.freeze([Object.freeze({ nodes: Object.freeze([fromNode]), edges: Object.freeze([]) })]);
    }

    // Bidirectional breadth-first search, one whole level at a time from the cheaper side. The first level on which
    // the two sides meet gives the length L = depthF + depthB; every shortest path then crosses the meeting layer
    // (distance depthF from `from`, depthB from `to`) exactly once.
    const side = (root: string): SearchSide => ({
      dist: new Map([[root, 0]]),
      preds: new Map(),
      frontier: [root],
      depth: 0,
    });
    const f = side(from);
    const b = side(to);
    let meeting: string[] = [];
    while (f.depth + b.depth < maxLength && f.frontier.length > 0 && b.frontier.length > 0) {
      const [near, far] = this.frontierCost(f) <= this.frontierCost(b) ? [f, b] : [b, f];
      this.expandLevel(near);
      meeting = near.frontier.filter((id) => far.dist.has(id));
      if (meeting.length > 0) break;
    }
    if (meeting.length === 0) return Object.freeze([]);
    return Object.freeze(this.enumeratePaths({ f, b, meeting, from, to, limit }));
  }

  async neighborhood(query: { id: string; depth: number; limit: number }): Promise<Subgraph> {
    requireCount('depth', query.depth);
    requireCount('limit', query.limit);
    // An unknown node has no neighbourhood; a limit of 0 cuts even the node itself.
    if (!this.nodes.has(query.id) || query.limit === 0) {
      return Object.freeze({
        nodes: Object.freeze([]),
        edges: Object.freeze([]),
        truncated: query.limit === 0 && this.nodes.has(query.id),
      });
    }

    const result = [query.id];
    const seen = new Set(result);
    let frontier = result.slice();
    let truncated = false;
    for (let d = 1; d <= query.depth; d++) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const record of this.adjacent(id)) {
          const other = otherEnd(record, id);
          if (!seen.has(other)) {
            seen.add(other);
            next.push(other);
          }
        }
      }
      if (next.length === 0) break;
      const room = query.limit - result.length;
      if (next.length > room) {
        truncated = true;
        result.push(...next.sort(compareStrings).slice(0, room));
        break;
      }
      result.push(...next.sort(compareStrings));
      frontier = next;
    }

    const inResult = new Set(result);
    const edges: GraphEdge[] = [];
    for (const id of result) {
      for (const { edge } of this.outgoing.get(id) ?? EMPTY_EDGES) if (inResult.has(edge.to)) edges.push(edge);
    }
    edges.sort((a, b) => compareStrings(a.id, b.id));
    const nodes = result.map((id) => (this.nodes.get(id) as NodeRecord).node);
    return Object.freeze({ nodes: Object.freeze(nodes), edges: Object.freeze(edges), truncated });
  }

  async counts(): Promise<Counts> {
    const nodes = NODE_TYPES.map((type) => ({ type, count: this.byType.get(type)?.size ?? 0 }))
      .filter((c) => c.count > 0)
      .map((c) => Object.freeze(c));
    const relationships = REL_TYPES.map((type) => ({ type, count: this.edgeCounts.get(type) ?? 0 }))
      .filter((c) => c.count > 0)
      .map((c) => Object.freeze(c));
    return Object.freeze({ nodes: Object.freeze(nodes), relationships: Object.freeze(relationships) });
  }

  async contentHash(): Promise<string> {
    if (this.hash === null) {
      const hash = createHash('sha256');
      hash.update('nodes\n');
      // Default sort: UTF-16 code-unit order, as compareStrings. Stored objects have sorted keys (frozenCopy), so
      // JSON.stringify is canonical.
      for (const id of [...this.nodes.keys()].sort()) {
        hash.update(JSON.stringify((this.nodes.get(id) as NodeRecord).node));
        hash.update('\n');
      }
      hash.update('edges\n');
      for (const id of [...this.edges.keys()].sort()) {
        hash.update(JSON.stringify((this.edges.get(id) as EdgeRecord).edge));
        hash.update('\n');
      }
      this.hash = hash.digest('hex');
    }
    return this.hash;
  }

  async dump(): Promise<{ nodes: readonly GraphNode[]; edges: readonly GraphEdge[] }> {
    const nodes = [...this.nodes.values()].map((r) => r.node).sort((a, b) => compareStrings(a.id, b.id));
    const edges = [...this.edges.values()].map((r) => r.edge).sort((a, b) => compareStrings(a.id, b.id));
    return { nodes: Object.freeze(nodes), edges: Object.freeze(edges) };
  }

  async clear(): Promise<void> {
    this.nodes = new Map();
    this.edges = new Map();
    this.outgoing = new Map();
    this.incoming = new Map();
    this.byType = new Map();
    this.edgeCounts = new Map();
    this.keys = new Map();
    this.documents = new Map();
    this.index = newSearchIndex();
    this.hash = null;
  }

  async close(): Promise<void> {
    // Let a background vacuum of the search index finish, so that no timer outlives the store.
    if (this.index.isVacuuming) await this.index.vacuum();
  }

  // -------------------------------------------------------------------------------------------------------------
  // Writing: plan, then apply

  /**
   * Everything writing `graph` (or removing the document, when `graph` is null) changes, checked against the current
   * state. Reads only; throws a STORE_WRITE_FAILED StoreError if the graph is not acceptable.
   */
  private plan(documentId: string, graph: DocumentGraph | null): WritePlan {
    const stored = this.documents.get(documentId);

    // 1. Take away what the document contributed before, on the side: for each node and edge it was a source of,
    //    whether it was the only source (then the node or edge goes, unless the new graph has it again).
    const nodeDropped = new Map<string, boolean>();
    const edgeDropped = new Map<string, boolean>();
    for (const id of stored?.nodeIds ?? []) {
      const record = this.nodes.get(id);
      if (record && hasSource(record.sources, documentId)) {
        nodeDropped.set(id, isOnlySource(record.sources, documentId));
      }
    }
    for (const id of stored?.edgeIds ?? []) {
      const record = this.edges.get(id);
      if (record && hasSource(record.sources, documentId)) {
        edgeDropped.set(id, isOnlySource(record.sources, documentId));
      }
    }
    const aliveAfterRemoval = (id: string): NodeRecord | null => {
      const record = this.nodes.get(id);
      if (!record) return null;
      return nodeDropped.get(id) === true ? null : record;
    };

    // 2. Merge the new graph. Whatever is put keeps its other sources and gains this document (when applied).
    const nodePuts = new Map<string, GraphNode>();
    const edgePuts = new Map<string, GraphEdge>();
    if (graph) {
      const { nodes, edges } = validatedGraph(graph);
      const defines = new Set(graph.defines);
      for (const node of nodes.values()) {
        const record = aliveAfterRemoval(node.id);
        if (record && record.node.type !== node.type) {
          throw writeFailed(
            documentId,
            `node ${node.id} is a ${node.type} here but a ${record.node.type} in the store`,
          );
        }
        if (!isSharedNode(node)) {
          if (record) throw writeFailed(documentId, `node ${node.id} belongs to another document`);
          nodePuts.set(node.id, node);
        } else if (record) {
          nodePuts.set(node.id, mergeShared(record.node, node, defines.has(node.id)));
        } else {
          nodePuts.set(node.id, node);
        }
      }
      for (const edge of edges.values()) {
        for (const end of [edge.from, edge.to]) {
          if (!nodes.has(end) && !aliveAfterRemoval(end)) {
            throw writeFailed(
              documentId,
              `edge ${edge.id} points at ${end}, which is neither in the document nor in the store`,
            );
          }
        }
        edgePuts.set(edge.id, edge);
      }
    }

    // 3. Nodes left without a source go, with every edge attached to them (whoever contributed the edge).
    const nodeDeletes: string[] = [];
    const nodeSourceRemovals: string[] = [];
    for (const [id, orphaned] of nodeDropped) {
      if (nodePuts.has(id)) continue;
      (orphaned ? nodeDeletes : nodeSourceRemovals).push(id);
    }
    for (const id of nodeDeletes) {
      for (const records of [this.outgoing.get(id), this.incoming.get(id)]) {
        for (const record of records ?? EMPTY_EDGES) edgeDropped.set(record.edge.id, true);
      }
    }
    const edgeDeletes: string[] = [];
    const edgeSourceRemovals: string[] = [];
    for (const [id, orphaned] of edgeDropped) {
      if (edgePuts.has(id)) continue;
      (orphaned ? edgeDeletes : edgeSourceRemovals).push(id);
    }

    // 4. Count the net effect against the current state.
    let nodesCreated = 0;
    let nodesUpdated = 0;
    for (const [id, node] of nodePuts) {
      const before = this.nodes.get(id);
      if (!before) nodesCreated++;
      else if (!deepEqual(before.node, node)) nodesUpdated++;
    }
    let relationshipsCreated = 0;
    for (const id of edgePuts.keys()) if (!this.edges.has(id)) relationshipsCreated++;

    const checksum = graph?.document.checksum;
    return {
      documentId,
      record:
        graph && checksum !== undefined
          ? { checksum, nodeIds: [...nodePuts.keys()], edgeIds: [...edgePuts.keys()] }
          : null,
      nodeDeletes,
      nodeSourceRemovals,
      nodePuts,
      edgeDeletes,
      edgeSourceRemovals,
      edgePuts,
      result: Object.freeze({
        document: documentId,
        status: graph ? (stored ? 'updated' : 'created') : 'updated',
        nodesCreated,
        nodesUpdated,
        nodesRemoved: nodeDeletes.length,
        relationshipsCreated,
        relationshipsRemoved: edgeDeletes.length,
      }),
    };
  }

  /** Applies a validated plan: bookkeeping only, in time proportional to the plan (not to any node's degree). */
  private apply(plan: WritePlan): void {
    const { documentId } = plan;
    this.hash = null;
    for (const id of plan.edgeDeletes) this.deleteEdge(id);
    for (const id of plan.edgeSourceRemovals) {
      const record = this.edges.get(id) as EdgeRecord;
      record.sources = removeSource(record.sources, documentId);
    }
    for (const id of plan.nodeDeletes) this.deleteNode(id);
    for (const id of plan.nodeSourceRemovals) {
      const record = this.nodes.get(id) as NodeRecord;
      record.sources = removeSource(record.sources, documentId);
    }
    for (const node of plan.nodePuts.values()) this.putNode(node, documentId);
    for (const edge of plan.edgePuts.values()) this.putEdge(edge, documentId);
    if (plan.record) this.documents.set(plan.documentId, plan.record);
    else this.documents.delete(plan.documentId);
  }

  /** Stores `node` with `documentId` among its sources. */
  private putNode(node: GraphNode, documentId: string): void {
    const record = this.nodes.get(node.id);
    if (!record) {
      this.nodes.set(node.id, { node, sources: documentId });
      this.typeSet(node.type).add(node.id);
      this.indexKey(node, true);
      const doc = searchDocumentOf(node);
      if (doc) this.index.add(doc);
      return;
    }
    const before = record.node;
    record.sources = addSource(record.sources, documentId);
    if (before === node) return;
    record.node = node;
    const keyBefore = naturalKeyOf(before);
    if (keyBefore !== naturalKeyOf(node)) {
      this.indexKey(before, false);
      this.indexKey(node, true);
    }
    const docBefore = searchDocumentOf(before);
    const doc = searchDocumentOf(node);
    if (!sameSearchDocument(docBefore, doc)) {
      if (this.index.has(node.id)) this.index.discard(node.id);
      if (doc) this.index.add(doc);
    }
  }

  private deleteNode(id: string): void {
    const record = this.nodes.get(id);
    if (!record) return;
    this.nodes.delete(id);
    this.byType.get(record.node.type)?.delete(id);
    this.indexKey(record.node, false);
    if (this.index.has(id)) this.index.discard(id);
    this.outgoing.delete(id);
    this.incoming.delete(id);
  }

  /** Stores `edge` with `documentId` among its sources. */
  private putEdge(edge: GraphEdge, documentId: string): void {
    const record = this.edges.get(edge.id);
    let sources: Sources = documentId;
    if (record) {
      sources = addSource(record.sources, documentId);
      if (record.edge.from !== edge.from || record.edge.to !== edge.to || record.edge.type !== edge.type) {
        this.deleteEdge(edge.id);
      } else {
        record.edge = edge;
        record.sources = sources;
        return;
      }
    }
    const created: EdgeRecord = { edge, sources };
    this.edges.set(edge.id, created);
    this.adjacencySet(this.outgoing, edge.from).add(created);
    this.adjacencySet(this.incoming, edge.to).add(created);
    this.edgeCounts.set(edge.type, (this.edgeCounts.get(edge.type) ?? 0) + 1);
  }

  private deleteEdge(id: string): void {
    const record = this.edges.get(id);
    if (!record) return;
    this.edges.delete(id);
    this.outgoing.get(record.edge.from)?.delete(record);
    this.incoming.get(record.edge.to)?.delete(record);
    this.edgeCounts.set(record.edge.type, (this.edgeCounts.get(record.edge.type) ?? 1) - 1);
  }

  private typeSet(type: NodeType): Set<string> {
    let set = this.byType.get(type);
    if (!set) {
      set = new Set();
      this.byType.set(type, set);
    }
    return set;
  }

  private adjacencySet(map: Map<string, Set<EdgeRecord>>, id: string): Set<EdgeRecord> {
    let set = map.get(id);
    if (!set) {
      set = new Set();
      map.set(id, set);
    }
    return set;
  }

  private indexKey(node: GraphNode, add: boolean): void {
    const key = naturalKeyOf(node);
    if (key === null) return;
    let set = this.keys.get(key);
    if (add) {
      if (!set) {
        set = new Set();
        this.keys.set(key, set);
      }
      set.add(node.id);
    } else if (set) {
      set.delete(node.id);
      if (set.size === 0) this.keys.delete(key);
    }
  }

  // -------------------------------------------------------------------------------------------------------------
  // Reading helpers

  /** Ids of the nodes a list query may return: all of the type, or only those related as the filters ask. */
  private listCandidates(query: ListQuery): Iterable<string> {
    if (!query.related || query.related.length === 0) return this.byType.get(query.type) ?? [];
    let candidates: Set<string> | null = null;
    for (const rel of query.related) {
      // The node has an edge `rel.direction` to the target: seen from the target, that edge goes the other way.
      const records = (rel.direction === 'out' ? this.incoming : this.outgoing).get(rel.target) ?? EMPTY_EDGES;
      const found = new Set<string>();
      for (const { edge } of records) {
        if (edge.type !== rel.type) continue;
        const id = rel.direction === 'out' ? edge.from : edge.to;
        if (!candidates || candidates.has(id)) found.add(id);
      }
      candidates = found;
      if (candidates.size === 0) break;
    }
    return candidates ?? [];
  }

  private *adjacent(id: string): Generator<EdgeRecord> {
    yield* this.outgoing.get(id) ?? EMPTY_EDGES;
    yield* this.incoming.get(id) ?? EMPTY_EDGES;
  }

  /** A node's language: its own (Document) or its document's (Clause, Instruction); null for everything else. */
  private languageOf(id: string): Language | null {
    const node = this.nodes.get(id)?.node;
    if (!node) return null;
    if (node.type === 'Document') return node.language;
    if (node.type === 'Clause' || node.type === 'Instruction') {
      const document = this.nodes.get(node.document)?.node;
      return document?.type === 'Document' ? document.language : null;
    }
    return null;
  }

  /**
   * The snippet around the best of `terms`: the whole folded query if the text has it as written, else the longest
   * matched term (so that "e" from "e-health" does not highlight the first "e" of the text).
   */
  private snippet(text: string, terms: readonly string[]): string {
    const folded = foldForSearch(text);
    const ordered = [terms[0] ?? '', ...terms.slice(1).sort((a, b) => b.length - a.length)];
    const best = ordered.find((t) => t.length > 0 && folded.includes(t));
    return makeSnippet(text, best ? [best] : [], this.snippetRadius);
  }

  private frontierCost(side: SearchSide): number {
    let cost = 0;
    for (const id of side.frontier) {
      cost += (this.outgoing.get(id)?.size ?? 0) + (this.incoming.get(id)?.size ?? 0);
    }
    return cost;
  }

  private expandLevel(side: SearchSide): void {
    const next: string[] = [];
    const depth = side.depth + 1;
    for (const id of side.frontier) {
      for (const record of this.adjacent(id)) {
        const other = otherEnd(record, id);
        if (other === id) continue;
        const d = side.dist.get(other);
        if (d === undefined) {
          side.dist.set(other, depth);
          side.preds.set(other, [{ node: id, edge: record }]);
          next.push(other);
        } else if (d === depth) {
          side.preds.get(other)?.push({ node: id, edge: record });
        }
      }
    }
    side.frontier = next;
    side.depth = depth;
  }

  /** Up to `limit` shortest paths through the meeting layer, in order of their node ids then edge ids. */
  private enumeratePaths(query: {
    f: SearchSide;
    b: SearchSide;
    meeting: readonly string[];
    from: string;
    to: string;
    limit: number;
  }): Path[] {
    const { f, b, meeting, from, to, limit } = query;
    // Forward steps on the `from` side, restricted to nodes that lead to the meeting layer.
    const onPath = new Set(meeting);
    const queue = [...meeting];
    const forward = new Map<string, Step[]>();
    while (queue.length > 0) {
      const id = queue.pop() as string;
      for (const step of f.preds.get(id) ?? []) {
        let steps = forward.get(step.node);
        if (!steps) {
          steps = [];
          forward.set(step.node, steps);
        }
        steps.push({ node: id, edge: step.edge });
        if (!onPath.has(step.node)) {
          onPath.add(step.node);
          queue.push(step.node);
        }
      }
    }
    for (const steps of forward.values()) steps.sort(compareSteps);
    const backwardSorted = new Map<string, Step[]>();
    const towardsTo = (id: string): Step[] => {
      let steps = backwardSorted.get(id);
      if (!steps) {
        steps = (b.preds.get(id) ?? []).slice().sort(compareSteps);
        backwardSorted.set(id, steps);
      }
      return steps;
    };

    const length = f.depth + b.depth;
    const paths: Path[] = [];
    const nodeIds: string[] = [];
    const edges: GraphEdge[] = [];
    const walk = (id: string): void => {
      nodeIds.push(id);
      if (nodeIds.length === length + 1) {
        if (id === to) {
          const nodes = nodeIds.map((n) => (this.nodes.get(n) as NodeRecord).node);
          paths.push(Object.freeze({ nodes: Object.freeze(nodes), edges: Object.freeze(edges.slice()) }));
        }
      } else {
        const steps = nodeIds.length - 1 < f.depth ? (forward.get(id) ?? []) : towardsTo(id);
        for (const step of steps) {
          edges.push(step.edge.edge);
          walk(step.node);
          edges.pop();
          if (paths.length >= limit) break;
        }
      }
      nodeIds.pop();
    };
    walk(from);
    return paths;
  }
}

/** The document graph's nodes and edges by id, deep-copied and frozen; throws on anything the store cannot take. */
function validatedGraph(graph: DocumentGraph): { nodes: Map<string, GraphNode>; edges: Map<string, GraphEdge> } {
  const documentId = graph.document.id;
  if (graph.document.type !== 'Document') throw writeFailed(documentId, 'graph.document is not a Document node');
  if (typeof graph.document.checksum !== 'string') throw writeFailed(documentId, 'the document has no checksum');
  const nodes = new Map<string, GraphNode>();
  for (const node of [graph.document, ...graph.nodes]) {
    if (typeof node.id !== 'string' || node.id === '') throw writeFailed(documentId, 'a node has no id');
    if (!NODE_TYPE_SET.has(node.type)) throw writeFailed(documentId, `node ${node.id} has unknown type ${node.type}`);
    const seen = nodes.get(node.id);
    if (seen) {
      if (!deepEqual(seen, node)) throw writeFailed(documentId, `two different nodes have the id ${node.id}`);
      continue;
    }
    if (node.type === 'Document' && node.id !== documentId) {
      throw writeFailed(documentId, `it contains another Document node (${node.id})`);
    }
    if ((node.type === 'Clause' || node.type === 'Instruction') && node.document !== documentId) {
      throw writeFailed(documentId, `${node.type} ${node.id} belongs to document ${node.document}`);
    }
    nodes.set(node.id, frozenCopy(node));
  }
  const edges = new Map<string, GraphEdge>();
  for (const edge of graph.edges) {
    if (typeof edge.id !== 'string' || edge.id === '') throw writeFailed(documentId, 'an edge has no id');
    if (!REL_TYPE_SET.has(edge.type)) throw writeFailed(documentId, `edge ${edge.id} has unknown type ${edge.type}`);
    const seen = edges.get(edge.id);
    if (seen) {
      if (!deepEqual(seen, edge)) throw writeFailed(documentId, `two different edges have the id ${edge.id}`);
      continue;
    }
    edges.set(edge.id, frozenCopy(edge));
  }
  return { nodes, edges };
}

function unchangedResult(documentId: string): WriteResult {
  return Object.freeze({
    document: documentId,
    status: 'unchanged',
    nodesCreated: 0,
    nodesUpdated: 0,
    nodesRemoved: 0,
    relationshipsCreated: 0,
    relationshipsRemoved: 0,
  });
}

/** Creates an empty in-memory store. */
export function createMemoryStore(options: MemoryStoreOptions = {}): GraphStore {
  return new MemoryGraphStore(options);
}
