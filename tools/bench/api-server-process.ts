/**
 * The API bench's GraphQL servers, each in a process of its own, as they run for users: our API on Neo4j, our API on
 * the in-memory store, the Neo4j GraphQL Library. The bench process is then the client alone (and the hand-written
 * Cypher, which a client runs in its own process too), and no server shares its thread or its heap with the client,
 * with the other servers, or with the 60,000-node in-memory graph.
 *
 * This file is both ends: `startServerProcess` (bench side) forks this file, which (child side) starts one server,
 * answers `{ ready, url }` over IPC, and on `take` answers the time its store spent in calls since the last `take`.
 */
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { connectNeo4j, createMemoryStore, createNeo4jStore } from '../../graph';
import type { DocumentGraph, GraphStore } from '../../graph';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { createServer } from '../../src/server';
import { startNeo4jGraphQLServer } from './api-neo4j-graphql';
import { corpusGraphs } from './corpus';

/** Which server a process runs. */
export type ServerRole = 'api-neo4j' | 'api-memory' | 'library';

type ToChild = { readonly type: 'take' } | { readonly type: 'stop' };
type FromChild =
  | { readonly type: 'ready'; readonly url: string; readonly detail?: string }
  | { readonly type: 'storeMs'; readonly ms: number }
  | { readonly type: 'stopped' }
  | { readonly type: 'failed'; readonly message: string };

export interface ServerProcess {
  readonly url: string;
  /** What the server said when ready (e.g. how long writing the in-memory store took). */
  readonly detail: string | undefined;
  /** Milliseconds its store spent in calls since the last `takeStoreMs`, and back to 0 (0 for the library). */
  takeStoreMs(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * The store with the time while any of its calls is under way added up (the bench asks one request at a time, so
 * the sum over a request is that request's time in the store: the Cypher, the driver and the decoding; calls a
 * request makes at once, as `counts` with `list`, count once).
 */
export function timedStore(store: GraphStore): { store: GraphStore; take: () => number } {
  let ms = 0;
  let inFlight = 0;
  let since = 0;
  const timed = new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        if (inFlight++ === 0) since = performance.now();
        try {
          return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        } finally {
          if (--inFlight === 0) ms += performance.now() - since;
        }
      };
    },
  });
  return {
    store: timed,
    take: () => {
      const taken = ms + (inFlight > 0 ? performance.now() - since : 0);
      ms = 0;
      if (inFlight > 0) since = performance.now();
      return taken;
    },
  };
}

/** How long a server process may take to start (the in-memory one parses and loads the corpus first). */
const START_TIMEOUT_MS = 180_000;

/**
 * Forks a process running the server `role` with `env` as its environment (the app's variables: NEO4J_*, PORT,
 * LOG_LEVEL; API_BENCH_DOCS for the in-memory store's corpus) and waits until it listens.
 */
export function startServerProcess(role: ServerRole, env: Record<string, string | undefined>): Promise<ServerProcess> {
  const child: ChildProcess = fork(__filename, [role], {
    env: { ...env, API_BENCH_SERVER_ROLE: role },
    // tsx's loader, so the child runs this TypeScript file as the parent does: the parent's own flags carry it when
    // the parent runs under tsx, as `npm run bench` runs it.
    execArgv: [
      ...process.execArgv.filter((a) => !a.startsWith('--inspect')),
      ...(process.execArgv.some((a) => a.includes('tsx')) ? [] : ['--import', 'tsx']),
    ],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const waiting: ((m: FromChild) => void)[] = [];
  let exited: string | null = null;
  const next = (): Promise<FromChild> =>
    new Promise((resolve, reject) => {
      if (exited) reject(new Error(`${role} server process ${exited}`));
      else waiting.push(resolve);
    });
  child.on('message', (m: FromChild) => waiting.shift()?.(m));
  child.on('exit', (code, signal) => {
    exited = `exited (${signal ?? code})`;
    for (const w of waiting.splice(0)) w({ type: 'failed', message: `${role} server process ${exited}` });
  });
  const send = (m: ToChild): void => {
    child.send(m);
  };
  return new Promise<ServerProcess>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${role} server process did not start within ${START_TIMEOUT_MS / 1000} s`));
    }, START_TIMEOUT_MS);
    void next().then((m) => {
      clearTimeout(timer);
      if (m.type !== 'ready') {
        child.kill('SIGKILL');
        reject(new Error(m.type === 'failed' ? m.message : `${role} server process: unexpected ${m.type}`));
        return;
      }
      resolve({
        url: m.url,
        detail: m.detail,
        async takeStoreMs() {
          const answer = next();
          send({ type: 'take' });
          const a = await answer;
          if (a.type !== 'storeMs')
            throw new Error(`${role} server process: ${a.type === 'failed' ? a.message : a.type}`);
          return a.ms;
        },
        async stop() {
          if (exited) return;
          const done = new Promise<void>((r) => child.once('exit', () => r()));
          send({ type: 'stop' });
          const timeout = setTimeout(() => child.kill('SIGKILL'), 10_000);
          await done;
          clearTimeout(timeout);
        },
      });
    });
  });
}

// ---- the child side ----------------------------------------------------------------------------------------------

async function writeAll(store: GraphStore, graphs: readonly DocumentGraph[]): Promise<void> {
  for (let i = 0; i < graphs.length; i += 250) {
    const outcomes = await store.writeDocuments(graphs.slice(i, i + 250));
    const failed = outcomes.find((o) => o.status === 'failed');
    if (failed && failed.status === 'failed') throw failed.error;
  }
}

async function serve(role: ServerRole): Promise<void> {
  const reply = (m: FromChild): void => {
    process.send?.(m);
  };
  const stops: (() => Promise<unknown>)[] = [];
  let take = (): number => 0;
  let url: string;
  let detail: string | undefined;
  const config = loadConfig(process.env);
  if (role === 'library') {
    const nc = config.neo4j;
    if (!nc) throw new Error('the library server needs NEO4J_URI');
    const driver = await connectNeo4j({ uri: nc.uri, username: nc.username, password: nc.password });
    stops.push(() => driver.close());
    const library = await startNeo4jGraphQLServer({ driver, ...(nc.database ? { database: nc.database } : {}) });
    stops.unshift(() => library.stop());
    url = library.url;
  } else {
    let store: GraphStore;
    if (role === 'api-neo4j') {
      const nc = config.neo4j;
      if (!nc) throw new Error('the API server on Neo4j needs NEO4J_URI');
      const driver = await connectNeo4j({ uri: nc.uri, username: nc.username, password: nc.password });
      const neo4jStore = createNeo4jStore({
        driver,
        closeDriver: true,
        uri: nc.uri,
        queryTimeoutMs: nc.queryTimeoutMs,
        ...(nc.database ? { database: nc.database } : {}),
      });
      await neo4jStore.init();
      const timed = timedStore(neo4jStore);
      take = timed.take;
      store = timed.store;
      stops.push(() => neo4jStore.close());
    } else {
      const memory = createMemoryStore();
      await memory.init();
      const t0 = performance.now();
      const graphs = await corpusGraphs(Number(process.env.API_BENCH_DOCS ?? 1000));
      await writeAll(memory, graphs);
      detail = `parsed and wrote ${graphs.length} documents in ${((performance.now() - t0) / 1000).toFixed(1)} s`;
      graphs.length = 0;
      store = memory;
      stops.push(() => memory.close());
    }
    const server = createServer({ config, store, logger: createLogger(config.logLevel) });
    await server.start({ host: '127.0.0.1' });
    stops.unshift(() => server.stop());
    server.markReady();
    url = `http://127.0.0.1:${config.port}/graphql`;
  }
  process.on('message', (m: ToChild) => {
    if (m.type === 'take') reply({ type: 'storeMs', ms: take() });
    else if (m.type === 'stop') {
      void (async () => {
        for (const stop of stops) await stop().catch(() => undefined);
        process.exit(0);
      })();
    }
  });
  // The bench gone (crashed or killed): stop too, rather than hold the port and the Neo4j connections.
  process.on('disconnect', () => process.exit(0));
  reply({ type: 'ready', url, ...(detail ? { detail } : {}) });
}

const role = process.env.API_BENCH_SERVER_ROLE as ServerRole | undefined;
if (role && process.send) {
  serve(role).catch((e: unknown) => {
    process.send?.({ type: 'failed', message: (e as Error).stack ?? String(e) } satisfies FromChild);
    process.exit(1);
  });
}
