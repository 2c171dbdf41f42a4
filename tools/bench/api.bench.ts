/**
 * The GraphQL API over HTTP: p50 and p99 latency of five analysts' questions on Neo4j, each as a ratio to
 *   (a) the same answer fetched with hand-written Cypher through the same driver, in a managed read transaction
 *       (`executeRead`, as `driver.executeQuery` runs one), target p50 ≤ 1.5×; and, for reference, in an
 *       auto-commit one (`session.run`), as the API's store runs a read of one statement;
 *   (b) the Neo4j GraphQL Library (@neo4j/graphql, its own Apollo Server on express, over HTTP too) answering the
 *       nearest query it can express over the same data, target p50 ≤ 1.0 (we are faster);
 * and the same questions on the embedded in-memory store (our API only), as latencies and as ratios to Neo4j.
 * Every variant runs once a round, in one loop, in a new seeded random order each round, so machine noise hits all
 * alike and none always follows the same one. Our API on Neo4j and the Library run in this process, which is also
 * the HTTP client and runs the hand-written Cypher: the compared variants share its conditions. The API on the
 * in-memory store runs in a process of its own (./api-server-process), its 60,000-node graph out of this heap.
 *
 * Data: `corpusGraphs(1000)` (generated resolutions), written with the store's `writeDocuments`. Neo4j is the one at
 * NEO4J_URI (NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE as for the app; the corpus is written into it, which is
 * idempotent), else a local one started with `startLocalNeo4j` and stopped at the end.
 *
 * Usage: tsx tools/bench/api.bench.ts
 * Environment: API_BENCH_DOCS (default 1000), API_BENCH_ITERATIONS (timed rounds, default 200), API_BENCH_WARMUP
 * (rounds, default 20), API_BENCH_MAX_SECONDS (budget of the whole run, default 540: the timed loop stops before a
 * round that would end after it, and the rounds done are reported), LOG_LEVEL of the API servers (default warn).
 */
// As `npm start`: NODE_ENV production unless set, before graphql-js loads (for our servers and the library's).
import '../../src/production-mode';
import { isDeepStrictEqual } from 'node:util';
import http from 'node:http';
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import neo4j, { isInt } from 'neo4j-driver';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { connectNeo4j, createNeo4jStore } from '../../graph';
import type { DocumentGraph, GraphStore, VersionNode } from '../../graph';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { createServer, readExamples } from '../../src/server';
import { startLocalNeo4j } from '../neo4j';
import type { LocalNeo4j } from '../neo4j';
import { NEO4J_GRAPHQL_QUERIES, startNeo4jGraphQLServer } from './api-neo4j-graphql';
import { startServerProcess } from './api-server-process';
import { rng } from '../corpus/generate';
import { corpusGraphs } from './corpus';
import { report } from './harness';

const BENCH = 'api';
const QUESTIONS = [
  '01-instructed-groups',
  '02-mandates',
  '03-study-group-mandates',
  '06-organizations',
  '09-questions',
] as const;
type Question = (typeof QUESTIONS)[number];

const VARIANTS = ['api', 'cypher', 'cypherAutoCommit', 'library', 'memory'] as const;
type Variant = (typeof VARIANTS)[number];

function envInt(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name}: expected an integer ≥ ${min}, got '${raw}'`);
  return value;
}

/** A copy of `xs` in a random order (Fisher–Yates). */
function shuffled<T>(xs: readonly T[], random: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** The value at rank ⌈p·n⌉ of the sorted sample (nearest rank). */
function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))] ?? NaN;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

function log(line: string): void {
  process.stderr.write(`[api.bench] ${line}\n`);
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

// ---- what is asked -----------------------------------------------------------------------------------------------

/** Parameters taken from the generated corpus (nothing here knows it in advance). */
interface Params {
  /** A resolution with a loaded English text, and the year of that text's version. */
  readonly body: string;
  readonly number: string;
  readonly year: number;
  /** The ITU-T study group named in the most mandates (addressee or collaborator). */
  readonly studyGroup: number;
  readonly studyGroupMandates: number;
}

function pickParams(graphs: readonly DocumentGraph[]): Params {
  let version: VersionNode | undefined;
  for (const g of graphs) {
    if (g.document.language !== 'en' || g.document.kind !== 'resolution') continue;
    version = g.nodes.find((n): n is VersionNode => n.type === 'Version' && g.defines.includes(n.id));
    if (version) break;
  }
  if (!version) throw new Error('the generated corpus has no English resolution text');
  const groups = new Map<string, number>();
  for (const g of graphs) {
    for (const n of g.nodes) if (n.type === 'StudyGroup' && n.sector === 'ITU-T') groups.set(n.id, n.number);
  }
  const mandates = new Map<number, number>();
  for (const g of graphs) {
    for (const e of g.edges) {
      const number = groups.get(e.to);
      if (number !== undefined && (e.type === 'ADDRESSED_TO' || e.type === 'IN_COLLABORATION_WITH')) {
        mandates.set(number, (mandates.get(number) ?? 0) + 1);
      }
    }
  }
  const [studyGroup, count] = [...mandates].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [];
  if (studyGroup === undefined || count === undefined) throw new Error('the generated corpus has no ITU-T mandates');
  return {
    body: version.body,
    number: version.number,
    year: version.year,
    studyGroup,
    studyGroupMandates: count,
  };
}

interface Operation {
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

/** The analysts' questions as the playground has them, 01 and 02 asked of a resolution of the generated corpus. */
function apiOperations(params: Params): Record<Question, Operation> {
  const examples = new Map(readExamples().map((e) => [e.file.replace(/\.graphql$/, ''), e]));
  const operation = (question: Question, variables: Record<string, unknown> = {}): Operation => {
    const example = examples.get(question);
    if (!example) throw new Error(`no example operation ${question}.graphql in src/server/examples`);
    return { query: example.query, variables };
  };
  const ofResolution = (op: Operation): Operation => {
    const key = `resolution(body: ${params.body}, number: "${params.number}")`;
    const query = op.query.replace(/resolution\(body: \w+, number: "[^"]*"\)/, key);
    if (!query.includes(key)) throw new Error('the example does not ask for a resolution by body and number');
    return { ...op, query };
  };
  return {
    '01-instructed-groups': ofResolution(operation('01-instructed-groups')),
    '02-mandates': ofResolution(operation('02-mandates', { year: params.year })),
    '03-study-group-mandates': operation('03-study-group-mandates', { number: params.studyGroup }),
    '06-organizations': operation('06-organizations'),
    '09-questions': operation('09-questions'),
  };
}

// ---- answers in the API's shape ----------------------------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Driver values as plain JSON: Integers as numbers, `json:` strings decoded (as graph/neo4j/codec.ts stores them). */
function plain(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return value.toNumber();
  if (typeof value === 'string') return value.startsWith('json:') ? (JSON.parse(value.slice(5)) as Json) : value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'object') {
    const out: Record<string, Json> = {};
    for (const [k, v] of Object.entries(value)) out[k] = plain(v);
    return out;
  }
  return String(value);
}

/** The API's enum values for stored strings: 'ITU-T' -> 'ITU_T', 'un-agency' -> 'UN_AGENCY'. */
const enumValue = (s: Json): Json => (typeof s === 'string' ? s.toUpperCase().replace(/-/g, '_') : s);

type Obj = { [key: string]: Json };
const obj = (x: Json | undefined): Obj => (x && typeof x === 'object' && !Array.isArray(x) ? x : {});
const arr = (x: Json | undefined): Json[] => (Array.isArray(x) ? x : []);
/** The first item of a list (the library answers every relationship as a list), or null. */
const first = (x: Json | undefined): Obj | null => (arr(x).length > 0 ? obj(arr(x)[0]) : null);

function withSector<T extends Obj>(o: T): T {
  return 'sector' in o ? { ...o, sector: enumValue(o.sector ?? null) } : o;
}

function items(raw: Json): Json {
  return arr(raw).map((i) => ({ label: obj(i).label ?? null, text: obj(i).text ?? null }));
}

// ---- (a) hand-written Cypher -------------------------------------------------------------------------------------

/** What the hand-written Cypher runs its statement in: a managed read transaction or an auto-commit one. */
type Runner = <T>(work: (tx: Pick<ManagedTransaction, 'run'>) => Promise<T>) => Promise<T>;

/**
 * One read transaction per question in its own session with the driver's bookmark manager: by default a managed
 * one (`executeRead`), as `driver.executeQuery` runs a query, the driver's recommended way; with `autoCommit`, an
 * auto-commit transaction (`session.run`, access mode READ), as the API's store runs a read of one statement.
 */
function cypherRunner(driver: Driver, database: string | undefined, autoCommit: boolean): Runner {
  return async (work) => {
    const session = driver.session({
      ...(database ? { database } : {}),
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: driver.executeQueryBookmarkManager,
    });
    try {
      return await (autoCommit
        ? work({ run: (query, parameters) => session.run(query, parameters) })
        : session.executeRead(work));
    } finally {
      await session.close();
    }
  };
}

const CYPHER: Record<Question, string> = {
  '01-instructed-groups': `
    MATCH (r:Resolution {body: $body, number: $number})
    WITH r ORDER BY r.id LIMIT 1
    RETURN r { .id, .body, .number, .title,
      versions: COLLECT {
        MATCH (r)-[:HAS_VERSION]->(v:Version)
        WITH DISTINCT v
        RETURN v { .id, .year, .place,
          languages: COLLECT { MATCH (v)-[:HAS_DOCUMENT]->(d:Document) RETURN DISTINCT d.language AS l ORDER BY l },
          instructedGroups: COLLECT {
            MATCH (v)-[:INSTRUCTS]->(g:StudyGroup)
            WITH DISTINCT g
            RETURN g { .id, .sector, .number } ORDER BY g.sector, g.number
          }
        } ORDER BY v.year, v.id
      }
    } AS resolution`,
  '02-mandates': `
    MATCH (r:Resolution {body: $body, number: $number})
    WITH r ORDER BY r.id LIMIT 1
    OPTIONAL MATCH (r)-[h:HAS_VERSION]->(v:Version {year: $year})
    WITH v ORDER BY h.id LIMIT 1
    CALL (v) {
      OPTIONAL MATCH (v)-[:HAS_DOCUMENT]->(d:Document)
      WITH d ORDER BY CASE d.language WHEN 'en' THEN 0 ELSE 1 END, d.language LIMIT 1
      OPTIONAL MATCH (d)-[:HAS_INSTRUCTION]->(i:Instruction)
      WITH DISTINCT i
      CALL (i) {
        OPTIONAL MATCH (i)-[e:ADDRESSED_TO]->(a)
        WITH a, min([coalesce(e.provenance_span[0], 0), e.id]) AS first ORDER BY first
        RETURN collect(a { .id, .name }) AS addressees
      }
      CALL (i) {
        OPTIONAL MATCH (i)-[e:IN_COLLABORATION_WITH]->(a)
        WITH a, min([coalesce(e.provenance_span[0], 0), e.id]) AS first ORDER BY first
        RETURN collect(a { .id, .name }) AS collaborators
      }
      WITH i, addressees, collaborators ORDER BY i.order
      RETURN collect(i { .id, .kind, .items, .document, .clause, .heading, addressees, collaborators }) AS instructions
    }
    RETURN v IS NOT NULL AS found, v.year AS year, instructions`,
  '03-study-group-mandates': `
    MATCH (g:StudyGroup {sector: $sector, number: $number})
    WITH g ORDER BY g.id LIMIT 1
    RETURN g { .id, .sector, .number, .title,
      mandates: COLLECT {
        MATCH (g)<-[e:ADDRESSED_TO|IN_COLLABORATION_WITH]-(i:Instruction)
        MATCH (v:Version {id: i.version})
        MATCH (r:Resolution {id: v.resolution})
        RETURN {
          role: CASE type(e) WHEN 'ADDRESSED_TO' THEN 'ADDRESSEE' ELSE 'COLLABORATOR' END,
          instruction: { kind: i.kind, version: { year: v.year, resolution: { body: r.body, number: r.number } } }
        } AS m ORDER BY i.version, i.order, e.id
      }
    } AS studyGroup`,
  '06-organizations': `
    MATCH (o:Organization)
    RETURN o { .id, .name, .acronym, .kind } AS organization ORDER BY o.name, o.id LIMIT $first`,
  '09-questions': `
    MATCH (q:Question)
    WITH q ORDER BY q.id LIMIT $first
    RETURN q { .id, .sector, .code, .title,
      studyGroup: coalesce(
        head(COLLECT { MATCH (q)-[e:STUDIED_BY]->(g) RETURN g { .sector, .number } ORDER BY e.id }),
        head(COLLECT {
          MATCH (g:StudyGroup {sector: q.sector, number: q.studyGroup}) RETURN g { .sector, .number } ORDER BY g.id
        })
      ),
      mentionedIn: COLLECT {
        MATCH (q)<-[:MENTIONS]-(v:Version)
        WITH DISTINCT v
        MATCH (r:Resolution {id: v.resolution})
        RETURN { year: v.year, resolution: { body: r.body, number: r.number } } AS m ORDER BY v.year, v.id
      }
    } AS question`,
};

/** Fetches each question's answer with {@link CYPHER} and shapes it as the API's `data`. */
function cypherAnswers(
  driver: Driver,
  database: string | undefined,
  params: Params,
  autoCommit: boolean,
): Record<Question, () => Promise<Json>> {
  const run = cypherRunner(driver, database, autoCommit);
  const rows = (question: Question, parameters: Record<string, unknown>) =>
    run(async (tx) => (await tx.run(CYPHER[question], parameters)).records.map((r) => plain(r.get(0))));
  const resolution = { body: params.body, number: params.number };
  return {
    '01-instructed-groups': async () => {
      const [r] = await rows('01-instructed-groups', resolution);
      if (!r) return { resolution: null };
      const o = obj(r);
      return {
        resolution: {
          ...o,
          versions: arr(o.versions).map((v) => ({
            ...obj(v),
            instructedGroups: arr(obj(v).instructedGroups).map((g) => withSector(obj(g))),
          })),
        },
      };
    },
    '02-mandates': async () => {
      const records = await run(
        async (tx) => (await tx.run(CYPHER['02-mandates'], { ...resolution, year: neo4j.int(params.year) })).records,
      );
      const [record] = records;
      if (!record) return { resolution: null };
      if (!record.get('found')) return { resolution: { version: null } };
      return {
        resolution: {
          version: {
            year: plain(record.get('year')),
            instructions: arr(plain(record.get('instructions'))).map((x) => {
              const i = obj(x);
              return {
                id: i.id ?? null,
                kind: i.kind ?? null,
                addressees: i.addressees ?? [],
                collaborators: i.collaborators ?? [],
                items: items(i.items ?? null),
                provenance: { document: i.document ?? null, clause: i.clause ?? null, quote: i.heading ?? null },
              };
            }),
          },
        },
      };
    },
    '03-study-group-mandates': async () => {
      const [g] = await rows('03-study-group-mandates', { sector: 'ITU-T', number: neo4j.int(params.studyGroup) });
      return { studyGroup: g ? withSector(obj(g)) : null };
    },
    '06-organizations': async () => ({
      organizations: (await rows('06-organizations', { first: neo4j.int(100) })).map((o) => ({
        ...obj(o),
        kind: enumValue(obj(o).kind ?? null),
      })),
    }),
    '09-questions': async () => ({
      questions: (await rows('09-questions', { first: neo4j.int(100) })).map((x) => {
        const q = withSector(obj(x));
        return { ...q, studyGroup: q.studyGroup ? withSector(obj(q.studyGroup)) : null };
      }),
    }),
  };
}

// ---- over HTTP: our API and the library --------------------------------------------------------------------------

/**
 * One connection kept open per server, as a dashboard or a gateway would. node:http rather than fetch: on this machine
 * Node 20's fetch (undici) costs ≈0.2 ms more per request than node:http before the server is involved, plus ≈0.2 ms
 * more per POST (it writes headers and body separately), and client and servers share this process's one thread, so
 * that cost would be counted as the servers'. Both GraphQL servers are asked through the same client.
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

async function postGraphQL(url: string, operation: Operation): Promise<Obj> {
  const body = JSON.stringify(operation);
  const { status, text } = await new Promise<{ status: number; text: string }>((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
  const parsed = obj(JSON.parse(text) as Json);
  if (status !== 200 || parsed.errors) {
    throw new Error(`${url} answered ${status}: ${JSON.stringify(parsed.errors ?? parsed).slice(0, 500)}`);
  }
  return obj(parsed.data ?? null);
}

function apiAnswers(url: string, operations: Record<Question, Operation>): Record<Question, () => Promise<Json>> {
  const out = {} as Record<Question, () => Promise<Json>>;
  for (const q of QUESTIONS) out[q] = () => postGraphQL(url, operations[q]);
  return out;
}

/** The library's answers, reshaped by the client into the API's `data` (what a client of the library would do). */
function libraryAnswers(url: string, params: Params): Record<Question, () => Promise<Json>> {
  const ask = (question: Question, variables: Record<string, unknown> = {}) =>
    postGraphQL(url, { query: NEO4J_GRAPHQL_QUERIES[question], variables });
  const resolution = { body: params.body, number: params.number };
  return {
    '01-instructed-groups': async () => {
      const r = first((await ask('01-instructed-groups', resolution)).resolutions);
      if (!r) return { resolution: null };
      return {
        resolution: {
          ...r,
          versions: arr(r.versions).map((x) => {
            const { documents, instructedGroups, ...v } = obj(x);
            const languages = [...new Set(arr(documents).map((d) => String(obj(d).language)))].sort();
            return { ...v, languages, instructedGroups: arr(instructedGroups).map((g) => withSector(obj(g))) };
          }),
        },
      };
    },
    '02-mandates': async () => {
      const r = first((await ask('02-mandates', { ...resolution, year: params.year })).resolutions);
      if (!r) return { resolution: null };
      const v = first(r.versions);
      if (!v) return { resolution: { version: null } };
      const documents = arr(v.documents).map(obj);
      const document = documents.find((d) => d.language === 'en') ?? documents[0];
      return {
        resolution: {
          version: {
            year: v.year ?? null,
            instructions: arr(document?.instructions).map((x) => {
              const i = obj(x);
              return {
                id: i.id ?? null,
                kind: i.kind ?? null,
                addressees: i.addressees ?? [],
                collaborators: i.collaborators ?? [],
                items: items(plain(i.items)),
                provenance: { document: i.document ?? null, clause: i.clause ?? null, quote: i.heading ?? null },
              };
            }),
          },
        },
      };
    },
    '03-study-group-mandates': async () => {
      const g = first(
        (await ask('03-study-group-mandates', { sector: 'ITU-T', number: params.studyGroup })).studyGroups,
      );
      if (!g) return { studyGroup: null };
      const { addressedIn, collaboratorIn, ...group } = g;
      const mandate = (role: string) => (x: Json) => {
        const i = obj(x);
        const version = first(first(i.documentNode)?.version);
        return {
          key: [String(version?.id), Number(i.order)] as const,
          mandate: {
            role,
            instruction: {
              kind: i.kind ?? null,
              version: version ? { year: version.year ?? null, resolution: first(version.resolution) } : null,
            },
          },
        };
      };
      const mandates = [
        ...arr(addressedIn).map(mandate('ADDRESSEE')),
        ...arr(collaboratorIn).map(mandate('COLLABORATOR')),
      ].sort((a, b) => a.key[0].localeCompare(b.key[0]) || a.key[1] - b.key[1]);
      return { studyGroup: { ...withSector(group), mandates: mandates.map((m) => m.mandate) } };
    },
    '06-organizations': async () => ({
      organizations: arr((await ask('06-organizations')).organizations).map((o) => ({
        ...obj(o),
        kind: enumValue(obj(o).kind ?? null),
      })),
    }),
    '09-questions': async () => ({
      questions: arr((await ask('09-questions')).questions).map((x) => {
        const q = withSector(obj(x));
        const sg = first(q.studyGroup);
        return {
          ...q,
          studyGroup: sg ? withSector(sg) : null,
          mentionedIn: arr(q.mentionedIn).map((m) => ({
            year: obj(m).year ?? null,
            resolution: first(obj(m).resolution),
          })),
        };
      }),
    }),
  };
}

// ---- set-up and tear-down ----------------------------------------------------------------------------------------

interface Setup {
  readonly params: Params;
  readonly answers: Record<Variant, Record<Question, () => Promise<Json>>>;
  readonly neo4jNodes: number;
  /** Milliseconds the API's Neo4j store has spent in its calls since the last `take`, and back to 0. */
  readonly takeStoreMs: () => number;
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

/** What was started, stopped in reverse order whatever happens. */
class Resources {
  private readonly stops: { name: string; stop: () => Promise<unknown> }[] = [];
  add(name: string, stop: () => Promise<unknown>): void {
    this.stops.push({ name, stop });
  }
  async stopAll(): Promise<void> {
    for (const { name, stop } of this.stops.reverse()) {
      try {
        await stop();
      } catch (err) {
        log(`could not stop ${name}: ${(err as Error).message}`);
      }
    }
  }
}

async function writeAll(store: GraphStore, graphs: readonly DocumentGraph[]): Promise<number> {
  const started = performance.now();
  const chunk = 250;
  for (let i = 0; i < graphs.length; i += chunk) {
    const outcomes = await store.writeDocuments(graphs.slice(i, i + chunk));
    const failed = outcomes.find((o) => o.status === 'failed');
    if (failed && failed.status === 'failed') throw failed.error;
  }
  return performance.now() - started;
}

async function setUp(resources: Resources): Promise<Setup> {
  const documents = envInt('API_BENCH_DOCS', 1000, 1);
  const env: Record<string, string | undefined> = { LOG_LEVEL: 'warn', ...process.env };
  let local: LocalNeo4j | undefined;
  // The JVM starts while the corpus is parsed.
  const [graphs] = await Promise.all([
    (async () => {
      const t0 = performance.now();
      const gs = await corpusGraphs(documents);
      log(`parsed ${gs.length} generated resolutions in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      return gs;
    })(),
    (async () => {
      if (env.NEO4J_URI) return;
      local = await startLocalNeo4j({ heap: '1g', pageCache: '512m', log });
      const db = local;
      resources.add('local Neo4j', () => db.stop());
    })(),
  ]);
  const neo4jConfig = loadConfig({
    ...env,
    ...(local ? { NEO4J_URI: local.uri } : {}),
    PORT: String(await freePort()),
  });
  const { neo4j: nc } = neo4jConfig;
  if (!nc) throw new Error('no Neo4j configured');
  const memoryEnv = Object.fromEntries(Object.entries(env).filter(([k]) => !k.startsWith('NEO4J_')));
  // The in-memory store's server in a process of its own (see ./api-server-process), loading the corpus while
  // Neo4j is written.
  const memoryServer = startServerProcess('api-memory', {
    ...memoryEnv,
    API_BENCH_DOCS: String(documents),
    PORT: String(await freePort()),
  });
  resources.add('API server (memory)', () => memoryServer.stop());

  const driver = await connectNeo4j({ uri: nc.uri, username: nc.username, password: nc.password });
  resources.add('driver', () => driver.close());
  const store = createNeo4jStore({
    driver,
    uri: nc.uri,
    queryTimeoutMs: nc.queryTimeoutMs,
    ...(nc.database ? { database: nc.database } : {}),
  });
  resources.add('Neo4j store', () => store.close());
  await store.init();
  const neo4jMs = await writeAll(store, graphs);
  const counts = await store.counts();
  const neo4jNodes = counts.nodes.reduce((s, c) => s + c.count, 0);
  log(`Neo4j: wrote ${graphs.length} documents in ${(neo4jMs / 1000).toFixed(1)} s (${neo4jNodes} nodes)`);

  const params = pickParams(graphs);
  graphs.length = 0;
  const operations = apiOperations(params);
  // Our API on Neo4j and the Library in this process, with the hand-written Cypher (see ./api-server-process).
  const timed = timedStore(store);
  const api = createServer({ config: neo4jConfig, store: timed.store, logger: createLogger(neo4jConfig.logLevel) });
  await api.start({ host: '127.0.0.1' });
  resources.add('API server (Neo4j)', () => api.stop());
  api.markReady();
  const apiUrl = `http://127.0.0.1:${neo4jConfig.port}/graphql`;
  const library = await startNeo4jGraphQLServer({ driver, ...(nc.database ? { database: nc.database } : {}) });
  resources.add('@neo4j/graphql server', () => library.stop());
  const memory = await memoryServer.ready;
  log(`memory: ${memory.detail ?? 'ready'}`);
  return {
    params,
    neo4jNodes,
    takeStoreMs: timed.take,
    answers: {
      api: apiAnswers(apiUrl, operations),
      cypher: cypherAnswers(driver, nc.database, params, false),
      cypherAutoCommit: cypherAnswers(driver, nc.database, params, true),
      library: libraryAnswers(library.url, params),
      memory: apiAnswers(memory.url, operations),
    },
  };
}

// ---- the run -----------------------------------------------------------------------------------------------------

/** A short description of the first difference between two answers, or null when they are equal. */
function difference(a: Json, b: Json, at = ''): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${at || '.'}: ${a.length} items vs ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = difference(a[i] ?? null, b[i] ?? null, `${at}[${i}]`);
      if (d) return d;
    }
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = difference(a[k] ?? null, b[k] ?? null, `${at}.${k}`);
      if (d) return d;
    }
  }
  return `${at || '.'}: ${JSON.stringify(a)?.slice(0, 160)} vs ${JSON.stringify(b)?.slice(0, 160)}`;
}

/** Compares every variant's answer with the API's on Neo4j, once, before timing. */
async function checkAnswers(setup: Setup): Promise<Record<Question, Record<Variant, string | null>>> {
  const out = {} as Record<Question, Record<Variant, string | null>>;
  for (const q of QUESTIONS) {
    const reference = await setup.answers.api[q]();
    const row = {} as Record<Variant, string | null>;
    for (const v of VARIANTS) {
      row[v] = difference(reference, await setup.answers[v][q]());
      if (row[v]) log(`${q}: ${v} differs from the API on Neo4j at ${row[v]}`);
    }
    out[q] = row;
  }
  return out;
}

async function main(): Promise<void> {
  const iterations = envInt('API_BENCH_ITERATIONS', 200, 1);
  const warmup = envInt('API_BENCH_WARMUP', 20, 0);
  const deadline = performance.now() + envInt('API_BENCH_MAX_SECONDS', 540, 1) * 1000;
  const resources = new Resources();
  try {
    const setup = await setUp(resources);
    const { params } = setup;
    log(
      `questions about ${params.body} Resolution ${params.number} (${params.year}) and ITU-T SG${params.studyGroup} ` +
        `(${params.studyGroupMandates} mandates)`,
    );
    const differences = await checkAnswers(setup);
    const times = Object.fromEntries(
      QUESTIONS.map((q) => [q, Object.fromEntries(VARIANTS.map((v) => [v, [] as number[]]))]),
    ) as Record<Question, Record<Variant, number[]>>;
    // Per API request on Neo4j: its time in the store's calls, and the rest (HTTP, Apollo, execution, response).
    const inStore = Object.fromEntries(QUESTIONS.map((q) => [q, [] as number[]])) as Record<Question, number[]>;
    const outsideStore = Object.fromEntries(QUESTIONS.map((q) => [q, [] as number[]])) as Record<Question, number[]>;
    // A new order each round, so that no variant always follows the same one (a rotation did: the API on Neo4j ran
    // right after the in-memory server's answer every time, while that process was still busy).
    const random = rng(1);
    const started = performance.now();
    let rounds = 0;
    let roundMs = 0;
    for (let i = -warmup; i < iterations; i++) {
      const roundStart = performance.now();
      if (i >= 0 && roundStart + roundMs > deadline) {
        log(`stopping after ${rounds} timed rounds: API_BENCH_MAX_SECONDS is near`);
        break;
      }
      for (const q of QUESTIONS) {
        for (const v of shuffled(VARIANTS, random)) {
          setup.takeStoreMs();
          const t0 = performance.now();
          await setup.answers[v][q]();
          const dt = performance.now() - t0;
          const storeMs = setup.takeStoreMs();
          if (i >= 0) times[q][v].push(dt);
          if (i >= 0 && v === 'api') {
            inStore[q].push(storeMs);
            outsideStore[q].push(dt - storeMs);
          }
        }
      }
      if (i >= 0) roundMs = Math.max(roundMs, performance.now() - roundStart);
      if (i >= 0) rounds++;
      if (i === -1) log('warm-up done');
      if (rounds > 0 && rounds % 25 === 0 && i >= 0) log(`${rounds} rounds`);
    }
    log(`${rounds} timed rounds in ${((performance.now() - started) / 1000).toFixed(0)} s`);

    for (const q of QUESTIONS) {
      const t = times[q];
      const stat = (v: Variant) => ({ p50: percentile(t[v], 0.5), p99: percentile(t[v], 0.99) });
      const api = stat('api');
      const cypher = stat('cypher');
      const cypherAutoCommit = stat('cypherAutoCommit');
      const library = stat('library');
      const memory = stat('memory');
      const common = { rounds, warmup, documents: envInt('API_BENCH_DOCS', 1000, 1), nodes: setup.neo4jNodes };
      report({
        bench: BENCH,
        metric: `p50 latency API Neo4j ${q}`,
        value: round2(api.p50),
        unit: 'ms',
        detail: { p99Ms: round2(api.p99), ...common },
      });
      report({
        bench: BENCH,
        metric: `p99 latency API Neo4j ${q}`,
        value: round2(api.p99),
        unit: 'ms',
        detail: common,
      });
      report({
        bench: BENCH,
        metric: `p50 ratio API/Cypher ${q}`,
        value: round2(api.p50 / cypher.p50),
        unit: 'ratio',
        target: '≤ 1.5',
        detail: {
          apiP50Ms: round2(api.p50),
          apiP99Ms: round2(api.p99),
          cypherP50Ms: round2(cypher.p50),
          cypherP99Ms: round2(cypher.p99),
          p99Ratio: round2(api.p99 / cypher.p99),
          apiInStoreP50Ms: round2(percentile(inStore[q], 0.5)),
          apiOutsideStoreP50Ms: round2(percentile(outsideStore[q], 0.5)),
          sameAnswer: differences[q].cypher === null,
          ...(differences[q].cypher ? { firstDifference: differences[q].cypher } : {}),
          ...common,
        },
      });
      report({
        bench: BENCH,
        metric: `p50 ratio API/Cypher auto-commit ${q}`,
        value: round2(api.p50 / cypherAutoCommit.p50),
        unit: 'ratio',
        detail: {
          apiP50Ms: round2(api.p50),
          cypherAutoCommitP50Ms: round2(cypherAutoCommit.p50),
          cypherAutoCommitP99Ms: round2(cypherAutoCommit.p99),
          p99Ratio: round2(api.p99 / cypherAutoCommit.p99),
          sameAnswer: differences[q].cypherAutoCommit === null,
          ...common,
        },
      });
      report({
        bench: BENCH,
        metric: `p50 ratio API/@neo4j/graphql ${q}`,
        value: round2(api.p50 / library.p50),
        unit: 'ratio',
        target: '≤ 1.0',
        detail: {
          apiP50Ms: round2(api.p50),
          apiP99Ms: round2(api.p99),
          libraryP50Ms: round2(library.p50),
          libraryP99Ms: round2(library.p99),
          p99Ratio: round2(api.p99 / library.p99),
          sameAnswer: differences[q].library === null,
          ...(differences[q].library ? { firstDifference: differences[q].library } : {}),
          ...common,
        },
      });
      report({
        bench: BENCH,
        metric: `p50 latency API in-memory ${q}`,
        value: round2(memory.p50),
        unit: 'ms',
        detail: {
          p99Ms: round2(memory.p99),
          ratioToNeo4jP50: round2(memory.p50 / api.p50),
          ratioToNeo4jP99: round2(memory.p99 / api.p99),
          sameAnswerAsNeo4j: differences[q].memory === null,
          ...(differences[q].memory ? { firstDifference: differences[q].memory } : {}),
          ...common,
        },
      });
      report({
        bench: BENCH,
        metric: `p99 latency API in-memory ${q}`,
        value: round2(memory.p99),
        unit: 'ms',
        detail: { ratioToNeo4jP99: round2(memory.p99 / api.p99), ...common },
      });
      report({
        bench: BENCH,
        metric: `p50 ratio API in-memory/API Neo4j ${q}`,
        value: round2(memory.p50 / api.p50),
        unit: 'ratio',
        detail: { memoryP50Ms: round2(memory.p50), memoryP99Ms: round2(memory.p99), ...common },
      });
    }
  } finally {
    agent.destroy();
    await resources.stopAll();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  // What was started is stopped (main's finally); exit rather than wait on anything left open.
  process.exit(1);
});
