/**
 * Reads of one statement run as auto-commit transactions, which the driver does not retry: the store retries them
 * itself. A fake driver (no server needed) fails the first attempts as a cluster or a restarting server would.
 */
import { Neo4jError } from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { StoreError } from '../store';
import { createNeo4jStore } from './index';

interface Attempt {
  readonly mode: unknown;
  readonly via: 'run' | 'executeRead';
  closed: boolean;
}

/**
 * A driver whose sessions fail their first `failures.length` statements with those errors, then answer `checksum`;
 * `onClose` runs as a session closes.
 */
function flakyDriver(
  failures: Error[],
  checksum = 'abc',
  onClose: () => Promise<void> | void = () => undefined,
): { driver: Driver; attempts: Attempt[] } {
  const attempts: Attempt[] = [];
  const answer = async (): Promise<unknown> => {
    const failure = failures.shift();
    if (failure) throw failure;
    // A row no node decodes from, for reads that ask for nodes.
    return {
      records: [
        {
          get: (key: string) =>
            key === 'checksum' ? checksum : key === 'row' ? ['n:1', ['Node', 'NoSuchType'], [], []] : undefined,
        },
      ],
    };
  };
  const driver = {
    session(config: { defaultAccessMode?: unknown }) {
      const attempt = (via: Attempt['via']): Attempt => {
        const a: Attempt = { mode: config.defaultAccessMode, via, closed: false };
        attempts.push(a);
        return a;
      };
      let opened: Attempt | null = null;
      return {
        run: () => answer().finally(() => (opened = attempt('run'))),
        executeRead: (work: (tx: { run: () => Promise<unknown> }) => Promise<unknown>) =>
          work({ run: () => answer().finally(() => (opened = attempt('executeRead'))) }),
        close: async () => {
          if (opened) opened.closed = true;
          await onClose();
        },
      };
    },
  };
  return { driver: driver as unknown as Driver, attempts };
}

const unavailable = (): Error => new Neo4jError('connection lost', 'ServiceUnavailable', '', '');

describe('auto-commit reads', () => {
  it('are retried after an error worth retrying, each in a READ session that is closed', async () => {
    const { driver, attempts } = flakyDriver([unavailable(), unavailable()]);
    const store = createNeo4jStore({ driver, retryDelayMs: 1 });
    await expect(store.documentChecksum('doc:x')).resolves.toBe('abc');
    expect(attempts).toEqual([
      { mode: 'READ', via: 'run', closed: true },
      { mode: 'READ', via: 'run', closed: true },
      { mode: 'READ', via: 'run', closed: true },
    ]);
  });

  it('are not retried after an error of the statement itself', async () => {
    const syntax = new Neo4jError('bad statement', 'Neo.ClientError.Statement.SyntaxError', '', '');
    const { driver, attempts } = flakyDriver([syntax]);
    const store = createNeo4jStore({ driver, retryDelayMs: 1 });
    const err = await store.documentChecksum('doc:x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe('STORE_INVALID_QUERY');
    expect(attempts).toHaveLength(1);
  });

  it('give up with STORE_UNAVAILABLE once retryTimeMs has passed', async () => {
    const { driver, attempts } = flakyDriver(Array.from({ length: 1000 }, unavailable));
    const store = createNeo4jStore({ driver, retryDelayMs: 20, retryTimeMs: 200, uri: 'bolt://db.example:7687' });
    const err = await store.documentChecksum('doc:x').catch((e: unknown) => e);
    expect((err as StoreError).code).toBe('STORE_UNAVAILABLE');
    expect((err as StoreError).message).toContain('bolt://db.example:7687');
    // Retried while less than 200 ms has passed since the first failure (after about 20, 40, 80 and 160 ms, as the
    // driver's executor would), not for ever.
    expect(attempts.length).toBeGreaterThanOrEqual(2);
    expect(attempts.length).toBeLessThanOrEqual(6);
  });

  it('stop waiting to be retried when the store is closed', async () => {
    const { driver, attempts } = flakyDriver(Array.from({ length: 10 }, unavailable));
    // A wait of a minute: the test would time out if close() did not end it.
    const store = createNeo4jStore({ driver, retryDelayMs: 60_000, retryTimeMs: 600_000 });
    const read = store.documentChecksum('doc:x').catch((e: unknown) => e);
    while (attempts.length === 0) await new Promise((r) => setImmediate(r));
    await store.close();
    const err = await read;
    expect((err as StoreError).code).toBe('STORE_UNAVAILABLE');
    expect((err as StoreError).message).toMatch(/closed/);
    expect(attempts).toHaveLength(1);
  });

  it('do not wait to be retried when the store was closed during the attempt before', async () => {
    let close = (): Promise<void> => Promise.resolve();
    const { driver, attempts } = flakyDriver(Array.from({ length: 10 }, unavailable), 'abc', () => close());
    const store = createNeo4jStore({ driver, retryDelayMs: 60_000, retryTimeMs: 600_000 });
    // The store closes while the failed attempt's session closes, before the wait for the next one starts.
    close = () => store.close();
    const err = await store.documentChecksum('doc:x').catch((e: unknown) => e);
    expect((err as StoreError).code).toBe('STORE_UNAVAILABLE');
    expect(attempts).toHaveLength(1);
  });

  it('decode without side effects, so that a managed transaction run twice answers once', async () => {
    const row = {
      id: 'n:1',
      e: ['e:1', 'MENTIONS', 'n:1', 'n:2', [], [], null, null, null, null],
      m: ['n:2', ['Node', 'Organization'], [], []],
    };
    const result = { records: [{ toObject: () => row, get: (k: keyof typeof row) => row[k] }] };
    const driver = {
      session: () => ({
        // As the driver's executor does when a commit fails with a retriable error: the work runs again.
        executeRead: async (work: (tx: { run: () => Promise<unknown> }) => Promise<unknown>) => {
          await work({ run: async () => result });
          return work({ run: async () => result });
        },
        close: async () => undefined,
      }),
    } as unknown as Driver;
    const store = createNeo4jStore({ driver, autoCommitReads: false });
    const out = await store.expand({ ids: ['n:1'], direction: 'out' });
    expect(out.get('n:1')?.map((n) => n.edge.id)).toEqual(['e:1']);
  });

  it('map a row that does not decode to STORE_INVALID_QUERY, as a managed read did', async () => {
    const { driver } = flakyDriver([]);
    const store = createNeo4jStore({ driver });
    const err = await store.getNodes(['n:1']).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe('STORE_INVALID_QUERY');
    expect((err as StoreError).message).toMatch(/^getNodes: /);
  });

  it('are sent without the stack the driver would capture, and leave the stack limit as it was', async () => {
    // What the driver does for every statement (neo4j-driver-core's Result): `new Error('').stack`.
    const frames: number[] = [];
    const before = Error.stackTraceLimit;
    const driver = {
      session: () => ({
        run: async () => {
          frames.push((new Error('').stack ?? '').split('\n').filter((l) => l.trimStart().startsWith('at ')).length);
          return { records: [{ get: () => 'abc' }] };
        },
        close: async () => undefined,
      }),
    } as unknown as Driver;
    const store = createNeo4jStore({ driver });
    await expect(store.documentChecksum('doc:x')).resolves.toBe('abc');
    expect(frames).toEqual([0]);
    expect(Error.stackTraceLimit).toBe(before);
    // And after a statement that fails as it is sent.
    const failing = {
      session: () => ({
        run: () => {
          throw unavailable();
        },
        close: async () => undefined,
      }),
    } as unknown as Driver;
    const err = await createNeo4jStore({ driver: failing, retryDelayMs: 1, retryTimeMs: 0 })
      .documentChecksum('doc:x')
      .catch((e: unknown) => e);
    expect((err as StoreError).code).toBe('STORE_UNAVAILABLE');
    expect(Error.stackTraceLimit).toBe(before);
    // The store's own errors keep their stack.
    expect((err as StoreError).stack).toMatch(/\n\s+at /);
    // An error that is not the server's, which the driver hands over with the (empty) stack it captured as the
    // statement was sent, gets the read's.
    const odd = new TypeError('not the server');
    odd.stack = 'TypeError: not the server';
    const failingOdd = {
      session: () => ({ run: () => Promise.reject(odd), close: async () => undefined }),
    } as unknown as Driver;
    const thrown = await createNeo4jStore({ driver: failingOdd })
      .documentChecksum('doc:x')
      .catch((e: unknown) => e);
    expect(thrown).toBe(odd);
    expect((thrown as Error).stack).toMatch(/\n\s+at /);
  });

  it('run in a managed transaction when turned off', async () => {
    const { driver, attempts } = flakyDriver([]);
    const store = createNeo4jStore({ driver, autoCommitReads: false });
    await expect(store.documentChecksum('doc:x')).resolves.toBe('abc');
    expect(attempts.map((a) => a.via)).toEqual(['executeRead']);
  });
});
