import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { validate } from './validate';

const CORPUS = path.resolve(__dirname, '..', '..', 'corpus');

async function run(paths: string[], json: boolean): Promise<{ code: number; out: string }> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const code = await validate({ paths, json, out });
  return { code, out: Buffer.concat(chunks).toString('utf8') };
}

describe('validate', () => {
  it('prints the outline of every document of a folder and exits 0', async () => {
    const { code, out } = await run([CORPUS], false);
    expect(code).toBe(0);
    expect(out).toMatch(
      /instructs-1 {2}INSTRUCTS → ITU-T SG20, ITU-T SG21 {2}with ITU-T study groups, ITU-T SG11, ITU-T SG17 {2}\(7 items\)/,
    );
    expect(out).toContain('WTSA Resolution 78 [manifest] (Dubai, 2012)');
    expect(out).toContain('3 valid, 0 failed');
  });

  it('prints JSON with --json', async () => {
    const { out } = await run([CORPUS], true);
    const parsed = JSON.parse(out) as { ok: boolean; kind: string; instructions?: unknown[] }[];
    expect(parsed.map((d) => [d.ok, d.kind])).toEqual([
      [true, 'resolution'],
      [true, 'resolution'],
      [true, 'group-page'],
    ]);
    expect(parsed[0]?.instructions).toHaveLength(5);
  });

  it('reports a bad file with its place and exits 1, still printing the good ones', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'validate-'));
    copyFileSync(path.join(CORPUS, '000_f5802b8d0c79e8c4.txt'), path.join(dir, 'good.txt'));
    writeFileSync(path.join(dir, 'empty.txt'), '');
    const { code, out } = await run([dir], false);
    expect(code).toBe(1);
    expect(out).toMatch(/✗ .*empty\.txt:1:1: FILE_EMPTY: expected a document, found an empty file/);
    expect(out).toContain('✓ ');
    expect(out).toContain('1 valid, 1 failed');
  });
});
