/**
 * Per-request context: the store and the request's batching loaders. Every resolver reaches data only through
 * these, so the number of store calls for an operation grows with its depth, not with the number of items
 * (DataLoader collects every load of one tick into one `getNodes` or `expand` call).
 */
import DataLoader from 'dataloader';
import type { GraphNode, GraphStore, Neighbour } from '../graph';

export interface Loaders {
  /** Nodes by id. */
  readonly node: DataLoader<string, GraphNode | null>;
  /** Every neighbour of a node, both directions, all relationship types. */
  readonly neighbours: DataLoader<string, readonly Neighbour[]>;
}

export interface Context {
  readonly store: GraphStore;
  readonly loaders: Loaders;
}

export function createLoaders(store: GraphStore): Loaders {
  return {
    node: new DataLoader(async (ids) => store.getNodes(ids), { maxBatchSize: 5_000 }),
    neighbours: new DataLoader(
      async (ids) => {
        const map = await store.expand({ ids, direction: 'both' });
        return ids.map((id) => map.get(id) ?? []);
      },
      { maxBatchSize: 5_000 },
    ),
  };
}

/** A fresh context for one request. */
export function createContext(store: GraphStore): Context {
  return { store, loaders: createLoaders(store) };
}
