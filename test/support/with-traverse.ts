import type { GraphStore, StepResult, TraverseQuery } from '../../graph';

/** The store, with `traverse` answered by `traverse` (which may call the store's own); everything else as is. */
export function withTraverse(
  store: GraphStore,
  traverse: (query: TraverseQuery) => Promise<readonly StepResult[]>,
): GraphStore {
  return new Proxy(store, {
    get(target, key) {
      if (key === 'traverse') return traverse;
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
