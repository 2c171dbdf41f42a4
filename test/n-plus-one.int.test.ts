/**
 * No N+1 on Neo4j: the nested list query costs at most depth + 1 store calls, and the number of Cypher statements
 * the driver sends does not grow with the number of items (counted by wrapping the driver's transactions).
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { createNeo4jStore } from '../graph';
import type { GraphStore } from '../graph';
import { describeNeo4j, testDriver } from './support/neo4j';
import { countingStore, mandateGraph, NESTED_DEPTH, runNested } from './support/n-plus-one';

/** A driver whose every transaction counts the statements run in it. */
function countingDriver(driver: Driver): { driver: Driver; statements: () => number; reset: () => void } {
  let statements = 0;
  const wrapTx = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver) as unknown;
        if (prop === 'run' && typeof value === 'function') {
          return (...args: unknown[]) => {
            statements++;
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  const proxy = new Proxy(driver, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (prop !== 'session' || typeof value !== 'function') {
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      }
      return (...args: unknown[]) => {
        const session = (value as (...a: unknown[]) => object).apply(target, args);
        return new Proxy(session, {
          get(s, p, r) {
            const v = Reflect.get(s, p, r) as unknown;
            if ((p === 'executeRead' || p === 'executeWrite') && typeof v === 'function') {
              return (work: (tx: ManagedTransaction) => unknown, config?: unknown) =>
                (v as (w: unknown, c?: unknown) => unknown).call(
                  s,
                  (tx: ManagedTransaction) => work(wrapTx(tx)),
                  config,
                );
            }
            if (p === 'run' && typeof v === 'function') {
              return (...a: unknown[]) => {
                statements++;
                return (v as (...x: unknown[]) => unknown).apply(s, a);
              };
            }
            return typeof v === 'function' ? (v as (...x: unknown[]) => unknown).bind(s) : v;
          },
        });
      };
    },
  });
  return { driver: proxy, statements: () => statements, reset: () => (statements = 0) };
}

describeNeo4j('no N+1 on Neo4j', () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(async () => {
    await driver.close();
  });

  it('store calls stay within depth + 1 and Cypher statements do not grow from 10 to 1,000 items', async () => {
    const seen: { n: number; run: string; calls: number; statements: number }[] = [];
    for (const n of [10, 1000]) {
      const counter = countingDriver(driver);
      const base: GraphStore = createNeo4jStore({ driver: counter.driver });
      await base.init();
      await base.clear();
      await base.writeDocument(mandateGraph(n, `int${n}`));
      const counted = countingStore(base);
      counter.reset();
      // The first run is graphql-js's, the second the compiled operation's (src/server/executor.ts): both counted.
      const mandates = await runNested(counted.store, () => {
        seen.push({ n, run: 'graphql-js', calls: counted.calls(), statements: counter.statements() });
        counted.reset();
        counter.reset();
      });
      expect(mandates).toEqual([n, n]);
      seen.push({ n, run: 'compiled', calls: counted.calls(), statements: counter.statements() });
      await base.clear();
    }
    process.stderr.write(`[n+1] ${JSON.stringify(seen)}\n`);
    for (const s of seen) expect(s.calls).toBeLessThanOrEqual(NESTED_DEPTH + 1);
    for (const run of ['graphql-js', 'compiled']) {
      const [at10, at1000] = seen.filter((s) => s.run === run);
      expect(at10?.calls).toBe(at1000?.calls);
      expect(at10?.statements).toBe(at1000?.statements);
      expect(at10?.statements).toBeGreaterThan(0);
    }
  }, 300_000);
});
