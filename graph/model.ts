/**
 * The graph model: node and relationship types, their properties, stable ids and provenance. Plain readonly data;
 * nothing here talks to a database. The label and relationship-type lists are the allow-lists every store uses
 * (Cypher never takes a label or a type from anywhere else).
 */

/** Node labels. */
export const NODE_TYPES = [
  'Resolution',
  'Version',
  'Document',
  'Clause',
  'Instruction',
  'StudyGroup',
  'Question',
  'Organization',
  'Office',
  'Stakeholder',
  'Assembly',
  'Instrument',
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/** Relationship types. */
export const REL_TYPES = [
  /** Resolution -> Version */
  'HAS_VERSION',
  /** Version -> Assembly that adopted it */
  'ADOPTED_AT',
  /** Version -> Document (one file in one language) */
  'HAS_DOCUMENT',
  /** Document -> Clause */
  'HAS_CLAUSE',
  /** Document -> Instruction */
  'HAS_INSTRUCTION',
  /** Instruction -> Clause it was read from */
  'FROM_CLAUSE',
  /** Instruction -> party it is addressed to */
  'ADDRESSED_TO',
  /** Instruction -> party named as a collaborator */
  'IN_COLLABORATION_WITH',
  /** Version -> party instructed (any operative kind; the kind is a property) */
  'INSTRUCTS',
  /** Version -> party the addressees are to collaborate with */
  'COLLABORATES_WITH',
  /** Version -> cited Version, Resolution or Instrument */
  'CITES',
  /** Version or Document -> any entity named in the text */
  'MENTIONS',
  /** Question -> StudyGroup that owns it */
  'STUDIED_BY',
  /** group -> parent group */
  'REPORTS_TO',
  /** group -> partner organization */
  'PARTNER_OF',
  /** initiative -> organization that launched it */
  'LAUNCHED_BY',
  /** successor -> predecessor */
  'SUCCEEDS',
  /** group or initiative -> the party that coordinates or leads it */
  'COORDINATED_BY',
] as const;
export type RelType = (typeof REL_TYPES)[number];

export const SECTORS = ['ITU-T', 'ITU-D', 'ITU-R'] as const;
export type Sector = (typeof SECTORS)[number];

/** ITU bodies whose resolutions the loaders read, and the external bodies whose resolutions are cited. */
export const BODIES = ['WTSA', 'PP', 'WTDC', 'RA', 'COUNCIL', 'WCIT', 'WRC'] as const;
export type Body = (typeof BODIES)[number];

export const INSTRUCTION_KINDS = ['RESOLVES', 'INSTRUCTS', 'REQUESTS', 'INVITES', 'ENCOURAGES', 'URGES'] as const;
export type InstructionKind = (typeof INSTRUCTION_KINDS)[number];

export const LANGUAGES = ['en', 'fr', 'es', 'ru', 'ar', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Where a fact was read: the document, the clause address, the character span in the decoded text, the words. */
export interface Provenance {
  readonly document: string;
  readonly clause: string | null;
  /** [start, end) in UTF-16 code units of the decoded document text. */
  readonly span: readonly [number, number];
  readonly quote: string;
}

/** Where a node property came from: the text itself, or the corpus manifest. */
export type FactSource = 'text' | 'manifest' | 'history-line' | 'citation';

type Props<T extends NodeType, P> = { readonly id: string; readonly type: T } & P;

export type ResolutionNode = Props<
  'Resolution',
  {
    readonly body: Body;
    readonly number: string;
    readonly title: string | null;
    readonly titleSource: FactSource | null;
  }
>;
export type VersionNode = Props<
  'Version',
  {
    readonly resolution: string;
    readonly body: Body;
    readonly number: string;
    readonly year: number;
    readonly place: string | null;
    /** e.g. "Rev. New Delhi, 2024" */
    readonly label: string;
    /** How the version is known: from a document of it, a history line, or only a citation. */
    readonly source: FactSource;
  }
>;
export type DocumentKind = 'resolution' | 'group-page';
export type DocumentNode = Props<
  'Document',
  {
    readonly file: string;
    readonly language: Language;
    readonly kind: DocumentKind;
    readonly title: string | null;
    readonly checksum: string;
    readonly encoding: string;
    /** Which facts came from the manifest rather than the text, e.g. ["resolution.number"]. */
    readonly manifestFacts: readonly string[];
    readonly foreword: string | null;
  }
>;
export type ClauseRole = 'heading' | 'item' | 'body' | 'paragraph';
export type ClauseNode = Props<
  'Clause',
  {
    readonly document: string;
    /** Stable address inside the document, e.g. "preamble/noting/b", "instructs-2/item-3". */
    readonly address: string;
    readonly part: 'preamble' | 'operative' | 'annex' | 'page';
    readonly section: string;
    readonly role: ClauseRole;
    readonly label: string | null;
    readonly text: string;
    readonly footnotes: readonly string[];
    readonly span: readonly [number, number];
    readonly order: number;
  }
>;
export type InstructionNode = Props<
  'Instruction',
  {
    readonly document: string;
    readonly version: string;
    readonly kind: InstructionKind;
    /** Address of the heading clause. */
    readonly clause: string;
    readonly order: number;
    readonly heading: string;
    readonly items: readonly { readonly label: string | null; readonly text: string; readonly clause: string }[];
  }
>;
export type StudyGroupNode = Props<
  'StudyGroup',
  { readonly sector: Sector; readonly number: number; readonly name: string; readonly title: string | null }
>;
export type QuestionNode = Props<
  'Question',
  {
    readonly sector: Sector;
    /** e.g. "2/2", "14-3/2"; null for a Question the text names only by its subject. */
    readonly code: string | null;
    readonly studyGroup: number;
    readonly name: string;
    readonly title: string | null;
  }
>;
export type OrganizationKind =
  | 'itu'
  | 'itu-sector'
  | 'itu-bureau'
  | 'itu-group'
  | 'un-agency'
  | 'un-body'
  | 'sdo'
  | 'forum'
  | 'initiative'
  | 'other';
export type OrganizationNode = Props<
  'Organization',
  { readonly name: string; readonly acronym: string | null; readonly kind: OrganizationKind }
>;
export type OfficeNode = Props<'Office', { readonly name: string; readonly acronym: string | null }>;
export type StakeholderNode = Props<'Stakeholder', { readonly name: string }>;
export type AssemblyNode = Props<
  'Assembly',
  { readonly body: Body; readonly year: number; readonly place: string | null; readonly name: string }
>;
export type InstrumentKind =
  'un-resolution' | 'wha-resolution' | 'recommendation' | 'sdg' | 'strategy' | 'plan-of-action' | 'agenda';
export type InstrumentNode = Props<
  'Instrument',
  { readonly kind: InstrumentKind; readonly name: string; readonly code: string | null }
>;

export type GraphNode =
  | ResolutionNode
  | VersionNode
  | DocumentNode
  | ClauseNode
  | InstructionNode
  | StudyGroupNode
  | QuestionNode
  | OrganizationNode
  | OfficeNode
  | StakeholderNode
  | AssemblyNode
  | InstrumentNode;

export type NodeOf<T extends NodeType> = Extract<GraphNode, { type: T }>;

/** Node types that can be addressees, collaborators or the subject of a mention: "parties" and cited things. */
export const ENTITY_TYPES = [
  'StudyGroup',
  'Question',
  'Organization',
  'Office',
  'Stakeholder',
  'Assembly',
  'Instrument',
  'Resolution',
  'Version',
] as const satisfies readonly NodeType[];

export interface GraphEdge {
  /** Deterministic: type, endpoints and the provenance that justifies it. */
  readonly id: string;
  readonly type: RelType;
  readonly from: string;
  readonly to: string;
  /** Extra data, e.g. the instruction kind on INSTRUCTS. */
  readonly props: Readonly<Record<string, string | number | boolean | null>>;
  /** Null only for structural edges implied by the documents' own structure (HAS_VERSION, HAS_CLAUSE, ...). */
  readonly provenance: Provenance | null;
}

/** A document's whole contribution to the graph: written and replaced atomically. */
export interface DocumentGraph {
  readonly document: DocumentNode;
  /** Every node the document contributes, including `document` itself. */
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  /** Ids of shared nodes this document is authoritative for (its own Resolution and Version, the group a page is about). */
  readonly defines: readonly string[];
}

/** Shared nodes several documents may contribute (entities, versions): merged by id, properties from the text win. */
export function isSharedNode(node: GraphNode): boolean {
  return node.type !== 'Document' && node.type !== 'Clause' && node.type !== 'Instruction';
}

/** Raised when a graph is built with conflicting data: two nodes or edges with one id and different content. */
export class GraphIntegrityError extends Error {
  override readonly name = 'GraphIntegrityError';
  readonly code = 'GRAPH_INTEGRITY';
}

/** Lower-case, ASCII-ish slug for ids: "New Delhi" -> "new-delhi". Keeps CJK characters. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}.]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Stable, human-readable ids. */
export const ids = {
  resolution: (body: Body, number: string) => `resolution:${body.toLowerCase()}-${number}`,
  version: (body: Body, number: string, year: number) => `version:${body.toLowerCase()}-${number}:${year}`,
  document: (key: string, language: Language) => `document:${key}:${language}`,
  clause: (documentId: string, address: string) => `clause:${documentId.replace(/^document:/, '')}:${address}`,
  instruction: (documentId: string, address: string) =>
    `instruction:${documentId.replace(/^document:/, '')}:${address}`,
  studyGroup: (sector: Sector, number: number) => `sg:${sector.toLowerCase()}:${number}`,
  question: (sector: Sector, studyGroup: number, code: string | null, title: string | null) =>
    code
      ? `question:${sector.toLowerCase()}:${code}`
      : `question:${sector.toLowerCase()}:sg${studyGroup}:${slug(title ?? '')}`,
  organization: (key: string) => `org:${slug(key)}`,
  office: (key: string) => `office:${slug(key)}`,
  stakeholder: (key: string) => `stakeholder:${slug(key)}`,
  assembly: (body: Body, year: number) => `assembly:${body.toLowerCase()}:${year}`,
  instrument: (key: string) => `instrument:${slug(key)}`,
  edge: (type: RelType, from: string, to: string, discriminator = '') =>
    `${type}:${from}->${to}${discriminator ? `#${discriminator}` : ''}`,
} as const;

/** Exhaustiveness helper for switches over discriminated unions. */
export class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`Unreachable case: ${JSON.stringify(value)}`);
  }
}
