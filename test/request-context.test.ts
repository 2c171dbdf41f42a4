/**
 * The request context's step loader (schema/context.ts): a failed store call fails the loads waiting for it, and
 * leaves nothing cached, so that a later load in the same request asks the store again.
 */
import { StoreError } from '../graph';
import type { GraphStore, StepResult, TraverseQuery } from '../graph';
import { corpusApi } from './support/corpus-api';
import { withTraverse } from './support/with-traverse';
import type { Context } from '../schema';
import { createContext } from '../schema';

/** The store, with traverse calls failing as an unreachable database does: `left` of them after `skip` more. */
function flaky(store: GraphStore, failures: { skip: number; left: number }): GraphStore {
  const traverse = async (query: TraverseQuery): Promise<readonly StepResult[]> => {
    if (failures.skip > 0) failures.skip--;
    else if (failures.left > 0) {
      failures.left--;
      throw new StoreError('STORE_UNAVAILABLE', 'Cannot reach the database');
    }
    return store.traverse(query);
  };
  return withTraverse(store, traverse);
}

describe('request context', () => {
  const api = corpusApi();

  it('fails the loads of a failed store call and does not keep the failure: the next load asks again', async () => {
    // Relations of some types only follow a step of their own, loaded after the root field: the second call.
    const query = '{ studyGroups { id some: relations(types: [STUDIED_BY, REPORTS_TO]) { type other { id } } } }';
    const ask = async (ctx: Context) => {
      const res = await api.server.executeOperation({ query }, { contextValue: ctx });
      if (res.body.kind !== 'single') throw new Error('expected a single result');
      return res.body.singleResult;
    };
    const expected = await ask(createContext(api.store));
    expect(expected.errors).toBeUndefined();
    expect(JSON.stringify(expected.data)).toContain('"type":"STUDIED_BY"');

    const failures = { skip: 1, left: 1 };
    const ctx = createContext(flaky(api.store, failures));
    const failed = await ask(ctx);
    expect(failures.left).toBe(0);
    expect(failed.errors?.length).toBeGreaterThan(0);
    // Same request context: the failed loads were not kept.
    const retried = await ask(ctx);
    expect(retried.errors).toBeUndefined();
    expect(retried.data).toEqual(expected.data);
  });
});
