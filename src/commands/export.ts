/**
 * `export --format json|graphml|csv [--out PATH]`: writes the whole graph for other tools. JSON and GraphML go to
 * stdout or a file; CSV (one file per label and relationship type, for `neo4j-admin database import`) needs a folder.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { toCsv, toGraphML, toJson } from '../../graph';
import type { ExportFormat, GraphStore } from '../../graph';

export interface ExportOptions {
  readonly store: GraphStore;
  readonly format: ExportFormat;
  readonly out: string | undefined;
  readonly stdout: NodeJS.WritableStream;
}

/** Writes the export; returns a one-line description of what was written. */
export async function exportGraph(options: ExportOptions): Promise<string> {
  const graph = await options.store.dump();
  const count = `${graph.nodes.length} nodes and ${graph.edges.length} relationships`;
  if (options.format === 'csv') {
    if (!options.out) throw new Error('--format csv writes one file per label and type: give a folder with --out');
    await mkdir(options.out, { recursive: true });
    const files = toCsv(graph);
    for (const [name, content] of files) await writeFile(path.join(options.out, name), content);
    return `Wrote ${count} as ${files.size} CSV files to ${options.out}`;
  }
  const text = options.format === 'json' ? toJson(graph) : toGraphML(graph);
  if (!options.out) {
    options.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    return `Wrote ${count} as ${options.format}`;
  }
  await writeFile(options.out, text);
  return `Wrote ${count} as ${options.format} to ${options.out}`;
}
