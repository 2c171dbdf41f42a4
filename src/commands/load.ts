/**
 * `load [paths…]`: reads documents, builds each one's graph and writes it to the store, one atomic write per
 * document. A progress bar on a terminal, plain lines otherwise; a summary at the end. A document that fails is
 * reported and skipped; the others load.
 */
import path from 'node:path';
import { SingleBar } from 'cli-progress';
import { buildDocumentGraph } from '../../graph';
import type { GraphStore, WriteResult } from '../../graph';
import { listCorpus, readDocument, readManifest } from '../../loaders';
import type { ManifestEntry } from '../../loaders';
import { stat } from 'node:fs/promises';

export interface LoadOptions {
  readonly store: GraphStore;
  readonly paths: readonly string[];
  readonly dryRun?: boolean;
  /** Where progress and the summary go. */
  readonly out: NodeJS.WritableStream & { isTTY?: boolean };
  /** Force plain progress lines even on a terminal. */
  readonly plain?: boolean;
  /** Print nothing but failures. */
  readonly quiet?: boolean;
}

export interface LoadSummary {
  readonly documents: number;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly failed: number;
  readonly nodesCreated: number;
  readonly nodesUpdated: number;
  readonly nodesRemoved: number;
  readonly relationshipsCreated: number;
  readonly relationshipsRemoved: number;
  readonly failures: readonly { readonly file: string; readonly message: string }[];
}

async function expand(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    const info = await stat(p);
    if (info.isDirectory()) files.push(...(await listCorpus(p)));
    else files.push(p);
  }
  return files;
}

/** Loads documents into the store and returns the summary. */
export async function load(options: LoadOptions): Promise<LoadSummary> {
  const { store, out } = options;
  const files = await expand(options.paths);
  const manifests = new Map<string, ReadonlyMap<string, ManifestEntry>>();
  const seen = new Map<string, string>();
  const failures: { file: string; message: string }[] = [];
  const totals = {
    created: 0,
    updated: 0,
    unchanged: 0,
    nodesCreated: 0,
    nodesUpdated: 0,
    nodesRemoved: 0,
    relationshipsCreated: 0,
    relationshipsRemoved: 0,
  };
  const tty = Boolean(out.isTTY) && !options.plain && !options.quiet;
  const bar = tty
    ? new SingleBar({
        stream: out as NodeJS.WriteStream,
        format: 'Loading {bar} {value}/{total} documents | {file}',
        hideCursor: true,
        clearOnComplete: false,
      })
    : null;
  bar?.start(files.length, 0, { file: '' });
  const line = (s: string): void => {
    if (options.quiet) return;
    if (bar) bar.update({ file: s });
    else out.write(`${s}\n`);
  };

  for (const [i, file] of files.entries()) {
    const dir = path.dirname(file);
    let manifest = manifests.get(dir);
    if (!manifest) {
      try {
        manifest = await readManifest(dir);
      } catch (err) {
        failures.push({ file: path.join(dir, 'manifest.json'), message: (err as Error).message });
        manifest = new Map();
      }
      manifests.set(dir, manifest);
    }
    const progress = `[${i + 1}/${files.length}] ${path.basename(file)}`;
    const outcome = await readDocument(file, manifest);
    if (!outcome.ok) {
      failures.push({ file, message: outcome.error.message });
      if (!bar) out.write(`${progress}: FAILED ${outcome.error.message}\n`);
      bar?.increment();
      continue;
    }
    try {
      const graph = buildDocumentGraph(outcome.document);
      const other = seen.get(graph.document.id);
      if (other)
        throw new Error(`${graph.document.id} was already loaded from ${other}; one text per version and language`);
      seen.set(graph.document.id, file);
      let result: WriteResult;
      if (options.dryRun) {
        result = {
          document: graph.document.id,
          status: 'created',
          nodesCreated: graph.nodes.length,
          nodesUpdated: 0,
          nodesRemoved: 0,
          relationshipsCreated: graph.edges.length,
          relationshipsRemoved: 0,
        };
      } else {
        result = await store.writeDocument(graph);
      }
      totals[result.status]++;
      totals.nodesCreated += result.nodesCreated;
      totals.nodesUpdated += result.nodesUpdated;
      totals.nodesRemoved += result.nodesRemoved;
      totals.relationshipsCreated += result.relationshipsCreated;
      totals.relationshipsRemoved += result.relationshipsRemoved;
      line(
        `${progress}: ${result.status} ${graph.document.id} (${graph.nodes.length} nodes, ${graph.edges.length} relationships)`,
      );
    } catch (err) {
      failures.push({ file, message: `${file}: ${(err as Error).message}` });
      if (!bar) out.write(`${progress}: FAILED ${(err as Error).message}\n`);
    }
    bar?.increment();
  }
  bar?.update({ file: 'done' });
  bar?.stop();

  const summary: LoadSummary = { documents: files.length, failed: failures.length, failures, ...totals };
  if (bar) for (const f of failures) out.write(`FAILED ${f.message}\n`);
  out.write(
    `${options.dryRun ? 'Dry run (nothing written): ' : ''}${summary.documents} documents: ` +
      `${summary.created} loaded, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.failed} failed. ` +
      `Nodes: ${summary.nodesCreated} created, ${summary.nodesUpdated} updated, ${summary.nodesRemoved} removed. ` +
      `Relationships: ${summary.relationshipsCreated} created, ${summary.relationshipsRemoved} removed.\n`,
  );
  return summary;
}
