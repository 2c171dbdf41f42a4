/**
 * The Neo4j store:
 * - ingest: the adapter's `writeDocuments` (in the load command's batches) against a baseline that sends the same
 *   rows (every node and edge of the graphs, properties encoded by the store's codec) with plain
 *   `UNWIND … MERGE … SET += props` statements of 10,000 rows, interleaved in one run, each run into an emptied
 *   database; reports the ratio of the rates (adapter / baseline; target ≥ 0.7), both times and rows per second;
 * - single: the one-document path (`writeDocument`), ms per document, new and changed;
 * - scaling: load time (write only: the graphs are built beforehand) of 100 and 1,000 resolutions and the growth of
 *   the time per document; 10,000 too with `--10k`.
 *
 * Uses the Neo4j at NEO4J_URI (NEO4J_USERNAME, NEO4J_PASSWORD as for the app), else a local one started with
 * `startLocalNeo4j` and stopped at the end. Every run empties the database: on a database that holds anything at
 * the start it refuses to run unless `--clear-database` is given.
 * Usage: tsx tools/bench/neo4j.bench.ts [ingest|single|scaling]… [--rounds N] [--10k] [--clear-database]
 */
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { NODE_TYPES, REL_TYPES, connectNeo4j, createNeo4jStore } from '../../graph';
import type { DocumentGraph, GraphStore, NodeType, RelType } from '../../graph';
import { encodeEdge, encodeNode } from '../../graph/neo4j';
import { startLocalNeo4j } from '../neo4j';
import type { LocalNeo4j } from '../neo4j';
import { corpusGraphs } from './corpus';
import { interleave, median, report, time } from './harness';

/**
 * The load command's batches (src/commands/load.ts `LOAD_BATCH`, which tools may not import): 1, 2, 4, … documents
 * up to 100 and at most an eighth of the load, each closed once it holds 20,000 nodes and edges.
 */
const LOAD_BATCH = { documents: 100, rows: 20_000, steps: 8 } as const;
/** Rows per baseline statement. */
const BASELINE_BATCH = 10_000;

const rowsOf = (g: DocumentGraph): number => g.nodes.length + g.edges.length;
const totalRows = (graphs: readonly DocumentGraph[]): number => graphs.reduce((s, g) => s + rowsOf(g), 0);

/** The graphs cut as the load command cuts them. */
function loadBatches(graphs: readonly DocumentGraph[]): DocumentGraph[][] {
  const largest = Math.min(LOAD_BATCH.documents, Math.ceil(graphs.length / LOAD_BATCH.steps));
  const out: DocumentGraph[][] = [];
  let batch: DocumentGraph[] = [];
  let rows = 0;
  let limit = 1;
  for (const g of graphs) {
    batch.push(g);
    rows += rowsOf(g);
    if (batch.length >= limit || rows >= LOAD_BATCH.rows) {
      out.push(batch);
      batch = [];
      rows = 0;
      limit = Math.min(limit * 2, largest);
    }
  }
  if (batch.length > 0) out.push(batch);
  return out;
}

/** The adapter's ingest: `writeDocuments` batch after batch; every document must be written. */
async function adapterIngest(store: GraphStore, batches: readonly DocumentGraph[][]): Promise<void> {
  for (const batch of batches) {
    for (const outcome of await store.writeDocuments(batch)) {
      if (outcome.status === 'failed') throw outcome.error;
    }
  }
}

interface Statement {
  readonly query: string;
  readonly rows: readonly Record<string, unknown>[];
}

function cut(query: string, rows: readonly Record<string, unknown>[]): Statement[] {
  const out: Statement[] = [];
  for (let i = 0; i < rows.length; i += BASELINE_BATCH) out.push({ query, rows: rows.slice(i, i + BASELINE_BATCH) });
  return out;
}

/**
 * The baseline's statements: every node of every graph by label, every edge by type and end labels (so that both
 * ends are found through the label's id constraint), as plain MERGEs. Labels come from the model's allow-lists.
 */
function baselineStatements(graphs: readonly DocumentGraph[]): Statement[] {
  const types = new Map<string, NodeType>();
  for (const g of graphs) for (const n of g.nodes) types.set(n.id, n.type);
  const nodes = new Map<NodeType, Record<string, unknown>[]>(NODE_TYPES.map((t) => [t, []]));
  const edges = new Map<string, Record<string, unknown>[]>();
  for (const g of graphs) {
    for (const n of g.nodes) nodes.get(n.type)?.push({ id: n.id, props: encodeNode(n).props });
    for (const e of g.edges) {
      const key = `${e.type} ${types.get(e.from)} ${types.get(e.to)}`;
      const list = edges.get(key) ?? edges.set(key, []).get(key);
      list?.push({ id: e.id, from: e.from, to: e.to, props: encodeEdge(e).props });
    }
  }
  const out: Statement[] = [];
  for (const [type, rows] of nodes) {
    out.push(...cut(`UNWIND $rows AS row MERGE (n:${type} {id: row.id}) SET n += row.props`, rows));
  }
  for (const [key, rows] of edges) {
    const [type, from, to] = key.split(' ') as [RelType, NodeType, NodeType];
    if (!REL_TYPES.includes(type) || !NODE_TYPES.includes(from) || !NODE_TYPES.includes(to)) {
      throw new Error(`baseline: an edge ${type} between ${from} and ${to} (an end outside the graphs?)`);
    }
    out.push(
      ...cut(
        `UNWIND $rows AS row MATCH (a:${from} {id: row.from}) MATCH (b:${to} {id: row.to}) ` +
          `MERGE (a)-[r:${type} {id: row.id}]->(b) SET r += row.props`,
        rows,
      ),
    );
  }
  return out;
}

/** The baseline's ingest: one statement after the other, each in its own write transaction. */
async function baselineIngest(driver: Driver, statements: readonly Statement[]): Promise<void> {
  const session = driver.session();
  try {
    for (const s of statements) await session.executeWrite((tx) => tx.run(s.query, { rows: s.rows }));
  } finally {
    await session.close();
  }
}

/**
 * Deletes every node and relationship of the database, in batches: relationships first, since detaching a node
 * named by 10,000 documents deletes its hundreds of thousands of relationships in one transaction, more than the
 * transaction memory pool allows.
 */
async function emptyDatabase(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run('MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

async function nodeCount(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery('MATCH (n) RETURN count(n) AS n');
  return Number(records[0]?.get('n') ?? 0);
}

interface Context {
  readonly driver: Driver;
  readonly store: GraphStore;
  readonly rounds: number;
  readonly tenThousand: boolean;
}

async function ingest({ driver, store, rounds }: Context): Promise<void> {
  const graphs = await corpusGraphs(1000);
  const rows = totalRows(graphs);
  const batches = loadBatches(graphs);
  const statements = baselineStatements(graphs);
  const { a: adapter, b: baseline } = await interleave(
    rounds,
    () => adapterIngest(store, batches),
    () => baselineIngest(driver, statements),
    () => emptyDatabase(driver),
  );
  await emptyDatabase(driver);
  const rate = (ms: number): number => Math.round(rows / (ms / 1000));
  report({
    bench: 'neo4j-store',
    metric: 'ingest rate ratio adapter / plain UNWIND MERGE',
    value: baseline.median / adapter.median,
    unit: 'ratio',
    target: '≥ 0.7',
    detail: {
      documents: graphs.length,
      rows,
      adapterBatches: batches.length,
      baselineStatements: statements.length,
      adapterMs: Math.round(adapter.median),
      baselineMs: Math.round(baseline.median),
      adapterRowsPerSecond: rate(adapter.median),
      baselineRowsPerSecond: rate(baseline.median),
      adapterRunsMs: adapter.runs.map(Math.round),
      baselineRunsMs: baseline.runs.map(Math.round),
      note:
        'the adapter also keeps source counts, prop_keys and contribution lists, search text in a full-text index, ' +
        'merges shared nodes by the define/fill rule and reports per-document counts; the baseline does none of it',
    },
  });
}

/** A copy of `g` under another checksum: a changed document for `writeDocument`. */
function changed(g: DocumentGraph, tag: string): DocumentGraph {
  const document = { ...g.document, checksum: `${g.document.checksum}-${tag}` };
  return { ...g, document, nodes: g.nodes.map((n) => (n.id === document.id ? document : n)) };
}

async function single({ driver, store, rounds }: Context): Promise<void> {
  const graphs = (await corpusGraphs(1000)).slice(0, 100);
  const created: number[] = [];
  const replaced: number[] = [];
  for (let round = 0; round < rounds; round++) {
    await emptyDatabase(driver);
    for (const g of graphs) created.push(await time(() => store.writeDocument(g)));
    for (const g of graphs.slice(0, 30)) replaced.push(await time(() => store.writeDocument(changed(g, `r${round}`))));
  }
  await emptyDatabase(driver);
  report({
    bench: 'neo4j-store',
    metric: 'writeDocument, new document',
    value: median(created),
    unit: 'ms',
    detail: { documents: created.length, meanRows: Math.round(totalRows(graphs) / graphs.length) },
  });
  report({ bench: 'neo4j-store', metric: 'writeDocument, changed document', value: median(replaced), unit: 'ms' });
}

async function scaling({ driver, store, tenThousand }: Context): Promise<void> {
  const sizes = tenThousand ? [100, 1000, 10000] : [100, 1000];
  const perDocument = new Map<number, number>();
  // Unmeasured: a first load into a fresh server also pays for its JIT and page cache warming up (about 6× here).
  await emptyDatabase(driver);
  await adapterIngest(store, loadBatches(await corpusGraphs(sizes[0] ?? 100)));
  for (const n of sizes) {
    const graphs = await corpusGraphs(n);
    await emptyDatabase(driver);
    const ms = await time(() => adapterIngest(store, loadBatches(graphs)));
    perDocument.set(n, ms / n);
    report({
      bench: 'neo4j-store',
      metric: `load time, ${n} resolutions (writeDocuments in load batches, graphs built beforehand)`,
      value: Math.round(ms),
      unit: 'ms',
      detail: { rows: totalRows(graphs), rowsPerSecond: Math.round(totalRows(graphs) / (ms / 1000)) },
    });
  }
  await emptyDatabase(driver);
  const last = sizes[sizes.length - 1] ?? 1000;
  report({
    bench: 'neo4j-store',
    metric: `growth: time per document at ${last.toLocaleString('en')} / at 100`,
    value: (perDocument.get(last) ?? 0) / (perDocument.get(100) ?? 1),
    unit: 'ratio',
    target: '≈ 1 (linear)',
    detail: Object.fromEntries([...perDocument].map(([n, ms]) => [`msPerDoc${n}`, ms])),
  });
}

const PARTS = { ingest, single, scaling } as const;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      rounds: { type: 'string', default: '3' },
      '10k': { type: 'boolean', default: false },
      'clear-database': { type: 'boolean', default: false },
    },
  });
  const parts = positionals.length > 0 ? positionals : Object.keys(PARTS);
  for (const p of parts) if (!(p in PARTS)) throw new Error(`unknown part ${p}; expected ${Object.keys(PARTS)}`);
  const rounds = Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds must be a positive integer`);

  let local: LocalNeo4j | null = null;
  const uri = process.env.NEO4J_URI ?? (local = await startLocalNeo4j({ heap: '2g', pageCache: '512m' })).uri;
  const driver = await connectNeo4j({
    uri,
    username: process.env.NEO4J_USERNAME,
    password: process.env.NEO4J_PASSWORD,
  });
  const store = createNeo4jStore({ driver, uri });
  try {
    if (!local && !values['clear-database'] && (await nodeCount(driver)) > 0) {
      throw new Error(`The database at ${uri} is not empty, and the benchmark empties it: pass --clear-database.`);
    }
    await store.init();
    for (const p of parts) await PARTS[p as keyof typeof PARTS]({ driver, store, rounds, tenThousand: values['10k'] });
  } finally {
    await store.close();
    await driver.close();
    await local?.stop();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
