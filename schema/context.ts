/**
 * Per-request context: the store and the request's batching loaders. Every resolver reaches data only through
 * these, so the number of store calls for an operation grows with its depth, not with the number of items
 * (DataLoader collects every load of one tick into one `getNodes` or one `expand` call).
 */
import DataLoader from 'dataloader';
import type { GraphNode, GraphStore, Neighbour, RelType } from '../graph';

/** Which neighbours of a node a resolver needs. */
export interface NeighbourKey {
  readonly id: string;
  readonly direction: 'out' | 'in' | 'both';
  readonly types: readonly RelType[];
}

export interface Loaders {
  /** Nodes by id. */
  readonly node: DataLoader<string, GraphNode | null>;
  /** Neighbours of a node along some relationship types. */
  readonly neighbours: DataLoader<NeighbourKey, readonly Neighbour[], string>;
}

export interface Context {
  readonly store: GraphStore;
  readonly loaders: Loaders;
}

const keyOf = (k: NeighbourKey): string => `${k.id}|${k.direction}|${[...k.types].sort().join(',')}`;

/**
 * One `expand` per batch, whatever mix of types and directions the batch asks for: the store is asked for the
 * union of the types (so a hub node's thousands of MENTIONS are not fetched when only its INSTRUCTS are wanted),
 * and each key gets back the neighbours it asked for.
 */
async function expandBatch(store: GraphStore, keys: readonly NeighbourKey[]): Promise<(readonly Neighbour[])[]> {
  const ids = [...new Set(keys.map((k) => k.id))];
  const types = [...new Set(keys.flatMap((k) => k.types))];
  const directions = new Set(keys.map((k) => k.direction));
  const direction = directions.size === 1 ? (keys[0]?.direction ?? 'both') : 'both';
  const map = await store.expand({ ids, direction, types });
  return keys.map((k) => {
    const wanted = new Set(k.types);
    return (map.get(k.id) ?? []).filter(
      (n) => wanted.has(n.edge.type) && (k.direction === 'both' || n.direction === k.direction),
    );
  });
}

export function createLoaders(store: GraphStore): Loaders {
  return {
    node: new DataLoader(async (ids) => store.getNodes(ids), { maxBatchSize: 5_000 }),
    neighbours: new DataLoader((keys) => expandBatch(store, keys), { maxBatchSize: 5_000, cacheKeyFn: keyOf }),
  };
}

/** A fresh context for one request. */
export function createContext(store: GraphStore): Context {
  return { store, loaders: createLoaders(store) };
}
