/**
 * Reliability checks of `load` that run unchanged against both stores: idempotent reloads, and a bad document that
 * is reported while the others load.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import type { GraphStore } from '../../graph';
import { load } from '../../src/commands/load';

export const CORPUS = path.resolve(__dirname, '..', '..', 'corpus');

export function sink(): PassThrough & { text(): string } {
  const out = new PassThrough() as PassThrough & { text(): string };
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  out.text = () => Buffer.concat(chunks).toString('utf8');
  return out;
}

export function runLoadReliability(name: string, makeStore: () => Promise<GraphStore>): void {
  describe(`load into ${name}`, () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await makeStore();
    });
    beforeEach(async () => {
      await store.clear();
    });
    afterAll(async () => {
      await store.clear();
      await store.close();
    });

    it('loading the corpus twice leaves identical counts and content hash', async () => {
      const first = await load({ store, paths: [CORPUS], out: sink() });
      expect(first.failed).toBe(0);
      expect(first.created).toBe(3);
      const counts = await store.counts();
      const hash = await store.contentHash();
      const second = await load({ store, paths: [CORPUS], out: sink() });
      expect(second.unchanged).toBe(3);
      expect(second.nodesCreated + second.relationshipsCreated + second.nodesRemoved).toBe(0);
      expect(await store.counts()).toEqual(counts);
      expect(await store.contentHash()).toBe(hash);
    });

    it('a file of several resolutions loads each; a change to one leaves the other unchanged', async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'load-'));
      const resolution = (n: number, task: string): string =>
        `RESOLUTION ${n} (Rev. Kigali, 2022)\nTelehealth ${n}\n` +
        'The World Telecommunication Development Conference (Kigali, 2022),\n' +
        `recalling\na)\tthe work of ITU-D Study Group 2,\nresolves\n1\t${task}.\n`;
      const file = path.join(dir, 'final-acts.txt');
      writeFileSync(file, resolution(40, 'to continue') + resolution(41, 'to report'));
      const out = sink();
      expect(await load({ store, paths: [dir], out })).toMatchObject({ documents: 2, created: 2, failed: 0 });
      expect(out.text()).toContain('final-acts.txt (2/2): created document:wtdc-41:2022:en');
      const ids = ['document:wtdc-40:2022:en', 'document:wtdc-41:2022:en', 'resolution:wtdc-41'];
      expect((await store.getNodes(ids)).map((n) => n?.id)).toEqual(ids);
      writeFileSync(file, resolution(40, 'to continue') + resolution(41, 'to report at once'));
      expect(await load({ store, paths: [dir], out: sink() })).toMatchObject({
        documents: 2,
        unchanged: 1,
        updated: 1,
      });
    });

    it('reports a document that fails to parse and loads the others', async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'load-'));
      for (const f of ['000_f5802b8d0c79e8c4.txt', '004_39d9317b104d6e1f.txt'])
        copyFileSync(path.join(CORPUS, f), path.join(dir, f));
      writeFileSync(
        path.join(dir, 'broken.txt'),
        'RESOLUTION 1 (Geneva, 2020)\nTitle\nThe World Telecommunication Standardization Assembly (Geneva, 2020),\nrecalling\n',
      );
      const out = sink();
      const summary = await load({ store, paths: [dir], out });
      expect(summary.failed).toBe(1);
      expect(summary.created).toBe(2);
      expect(summary.failures[0]?.message).toMatch(/broken\.txt:\d+:\d+: (SECTION_EMPTY|DOCUMENT_TRUNCATED)/);
      expect(out.text()).toContain('1 failed');
      const docs = await store.list({ type: 'Document', first: 10 });
      expect(docs.items.map((d) => d.id).sort()).toEqual(['document:page-fg-ai4h:en', 'document:wtsa-78:2024:en']);
    });

    it('a changed document replaces its old contribution; nothing of the old text remains', async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'load-'));
      const file = path.join(dir, 'r78.txt');
      copyFileSync(path.join(CORPUS, '000_f5802b8d0c79e8c4.txt'), file);
      await load({ store, paths: [dir], out: sink() });
      const before = await store.counts();
      const text = (await import('node:fs')).readFileSync(file, 'utf8');
      // The altered copy instructs Study Group 13 instead of 21.
      writeFileSync(file, text.replace('Study Groups\u00A020 and\u00A021', 'Study Groups\u00A020 and\u00A013'));
      const summary = await load({ store, paths: [dir], out: sink() });
      expect(summary.updated).toBe(1);
      const instructs = await store.expand({ ids: ['version:wtsa-78:2024'], direction: 'out', types: ['INSTRUCTS'] });
      const targets = new Set((instructs.get('version:wtsa-78:2024') ?? []).map((n) => n.node.id));
      expect(targets.has('sg:itu-t:13')).toBe(true);
      expect(targets.has('sg:itu-t:21')).toBe(false);
      const after = await store.counts();
      const count = (c: typeof before, t: string): number => c.nodes.find((n) => n.type === t)?.count ?? 0;
      expect(count(after, 'Clause')).toBe(count(before, 'Clause'));
    });

    it('--dry-run writes nothing', async () => {
      const summary = await load({ store, paths: [CORPUS], out: sink(), dryRun: true });
      expect(summary.created).toBe(3);
      expect((await store.counts()).nodes).toEqual([]);
    });
  });
}
