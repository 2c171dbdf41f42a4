/**
 * The API benchmark's server on the in-memory store, in a process of its own: its 60,000-node graph would otherwise
 * sit in the benchmark's heap, where every garbage collection of the process (the API on Neo4j's, the Library's, the
 * hand-written Cypher's) would have to reckon with it. The servers the targets compare (our API on Neo4j, the Neo4j
 * GraphQL Library) stay in the benchmark's process, with the hand-written Cypher, under the same conditions.
 *
 * This file is both ends: `startServerProcess` (bench side) forks this file, which (child side) starts the server and
 * answers `{ ready, url }` over IPC.
 */
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createMemoryStore } from '../../graph';
import type { DocumentGraph, GraphStore } from '../../graph';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { createServer } from '../../src/server';
import { corpusGraphs } from './corpus';

/** Which server a process runs (one so far). */
export type ServerRole = 'api-memory';

type ToChild = { readonly type: 'stop' };
type FromChild =
  | { readonly type: 'ready'; readonly url: string; readonly detail?: string }
  | { readonly type: 'failed'; readonly message: string };

export interface ServerProcess {
  /** Settles once the server listens: its URL, and what it said (how long loading the in-memory store took). */
  readonly ready: Promise<{ readonly url: string; readonly detail: string | undefined }>;
  /** Stops the server, or the process whatever it is doing (starting, failed, hung). */
  stop(): Promise<void>;
}

/** How long a server process may take to start (the in-memory one parses and loads the corpus first). */
const START_TIMEOUT_MS = 180_000;

/**
 * Forks a process running the server `role` with `env` as its environment (the app's variables: NEO4J_*, PORT,
 * LOG_LEVEL; API_BENCH_DOCS for the in-memory store's corpus). Returns at once, so that the caller can register
 * `stop` before anything else may fail; `ready` tells when it listens.
 */
export function startServerProcess(role: ServerRole, env: Record<string, string | undefined>): ServerProcess {
  const child: ChildProcess = fork(__filename, [role], {
    env: { ...env, API_BENCH_SERVER_ROLE: role },
    // Compiled (as `npm run bench` runs it), the child runs this file's JavaScript as the parent does; as TypeScript,
    // with tsx's loader: the parent's own flags carry it when the parent runs under tsx.
    execArgv: [
      ...process.execArgv.filter((a) => !a.startsWith('--inspect')),
      ...(path.extname(__filename) === '.js' || process.execArgv.some((a) => a.includes('tsx'))
        ? []
        : ['--import', 'tsx']),
    ],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let exited = false;
  const gone = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      resolve();
    }),
  );
  const ready = new Promise<{ url: string; detail: string | undefined }>((resolve, reject) => {
    const fail = (message: string): void => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(message));
    };
    const timer = setTimeout(
      () => fail(`${role} server process did not start within ${START_TIMEOUT_MS / 1000} s`),
      START_TIMEOUT_MS,
    );
    const early = (code: number | null, signal: NodeJS.Signals | null): void =>
      fail(`${role} server process exited (${signal ?? code}) before it was ready`);
    child.once('exit', early);
    child.once('message', (m: FromChild) => {
      if (m.type !== 'ready') return fail(m.message);
      clearTimeout(timer);
      child.off('exit', early);
      resolve({ url: m.url, detail: m.detail });
    });
  });
  // A start that fails is reported through `ready`; unobserved, it must not end the process on its own.
  ready.catch(() => undefined);
  return {
    ready,
    async stop() {
      if (exited) return;
      if (child.connected) child.send({ type: 'stop' } satisfies ToChild);
      else child.kill('SIGTERM');
      const timeout = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await gone;
      clearTimeout(timeout);
    },
  };
}

// ---- the child side ----------------------------------------------------------------------------------------------

async function writeAll(store: GraphStore, graphs: readonly DocumentGraph[]): Promise<void> {
  for (let i = 0; i < graphs.length; i += 250) {
    const outcomes = await store.writeDocuments(graphs.slice(i, i + 250));
    const failed = outcomes.find((o) => o.status === 'failed');
    if (failed && failed.status === 'failed') throw failed.error;
  }
}

async function serve(): Promise<void> {
  const reply = (m: FromChild): void => {
    process.send?.(m);
  };
  // The bench gone (crashed or killed), now or while loading: stop too, rather than hold the port.
  process.on('disconnect', () => process.exit(0));
  // Asked to stop while still loading: there is nothing to close yet.
  const early = (m: ToChild): void => {
    if (m.type === 'stop') process.exit(0);
  };
  process.on('message', early);
  const config = loadConfig(process.env);
  const memory = createMemoryStore();
  await memory.init();
  const t0 = performance.now();
  const graphs = await corpusGraphs(Number(process.env.API_BENCH_DOCS ?? 1000));
  await writeAll(memory, graphs);
  const detail = `parsed and wrote ${graphs.length} documents in ${((performance.now() - t0) / 1000).toFixed(1)} s`;
  graphs.length = 0;
  const server = createServer({ config, store: memory, logger: createLogger(config.logLevel) });
  await server.start({ host: '127.0.0.1' });
  server.markReady();
  process.off('message', early);
  process.on('message', (m: ToChild) => {
    if (m.type !== 'stop') return;
    void (async () => {
      await server.stop().catch(() => undefined);
      await memory.close().catch(() => undefined);
      process.exit(0);
    })();
  });
  reply({ type: 'ready', url: `http://127.0.0.1:${config.port}/graphql`, detail });
}

if (process.env.API_BENCH_SERVER_ROLE === 'api-memory' && process.send) {
  serve().catch((e: unknown) => {
    process.send?.({ type: 'failed', message: (e as Error).stack ?? String(e) } satisfies FromChild);
    process.exit(1);
  });
}
