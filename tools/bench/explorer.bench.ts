/**
 * The explorer's time to first render (issue: explorer) in headless Chromium, for a neighbourhood of about 100 and
 * about 2,000 nodes: from the start of navigation to `/?focus=…&depth=2` until the page has laid out and painted
 * the graph (`window.explorer.firstRender`, a `performance.now()` timestamp, so navigation start is zero), with
 * every node type shown. Also
 * reports the longest main-thread task while loading (Long Tasks API), the measure of "does not freeze".
 *
 * The graph is synthetic: per size, a hub organization mentioned by K resolution documents, each with its version,
 * one clause and two organizations of its own, so that depth 2 around the hub holds 1 + 5K nodes.
 *
 * Usage: tsx tools/bench/explorer.bench.ts [--runs 5]   (needs /usr/bin/chromium)
 */
import { existsSync } from 'node:fs';
import pino from 'pino';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { createMemoryStore, ids } from '../../graph';
import type { GraphStore } from '../../graph';
import { loadConfig } from '../../src/config';
import { createServer } from '../../src/server';
import type { ProbeHost } from '../../test/browser/support';
import { organization, resolutionDocument } from '../../test/contract/store-contract';
import { buildExplorer } from '../../web/build';
import { NODE_TYPES } from '../../web/src/theme';
import { median, report } from './harness';

const CHROMIUM = '/usr/bin/chromium';

interface Size {
  readonly name: string;
  /** Documents around the hub: the neighbourhood at depth 2 has 1 + 5 * documents nodes. */
  readonly documents: number;
}

const SIZES: readonly Size[] = [
  { name: '100', documents: 20 },
  { name: '2000', documents: 400 },
];

/** Writes one size's synthetic graph; returns the hub's id. */
async function writeSynthetic(store: GraphStore, size: Size, series: number): Promise<string> {
  const hub = organization(`HUB${size.name}`, `Benchmark hub ${size.name}`, 'other');
  for (let i = 0; i < size.documents; i++) {
    const own = [
      organization(`B${size.name}X${i}`, `Partner ${i} of hub ${size.name}`, 'sdo'),
      organization(`B${size.name}Y${i}`, `Forum ${i} of hub ${size.name}`, 'forum'),
    ];
    await store.writeDocument(
      resolutionDocument({
        body: 'WTSA',
        number: `${series}${String(i).padStart(4, '0')}`,
        year: 2000 + (i % 25),
        place: 'Geneva',
        language: 'en',
        checksum: `bench-${size.name}-${i}`,
        clauses: [{ address: 'resolves/1', order: 0, text: `to work with ${hub.name} and the partners of item ${i};` }],
        mentions: [hub, ...own],
      }),
    );
  }
  return hub.id;
}

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
  return value;
}

interface Sample {
  readonly firstRenderMs: number;
  readonly longestTaskMs: number;
  readonly nodes: number;
  readonly edges: number;
}

async function measure(browser: Browser, url: string): Promise<Sample> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    // Long tasks (> 50 ms) from the very start of the page, to know whether anything froze it. (Page code as a
    // string: this file is type-checked without the DOM library.)
    await page.addInitScript({
      content: `window.__longTasks = [];
        new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
          .observe({ type: 'longtask', buffered: true });`,
    });
    await page.goto(url);
    await page.waitForFunction(
      () => ((globalThis as unknown as ProbeHost).explorer?.firstRender ?? null) !== null,
      null,
      { timeout: 60_000 },
    );
    return await page.evaluate(() => {
      const host = globalThis as unknown as ProbeHost & { __longTasks: number[] };
      const probe = host.explorer;
      return {
        firstRenderMs: probe?.firstRender ?? -1,
        longestTaskMs: Math.max(0, ...host.__longTasks),
        nodes: probe?.nodeIds().length ?? 0,
        edges: probe?.edgeIds().length ?? 0,
      };
    });
  } finally {
    await page.close();
  }
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing (apt-get install -y chromium)`);
  const runs = option('runs', 5);
  await buildExplorer();
  const store = createMemoryStore();
  await store.init();
  const hubs = new Map<string, string>();
  for (const [i, size] of SIZES.entries()) hubs.set(size.name, await writeSynthetic(store, size, 90 + i));
  const server = createServer({ config: loadConfig({}), store, logger: pino({ level: 'silent' }) });
  const { port } = await server.start({ port: 0, host: '127.0.0.1' });
  server.markReady();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const medians: number[] = [];
  try {
    for (const size of SIZES) {
      const hub = hubs.get(size.name) ?? ids.organization(`HUB${size.name}`);
      // Every node type shown (clauses are hidden by default), so that all of the neighbourhood is drawn.
      const types = NODE_TYPES.map((t) => t.type).join(',');
      const url = `http://127.0.0.1:${port}/?focus=${encodeURIComponent(hub)}&depth=2&types=${types}`;
      await measure(browser, url); // warm-up: the bundle is cached and the JIT warm after this one
      const samples: Sample[] = [];
      for (let i = 0; i < runs; i++) samples.push(await measure(browser, url));
      const first = samples[0];
      medians.push(median(samples.map((s) => s.firstRenderMs)));
      report({
        bench: 'explorer',
        metric: `time to first render, ${size.name} nodes`,
        value: Math.round(median(samples.map((s) => s.firstRenderMs))),
        unit: 'ms',
        detail: {
          nodes: first?.nodes,
          edges: first?.edges,
          runsMs: samples.map((s) => Math.round(s.firstRenderMs)),
          longestTaskMs: Math.round(Math.max(...samples.map((s) => s.longestTaskMs))),
          browser: browser.version(),
        },
      });
    }
    const [small, large] = medians;
    if (small && large) {
      report({
        bench: 'explorer',
        metric: 'first render growth, 2000 / 100 nodes',
        value: large / small,
        unit: 'ratio',
        detail: { note: 'a ratio measured in the same run, less sensitive to the machine than the times' },
      });
    }
  } finally {
    await browser.close();
    await server.stop();
    await store.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
