import { createMemoryStore } from '../graph';
import { countingStore, mandateGraph, NESTED_DEPTH, runNested } from './support/n-plus-one';

describe('no N+1 on the in-memory store', () => {
  it.each([10, 1000])('a nested list of %i mandates costs at most depth + 1 store calls', async (n) => {
    const base = createMemoryStore();
    await base.writeDocument(mandateGraph(n, `n${n}`));
    const counted = countingStore(base);
    let first = 0;
    const between = (): void => {
      first = counted.calls();
      counted.reset();
    };
    // graphql-js on the first run, the compiled operation on the second: each within the bound.
    expect(await runNested(counted.store, between)).toEqual([n, n]);
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(NESTED_DEPTH + 1);
    expect(counted.calls()).toBeLessThanOrEqual(NESTED_DEPTH + 1);
  });

  it('costs the same number of calls at 10 and at 1,000 items', async () => {
    const calls: number[] = [];
    for (const n of [10, 1000]) {
      const base = createMemoryStore();
      await base.writeDocument(mandateGraph(n, `m${n}`));
      const counted = countingStore(base);
      await runNested(counted.store, () => {
        calls.push(counted.calls());
        counted.reset();
      });
      calls.push(counted.calls());
    }
    // [graphql-js at 10, compiled at 10, graphql-js at 1,000, compiled at 1,000]
    expect(calls[0]).toBe(calls[2]);
    expect(calls[1]).toBe(calls[3]);
  });
});
