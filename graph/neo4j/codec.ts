/**
 * How `GraphNode` and `GraphEdge` values are stored as Neo4j properties, and read back.
 *
 * Neo4j stores only primitives and homogeneous lists of primitives, and has no null property. The convention:
 * - strings, booleans, numbers and lists of them are stored as they are; a whole number is stored as an Integer and
 *   read back as a JS number (whatever the driver's `disableLosslessIntegers` / `useBigInt` setting);
 * - anything else (objects, lists of objects such as `InstructionNode.items`, lists mixing types or holding null)
 *   is stored as the string `json:` followed by its JSON; a real string that starts with `json:` is stored the same
 *   way (as a JSON string), so reading is never ambiguous;
 * - null is stored as an absent property; `prop_keys` lists the model's property names of the node or edge, so a
 *   read returns exactly the model's keys, with null for the absent ones;
 * - a node's `type` is its label (next to the generic label `Node`); an edge's `type`, `from` and `to` are the
 *   relationship's type and end nodes; an edge's provenance is kept in `provenance_document`, `provenance_clause`,
 *   `provenance_span` and `provenance_quote`.
 *
 * Properties the store keeps for itself ({@link INTERNAL_NODE_PROPERTIES}, {@link INTERNAL_EDGE_PROPERTIES}) are
 * never returned, and a model property with one of those names is rejected.
 */
import { int, isInt } from 'neo4j-driver';
import type { Integer } from 'neo4j-driver';
import type { GraphEdge, GraphNode, NodeType, Provenance, RelType } from '../model';
import { NODE_TYPES } from '../model';
import { foldForSearch } from '../text';

/** A value as handed to the driver for storage. */
export type StoredScalar = string | boolean | number | Integer;
export type StoredValue = StoredScalar | StoredScalar[];

export const JSON_PREFIX = 'json:';

/** Node properties the store keeps for itself. */
export const INTERNAL_NODE_PROPERTIES = [
  /** How many documents contribute the node (which ones: their Documents' `contrib_node_ids`). */
  'source_count',
  /** The ids of those documents, as stores before `source_count` kept them (migrated by `init`). */
  'sources',
  /** Model property names, nulls included. */
  'prop_keys',
  /** Folded text of the node's searchable properties, for the full-text index. */
  'search_text',
  /** Language of the document an owned node (Document, Clause, Instruction) belongs to. */
  'search_language',
  /** Lower-cased acronym, for `findByKey({type: 'Organization', acronym})`. */
  'acronym_lc',
  /**
   * On Document nodes: what the document contributed (node ids; edge ids and their types, in step), each list as
   * one JSON string (stores before that wrote lists; both are read).
   */
  'contrib_node_ids',
  'contrib_edge_ids',
  'contrib_edge_types',
] as const;

/** Relationship properties the store keeps for itself (besides the edge's `id`). */
export const INTERNAL_EDGE_PROPERTIES = [
  /** As on nodes: how many documents contribute the edge (which ones: their Documents' `contrib_edge_ids`). */
  'source_count',
  'sources',
  'prop_keys',
  'provenance_document',
  'provenance_clause',
  'provenance_span',
  'provenance_quote',
] as const;

const RESERVED_NODE_KEYS = new Set<string>(['id', 'type', ...INTERNAL_NODE_PROPERTIES]);
const RESERVED_EDGE_KEYS = new Set<string>(['id', ...INTERNAL_EDGE_PROPERTIES]);

/** Raised for a value the codec cannot store; the store turns it into a `StoreError`. */
export class CodecError extends Error {
  override readonly name = 'CodecError';
}

function isPrimitive(v: unknown): v is string | number | boolean {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

function encodeNumber(n: number): number | Integer {
  return Number.isSafeInteger(n) ? int(n) : n;
}

function encodeJson(value: unknown): string {
  return JSON_PREFIX + JSON.stringify(value);
}

/** Encodes a scalar as stored (also used for query parameters compared with stored values). */
export function encodeScalar(value: string | number | boolean): StoredScalar {
  if (typeof value === 'number') return encodeNumber(value);
  if (typeof value === 'string' && value.startsWith(JSON_PREFIX)) return encodeJson(value);
  return value;
}

/** Encodes one property value; null and undefined give null (stored as an absent property). */
export function encodeValue(value: unknown): StoredValue | null {
  if (value === null || value === undefined) return null;
  if (isPrimitive(value)) return encodeScalar(value);
  if (Array.isArray(value)) {
    const items: readonly unknown[] = value;
    if (
      items.every((v) => typeof v === 'string' && !v.startsWith(JSON_PREFIX)) ||
      items.every((v) => typeof v === 'boolean')
    ) {
      return items as StoredScalar[];
    }
    if (items.every((v): v is number => typeof v === 'number')) {
      // A list is homogeneous in Neo4j: all Integers, or all Floats.
      return items.every((n) => Number.isSafeInteger(n)) ? items.map((n) => int(n)) : [...items];
    }
  }
  return encodeJson(value);
}

/** Decodes a stored value (from the driver) back to plain JS. */
export function decodeValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return value.toNumber();
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string')
    return value.startsWith(JSON_PREFIX) ? JSON.parse(value.slice(JSON_PREFIX.length)) : value;
  if (Array.isArray(value)) return value.map(decodeValue);
  return value;
}

/** A node as rows for the store's write queries. */
export interface EncodedNode {
  readonly id: string;
  readonly type: NodeType;
  /** Non-null model properties, encoded. */
  readonly props: Record<string, StoredValue>;
  /** Every model property name (nulls included), for `prop_keys`. */
  readonly keys: string[];
}

/** Encodes a node's model properties. Throws {@link CodecError} for a property name the store reserves. */
export function encodeNode(node: GraphNode): EncodedNode {
  const props: Record<string, StoredValue> = {};
  const keys: string[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'id' || key === 'type') continue;
    if (RESERVED_NODE_KEYS.has(key)) {
      throw new CodecError(`node ${node.id} has a property named "${key}", which the Neo4j store reserves`);
    }
    keys.push(key);
    const encoded = encodeValue(value);
    if (encoded !== null) props[key] = encoded;
  }
  return { id: node.id, type: node.type, props, keys: keys.sort() };
}

const NODE_TYPE_SET = new Set<string>(NODE_TYPES);

/** The model type of a stored node: its label other than `Node`. */
export function nodeTypeOf(labels: readonly string[]): NodeType | null {
  const found = labels.find((l) => NODE_TYPE_SET.has(l));
  return (found as NodeType | undefined) ?? null;
}

/** Rebuilds a `GraphNode` from a stored node's labels and properties. */
export function decodeNode(labels: readonly string[], properties: Readonly<Record<string, unknown>>): GraphNode {
  const type = nodeTypeOf(labels);
  const id = properties.id;
  if (type === null || typeof id !== 'string') {
    throw new CodecError(`a stored node (labels ${labels.join(':')}) is not one of this store's nodes`);
  }
  const out: Record<string, unknown> = { id, type };
  const keys = properties.prop_keys;
  if (Array.isArray(keys)) {
    for (const key of keys) {
      if (typeof key === 'string') out[key] = decodeValue(properties[key]);
    }
  }
  return out as unknown as GraphNode;
}

/** An edge as a row for the store's write queries. */
export interface EncodedEdge {
  readonly id: string;
  readonly type: RelType;
  readonly from: string;
  readonly to: string;
  /** Model props and provenance, encoded; nulls kept (as null) so that `SET r += props` clears stale values. */
  readonly props: Record<string, StoredValue | null>;
  readonly keys: string[];
}

/** Encodes an edge's props and provenance. Throws {@link CodecError} for a prop name the store reserves. */
export function encodeEdge(edge: GraphEdge): EncodedEdge {
  const props: Record<string, StoredValue | null> = {};
  const keys: string[] = [];
  for (const [key, value] of Object.entries(edge.props)) {
    if (RESERVED_EDGE_KEYS.has(key)) {
      throw new CodecError(`edge ${edge.id} has a prop named "${key}", which the Neo4j store reserves`);
    }
    keys.push(key);
    props[key] = encodeValue(value);
  }
  const p = edge.provenance;
  props.provenance_document = p ? p.document : null;
  props.provenance_clause = p && p.clause !== null ? encodeScalar(p.clause) : null;
  props.provenance_span = p ? encodeValue(p.span) : null;
  props.provenance_quote = p ? encodeScalar(p.quote) : null;
  return { id: edge.id, type: edge.type, from: edge.from, to: edge.to, props, keys: keys.sort() };
}

/** Rebuilds a `GraphEdge` from a stored relationship and the ids of its end nodes. */
export function decodeEdge(options: {
  readonly type: RelType;
  readonly from: string;
  readonly to: string;
  readonly properties: Readonly<Record<string, unknown>>;
}): GraphEdge {
  const { properties } = options;
  const props: Record<string, string | number | boolean | null> = {};
  const keys = properties.prop_keys;
  if (Array.isArray(keys)) {
    for (const key of keys) {
      if (typeof key === 'string') props[key] = decodeValue(properties[key]) as string | number | boolean | null;
    }
  }
  let provenance: Provenance | null = null;
  if (typeof properties.provenance_document === 'string') {
    const span = decodeValue(properties.provenance_span);
    provenance = {
      document: properties.provenance_document,
      clause: (decodeValue(properties.provenance_clause) as string | null) ?? null,
      span: (Array.isArray(span) && span.length === 2 ? span : [0, 0]) as [number, number],
      quote: (decodeValue(properties.provenance_quote) as string | null) ?? '',
    };
  }
  return {
    id: String(properties.id),
    type: options.type,
    from: options.from,
    to: options.to,
    props,
    provenance,
  };
}

/** Properties that make up the searchable "name" of a node that is not a Clause (as in the in-memory store). */
const NAME_PROPERTIES = ['name', 'title', 'acronym', 'label'] as const;

/**
 * The searchable text of a node, unfolded (snippets are cut from it), or null when it has none: a Clause's text,
 * the distinct names, titles, acronyms and labels of anything else joined by " · ". Instructions have none: their
 * heading and items are Clause nodes of their own, which are found instead.
 */
export function searchSource(node: GraphNode): string | null {
  if (node.type === 'Clause') return node.text.trim() ? node.text : null;
  if (node.type === 'Instruction') return null;
  const record = node as unknown as Readonly<Record<string, unknown>>;
  const names: string[] = [];
  for (const p of NAME_PROPERTIES) {
    const v = record[p];
    if (typeof v === 'string' && v.trim() && !names.includes(v)) names.push(v);
  }
  return names.length > 0 ? names.join(' · ') : null;
}

/** Properties derived from a node's model properties: search text and lookup keys. Null removes the property. */
export interface DerivedProps {
  readonly search_text: string | null;
  readonly acronym_lc: string | null;
}

/** Organization acronyms are looked up case-insensitively (as in the in-memory store). */
export function acronymKey(acronym: string): string {
  return acronym.trim().toLowerCase();
}

/** Computes {@link DerivedProps} for a node. */
export function derivedProps(node: GraphNode): DerivedProps {
  const source = searchSource(node);
  return {
    search_text: source === null ? null : foldForSearch(source),
    acronym_lc: node.type === 'Organization' && node.acronym ? acronymKey(node.acronym) : null,
  };
}
