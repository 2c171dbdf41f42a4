/**
 * The playground in a real browser (Debian's chromium through playwright-core), offline: every request that does
 * not go to the local server is blocked and recorded. Opens /graphql, picks one of the analysts' questions, runs it
 * with GraphiQL's run button and reads the result; saves a screenshot to test-artifacts/.
 *
 * Skipped, with a printed reason, when /usr/bin/chromium is missing (`apt-get install -y chromium`; .ci/run
 * installs it).
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import pino from 'pino';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { createMemoryStore } from '../../graph';
import type { GraphStore } from '../../graph';
import { load } from '../../src/commands/load';
import { BUNDLED_CORPUS_DIR, loadConfig } from '../../src/config';
import { createServer } from '../../src/server';
import type { ApiServer } from '../../src/server';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.resolve(__dirname, '..', '..', 'test-artifacts');

const available = existsSync(CHROMIUM);
if (!available && process.env.REQUIRE_BROWSER === '1') {
  // CI installs chromium: there a missing browser is a failure, never a silent skip.
  throw new Error(`REQUIRE_BROWSER=1 but ${CHROMIUM} is missing (apt-get install -y chromium)`);
}
if (!available) {
  process.stderr.write(`Skipping the browser test: ${CHROMIUM} is missing (apt-get install -y chromium).\n`);
}

(available ? describe : describe.skip)('the GraphiQL playground in a browser', () => {
  jest.setTimeout(60_000);
  let store: GraphStore;
  let server: ApiServer;
  let browser: Browser;
  let base: string;
  const offsite: string[] = [];
  const pageErrors: string[] = [];

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
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await store?.close();
  });

  async function openPlayground(): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // Offline: only the local server may be reached.
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') {
        await route.continue();
      } else {
        offsite.push(url.href);
        await route.abort('internetdisconnected');
      }
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await page.goto(`${base}/graphql`);
    await page.locator('.graphiql-execute-button').waitFor();
    return page;
  }

  it('runs an example question with the run button and shows the result, without leaving localhost', async () => {
    const page = await openPlayground();
    // The twelve questions are preloaded as tabs, named after their operations.
    expect(await page.locator('.graphiql-tab').count()).toBe(12);
    // Run the tab that is open when the page loads. (Clicking Run right after switching tabs can send the previous
    // tab's operation name: GraphiQL updates it on the editor's next cursor activity.)
    await expect(page.locator('.graphiql-query-editor').innerText()).resolves.toContain('query InstructedGroups');
    await page.locator('.graphiql-execute-button').click();
    // The result editor renders each JSON token in its own element: match on the pane's whole text.
    // CodeMirror renders only the visible lines, so look for what the top of the answer says.
    const response = page.locator('.graphiql-response', { hasText: '"resolution:wtsa-78"' });
    await response.waitFor({ timeout: 20_000 });
    const text = await response.innerText();
    expect(text).toContain('"instructedGroups"');
    expect(text).toContain('"version:wtsa-78:2012"');
    expect(text).not.toContain('"errors"');

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'playground.png') });

    expect(offsite).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
