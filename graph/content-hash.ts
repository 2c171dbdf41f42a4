/**
 * The canonical content hash of a graph, for every `GraphStore` adapter: equal graphs give equal hashes whichever
 * store holds them and whatever the order of writes.
 *
 * Canonical form (the one graph/memory/memory-store.ts hashes, byte for byte): the line `nodes`, then each node's
 * canonical JSON on its own line in id order, then the line `edges`, then each edge likewise; every line ends with
 * "\n". Canonical JSON sorts object keys at every level, leaves out `undefined` members, keeps array order and has
 * no whitespace. Only the model's own fields (`GraphNode`, `GraphEdge`) are hashed, never a store's bookkeeping
 * (sources, search text, ...). The hash is the lower-case hex SHA-256 of the UTF-8 text.
 */
import { createHash } from 'node:crypto';
import type { GraphEdge, GraphNode } from './model';

/** JSON with object keys sorted at every level, so equal data always serialises to the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
}

const byId = (a: { readonly id: string }, b: { readonly id: string }): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** SHA-256 (hex) of a whole graph in the canonical form described in the module comment. */
export function graphContentHash(graph: {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}): string {
  const hash = createHash('sha256');
  hash.update('nodes\n');
  for (const node of [...graph.nodes].sort(byId)) hash.update(`${canonicalJson(node)}\n`);
  hash.update('edges\n');
  for (const edge of [...graph.edges].sort(byId)) hash.update(`${canonicalJson(edge)}\n`);
  return hash.digest('hex');
}
