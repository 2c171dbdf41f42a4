/**
 * Helpers for the browser tests: Debian's chromium through playwright-core, the app on a free port with the
 * in-memory store loaded with the bundled corpus, and pages that are offline (every request that is not to the
 * local server is blocked and recorded) and that record page errors and console errors (CSP violations included).
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import pino from 'pino';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { createMemoryStore } from '../../graph';
import type { GraphStore } from '../../graph';
import { load } from '../../src/commands/load';
import { BUNDLED_CORPUS_DIR, PROJECT_ROOT, loadConfig } from '../../src/config';
import { createServer } from '../../src/server';
import type { ApiServer } from '../../src/server';

export const CHROMIUM = '/usr/bin/chromium';

/** Screenshots and other files the browser tests leave for people to look at. */
export const ARTIFACTS = path.join(PROJECT_ROOT, 'test-artifacts');

/** True when chromium is installed; otherwise prints why the suite named `what` is skipped. */
export function chromiumAvailable(what: string): boolean {
  if (existsSync(CHROMIUM)) return true;
  process.stderr.write(`Skipping ${what}: ${CHROMIUM} is missing (apt-get install -y chromium).\n`);
  return false;
}

export interface CorpusServer {
  /** e.g. `http://127.0.0.1:40123` (no trailing slash). */
  readonly base: string;
  readonly server: ApiServer;
  readonly store: GraphStore;
  close(): Promise<void>;
}

/** The app on a free port of 127.0.0.1, its in-memory store loaded with the bundled corpus, ready. */
export async function startCorpusServer(): Promise<CorpusServer> {
  const store = createMemoryStore();
  await store.init();
  const out = new PassThrough();
  out.resume();
  await load({ store, paths: [BUNDLED_CORPUS_DIR], out });
  const server = createServer({ config: loadConfig({}), store, logger: pino({ level: 'silent' }) });
  const { port } = await server.start({ port: 0, host: '127.0.0.1' });
  server.markReady();
  return {
    base: `http://127.0.0.1:${port}`,
    server,
    store,
    async close() {
      await server.stop();
      await store.close();
    },
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export interface OfflinePage {
  readonly page: Page;
  /** URLs the page tried to reach outside localhost (all blocked). */
  readonly offsite: string[];
  /** Uncaught exceptions and console errors, CSP violations included. */
  readonly errors: string[];
  close(): Promise<void>;
}

/** A new page in its own context, offline but for 127.0.0.1 and localhost. */
export async function offlinePage(browser: Browser, options: BrowserContextOptions = {}): Promise<OfflinePage> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, ...options });
  const page = await context.newPage();
  const offsite: string[] = [];
  const errors: string[] = [];
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') {
      await route.continue();
    } else {
      offsite.push(url.href);
      await route.abort('internetdisconnected');
    }
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { page, offsite, errors, close: () => context.close() };
}

/**
 * What the explorer exposes to tests as `window.explorer` (web/src/main.ts, `ExplorerProbe`), typed here without
 * the DOM library: in `page.evaluate(() => (globalThis as unknown as ProbeHost).explorer…)`.
 */
export interface ExplorerProbe {
  readonly firstRender: number | null;
  readonly renders: number;
  focus(): string | null;
  selected(): string | null;
  nodeIds(): string[];
  edgeIds(): string[];
  settled(): boolean;
  screenPoint(id: string): { x: number; y: number } | null;
}

export interface ProbeHost {
  readonly explorer?: ExplorerProbe;
}

/** Saves a screenshot to test-artifacts/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}
