/**
 * Writing the graph for other tools: JSON nodes/edges (dashboards, Cytoscape, D3, vis), GraphML (Gephi, yEd) and
 * CSV in the shape `neo4j-admin database import` reads (one file per label and per relationship type).
 * Pure functions from nodes and edges to text.
 */
import type { GraphEdge, GraphNode } from './model';

export const EXPORT_FORMATS = ['json', 'graphml', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface GraphData {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

/** Where a work's number names a decision's series (`decision-482`, see `workNumber` in build.ts): its number. */
const DECISION_NUMBER = /^decision-(.+)$/u;

/** A work's name: "WTSA Resolution 78", "COUNCIL Decision 482". */
export function workName(body: string, number: string, short = false): string {
  const decision = DECISION_NUMBER.exec(number)?.[1];
  if (decision) return `${body} ${short ? 'Dec.' : 'Decision'} ${decision}`;
  return `${body} ${short ? 'Res.' : 'Resolution'} ${number}`;
}

/** A short display label for any node. */
export function nodeLabel(n: GraphNode): string {
  switch (n.type) {
    case 'Resolution':
      return workName(n.body, n.number);
    case 'Version':
      return `${workName(n.body, n.number, true)} (${n.label})`;
    case 'Document':
      return n.title ? `${n.title} [${n.language}]` : `${n.file} [${n.language}]`;
    case 'Clause':
      return n.address;
    case 'Instruction':
      return `${n.kind} ${n.clause}`;
    case 'Assembly':
    case 'Instrument':
    case 'StudyGroup':
    case 'Question':
    case 'Office':
    case 'Stakeholder':
      return n.name;
    case 'Organization':
      return n.acronym ?? n.name;
  }
}

function flatEdge(e: GraphEdge): Record<string, unknown> {
  return {
    ...e.props,
    ...(e.provenance
      ? {
          provenanceDocument: e.provenance.document,
          provenanceClause: e.provenance.clause,
          provenanceStart: e.provenance.span[0],
          provenanceEnd: e.provenance.span[1],
          provenanceQuote: e.provenance.quote,
        }
      : {}),
  };
}

/** JSON: `{ nodes: [{ id, type, label, ...properties }], edges: [{ id, source, target, type, ...}] }`. */
export function toJson(graph: GraphData): string {
  const { nodes, edges } = sorted(graph);
  return JSON.stringify(
    {
      nodes: nodes.map((n) => ({ ...n, label: nodeLabel(n) })),
      edges: edges.map((e) => ({ id: e.id, source: e.from, target: e.to, type: e.type, ...flatEdge(e) })),
    },
    null,
    2,
  );
}

function sorted(graph: GraphData): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { nodes: [...graph.nodes].sort(byId), edges: [...graph.edges].sort(byId) };
}

function xml(s: string): string {
  return (
    s
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
  );
}

function scalar(v: unknown): { value: string; type: 'string' | 'long' | 'boolean' } {
  if (typeof v === 'number' && Number.isInteger(v)) return { value: String(v), type: 'long' };
  if (typeof v === 'boolean') return { value: String(v), type: 'boolean' };
  if (typeof v === 'string') return { value: v, type: 'string' };
  return { value: JSON.stringify(v), type: 'string' };
}

/** GraphML with one `<key>` per property name; nested values as JSON text. */
export function toGraphML(graph: GraphData): string {
  const { nodes, edges } = sorted(graph);
  const keys = new Map<string, { for: 'node' | 'edge'; name: string; type: string }>();
  const rows = (items: readonly Record<string, unknown>[], kind: 'node' | 'edge'): Record<string, string>[] =>
    items.map((item) => {
      const out: Record<string, string> = {};
      for (const [k, v] of Object.entries(item)) {
        if (v === null || v === undefined || k === 'id' || k === 'from' || k === 'to') continue;
        const s = scalar(v);
        const keyId = `${kind}_${k}`;
        const known = keys.get(keyId);
        if (!known) keys.set(keyId, { for: kind, name: k, type: s.type });
        else if (known.type !== s.type) known.type = 'string';
        out[keyId] = s.value;
      }
      return out;
    });
  const nodeRows = rows(
    nodes.map((n) => ({ ...n, label: nodeLabel(n) })),
    'node',
  );
  const edgeRows = rows(
    edges.map((e) => ({ type: e.type, ...flatEdge(e) })),
    'edge',
  );
  const data = (r: Record<string, string>): string =>
    Object.entries(r)
      .map(([k, v]) => `<data key="${xml(k)}">${xml(v)}</data>`)
      .join('');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...[...keys.entries()].map(
      ([id, k]) => `  <key id="${xml(id)}" for="${k.for}" attr.name="${xml(k.name)}" attr.type="${k.type}"/>`,
    ),
    '  <graph id="ehealth-mandates" edgedefault="directed">',
    ...nodes.map((n, i) => `    <node id="${xml(n.id)}">${data(nodeRows[i] ?? {})}</node>`),
    ...edges.map(
      (e, i) =>
        `    <edge id="${xml(e.id)}" source="${xml(e.from)}" target="${xml(e.to)}">${data(edgeRows[i] ?? {})}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s =
    Array.isArray(v) && v.every((x) => typeof x !== 'object')
      ? v.join(';')
      : typeof v === 'object'
        ? JSON.stringify(v)
        : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csvType(values: readonly unknown[]): string {
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length && present.every((v) => typeof v === 'number' && Number.isInteger(v))) return ':long';
  if (present.length && present.every((v) => typeof v === 'boolean')) return ':boolean';
  if (present.length && present.every((v) => Array.isArray(v) && v.every((x) => typeof x === 'string')))
    return ':string[]';
  return '';
}

function csvFile(
  columns: readonly string[],
  headers: readonly string[],
  rows: readonly Record<string, unknown>[],
): string {
  return [headers.join(','), ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(','))].join('\n') + '\n';
}

/**
 * CSV for `neo4j-admin database import full`: `nodes-<Label>.csv` (`id:ID`, `:LABEL`, properties) and
 * `relationships-<TYPE>.csv` (`:START_ID`, `:END_ID`, `:TYPE`, `id`, properties). Arrays use `;`.
 */
export function toCsv(graph: GraphData): Map<string, string> {
  const { nodes, edges } = sorted(graph);
  const files = new Map<string, string>();
  const byLabel = new Map<string, GraphNode[]>();
  for (const n of nodes) byLabel.set(n.type, [...(byLabel.get(n.type) ?? []), n]);
  for (const [label, group] of byLabel) {
    const rows = group.map((n) => ({ ...n }) as Record<string, unknown>);
    const props = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((k) => k !== 'id' && k !== 'type').sort();
    const headers = ['id:ID', ':LABEL', ...props.map((p) => `${p}${csvType(rows.map((r) => r[p]))}`)];
    files.set(
      `nodes-${label}.csv`,
      csvFile(
        ['id', 'labels', ...props],
        headers,
        rows.map((r) => ({ ...r, labels: `Node;${label}` })),
      ),
    );
  }
  const byType = new Map<string, GraphEdge[]>();
  for (const e of edges) byType.set(e.type, [...(byType.get(e.type) ?? []), e]);
  for (const [type, group] of byType) {
    const rows = group.map(
      (e) => ({ from: e.from, to: e.to, type: e.type, id: e.id, ...flatEdge(e) }) as Record<string, unknown>,
    );
    const props = [...new Set(rows.flatMap((r) => Object.keys(r)))]
      .filter((k) => !['from', 'to', 'type', 'id'].includes(k))
      .sort();
    const headers = [
      ':START_ID',
      ':END_ID',
      ':TYPE',
      'id',
      ...props.map((p) => `${p}${csvType(rows.map((r) => r[p]))}`),
    ];
    files.set(`relationships-${type}.csv`, csvFile(['from', 'to', 'type', 'id', ...props], headers, rows));
  }
  return files;
}
