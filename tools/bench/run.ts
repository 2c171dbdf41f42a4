/**
 * `npm run bench [-- part…]`: runs each benchmark in its own process (so peak memory is its own), collects the
 * `BENCH {json}` lines they print, shows a table and writes bench-results/latest.json.
 * Parts: parse, memory-ingest, memory-scaling, memory-peak, neo4j, api, explorer (default: all that exist).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { corpusDir } from './corpus';
import type { BenchResult } from './harness';
import { PROJECT_ROOT } from '../../src/project-root';

const ROOT = PROJECT_ROOT;
const TSX = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
/**
 * Compiled by tsc (`npm run bench` builds into dist/bench/ first), the parts run as compiled JavaScript on node, as
 * `npm start` runs the app. Run as TypeScript (`tsx tools/bench/run.ts`), they run under tsx too, whose compiler keeps
 * every function's name by a call at each function's creation (esbuild's keepNames): slower code than the app ships.
 */
const COMPILED = path.extname(__filename) === '.js';

interface Part {
  readonly name: string;
  readonly file: string;
  readonly args: () => string[];
  readonly node?: string[];
}

const PARTS: readonly Part[] = [
  { name: 'parse', file: 'parse.bench.ts', args: () => [corpusDir(1000)] },
  { name: 'memory-ingest', file: 'memory.bench.ts', args: () => ['ingest'] },
  { name: 'memory-scaling', file: 'memory.bench.ts', args: () => ['scaling'] },
  {
    name: 'memory-peak',
    file: 'memory.bench.ts',
    args: () => ['memory'],
    node: ['--expose-gc', '--max-old-space-size=8192'],
  },
  { name: 'neo4j', file: 'neo4j.bench.ts', args: () => [] },
  { name: 'api', file: 'api.bench.ts', args: () => [] },
  { name: 'explorer', file: 'explorer.bench.ts', args: () => [] },
];

/** A part's script: its .ts file, or the .js tsc made of it beside this one. */
function partFile(part: Part): string {
  return path.join(__dirname, COMPILED ? part.file.replace(/\.ts$/, '.js') : part.file);
}

function runPart(part: Part): Promise<BenchResult[]> {
  return new Promise((resolve, reject) => {
    const results: BenchResult[] = [];
    const child = spawn(
      process.execPath,
      [...(part.node ?? []), ...(COMPILED ? [] : [TSX]), partFile(part), ...part.args()],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'inherit'],
        env: {
          ...process.env,
          LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
          // tsx runs the script in a child process of its own, which does not inherit the flags given before TSX
          // (no `gc`, the default heap limit); NODE_OPTIONS reaches it.
          ...(part.node && !COMPILED
            ? { NODE_OPTIONS: [process.env.NODE_OPTIONS, ...part.node].filter(Boolean).join(' ') }
            : {}),
        },
      },
    );
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (line.startsWith('BENCH ')) {
          const r = JSON.parse(line.slice(6)) as BenchResult;
          results.push(r);
          process.stdout.write(`  ${r.metric}: ${format(r)}\n`);
        } else if (line.trim()) process.stdout.write(`  | ${line}\n`);
      }
    });
    child.on('exit', (code) => (code === 0 ? resolve(results) : reject(new Error(`${part.name} exited with ${code}`))));
  });
}

function format(r: BenchResult): string {
  const v = r.unit === 'ratio' ? r.value.toFixed(3) : String(r.value);
  return `${v} ${r.unit === 'ratio' ? '' : r.unit}${r.target ? ` (target ${r.target})` : ''}`.trim();
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const parts = PARTS.filter((p) => (wanted.length ? wanted.includes(p.name) : true)).filter((p) =>
    existsSync(partFile(p)),
  );
  const all: BenchResult[] = [];
  const failed: string[] = [];
  for (const part of parts) {
    process.stdout.write(`\n== ${part.name}\n`);
    const started = Date.now();
    try {
      all.push(...(await runPart(part)));
    } catch (err) {
      failed.push(part.name);
      process.stdout.write(`  FAILED: ${(err as Error).message}\n`);
    }
    process.stdout.write(`  (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
  }
  const out = path.join(ROOT, 'bench-results');
  mkdirSync(out, { recursive: true });
  const record = { date: new Date().toISOString(), node: process.version, results: all, failed };
  writeFileSync(path.join(out, 'latest.json'), `${JSON.stringify(record, null, 2)}\n`);
  process.stdout.write(
    `\n${all.length} results written to bench-results/latest.json${failed.length ? `; failed: ${failed.join(', ')}` : ''}\n`,
  );
  if (failed.length) process.exitCode = 1;
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
