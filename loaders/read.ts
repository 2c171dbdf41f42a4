/**
 * The thin I/O around the pure parser: reads a corpus folder (or a list of files), the manifest beside it, and
 * parses each document (each resolution of a file that holds several). A document that fails is reported with its
 * typed error; the others still load.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_MAX_BYTES } from './decode';
import { LoaderError } from './errors';
import { MANIFEST_FILE, parseManifest } from './manifest';
import { parseDocuments } from './parse';
import type { ManifestEntry, ParsedDocument } from './types';

export type ReadOutcome =
  | { readonly ok: true; readonly file: string; readonly document: ParsedDocument }
  | { readonly ok: false; readonly file: string; readonly error: LoaderError };

export interface ReadOptions {
  readonly maxBytes?: number;
  /** Called after each file, with its outcomes, for progress display. */
  readonly onProgress?: (done: number, total: number, outcomes: readonly ReadOutcome[]) => void;
}

/** Files of a corpus folder that are documents: regular, not hidden, not the manifest. Sorted by name. */
export async function listCorpus(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.') && e.name !== MANIFEST_FILE && !e.name.endsWith('.json'))
    .map((e) => path.join(dir, e.name))
    .sort();
}

/** Reads the manifest of a folder, or an empty one if there is none. */
export async function readManifest(dir: string): Promise<ReadonlyMap<string, ManifestEntry>> {
  const file = path.join(dir, MANIFEST_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return new Map();
  }
  return parseManifest(text, file);
}

/**
 * Reads and parses one file: one outcome per document it holds (a file of several resolutions has several), or one
 * error for the file. Never throws for a bad document: the error is in the outcome.
 */
export async function readDocument(
  file: string,
  manifest: ReadonlyMap<string, ManifestEntry>,
  options: ReadOptions = {},
): Promise<ReadOutcome[]> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    const info = await stat(file);
    if (info.size > maxBytes) {
      throw new LoaderError({
        code: 'FILE_TOO_LARGE',
        file,
        line: 1,
        column: 1,
        expected: `at most ${maxBytes} bytes`,
        found: `${info.size} bytes`,
        hint: 'ITU resolutions are far smaller; check that this is the right file',
      });
    }
    const content = await readFile(file);
    const parts = parseDocuments({ file, content, manifest: manifest.get(path.basename(file)), maxBytes });
    return parts.map((p) => (p.ok ? { ok: true, file, document: p.document } : { ok: false, file, error: p.error }));
  } catch (cause) {
    if (cause instanceof LoaderError) return [{ ok: false, file, error: cause }];
    const code = (cause as NodeJS.ErrnoException).code;
    const error = new LoaderError({
      code: code ? 'FILE_UNREADABLE' : 'PARSER_FAILED',
      file,
      line: 1,
      column: 1,
      expected: code ? 'a readable file' : 'the parser to finish',
      found: String((cause as Error).message ?? cause),
      cause,
    });
    return [{ ok: false, file, error }];
  }
}

/**
 * Reads every document of a folder, or of the given files (with the manifest of the folder each is in): one outcome
 * per document, in file order.
 */
export async function readCorpus(paths: readonly string[], options: ReadOptions = {}): Promise<ReadOutcome[]> {
  const files: string[] = [];
  for (const p of paths) {
    const info = await stat(p);
    if (info.isDirectory()) files.push(...(await listCorpus(p)));
    else files.push(p);
  }
  const manifests = new Map<string, ReadonlyMap<string, ManifestEntry>>();
  const outcomes: ReadOutcome[] = [];
  let done = 0;
  for (const file of files) {
    const dir = path.dirname(file);
    let manifest = manifests.get(dir);
    if (!manifest) {
      manifest = await readManifest(dir);
      manifests.set(dir, manifest);
    }
    const read = await readDocument(file, manifest, options);
    outcomes.push(...read);
    options.onProgress?.(++done, files.length, read);
  }
  return outcomes;
}
