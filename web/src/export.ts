/**
 * Exporting the current view: a PNG of the canvas, and the visible nodes and their relationships as JSON in the
 * shape of the API's `/export/graph.json` (flat provenance fields), so the same tools read both.
 */
import type { GraphModel } from './graph-model';
import type { Filters } from './graph-model';

export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from the focus id: `explorer-org-who.png`. */
export function fileName(focus: string | null, extension: string): string {
  const base = (focus ?? 'graph').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
  return `explorer-${base || 'graph'}.${extension}`;
}

export function viewJson(
  model: GraphModel,
  visible: ReadonlySet<string>,
  context: { readonly focus: string | null; readonly depth: number; readonly filters: Filters; readonly url: string },
): string {
  const nodes = [...model.nodes.values()]
    .filter((n) => visible.has(n.id))
    .map((n) => ({ id: n.id, type: n.type, label: n.label }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const edges = [...model.edges.values()]
    .filter((e) => visible.has(e.source) && visible.has(e.target))
    .map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      type: e.type,
      ...(e.provenance
        ? {
            provenanceDocument: e.provenance.document,
            provenanceClause: e.provenance.clause,
            provenanceStart: e.provenance.start,
            provenanceEnd: e.provenance.end,
            provenanceQuote: e.provenance.quote,
          }
        : {}),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const { filters } = context;
  return JSON.stringify(
    {
      view: {
        url: context.url,
        focus: context.focus,
        depth: context.depth,
        filters: {
          types: [...filters.types].sort(),
          sector: filters.sector,
          assembly: filters.assembly,
          year: filters.year,
        },
      },
      nodes,
      edges,
    },
    null,
    2,
  );
}
