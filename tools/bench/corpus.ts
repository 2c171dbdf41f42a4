/** Generated corpora for the benchmarks, parsed and built once per process (outside any timing). */
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildDocumentGraph } from '../../graph';
import type { DocumentGraph } from '../../graph';
import { readCorpus } from '../../loaders';
import { writeCorpus } from '../corpus/generate';

/** A folder with `count` generated resolutions, reused across runs. */
export function corpusDir(count: number): string {
  const dir = path.join(tmpdir(), `ehealth-bench-corpus-${count}`);
  if (!existsSync(dir) || readdirSync(dir).length < count + 1) writeCorpus(dir, count);
  return dir;
}

/** The graphs of a generated corpus. */
export async function corpusGraphs(count: number): Promise<DocumentGraph[]> {
  const outcomes = await readCorpus([corpusDir(count)]);
  return outcomes.map((o) => {
    if (!o.ok) throw o.error;
    return buildDocumentGraph(o.document);
  });
}
