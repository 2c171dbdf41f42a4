/**
 * The in-memory store: ingest rate as a ratio to building plain maps of the same nodes and edges (interleaved in
 * one run), how load time grows from 100 to 1,000 to 10,000 resolutions, and peak memory at 10,000.
 * Usage: tsx tools/bench/memory.bench.ts [ingest|scaling|memory]
 */
import { createMemoryStore } from '../../graph';
import type { DocumentGraph, GraphEdge, GraphNode } from '../../graph';
import { readCorpus } from '../../loaders';
import { buildDocumentGraph } from '../../graph';
import { corpusDir, corpusGraphs } from './corpus';
import { interleave, peakRssMiB, report, time } from './harness';

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

async function scaling(): Promise<void> {
  const results: Record<number, number> = {};
  for (const n of [100, 1000, 10000]) {
    const dir = corpusDir(n);
    const store = createMemoryStore();
    results[n] = await time(async () => {
      for (const o of await readCorpus([dir])) {
        if (!o.ok) throw o.error;
        await store.writeDocument(buildDocumentGraph(o.document));
      }
    });
    report({
      bench: 'memory-store',
      metric: `load time, ${n} resolutions (parse+build+write)`,
      value: Math.round(results[n] ?? 0),
      unit: 'ms',
    });
  }
  const per = (n: number): number => (results[n] ?? 0) / n;
  report({
    bench: 'memory-store',
    metric: 'growth: time per document at 10,000 / at 100',
    value: per(10000) / per(100),
    unit: 'ratio',
    target: '≈ 1 (linear)',
    detail: { msPerDoc100: per(100), msPerDoc1000: per(1000), msPerDoc10000: per(10000) },
  });
}

async function memory(): Promise<void> {
  const graphs = await corpusGraphs(10000);
  const store = createMemoryStore();
  const before = process.memoryUsage().heapUsed;
  for (const g of graphs) await store.writeDocument(g);
  graphs.length = 0;
  (globalThis as { gc?: () => void }).gc?.();
  const counts = await store.counts();
  report({
    bench: 'memory-store',
    metric: 'heap retained by the store, 10,000 resolutions',
    value: Math.round((process.memoryUsage().heapUsed - before) / 1024 / 1024),
    unit: 'MiB',
    detail: {
      nodes: counts.nodes.reduce((s, c) => s + c.count, 0),
      relationships: counts.relationships.reduce((s, c) => s + c.count, 0),
      gc: Boolean((globalThis as { gc?: unknown }).gc),
    },
  });
  report({
    bench: 'memory-store',
    metric: 'peak RSS, 10,000 resolutions',
    value: Math.round(peakRssMiB()),
    unit: 'MiB',
  });
}

const which = process.argv[2] ?? 'ingest';
const run = { ingest, scaling, memory }[which];
if (!run) throw new Error(`unknown part ${which}`);
run().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
