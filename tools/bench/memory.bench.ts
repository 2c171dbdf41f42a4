/**
 * The in-memory store: ingest rate as a ratio to building plain maps of the same nodes and edges (interleaved in
 * one run), how load time grows from 100 to 1,000 to 10,000 resolutions (the store's writes alone, and parse + build
 * + write), and peak memory at 10,000.
 * Usage: tsx tools/bench/memory.bench.ts [ingest|scaling|memory]
 */
import { createMemoryStore } from '../../graph';
import type { DocumentGraph, GraphEdge, GraphNode, WriteOutcome } from '../../graph';
import { listCorpus, readCorpus } from '../../loaders';
import { buildDocumentGraph } from '../../graph';
import { corpusDir, corpusGraphs } from './corpus';
import { interleave, median, peakRssMiB, report, time } from './harness';

/** The baseline: the same nodes and edges into plain maps with adjacency lists, nothing else. */
function plainMaps(graphs: readonly DocumentGraph[]): number {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const out = new Map<string, string[]>();
  const into = new Map<string, string[]>();
  for (const g of graphs) {
    for (const n of g.nodes) nodes.set(n.id, n);
    for (const e of g.edges) {
      edges.set(e.id, e);
      (out.get(e.from) ?? out.set(e.from, []).get(e.from))?.push(e.id);
      (into.get(e.to) ?? into.set(e.to, []).get(e.to))?.push(e.id);
    }
  }
  return nodes.size + edges.size;
}

async function ingest(): Promise<void> {
  const graphs = await corpusGraphs(1000);
  const rows = graphs.reduce((s, g) => s + g.nodes.length + g.edges.length, 0);
  const { a: store, b: maps } = await interleave(
    3,
    async () => {
      const s = createMemoryStore();
      for (const g of graphs) await s.writeDocument(g);
    },
    () => plainMaps(graphs),
  );
  report({
    bench: 'memory-store',
    metric: 'ingest rate ratio store / plain maps',
    value: maps.median / store.median,
    unit: 'ratio',
    detail: {
      documents: graphs.length,
      rows,
      storeMs: Math.round(store.median),
      plainMapsMs: Math.round(maps.median),
      storeRowsPerSecond: Math.round(rows / (store.median / 1000)),
      note: 'the store also indexes natural keys and full text and tracks sources; plain maps do none of it',
    },
  });
}

/** Documents parsed, built and written at a time by the store-only timing (bounds the graphs held in memory). */
const CHUNK = 500;

/** Parses and builds the graphs of `files` (never timed). */
async function graphsOf(files: readonly string[]): Promise<DocumentGraph[]> {
  return (await readCorpus(files)).map((o) => {
    if (!o.ok) throw o.error;
    return buildDocumentGraph(o.document);
  });
}

/**
 * The files in an order that spreads each block of similar files (the generator writes one language after the other)
 * evenly over the chunks, so that chunks cost alike: position i takes file (i × 7,919) mod n, a permutation of the
 * files because the prime 7,919 does not divide n. The order of writes does not change what the store ends with.
 */
function spread(files: readonly string[]): string[] {
  const n = files.length;
  if (n % 7919 === 0) return [...files];
  return files.map((_, i) => files[(i * 7919) % n] as string);
}

/**
 * Time spent in the store alone, loading `n` resolutions into an empty store: a chunk of graphs is parsed and built
 * outside the timing, then written with `writeDocuments` (as `load` does), and so on until all are in. Also the
 * time per document of each chunk, to see whether writes slow down as the store fills.
 */
async function storeWrites(n: number): Promise<{ ms: number; chunkMsPerDoc: number[] }> {
  const files = spread(await listCorpus(corpusDir(n)));
  if (files.length !== n) throw new Error(`expected ${n} documents in ${corpusDir(n)}, found ${files.length}`);
  const store = createMemoryStore();
  let ms = 0;
  const chunkMsPerDoc: number[] = [];
  for (let i = 0; i < files.length; i += CHUNK) {
    const graphs = await graphsOf(files.slice(i, i + CHUNK));
    let outcomes: readonly WriteOutcome[] = [];
    const dt = await time(async () => {
      outcomes = await store.writeDocuments(graphs);
    });
    const failed = outcomes.find((o) => o.status === 'failed');
    if (failed) throw new Error(`${failed.document} was not written`);
    ms += dt;
    chunkMsPerDoc.push(dt / graphs.length);
  }
  await store.close();
  return { ms, chunkMsPerDoc };
}

/** Parse, build and write, one document after the other, timed together. */
async function fullLoad(n: number): Promise<number> {
  const dir = corpusDir(n);
  const store = createMemoryStore();
  const ms = await time(async () => {
    for (const o of await readCorpus([dir])) {
      if (!o.ok) throw o.error;
      await store.writeDocument(buildDocumentGraph(o.document));
    }
  });
  await store.close();
  return ms;
}

/**
 * Order of the store-only runs: the small sizes both before and after the 10,000 run (a minute or more), so that a
 * change in the load of a shared machine during the run does not fall on one size only. Medians per size.
 */
const STORE_SCHEDULE = [100, 100, 100, 1000, 1000, 10000, 1000, 100, 100, 100];

/** Runs of parse + build + write per size (medians). */
const FULL_RUNS: Record<number, number> = { 100: 5, 1000: 3, 10000: 1 };

async function scaling(): Promise<void> {
  const sizes = [100, 1000, 10000];
  // Warm-up (not reported), so that the 100-document figures are not mostly JIT compilation.
  await storeWrites(100);
  const runs = new Map<number, { ms: number; chunkMsPerDoc: number[] }[]>();
  for (const n of STORE_SCHEDULE) runs.set(n, [...(runs.get(n) ?? []), await storeWrites(n)]);
  const store: Record<number, number> = {};
  for (const n of sizes) {
    const of = runs.get(n) ?? [];
    store[n] = median(of.map((r) => r.ms));
    const chunks = of[0]?.chunkMsPerDoc ?? [];
    report({
      bench: 'memory-store',
      metric: `store writes alone, ${n} resolutions (graphs built beforehand)`,
      value: Math.round(store[n] ?? 0),
      unit: 'ms',
      detail: {
        msPerDoc: (store[n] ?? 0) / n,
        runs: of.map((r) => Math.round(r.ms)),
        ...(chunks.length > 2
          ? { [`msPerDocFirst${CHUNK}`]: chunks[0], [`msPerDocLast${CHUNK}`]: chunks[chunks.length - 1] }
          : {}),
      },
    });
  }
  const full: Record<number, number> = {};
  for (const n of sizes) {
    const times: number[] = [];
    for (let r = 0; r < (FULL_RUNS[n] ?? 1); r++) times.push(await fullLoad(n));
    full[n] = median(times);
    report({
      bench: 'memory-store',
      metric: `load time, ${n} resolutions (parse+build+write)`,
      value: Math.round(full[n] ?? 0),
      unit: 'ms',
      detail: {
        msPerDoc: (full[n] ?? 0) / n,
        runs: times.map(Math.round),
        storeShare: (store[n] ?? 0) / (full[n] ?? 1),
      },
    });
  }
  const per = (t: Record<number, number>, n: number): number => (t[n] ?? 0) / n;
  report({
    bench: 'memory-store',
    metric: 'growth: store-write time per document at 10,000 / at 100',
    value: per(store, 10000) / per(store, 100),
    unit: 'ratio',
    target: '≈ 1 (linear)',
    detail: { msPerDoc100: per(store, 100), msPerDoc1000: per(store, 1000), msPerDoc10000: per(store, 10000) },
  });
  report({
    bench: 'memory-store',
    metric: 'growth: load time per document at 10,000 / at 100 (parse+build+write)',
    value: per(full, 10000) / per(full, 100),
    unit: 'ratio',
    target: '≈ 1 (linear)',
    detail: { msPerDoc100: per(full, 100), msPerDoc1000: per(full, 1000), msPerDoc10000: per(full, 10000) },
  });
}

/**
 * Memory of the store holding 10,000 resolutions, loaded as `load` does it: a chunk of documents is parsed and built,
 * written with `writeDocuments` and dropped, so that the input graphs are never all in memory at once. The heap the
 * store retains is the heap in use after a full garbage collection, less the same before anything was loaded (after a
 * warm-up that compiles the parser's tables); peak RSS is the whole process's (the store, one chunk and the parser).
 */
async function memory(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('memory needs the garbage collector: run it with node --expose-gc (npm run bench does)');
  await graphsOf((await listCorpus(corpusDir(100))).slice(0, 10));
  const files = await listCorpus(corpusDir(10000));
  gc();
  const before = process.memoryUsage().heapUsed;
  const store = createMemoryStore();
  for (let i = 0; i < files.length; i += CHUNK) {
    const outcomes = await store.writeDocuments(await graphsOf(files.slice(i, i + CHUNK)));
    const failed = outcomes.find((o) => o.status === 'failed');
    if (failed) throw new Error(`${failed.document} was not written`);
  }
  gc();
  const retained = process.memoryUsage().heapUsed - before;
  const counts = await store.counts();
  const nodes = counts.nodes.reduce((s, c) => s + c.count, 0);
  const relationships = counts.relationships.reduce((s, c) => s + c.count, 0);
  report({
    bench: 'memory-store',
    metric: `heap retained by the store, ${files.length.toLocaleString('en-US')} resolutions`,
    value: Math.round(retained / 1024 / 1024),
    unit: 'MiB',
    detail: {
      nodes,
      relationships,
      bytesPerDocument: Math.round(retained / files.length),
      bytesPerNodeOrRelationship: Math.round(retained / (nodes + relationships)),
      note: 'includes the texts of clauses and the full-text index',
    },
  });
  report({
    bench: 'memory-store',
    metric: `peak RSS, ${files.length.toLocaleString('en-US')} resolutions`,
    value: Math.round(peakRssMiB()),
    unit: 'MiB',
  });
  await store.close();
}

const which = process.argv[2] ?? 'ingest';
const run = { ingest, scaling, memory }[which];
if (!run) throw new Error(`unknown part ${which}`);
run().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
