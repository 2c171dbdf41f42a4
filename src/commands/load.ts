/**
 * `load [paths…]`: reads documents, builds each one's graph and writes the graphs to the store in batches
 * (`writeDocuments`; each document is still all-or-nothing). A progress bar on a terminal, plain lines otherwise, one
 * per document in order once its batch is written; a summary at the end. A document that fails is reported and
 * skipped; the others load.
 */
import path from 'node:path';
import { SingleBar } from 'cli-progress';
import { buildDocumentGraph } from '../../graph';
import type { DocumentGraph, GraphStore, WriteOutcome } from '../../graph';
import { listCorpus, readDocument, readManifest } from '../../loaders';
import type { ManifestEntry } from '../../loaders';
import { stat } from 'node:fs/promises';

/**
 * How many documents go to the store at once: at most `documents`, and no more once they hold `rows` nodes and
 * edges. The first batches are smaller (1, 2, 4, … documents), so that the first documents show in the store and in
 * the progress display at once and a store that refuses writes is found after one document, not a hundred; and a
 * batch is at most an eighth of the load, so that a small load too shows its progress in steps.
 */
export const LOAD_BATCH = { documents: 100, rows: 20_000, steps: 8 } as const;

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

/**
 * One document of a batch (a file's, or one resolution's of a file that holds several): what reading and building it
 * gave, reported once the batch is written.
 */
type Entry =
  | {
      readonly kind: 'graph';
      readonly file: string;
      readonly progress: string;
      /** Whether it is the file's last document: the progress bar counts files. */
      readonly last: boolean;
      readonly graph: DocumentGraph;
    }
  | {
      readonly kind: 'failed';
      readonly file: string;
      /** Null for a manifest, which is not a document. */
      readonly progress: string | null;
      readonly last: boolean;
      /** For the summary. */
      readonly message: string;
      /** For the progress line. */
      readonly error: string;
    };

/**
 * Reads a file and builds the graph of each document in it; `seen` maps the document ids built so far to their
 * files. A file of several resolutions numbers them in its progress line ("(2/5)").
 */
async function readEntries(options: {
  readonly file: string;
  readonly manifest: ReadonlyMap<string, ManifestEntry>;
  readonly seen: Map<string, string>;
  readonly progress: string;
}): Promise<Entry[]> {
  const { file, seen } = options;
  const outcomes = await readDocument(file, options.manifest);
  return outcomes.map((outcome, k): Entry => {
    const progress = outcomes.length > 1 ? `${options.progress} (${k + 1}/${outcomes.length})` : options.progress;
    const last = k === outcomes.length - 1;
    if (!outcome.ok) {
      const message = outcome.error.message;
      return { kind: 'failed', file, progress, last, message, error: message };
    }
    try {
      const graph = buildDocumentGraph(outcome.document);
      const other = seen.get(graph.document.id);
      if (other)
        throw new Error(`${graph.document.id} was already loaded from ${other}; one text per version and language`);
      seen.set(graph.document.id, file);
      return { kind: 'graph', file, progress, last, graph };
    } catch (err) {
      const error = (err as Error).message;
      return { kind: 'failed', file, progress, last, message: `${file}: ${error}`, error };
    }
  });
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
        format: 'Loading {bar} {value}/{total} files | {file}',
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

  const write = async (graphs: readonly DocumentGraph[]): Promise<readonly WriteOutcome[]> => {
    if (graphs.length === 0) return [];
    if (!options.dryRun) return store.writeDocuments(graphs);
    return graphs.map((graph) => ({
      document: graph.document.id,
      status: 'created' as const,
      nodesCreated: graph.nodes.length,
      nodesUpdated: 0,
      nodesRemoved: 0,
      relationshipsCreated: graph.edges.length,
      relationshipsRemoved: 0,
    }));
  };

  /** Writes a batch, then reports each of its files in order. */
  const flush = async (entries: readonly Entry[]): Promise<void> => {
    const outcomes = await write(entries.flatMap((e) => (e.kind === 'graph' ? [e.graph] : [])));
    let next = 0;
    for (const entry of entries) {
      if (entry.kind === 'failed') {
        failures.push({ file: entry.file, message: entry.message });
        if (entry.progress === null) continue;
        if (!bar) out.write(`${entry.progress}: FAILED ${entry.error}\n`);
        if (entry.last) bar?.increment();
        continue;
      }
      const { graph, file, progress, last } = entry;
      const result = outcomes[next++];
      if (!result || result.status === 'failed') {
        const message = result ? result.error.message : 'the store returned no result';
        failures.push({ file, message: `${file}: ${message}` });
        if (!bar) out.write(`${progress}: FAILED ${message}\n`);
        if (last) bar?.increment();
        continue;
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
      if (last) bar?.increment();
    }
  };

  // One batch is written while the next is read: `writing` is the batch in flight (its failure, if any, is seen
  // when it is awaited, before the next batch is written).
  let writing: Promise<void> = Promise.resolve();
  let batch: Entry[] = [];
  let documents = 0;
  let rows = 0;
  /** Documents read: a file of several resolutions counts each. */
  let read = 0;
  const largest = Math.min(LOAD_BATCH.documents, Math.ceil(files.length / LOAD_BATCH.steps));
  let limit = 1;
  const send = async (): Promise<void> => {
    const entries = batch;
    batch = [];
    documents = 0;
    rows = 0;
    limit = Math.min(limit * 2, largest);
    await writing;
    writing = flush(entries);
    writing.catch(() => undefined);
  };

  for (const [i, file] of files.entries()) {
    const dir = path.dirname(file);
    let manifest = manifests.get(dir);
    if (!manifest) {
      try {
        manifest = await readManifest(dir);
      } catch (err) {
        const message = (err as Error).message;
        batch.push({
          kind: 'failed',
          file: path.join(dir, 'manifest.json'),
          progress: null,
          last: false,
          message,
          error: message,
        });
        manifest = new Map();
      }
      manifests.set(dir, manifest);
    }
    const entries = await readEntries({
      file,
      manifest,
      seen,
      progress: `[${i + 1}/${files.length}] ${path.basename(file)}`,
    });
    read += entries.length;
    for (const entry of entries) {
      batch.push(entry);
      documents++;
      if (entry.kind === 'graph') rows += entry.graph.nodes.length + entry.graph.edges.length;
    }
    if (documents >= limit || rows >= LOAD_BATCH.rows) await send();
  }
  await send();
  await writing;
  bar?.update({ file: 'done' });
  bar?.stop();

  const summary: LoadSummary = { documents: read, failed: failures.length, failures, ...totals };
  if (bar) for (const f of failures) out.write(`FAILED ${f.message}\n`);
  out.write(
    `${options.dryRun ? 'Dry run (nothing written): ' : ''}${summary.documents} documents: ` +
      `${summary.created} loaded, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.failed} failed. ` +
      `Nodes: ${summary.nodesCreated} created, ${summary.nodesUpdated} updated, ${summary.nodesRemoved} removed. ` +
      `Relationships: ${summary.relationshipsCreated} created, ${summary.relationshipsRemoved} removed.\n`,
  );
  return summary;
}
