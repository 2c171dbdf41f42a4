/**
 * Requests an exposed GraphQL API must refuse before doing the work they ask for: alias bombs, deep cyclic
 * nesting, duplicated-field floods, directive floods, oversized bodies. Each gets a 4xx with a stable code and a
 * message naming the limit; the server stays up.
 */
import { PassThrough } from 'node:stream';
import pino from 'pino';
import { createMemoryStore } from '../graph';
import type { GraphStore } from '../graph';
import { load } from '../src/commands/load';
import { BUNDLED_CORPUS_DIR, loadConfig } from '../src/config';
import { createServer, GRAPHQL_LIMITS, MAX_BODY_BYTES } from '../src/server';
import type { ApiServer } from '../src/server';

interface GraphQLErrorBody {
  errors?: { message: string; extensions?: { code?: string } }[];
  data?: unknown;
}

let store: GraphStore;
let server: ApiServer;
let base: string;

beforeAll(async () => {
  store = createMemoryStore();
  await store.init();
  const out = new PassThrough();
  out.resume();
  await load({ store, paths: [BUNDLED_CORPUS_DIR], out });
  server = createServer({ config: loadConfig({}), store, logger: pino({ level: 'silent' }) });
  const { port } = await server.start({ port: 0, host: '127.0.0.1' });
  server.markReady();
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await server.stop();
  await store.close();
});

async function post(query: string): Promise<{ status: number; body: GraphQLErrorBody }> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, body: (await res.json()) as GraphQLErrorBody };
}

function firstError(body: GraphQLErrorBody): { message: string; code: string | undefined } {
  const [error] = body.errors ?? [];
  return { message: error?.message ?? '', code: error?.extensions?.code };
}

describe('abusive queries are refused before execution', () => {
  it('an alias bomb (120 aliases)', async () => {
    const aliases = Array.from({ length: 120 }, (_, i) => `a${i}: stats { __typename }`).join('\n');
    const { status, body } = await post(`{ ${aliases} }`);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    const error = firstError(body);
    expect(error.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toMatch(new RegExp(`Aliases limit of ${GRAPHQL_LIMITS.maxAliases} exceeded`));
  });

  it('10 levels of cyclic nesting (resolution -> versions -> resolution -> ...)', async () => {
    let selection = 'id';
    for (let i = 0; i < 5; i++) selection = `versions { resolution { ${selection} } }`;
    const { status, body } = await post(`{ resolution(body: WTSA, number: "78") { ${selection} } }`);
    expect(status).toBe(400);
    const error = firstError(body);
    expect(error.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toMatch(new RegExp(`Query depth limit of ${GRAPHQL_LIMITS.maxDepth} exceeded`));
  });

  it('2,000 duplicated fields', async () => {
    const fields = Array.from({ length: 2000 }, () => 'count').join(' ');
    const { status, body } = await post(`{ stats { nodes { ${fields} } } }`);
    expect(status).toBe(400);
    const error = firstError(body);
    expect(error.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(error.message).toMatch(new RegExp(`Document contains more tha[nt] ${GRAPHQL_LIMITS.maxTokens} tokens`));
  });

  it('a directive flood', async () => {
    const directives = Array.from({ length: 60 }, () => '@include(if: true)').join(' ');
    const { status, body } = await post(`{ stats ${directives} { nodes { count } } }`);
    expect(status).toBe(400);
    expect(firstError(body).message).toMatch(/Directives limit of \d+ exceeded/);
  });

  it('a wide and deep query over the cost limit', async () => {
    // Within the token, depth and alias limits, but wide at every level.
    const leaf = 'id name';
    const level3 = `relations { type direction other { id name } provenance { document clause quote start end } }`;
    const level2 = `mandates { role instruction { id kind heading addressees { ${leaf} } collaborators { ${leaf} } items { label text clause } provenance { document clause quote start end } version { id name year } } }`;
    const org = `id name acronym kind ${level3} ${level2}`;
    const aliases = Array.from({ length: 12 }, (_, i) => `o${i}: organizations { ${org} }`).join('\n');
    const { status, body } = await post(`{ ${aliases} }`);
    expect(status).toBe(400);
    expect(firstError(body).message).toMatch(new RegExp(`Query Cost limit of ${GRAPHQL_LIMITS.maxCost} exceeded`));
  });

  it('a 1 MB body', async () => {
    const query = `{ stats { nodes { count } } } # ${'x'.repeat(1024 * 1024)}`;
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    expect(res.status).toBe(413);
    const error = firstError((await res.json()) as GraphQLErrorBody);
    expect(error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(error.message).toContain(`the limit is ${MAX_BODY_BYTES} bytes`);
  });

  it('...and the server still answers afterwards', async () => {
    const { status, body } = await post('{ stats { nodes { type count } } }');
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });
});
