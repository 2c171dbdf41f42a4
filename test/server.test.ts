/**
 * The HTTP server in-process, on a free port, over the in-memory store loaded with the bundled corpus: health,
 * GraphQL over POST and GET (HTTP caching, APQ), CORS, exports, error masking, the playground, config switches,
 * request logs and graceful stop.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import pino from 'pino';
import { createMemoryStore, StoreError } from '../graph';
import type { GraphStore } from '../graph';
import { load } from '../src/commands/load';
import { BUNDLED_CORPUS_DIR, loadConfig } from '../src/config';
import { createServer, EXAMPLES_DIR, readExamples } from '../src/server';
import type { ApiServer } from '../src/server';

type Json = Record<string, unknown>;

interface Running {
  readonly server: ApiServer;
  readonly base: string;
  readonly logs: Json[];
  close(): Promise<void>;
}

async function loadedStore(): Promise<GraphStore> {
  const store = createMemoryStore();
  await store.init();
  const out = new PassThrough();
  out.resume();
  const summary = await load({ store, paths: [BUNDLED_CORPUS_DIR], out });
  expect(summary.failed).toBe(0);
  return store;
}

async function start(
  env: Record<string, string> = {},
  options: { store?: GraphStore; ready?: boolean } = {},
): Promise<Running> {
  const store = options.store ?? (await loadedStore());
  const logs: Json[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) logs.push(JSON.parse(line) as Json);
      callback();
    },
  });
  const logger = pino({ level: 'debug' }, sink);
  const server = createServer({ config: loadConfig(env), store, logger, stopGracePeriodMs: 2_000 });
  const { port } = await server.start({ port: 0, host: '127.0.0.1' });
  if (options.ready ?? true) server.markReady();
  return {
    server,
    base: `http://127.0.0.1:${port}`,
    logs,
    async close() {
      await server.stop();
      await store.close();
    },
  };
}

/** GET with Apollo's CSRF-prevention header, as a dashboard sends it. */
function getQuery(base: string, params: Json, headers: Record<string, string> = {}): Promise<Response> {
  const search = new URLSearchParams(
    Object.entries(params).map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
  );
  return fetch(`${base}/graphql?${search}`, { headers: { 'apollo-require-preflight': 'true', ...headers } });
}

/** A GET with exactly these headers (node:http, unlike fetch(), adds no cache directives of its own). */
function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

function post(base: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

async function json(res: Response): Promise<Json> {
  return (await res.json()) as Json;
}

function errorsOf(body: Json): { message: string; extensions?: Json }[] {
  return (body.errors ?? []) as { message: string; extensions?: Json }[];
}

const STATS = '{ stats { nodes { type count } } }';

describe('the HTTP server', () => {
  let api: Running;
  beforeAll(async () => {
    api = await start({ CORS_ORIGINS: 'https://dash.example.org' });
  });
  afterAll(() => api.close());

  describe('health', () => {
    it('answers 200 with JSON once the store is ready', async () => {
      const res = await fetch(`${api.base}/health`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await res.json()).toEqual({ status: 'ok', store: 'memory' });
    });

    it('answers 503 before (and GraphQL and exports too), then 200 after markReady', async () => {
      const store = createMemoryStore();
      await store.init();
      const starting = await start({}, { store, ready: false });
      try {
        expect((await fetch(`${starting.base}/health`)).status).toBe(503);
        const gql = await post(starting.base, { query: STATS });
        expect(gql.status).toBe(503);
        expect(errorsOf(await json(gql))[0]?.extensions?.code).toBe('STORE_UNAVAILABLE');
        expect((await fetch(`${starting.base}/export/graph.json`)).status).toBe(503);
        starting.server.markReady();
        expect((await fetch(`${starting.base}/health`)).status).toBe(200);
      } finally {
        await starting.close();
      }
    });
  });

  describe('GraphQL', () => {
    it('answers a POST query, uncached', async () => {
      const res = await post(api.base, { query: STATS });
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const body = await json(res);
      expect(body.errors).toBeUndefined();
      expect((body.data as { stats: { nodes: unknown[] } }).stats.nodes.length).toBeGreaterThan(0);
    });

    it('serves every analyst question, with its default variables, within the limits', async () => {
      const examples = readExamples();
      expect(examples).toHaveLength(12);
      for (const example of examples) {
        const res = await post(api.base, { query: example.query, variables: example.variables });
        const body = await json(res);
        expect({ file: example.file, status: res.status, errors: body.errors }).toEqual({
          file: example.file,
          status: 200,
          errors: undefined,
        });
        expect(body.data).toBeTruthy();
      }
    });

    it('bundles the analysts’ questions exactly as the shared contract writes them', () => {
      const shared = path.resolve(__dirname, '..', '..', 'shared', 'analyst-questions');
      if (!existsSync(shared)) return; // the contract lives outside the repository; compared where it is present
      for (const example of readExamples()) {
        expect(readFileSync(path.join(EXAMPLES_DIR, example.file), 'utf8')).toBe(
          readFileSync(path.join(shared, example.file), 'utf8'),
        );
      }
    });

    it('answers GET queries with Cache-Control and a strong ETag, and 304 to If-None-Match', async () => {
      const first = await getQuery(api.base, { query: STATS });
      expect(first.status).toBe(200);
      expect(first.headers.get('cache-control')).toBe('public, max-age=60');
      const etag = first.headers.get('etag');
      const text = await first.text();
      expect(etag).toMatch(/^"[^"]+"$/);
      const again = await getQuery(api.base, { query: STATS });
      expect(again.headers.get('etag')).toBe(etag);
      expect(await again.text()).toBe(text);
      // As a browser revalidates its cached copy (fetch() would add Cache-Control: no-cache, which asks for a 200).
      const revalidated = await rawGet(`${api.base}/graphql?query=${encodeURIComponent(STATS)}`, {
        'apollo-require-preflight': 'true',
        'if-none-match': etag ?? '',
      });
      expect(revalidated.status).toBe(304);
      expect(revalidated.body).toBe('');
      const other = await getQuery(api.base, { query: '{ stats { relationships { type count } } }' });
      expect(other.headers.get('etag')).not.toBe(etag);
    });

    it('answers POST with the same result as GET, not stored and without an ETag', async () => {
      const viaPost = await post(api.base, { query: STATS });
      expect(viaPost.status).toBe(200);
      expect(viaPost.headers.get('content-type')).toMatch(/^application\/json/);
      expect(viaPost.headers.get('cache-control')).toBe('no-store');
      expect(viaPost.headers.get('x-content-type-options')).toBe('nosniff');
      expect(viaPost.headers.get('etag')).toBeNull();
      const viaGet = await getQuery(api.base, { query: STATS });
      expect(await viaPost.json()).toEqual(await viaGet.json());
      // A query string on a POST is ignored (Apollo reads it for GET only), as with any GraphQL server.
      const withSearch = await fetch(`${api.base}/graphql?utm=x`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: STATS }),
      });
      expect(withSearch.status).toBe(200);
    });

    it('does not let caches keep a GET result with errors', async () => {
      const res = await getQuery(api.base, { query: '{ search(text: "") { score } }' });
      const body = await json(res);
      expect(errorsOf(body)[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.headers.get('cache-control')).toBe('no-store');
    });

    it('refuses a GET without a CSRF-prevention header (simple cross-site requests)', async () => {
      const res = await fetch(`${api.base}/graphql?query=${encodeURIComponent(STATS)}`);
      expect(res.status).toBe(400);
      expect(errorsOf(await json(res))[0]?.message).toMatch(/CSRF/);
    });

    it('registers an automatic persisted query, then answers GET with the hash only', async () => {
      const query = '{ stats { documents { id language } } }';
      const sha256Hash = createHash('sha256').update(query).digest('hex');
      const extensions = { persistedQuery: { version: 1, sha256Hash } };
      const unknown = await getQuery(api.base, { extensions });
      expect(errorsOf(await json(unknown))[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      const registered = await post(api.base, { query, extensions });
      expect((await json(registered)).errors).toBeUndefined();
      const byHash = await getQuery(api.base, { extensions });
      expect(byHash.status).toBe(200);
      expect(byHash.headers.get('cache-control')).toBe('public, max-age=60');
      const body = await json(byHash);
      expect(body.errors).toBeUndefined();
      expect((body.data as { stats: { documents: unknown[] } }).stats.documents).toHaveLength(3);
    });

    it('is read-only: no mutations, no batching', async () => {
      const mutation = await post(api.base, { query: 'mutation { stats { nodes { type } } }' });
      expect(mutation.status).toBe(400);
      const [error] = errorsOf(await json(mutation));
      expect(error?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(error?.message).toMatch(/read-only/);
      const viaGet = await getQuery(api.base, { query: 'mutation { stats { nodes { type } } }' });
      expect(viaGet.status).toBe(400);
      const batch = await post(api.base, [{ query: STATS }, { query: STATS }]);
      expect(batch.status).toBe(400);
      expect(errorsOf(await json(batch))[0]?.message).toMatch(/batching/i);
    });

    it('wants JSON bodies', async () => {
      const res = await fetch(`${api.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: STATS,
      });
      expect(res.status).toBe(415);
      const broken = await fetch(`${api.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query": ',
      });
      expect(broken.status).toBe(400);
      expect(errorsOf(await json(broken))[0]?.extensions?.code).toBe('BAD_REQUEST');
    });

    it('logs one line per request with method, path, status, duration and operation name', async () => {
      await post(api.base, { query: 'query CountThings { stats { nodes { count } } }' });
      await new Promise((resolve) => setTimeout(resolve, 20));
      const line = api.logs.filter((l) => l.msg === 'request' && l.operationName === 'CountThings');
      expect(line).toHaveLength(1);
      expect(line[0]).toMatchObject({ method: 'POST', path: '/graphql', status: 200 });
      expect(typeof line[0]?.ms).toBe('number');
    });

    it('logs the whole path of a request a mounted router serves (/export/…)', async () => {
      const res = await fetch(`${api.base}/export/graph.json`);
      expect(res.status).toBe(200);
      await res.arrayBuffer();
      await new Promise((resolve) => setTimeout(resolve, 20));
      const paths = api.logs.filter((l) => l.msg === 'request' && l.method === 'GET').map((l) => l.path);
      expect(paths).toContain('/export/graph.json');
      expect(paths).not.toContain('/graph.json');
    });
  });

  describe('CORS', () => {
    it('lets an allowed origin read responses, and answers its preflight', async () => {
      const res = await post(api.base, { query: STATS }, { origin: 'https://dash.example.org' });
      expect(res.headers.get('access-control-allow-origin')).toBe('https://dash.example.org');
      const preflight = await fetch(`${api.base}/graphql`, {
        method: 'OPTIONS',
        headers: {
          origin: 'https://dash.example.org',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('https://dash.example.org');
      expect(preflight.headers.get('access-control-allow-methods')).toMatch(/POST/);
    });

    it('gives a refused origin no CORS headers, so browsers withhold the response', async () => {
      const res = await post(api.base, { query: STATS }, { origin: 'https://evil.example.com' });
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      const preflight = await fetch(`${api.base}/graphql`, {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'POST' },
      });
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('is same-origin only by default', async () => {
      const plain = await start();
      try {
        const res = await post(plain.base, { query: STATS }, { origin: 'https://dash.example.org' });
        expect(res.status).toBe(200);
        expect(res.headers.get('access-control-allow-origin')).toBeNull();
      } finally {
        await plain.close();
      }
    });
  });

  describe('exports', () => {
    it('serves the graph as JSON nodes and edges', async () => {
      const res = await fetch(`${api.base}/export/graph.json`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(res.headers.get('etag')).toBeTruthy();
      const graph = (await res.json()) as { nodes: { id: string; label: string }[]; edges: { source: string }[] };
      expect(graph.nodes.length).toBeGreaterThan(100);
      expect(graph.edges.length).toBeGreaterThan(100);
      expect(graph.nodes.every((n) => typeof n.label === 'string')).toBe(true);
    });

    it('serves GraphML', async () => {
      const res = await fetch(`${api.base}/export/graph.graphml`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/graphml\+xml/);
      const text = await res.text();
      expect(text.startsWith('<?xml')).toBe(true);
      expect(text).toMatch(/<graphml xmlns="http:\/\/graphml\.graphdrawing\.org\/xmlns">/);
      expect(text).toMatch(/<node id=/);
    });

    it('lists the CSV files and serves each one', async () => {
      const index = await fetch(`${api.base}/export/csv/`);
      expect(index.status).toBe(200);
      const { files } = (await index.json()) as { files: { name: string; url: string }[] };
      expect(files.map((f) => f.name)).toEqual(expect.arrayContaining(['nodes-Resolution.csv']));
      for (const file of files) {
        const res = await fetch(`${api.base}${file.url}`);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
        const header = (await res.text()).split('\n')[0];
        expect(header).toMatch(file.name.startsWith('nodes-') ? /^id:ID,:LABEL/ : /^:START_ID,:END_ID,:TYPE/);
      }
      const missing = await fetch(`${api.base}/export/csv/nothing.csv`);
      expect(missing.status).toBe(404);
      expect(errorsOf(await json(missing))[0]?.extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('the playground', () => {
    it('serves GraphiQL to browsers, from its own files (no CDN), with the questions preloaded', async () => {
      const res = await fetch(`${api.base}/graphql`, { headers: { accept: 'text/html,*/*;q=0.8' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
      const html = await res.text();
      expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
      expect(html).not.toMatch(/apollographql|embeddable-sandbox|cdn\./i);
      expect(html).toContain('query StudyGroupMandates($number: Int!)');
      const links = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
      const assets = links.filter((link) => !link.startsWith('data:'));
      expect(assets).toHaveLength(5);
      expect(assets.every((asset) => asset.startsWith('/playground/'))).toBe(true);
      for (const asset of assets) {
        const file = await fetch(`${api.base}${asset}`);
        expect(file.status).toBe(200);
        expect(file.headers.get('content-type')).toMatch(asset.endsWith('.css') ? /^text\/css/ : /javascript/);
      }
    });

    it('answers JSON clients at the same URL with GraphQL, not the page', async () => {
      const res = await fetch(`${api.base}/graphql`, { headers: { 'apollo-require-preflight': 'true' } });
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    });
  });
});

describe('error masking', () => {
  /** A store whose `search` fails as told, to make a resolver throw. */
  function failingStore(inner: GraphStore, error: () => Error): GraphStore {
    return new Proxy(inner, {
      get(target, prop, receiver) {
        if (prop === 'search') return () => Promise.reject(error());
        return Reflect.get(target, prop, receiver) as unknown;
      },
    });
  }
  const SEARCH = '{ search(text: "health") { score } }';

  it('turns an unexpected resolver error into INTERNAL_SERVER_ERROR, without message or stack trace', async () => {
    const secret = new Error('ECONNRESET while reading /srv/secret/index.bin');
    const api = await start({}, { store: failingStore(await loadedStore(), () => secret) });
    try {
      const res = await post(api.base, { query: SEARCH });
      const text = await res.text();
      expect(text).not.toMatch(/secret|ECONNRESET|stacktrace|\bat /);
      const [error] = errorsOf(JSON.parse(text) as Json);
      expect(error).toEqual({
        message: 'Internal server error',
        locations: expect.any(Array),
        path: ['search'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      // ...but the real error is in the server's log.
      expect(JSON.stringify(api.logs)).toContain('/srv/secret/index.bin');
    } finally {
      await api.close();
    }
  });

  it('keeps the code of a store outage, with a safe message', async () => {
    const timeout = new StoreError('STORE_TIMEOUT', 'search: Neo4j at bolt://10.0.0.7:7687 did not answer in time');
    const api = await start({}, { store: failingStore(await loadedStore(), () => timeout) });
    try {
      const text = await (await post(api.base, { query: SEARCH })).text();
      expect(text).not.toContain('10.0.0.7');
      const [error] = errorsOf(JSON.parse(text) as Json);
      expect(error?.extensions).toEqual({ code: 'STORE_TIMEOUT' });
      expect(error?.message).toMatch(/did not answer in time/);
    } finally {
      await api.close();
    }
  });

  it('keeps the real error and its stack trace in development (NODE_ENV=development)', async () => {
    const api = await start(
      { NODE_ENV: 'development' },
      { store: failingStore(await loadedStore(), () => new Error('the real reason')) },
    );
    try {
      const [error] = errorsOf(await json(await post(api.base, { query: SEARCH })));
      expect(error?.message).toBe('the real reason');
      expect(error?.extensions?.stacktrace).toBeDefined();
    } finally {
      await api.close();
    }
  });

  it('hides field suggestions that would reveal the schema', async () => {
    const api = await start();
    try {
      const [error] = errorsOf(await json(await post(api.base, { query: '{ stat { nodes { type } } }' })));
      expect(error?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(error?.message).not.toMatch(/Did you mean/);
    } finally {
      await api.close();
    }
  });
});

describe('configuration switches', () => {
  const INTROSPECTION = '{ __schema { queryType { name } } }';

  it('answers introspection by default', async () => {
    const api = await start();
    try {
      const body = await json(await post(api.base, { query: INTROSPECTION }));
      expect(body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    } finally {
      await api.close();
    }
  });

  it('refuses introspection with GRAPHQL_INTROSPECTION=false', async () => {
    const api = await start({ GRAPHQL_INTROSPECTION: 'false' });
    try {
      const res = await post(api.base, { query: INTROSPECTION });
      expect(res.status).toBe(400);
      const [error] = errorsOf(await json(res));
      expect(error?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(error?.message).toMatch(/introspection/i);
    } finally {
      await api.close();
    }
  });

  it('serves no playground with GRAPHQL_PLAYGROUND=false', async () => {
    const api = await start({ GRAPHQL_PLAYGROUND: 'false' });
    try {
      const res = await fetch(`${api.base}/graphql`, { headers: { accept: 'text/html' } });
      expect(res.headers.get('content-type')).not.toMatch(/html/);
      expect((await fetch(`${api.base}/playground/graphiql.min.js`)).status).toBe(404);
    } finally {
      await api.close();
    }
  });
});

describe('stopping', () => {
  it('finishes in-flight requests, then refuses new connections', async () => {
    const inner = await loadedStore();
    let entered: () => void = () => undefined;
    const inFlight = new Promise<void>((resolve) => (entered = resolve));
    const slow = new Proxy(inner, {
      get(target, prop, receiver) {
        if (prop === 'counts') {
          return async () => {
            entered();
            await new Promise((resolve) => setTimeout(resolve, 300));
            return target.counts();
          };
        }
        return Reflect.get(target, prop, receiver) as unknown;
      },
    });
    const api = await start({}, { store: slow });
    const pending = post(api.base, { query: STATS });
    await inFlight;
    const stopped = api.server.stop();
    const res = await pending;
    expect(res.status).toBe(200);
    expect((await json(res)).errors).toBeUndefined();
    await stopped;
    expect(api.server.ready).toBe(false);
    await expect(fetch(`${api.base}/health`)).rejects.toThrow();
    await inner.close();
  });
});
