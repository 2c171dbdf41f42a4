/**
 * `load` against the Neo4j of the test run: the shared reliability checks, and a load killed with SIGKILL at a
 * random point then run again, which must end equal to a clean load with every document wholly present or absent.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { buildDocumentGraph, createNeo4jStore } from '../graph';
import { readCorpus } from '../loaders';
import type { GraphStore } from '../graph';
import { load } from '../src/commands/load';
import { writeCorpus } from '../tools/corpus/generate';
import { runLoadReliability, sink } from './support/load-reliability';
import { describeNeo4j, neo4jUri, testDriver } from './support/neo4j';

const ROOT = path.resolve(__dirname, '..');

describeNeo4j('load into Neo4j', () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(async () => {
    await driver.close();
  });

  runLoadReliability('Neo4j', async () => {
    const store = createNeo4jStore({ driver });
    await store.init();
    return store;
  });

  describe('killed mid-load', () => {
    let store: GraphStore;
    const dir = mkdtempSync(path.join(tmpdir(), 'kill-'));
    beforeAll(async () => {
      store = createNeo4jStore({ driver });
      await store.init();
      writeCorpus(dir, 40);
    });
    afterAll(async () => {
      await store.clear();
      await store.close();
    });

    function runCli(): { done: Promise<number | null>; kill: () => void } {
      const child = spawn(
        process.execPath,
        [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'src/main.ts', 'load', '--plain', dir],
        {
          cwd: ROOT,
          env: { ...process.env, NEO4J_URI: neo4jUri(), LOG_LEVEL: 'silent' },
          stdio: ['ignore', 'ignore', 'pipe'],
        },
      );
      child.stderr?.resume();
      return {
        done: new Promise((resolve) => child.on('exit', (code) => resolve(code))),
        kill: () => child.kill('SIGKILL'),
      };
    }

    it('ends equal to a clean load, every document wholly present or absent', async () => {
      await store.clear();
      const clean = await load({ store, paths: [dir], out: sink() });
      expect(clean.failed).toBe(0);
      const cleanHash = await store.contentHash();
      const cleanCounts = await store.counts();
      await store.clear();

      const run = runCli();
      // Kill once a random number of documents is in (between 1 and 15 of 40: load writes batches of at most an
      // eighth of its documents, so several batches are still to come).
      const target = 1 + Math.floor(Math.random() * 15);
      const deadline = Date.now() + 120_000;
      for (;;) {
        const docs = await store.list({ type: 'Document', first: 1 });
        if (docs.totalCount >= target || Date.now() > deadline) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      run.kill();
      expect(await run.done).toBeNull();

      // Wholly present or wholly absent: every stored document has all the clauses its text gives.
      const stored = await store.list({ type: 'Document', first: 100 });
      expect(stored.totalCount).toBeGreaterThan(0);
      expect(stored.totalCount).toBeLessThan(40);
      const clauses = await store.expand({
        ids: stored.items.map((d) => d.id),
        direction: 'out',
        types: ['HAS_CLAUSE'],
      });
      const expected = new Map<string, number>();
      for (const o of await readCorpus([dir])) {
        if (!o.ok) throw o.error;
        const g = buildDocumentGraph(o.document);
        expected.set(g.document.id, g.nodes.filter((n) => n.type === 'Clause').length);
      }
      for (const d of stored.items) {
        expect([d.id, clauses.get(d.id)?.length ?? 0]).toEqual([d.id, expected.get(d.id)]);
      }

      const again = runCli();
      expect(await again.done).toBe(0);
      expect(await store.counts()).toEqual(cleanCounts);
      expect(await store.contentHash()).toBe(cleanHash);
    });
  });
});
