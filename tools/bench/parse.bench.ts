/**
 * Parse throughput (issue: loaders) on a generated corpus, as a ratio to reading and decoding the same files in
 * the same run (target >= 0.25), and the peak memory of parsing them all.
 * Usage: tsx tools/bench/parse.bench.ts <corpus-dir>
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decode, listCorpus, parseDocument, readManifest } from '../../loaders';
import { interleave, peakRssMiB, report } from './harness';

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: parse.bench.ts <corpus-dir>');
  const files = await listCorpus(dir);
  const manifest = await readManifest(dir);
  let bytes = 0;
  const readDecode = (): void => {
    bytes = 0;
    for (const f of files) {
      const b = readFileSync(f);
      bytes += b.length;
      decode(b, f);
    }
  };
  let failed = 0;
  const readParse = (): void => {
    failed = 0;
    for (const f of files) {
      try {
        parseDocument({ file: f, content: readFileSync(f), manifest: manifest.get(path.basename(f)) });
      } catch {
        failed++;
      }
    }
  };
  // A reference for the target, not a parser: read, decode, and walk the text once, hashing each run of letters and
  // digits lower-cased (no slices, no objects). It is about the least a parser that reads words can do, so its ratio
  // shows how many passes over the text the target leaves room for.
  const wordUnit = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (/[\p{L}\p{N}]/u.test(String.fromCharCode(c))) wordUnit[c] = 1;
  let hashes = 0;
  const readWalk = (): void => {
    hashes = 0;
    for (const f of files) {
      const { text } = decode(readFileSync(f), f);
      const n = text.length;
      for (let i = 0; i < n;) {
        if (!wordUnit[text.charCodeAt(i)]) {
          i++;
          continue;
        }
        let h = 0;
        do h = (Math.imul(h, 31) + (text.charCodeAt(i) | 32)) | 0;
        while (++i < n && wordUnit[text.charCodeAt(i)]);
        hashes ^= h;
      }
    }
  };
  // Five warm-up rounds: parsing 1,000 documents reaches its steady speed (V8 has compiled the parser's hot
  // functions) after four or five, as a load of a real corpus of thousands does; their times are reported apart.
  const { a: raw, b: parse } = await interleave(5, readDecode, readParse, undefined, 5);
  const { a: raw2, b: walk } = await interleave(5, readDecode, readWalk, undefined, 5);
  if (failed) throw new Error(`${failed} generated documents failed to parse`);
  const mb = bytes / 1024 / 1024;
  report({
    bench: 'parse',
    metric: 'throughput ratio parse / (read+decode)',
    value: raw.median / parse.median,
    unit: 'ratio',
    target: '>= 0.25',
    detail: {
      documents: files.length,
      megabytes: Number(mb.toFixed(2)),
      readDecodeMBps: Number((mb / (raw.median / 1000)).toFixed(1)),
      parseMBps: Number((mb / (parse.median / 1000)).toFixed(2)),
      parseDocsPerSecond: Math.round(files.length / (parse.median / 1000)),
      // The reference pass above, as the same ratio (read+decode ÷ read+decode+walk).
      onePassRatio: Number((raw2.median / walk.median).toFixed(3)),
      // The XOR of the words' hashes, so that the walk's result is used: the same in every run.
      onePassChecksum: hashes,
      runsMs: { readDecode: raw.runs.map(Math.round), parse: parse.runs.map(Math.round) },
      warmupRunsMs: { readDecode: raw.warmupRuns.map(Math.round), parse: parse.warmupRuns.map(Math.round) },
    },
  });
  report({ bench: 'parse', metric: 'peak RSS while parsing', value: Math.round(peakRssMiB()), unit: 'MiB' });
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
