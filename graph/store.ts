/**
 * The `GraphStore` port: everything the API asks of a graph, implemented by the Neo4j adapter (graph/neo4j) and the
 * embedded in-memory adapter (graph/memory). One contract test suite runs against both.
 *
 * Write semantics (both adapters):
 * - `writeDocument` is atomic: a document's nodes and edges are all present or all absent.
 * - A document already stored with the same checksum is skipped ("unchanged").
 * - A changed document replaces what it contributed before: its Document, Clause and Instruction nodes and every
 *   edge it contributed are removed, shared nodes (entities, versions, ...) lose it as a source and are deleted when
 *   no document supports them any more; then the new graph is merged.
 * - Shared nodes are merged by id. A property value from a document that defines the node (`DocumentGraph.defines`)
 *   overwrites; from any other document it only fills a missing (null) value.
 * - `writeDocuments` has the outcome of `writeDocument` called on each graph in turn, in order, except that a
 *   document that cannot be written does not stop the others: it is reported as a {@link WriteFailure} (with the
 *   error `writeDocument` would have thrown) and leaves nothing behind. Each document is still wholly present or
 *   wholly absent; an adapter may write many documents in one transaction, which commits or rolls back whole.
 */
import type { DocumentGraph, GraphEdge, GraphNode, Language, NodeType, RelType } from './model';

export type WriteStatus = 'created' | 'updated' | 'unchanged';

export interface WriteResult {
  readonly document: string;
  readonly status: WriteStatus;
  readonly nodesCreated: number;
  readonly nodesUpdated: number;
  readonly nodesRemoved: number;
  readonly relationshipsCreated: number;
  readonly relationshipsRemoved: number;
}

/** A document of a `writeDocuments` batch that was not written: nothing of it is stored. */
export interface WriteFailure {
  /** The document's id (as far as the graph gives one). */
  readonly document: string;
  readonly status: 'failed';
  /** What `writeDocument` would have thrown for it. */
  readonly error: StoreError;
}

/** The outcome of one document of a `writeDocuments` batch. */
export type WriteOutcome = WriteResult | WriteFailure;

/** Natural keys by which nodes are looked up. */
export type NaturalKey =
  | { readonly type: 'Resolution'; readonly body: string; readonly number: string }
  | { readonly type: 'Version'; readonly body: string; readonly number: string; readonly year: number }
  | { readonly type: 'StudyGroup'; readonly sector: string; readonly number: number }
  | { readonly type: 'Organization'; readonly acronym: string }
  | { readonly type: 'Question'; readonly sector: string; readonly code: string };

/** A filter on scalar properties: equality, membership, or a numeric range. */
export type PropertyFilter =
  | { readonly property: string; readonly eq: string | number | boolean }
  | { readonly property: string; readonly in: readonly (string | number)[] }
  | { readonly property: string; readonly gte?: number; readonly lte?: number };

/**
 * A step's choice of one neighbour (see `ExpandStep.pick`): the node whose `property` is the first of `prefer`,
 * else the second, …; else, among the others, the one with the lowest value of `property` (as Cypher orders: strings
 * in code-unit order, then booleans, then numbers by value; a node without it, or with a value that is none of
 * these (a list, an object), last); then the lowest node id (then type, then direction, as a distinct step orders
 * its neighbours).
 */
export interface StepPick {
  readonly property: string;
  readonly prefer?: readonly (string | number)[];
}

/** A filter on relationships: the node has an edge of `type` in `direction` to `target`. */
export interface RelationFilter {
  readonly type: RelType;
  readonly direction: 'out' | 'in';
  readonly target: string;
}

export interface ListQuery {
  readonly type: NodeType;
  readonly where?: readonly PropertyFilter[];
  readonly related?: readonly RelationFilter[];
  /** Property to sort by, then by id. Defaults to id. */
  readonly sort?: { readonly property: string; readonly descending?: boolean };
  readonly first: number;
  /** Opaque cursor from a previous page's `endCursor`. */
  readonly after?: string | null;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly totalCount: number;
  readonly endCursor: string | null;
  readonly hasNextPage: boolean;
}

export interface ExpandQuery {
  readonly ids: readonly string[];
  readonly direction: 'out' | 'in' | 'both';
  readonly types?: readonly RelType[];
  /** Only neighbours of these node types. */
  readonly nodeTypes?: readonly NodeType[];
}

/** One edge seen from a node: the edge, and the node at its other end. */
export interface Neighbour {
  readonly edge: GraphEdge;
  readonly node: GraphNode;
  readonly direction: 'out' | 'in';
}

/** One hop of a {@link GraphStore.traverse}: a node's neighbours, or the node one of its properties names. */
export type Step = ExpandStep | RefStep;

/** What every step may say about the nodes it reaches. */
interface StepOptions {
  /**
   * The properties of the nodes reached that the caller reads: the store may leave the others out (the nodes then
   * lack those keys; `id` and `type` are always there), and answer one of these that a node does not have as null.
   * Unset: all of them.
   */
  readonly properties?: readonly string[];
  /** Steps from every node this step reaches, answered in the same call. */
  readonly then?: readonly Step[];
}

/** The neighbours of each node along `types` in `direction`, as `expand` finds them. */
export interface ExpandStep extends StepOptions {
  readonly kind: 'expand';
  readonly direction: 'out' | 'in' | 'both';
  readonly types: readonly RelType[];
  /** Only neighbours of these node types. */
  readonly nodeTypes?: readonly NodeType[];
  /**
   * Only neighbours whose properties pass every filter (as a list's `where`; not on `type`, which `nodeTypes`
   * says): "the version of 2024" of a resolution, without fetching its other versions and what is below them.
   */
  readonly where?: readonly PropertyFilter[];
  /**
   * For readers of nodes rather than edges (an entity named in 500 documents has 500 MENTIONS edges, one per text):
   * one neighbour per distinct node, relationship type and direction, in order of node id (then type, then
   * direction), its edge standing for all of them with its type and ends only (id '', props `{}`, provenance null).
   * Nothing of the edges themselves is read, which on Neo4j halves what a question about many mentions costs.
   */
  readonly distinct?: boolean;
  /**
   * False (lean): the caller reads the edges' types and ends only, not their ids, props or provenance. Every edge
   * is a neighbour, stripped to its type and ends (id '', props `{}`, provenance null), in the order of a distinct
   * step (node id, then type, then direction). On Neo4j an edge id (about 110 characters) is the longest string
   * of a mandate's row. Default true.
   */
  readonly edgeData?: boolean;
  /**
   * With `distinct` only: of the neighbours (after `where`), only one node, the first in the order of preference
   * of {@link StepPick}: "a version's text in the language asked for, else English, else the first", without
   * fetching the other texts and what is below them. Per node the step starts from.
   */
  readonly pick?: StepPick;
  /**
   * With `distinct` only: the neighbours in the order the text first names them rather than by node id: by the
   * lowest start of the provenance spans of each one's edges (an edge without provenance counts as 0), then by that
   * edge's id. "An instruction's addressees as its heading names them", without reading the edges themselves (on
   * Neo4j their ids and quotes are most of a mandate's row).
   */
  readonly order?: 'first-mention';
}

/** The node whose id is the value of `property` of each node (an Instruction's `version`, a Version's `resolution`). */
export interface RefStep extends StepOptions {
  readonly kind: 'ref';
  readonly property: string;
  /**
   * The type of node the property names (a Version's `resolution` names a Resolution): a node of another type is
   * not reached (null). Lets the store look the node up by its type, and leave the type out of what it sends.
   */
  readonly nodeType?: NodeType;
}

/** What a {@link Step} found, keyed by the id of every node it started from; `then` follows the step's `then`. */
export type StepResult = ExpandResult | RefResult;

export interface ExpandResult {
  readonly kind: 'expand';
  /** Each start node's neighbours, in `expand`'s order (by edge id, then direction); [] when none. */
  readonly neighbours: ReadonlyMap<string, readonly Neighbour[]>;
  readonly then: readonly StepResult[];
}

export interface RefResult {
  readonly kind: 'ref';
  /** The node each start node's property names; null when the start node, the property or that node is missing. */
  readonly nodes: ReadonlyMap<string, GraphNode | null>;
  readonly then: readonly StepResult[];
}

/**
 * Where a traversal starts: at nodes by id, at the node `findByKey` finds (none: the result has no keys), or at the
 * items of the page `list` answers (the result's keys come in the page's order). A ref step on `id` from a start
 * reaches the start node itself: `{ key, step: { kind: 'ref', property: 'id', then } }` looks a node up and
 * fetches what is below it in one call.
 */
export type TraverseStart =
  | { readonly ids: readonly string[]; readonly step: Step }
  | { readonly key: NaturalKey; readonly step: Step }
  | { readonly list: ListQuery; readonly step: Step };

/** Independent traversals answered together: each start's `step` (and its `then`, recursively). */
export interface TraverseQuery {
  readonly starts: readonly TraverseStart[];
}

export interface SearchQuery {
  readonly text: string;
  readonly first: number;
  readonly languages?: readonly Language[];
}

export interface SearchHit {
  readonly node: GraphNode;
  readonly score: number;
  /** The matched text in context, with the matched words wrapped in «…». */
  readonly snippet: string;
}

export interface Subgraph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  /** True when `limit` cut the result. */
  readonly truncated: boolean;
}

export interface Path {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

export interface Counts {
  readonly nodes: readonly { readonly type: NodeType; readonly count: number }[];
  readonly relationships: readonly { readonly type: RelType; readonly count: number }[];
}

/** The port. All methods are reads except `writeDocument`, `writeDocuments`, `removeDocument` and `clear`. */
export interface GraphStore {
  readonly kind: 'neo4j' | 'memory';
  /** Prepares the store (constraints, indexes); idempotent. */
  init(): Promise<void>;
  writeDocument(graph: DocumentGraph): Promise<WriteResult>;
  /**
   * Writes many documents, as `writeDocument` on each in order would, and returns one outcome per graph, in the
   * order given. A document that fails (an invalid graph, a conflict with the store) is reported as a
   * {@link WriteFailure} and the others are still written. Errors are reported per document, not thrown (a store
   * that cannot be reached fails every document). An adapter may write documents not stored yet together (the
   * Neo4j one in one transaction), which is much faster than one `writeDocument` each.
   */
  writeDocuments(graphs: readonly DocumentGraph[]): Promise<readonly WriteOutcome[]>;
  removeDocument(documentId: string): Promise<WriteResult>;
  /** Checksum of a stored document, or null if absent. */
  documentChecksum(documentId: string): Promise<string | null>;
  getNodes(ids: readonly string[]): Promise<readonly (GraphNode | null)[]>;
  findByKey(key: NaturalKey): Promise<GraphNode | null>;
  list(query: ListQuery): Promise<Page<GraphNode>>;
  /** Neighbours of many nodes at once, keyed by node id (every requested id is a key). */
  expand(query: ExpandQuery): Promise<ReadonlyMap<string, readonly Neighbour[]>>;
  /**
   * Several hops at once: for each start, its step from each of its ids, then each of the step's `then` steps from
   * every node that step reached, and so on; one result per start, in order, each shaped like its step. The same
   * answers as `expand` and `getNodes` hop by hop, in one call (one round trip on Neo4j): the API fetches what a
   * whole GraphQL selection needs below a field with it.
   */
  traverse(query: TraverseQuery): Promise<readonly StepResult[]>;
  search(query: SearchQuery): Promise<readonly SearchHit[]>;
  /** Shortest undirected paths between two nodes, up to `maxLength` edges. */
  shortestPaths(query: { from: string; to: string; maxLength: number; limit: number }): Promise<readonly Path[]>;
  /** Nodes within `depth` undirected hops of `id`, at most `limit` nodes, and the edges among them. */
  neighborhood(query: { id: string; depth: number; limit: number }): Promise<Subgraph>;
  counts(): Promise<Counts>;
  /** A hash of the whole graph's content, equal for equal graphs whatever the order of writes. */
  contentHash(): Promise<string>;
  /** Every node and edge, for export. */
  dump(): Promise<{ nodes: readonly GraphNode[]; edges: readonly GraphEdge[] }>;
  clear(): Promise<void>;
  close(): Promise<void>;
}

/** Typed store errors with stable codes. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly code: 'STORE_UNAVAILABLE' | 'STORE_TIMEOUT' | 'STORE_INVALID_QUERY' | 'STORE_WRITE_FAILED',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The {@link WriteFailure} of `graph` for an error thrown while writing it (anything but a StoreError is wrapped). */
export function writeFailure(graph: DocumentGraph, err: unknown): WriteFailure {
  const document = String((graph as Partial<DocumentGraph> | null)?.document?.id ?? '');
  if (err instanceof StoreError) return { document, status: 'failed', error: err };
  const message = `Cannot write ${document}: ${err instanceof Error ? err.message : String(err)}`;
  return { document, status: 'failed', error: new StoreError('STORE_WRITE_FAILED', message, { cause: err }) };
}
