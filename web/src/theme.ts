/**
 * How each node and relationship type looks, in one table each: the canvas styles, the legend and the filters are
 * all generated from these rows, so a new type means a new row here. Colours are chosen for contrast on white
 * (labels are drawn in dark text next to the shape, never inside it) and each type also has its own shape, so the
 * graph stays readable for colour-blind readers.
 */

/** Cytoscape node shapes used here (a subset of what Cytoscape offers). */
export type NodeShape =
  | 'ellipse'
  | 'round-rectangle'
  | 'rectangle'
  | 'diamond'
  | 'hexagon'
  | 'octagon'
  | 'round-pentagon'
  | 'barrel'
  | 'tag'
  | 'cut-rectangle'
  | 'round-triangle'
  | 'star';

export interface NodeTypeStyle {
  readonly type: string;
  /** Plural, for the legend and the filter. */
  readonly label: string;
  readonly colour: string;
  readonly shape: NodeShape;
  /** Drawn size in px; more central kinds of node are larger. */
  readonly size: number;
  /** Shown when the page opens without a `types` filter in the URL. */
  readonly shownByDefault: boolean;
}

/** Node types of the graph model (graph/README.md), in legend order. */
export const NODE_TYPES: readonly NodeTypeStyle[] = [
  {
    type: 'Resolution',
    label: 'Resolutions',
    colour: '#1e3a8a',
    shape: 'round-rectangle',
    size: 34,
    shownByDefault: true,
  },
  { type: 'Version', label: 'Versions', colour: '#2563eb', shape: 'round-rectangle', size: 28, shownByDefault: true },
  { type: 'Assembly', label: 'Assemblies', colour: '#0e7490', shape: 'barrel', size: 24, shownByDefault: true },
  { type: 'Document', label: 'Documents', colour: '#475569', shape: 'rectangle', size: 22, shownByDefault: true },
  { type: 'Instruction', label: 'Instructions', colour: '#b45309', shape: 'tag', size: 22, shownByDefault: true },
  { type: 'Clause', label: 'Clauses', colour: '#94a3b8', shape: 'rectangle', size: 12, shownByDefault: false },
  { type: 'StudyGroup', label: 'Study groups', colour: '#047857', shape: 'hexagon', size: 30, shownByDefault: true },
  { type: 'Question', label: 'Questions', colour: '#65a30d', shape: 'diamond', size: 22, shownByDefault: true },
  { type: 'Organization', label: 'Organizations', colour: '#c2410c', shape: 'ellipse', size: 30, shownByDefault: true },
  { type: 'Office', label: 'Offices', colour: '#7c3aed', shape: 'octagon', size: 26, shownByDefault: true },
  {
    type: 'Stakeholder',
    label: 'Stakeholders',
    colour: '#be185d',
    shape: 'round-pentagon',
    size: 26,
    shownByDefault: true,
  },
  {
    type: 'Instrument',
    label: 'Instruments',
    colour: '#a16207',
    shape: 'cut-rectangle',
    size: 24,
    shownByDefault: true,
  },
];

const FALLBACK_NODE: NodeTypeStyle = {
  type: 'Other',
  label: 'Other',
  colour: '#6b7280',
  shape: 'ellipse',
  size: 20,
  shownByDefault: true,
};

export function nodeStyle(type: string): NodeTypeStyle {
  return NODE_TYPES.find((t) => t.type === type) ?? FALLBACK_NODE;
}

export type LineStyle = 'solid' | 'dashed' | 'dotted';

export interface EdgeTypeStyle {
  readonly type: string;
  /** How the relationship reads from source to target. */
  readonly verb: string;
  readonly colour: string;
  readonly line: LineStyle;
  readonly width: number;
  /** Relationships that state a mandate or a link between actors are drawn stronger than structural ones. */
  readonly strong: boolean;
}

/** Relationship types (graph/README.md, "Relationships and provenance"), in legend order. */
export const EDGE_TYPES: readonly EdgeTypeStyle[] = [
  { type: 'INSTRUCTS', verb: 'instructs', colour: '#b91c1c', line: 'solid', width: 3, strong: true },
  {
    type: 'COLLABORATES_WITH',
    verb: 'asks to collaborate with',
    colour: '#7c3aed',
    line: 'dashed',
    width: 2.5,
    strong: true,
  },
  { type: 'CITES', verb: 'cites', colour: '#1d4ed8', line: 'solid', width: 2, strong: true },
  { type: 'MENTIONS', verb: 'mentions', colour: '#9ca3af', line: 'dotted', width: 1.5, strong: false },
  { type: 'STUDIED_BY', verb: 'is studied by', colour: '#047857', line: 'solid', width: 2, strong: true },
  { type: 'REPORTS_TO', verb: 'reports to', colour: '#0f766e', line: 'solid', width: 2, strong: true },
  { type: 'PARTNER_OF', verb: 'is a partner of', colour: '#c2410c', line: 'dashed', width: 2, strong: true },
  { type: 'LAUNCHED_BY', verb: 'was launched by', colour: '#a16207', line: 'solid', width: 2, strong: true },
  { type: 'SUCCEEDS', verb: 'succeeds', colour: '#4338ca', line: 'solid', width: 2, strong: true },
  { type: 'COORDINATED_BY', verb: 'is coordinated by', colour: '#0369a1', line: 'solid', width: 2, strong: true },
  { type: 'HAS_VERSION', verb: 'has version', colour: '#64748b', line: 'solid', width: 1.5, strong: false },
  { type: 'ADOPTED_AT', verb: 'was adopted at', colour: '#64748b', line: 'solid', width: 1.5, strong: false },
  { type: 'HAS_DOCUMENT', verb: 'has document', colour: '#94a3b8', line: 'solid', width: 1.2, strong: false },
  { type: 'HAS_INSTRUCTION', verb: 'has instruction', colour: '#94a3b8', line: 'solid', width: 1.2, strong: false },
  { type: 'ADDRESSED_TO', verb: 'is addressed to', colour: '#dc2626', line: 'dashed', width: 1.5, strong: false },
  {
    type: 'IN_COLLABORATION_WITH',
    verb: 'in collaboration with',
    colour: '#8b5cf6',
    line: 'dotted',
    width: 1.5,
    strong: false,
  },
  { type: 'HAS_CLAUSE', verb: 'has clause', colour: '#cbd5e1', line: 'solid', width: 1, strong: false },
  { type: 'FROM_CLAUSE', verb: 'is read from', colour: '#cbd5e1', line: 'solid', width: 1, strong: false },
];

const FALLBACK_EDGE: EdgeTypeStyle = {
  type: 'OTHER',
  verb: 'is linked to',
  colour: '#9ca3af',
  line: 'solid',
  width: 1,
  strong: false,
};

export function edgeStyle(type: string): EdgeTypeStyle {
  return EDGE_TYPES.find((t) => t.type === type) ?? FALLBACK_EDGE;
}

/** The three Sectors, as the API's `Sector` enum names them. */
export const SECTORS: readonly { readonly value: string; readonly label: string }[] = [
  { value: 'ITU_T', label: 'ITU-T (standardization)' },
  { value: 'ITU_D', label: 'ITU-D (development)' },
  { value: 'ITU_R', label: 'ITU-R (radiocommunication)' },
];

export interface BodyInfo {
  readonly value: string;
  readonly label: string;
  /** The Sector whose assembly this is; null for Union-wide bodies. */
  readonly sector: string | null;
}

/**
 * Assemblies and conferences, as the API's `Body` enum names them, with the Sector each belongs to: the ITU
 * Constitution sets up the Radiocommunication Assembly and WRC for ITU-R (Art. 13), WTSA for ITU-T (Art. 18) and
 * WTDC for ITU-D (Art. 22); the Plenipotentiary Conference, Council and WCIT act for the whole Union.
 */
export const BODIES: readonly BodyInfo[] = [
  { value: 'WTSA', label: 'WTSA', sector: 'ITU_T' },
  { value: 'WTDC', label: 'WTDC', sector: 'ITU_D' },
  { value: 'RA', label: 'Radiocommunication Assembly', sector: 'ITU_R' },
  { value: 'WRC', label: 'WRC', sector: 'ITU_R' },
  { value: 'PP', label: 'Plenipotentiary Conference', sector: null },
  { value: 'COUNCIL', label: 'Council', sector: null },
  { value: 'WCIT', label: 'WCIT', sector: null },
];

export function sectorOfBody(body: string): string | null {
  return BODIES.find((b) => b.value === body)?.sector ?? null;
}

/** Languages whose script runs right to left. */
export const RTL_LANGUAGES: ReadonlySet<string> = new Set(['ar']);

/** Display names of the six UN languages, in English (the page's language). */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: 'English',
  fr: 'French',
  es: 'Spanish',
  ru: 'Russian',
  ar: 'Arabic',
  zh: 'Chinese',
};
