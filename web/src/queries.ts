/**
 * Every GraphQL operation the explorer sends, with the shape of its answer. Operations are named so that the
 * server's request log says which part of the page asked.
 */
import type { Api } from './api';

export interface Provenance {
  readonly document: string;
  readonly clause: string | null;
  readonly quote: string;
  readonly start: number;
  readonly end: number;
}

export interface DrawNode {
  readonly id: string;
  readonly type: string;
  readonly label: string;
}

export interface DrawEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly provenance: Provenance | null;
}

export interface Subgraph {
  readonly nodes: readonly DrawNode[];
  readonly edges: readonly DrawEdge[];
  readonly truncated: boolean;
}

/** The API's upper bounds (schema/resolvers.ts): neighbourhood depth and size, ids per `nodes` call. */
export const MAX_DEPTH = 3;
export const MAX_NEIGHBOURHOOD = 2000;
const FACET_BATCH = 500;

const SUBGRAPH = `nodes { id type label } edges { id source target type provenance { document clause quote start end } } truncated`;

export function neighbourhood(api: Api, id: string, depth: number, limit = MAX_NEIGHBOURHOOD): Promise<Subgraph> {
  return api
    .query<{ neighborhood: Subgraph }>(
      `query ExplorerNeighbourhood($id: ID!, $depth: Int!, $limit: Int!) { neighborhood(id: $id, depth: $depth, limit: $limit) { ${SUBGRAPH} } }`,
      { id, depth, limit },
    )
    .then((d) => d.neighborhood);
}

export interface SearchHit {
  readonly score: number;
  readonly snippet: string;
  readonly node: {
    readonly __typename: string;
    readonly id: string;
    readonly name?: string;
    readonly address?: string;
    readonly heading?: string;
    readonly document?: { readonly id: string; readonly name: string; readonly language: string };
  };
}

export function search(api: Api, text: string, languages: readonly string[] = []): Promise<readonly SearchHit[]> {
  return api
    .query<{ search: SearchHit[] }>(
      `query ExplorerSearch($text: String!, $languages: [Language!]) {
        search(text: $text, first: 20, languages: $languages) {
          score snippet
          node { __typename id
            ... on Entity { name }
            ... on Clause { address document { id name language } }
            ... on Instruction { heading document { id name language } }
          }
        }
      }`,
      { text, languages: languages.length ? languages : null },
    )
    .then((d) => d.search);
}

/** What the filters need to know of a node: its Sector, its assembly, its year (when it has them). */
export interface Facets {
  readonly sector?: string;
  readonly body?: string;
  readonly year?: number;
}

interface VersionFacets {
  readonly year: number;
  readonly resolution: { readonly body: string };
}

interface FacetRow {
  readonly __typename: string;
  readonly id: string;
  readonly body?: string;
  readonly year?: number;
  readonly sector?: string;
  readonly resolution?: { readonly body: string };
  readonly version?: VersionFacets | null;
  /** Instruction.version is non-null, Document.version nullable: GraphQL wants them under different names. */
  readonly instructionVersion?: VersionFacets;
  readonly document?: { readonly version: VersionFacets | null };
}

/** Node types that carry a Sector, an assembly or a year, directly or through their version. */
export const FACETED_TYPES: ReadonlySet<string> = new Set([
  'Resolution',
  'Version',
  'Assembly',
  'Document',
  'Instruction',
  'Clause',
  'StudyGroup',
  'Question',
]);

const VERSION_FACETS = 'version { year resolution { body } }';

function facetsOf(row: FacetRow, sectorOfBody: (body: string) => string | null): Facets {
  const version = row.version ?? row.instructionVersion ?? row.document?.version ?? null;
  const body = row.body ?? row.resolution?.body ?? version?.resolution.body;
  const year = row.year ?? version?.year;
  const sector = row.sector ?? (body ? (sectorOfBody(body) ?? undefined) : undefined);
  return {
    ...(sector ? { sector } : {}),
    ...(body ? { body } : {}),
    ...(year !== undefined ? { year } : {}),
  };
}

/** Facets of many nodes, in batches the API accepts. */
export async function facets(
  api: Api,
  ids: readonly string[],
  sectorOfBody: (body: string) => string | null,
): Promise<Map<string, Facets>> {
  const out = new Map<string, Facets>();
  for (let i = 0; i < ids.length; i += FACET_BATCH) {
    const batch = ids.slice(i, i + FACET_BATCH);
    const data = await api.query<{ nodes: (FacetRow | null)[] }>(
      `query ExplorerFacets($ids: [ID!]!) {
        nodes(ids: $ids) { __typename id
          ... on Resolution { body }
          ... on Version { year resolution { body } }
          ... on Assembly { body year }
          ... on Document { ${VERSION_FACETS} }
          ... on Instruction { instructionVersion: ${VERSION_FACETS} }
          ... on Clause { document { ${VERSION_FACETS} } }
          ... on StudyGroup { sector }
          ... on Question { sector }
        }
      }`,
      { ids: batch },
    );
    for (const row of data.nodes) if (row) out.set(row.id, facetsOf(row, sectorOfBody));
  }
  return out;
}

export interface Ref {
  readonly id: string;
  readonly name: string;
}

/**
 * A node with the properties the details panel shows; fields are present according to `__typename`. Fields that
 * have different types on different node types (`kind`, `number`, `label`, `version`) are aliased per type, as
 * GraphQL requires.
 */
export interface NodeDetails {
  readonly __typename: string;
  readonly id: string;
  readonly name?: string;
  readonly title?: string | null;
  readonly body?: string;
  readonly number?: string;
  readonly groupNumber?: number;
  readonly year?: number;
  readonly place?: string | null;
  readonly label?: string;
  readonly clauseLabel?: string | null;
  readonly source?: string;
  readonly languages?: readonly string[];
  readonly language?: string;
  readonly documentKind?: string;
  readonly instructionKind?: string;
  readonly organizationKind?: string;
  readonly instrumentKind?: string;
  readonly file?: string;
  readonly checksum?: string;
  readonly encoding?: string;
  readonly manifestFacts?: readonly string[];
  readonly address?: string;
  readonly part?: string;
  readonly section?: string;
  readonly role?: string;
  readonly text?: string;
  readonly heading?: string;
  readonly sector?: string;
  readonly code?: string | null;
  readonly acronym?: string | null;
  readonly resolution?: Ref & { readonly body?: string; readonly number?: string };
  readonly versions?: readonly (Ref & { readonly year: number; readonly label: string })[];
  readonly documents?: readonly (Ref & { readonly language: string })[];
  readonly version?: VersionRef | null;
  readonly instructionVersion?: VersionRef;
  readonly document?: Ref & { readonly language: string };
  readonly studyGroup?: Ref;
  readonly addressees?: readonly Ref[];
  readonly collaborators?: readonly Ref[];
  readonly items?: readonly { readonly label: string | null; readonly text: string; readonly clause: string }[];
  readonly provenance?: Provenance;
}

export interface VersionRef extends Ref {
  readonly year: number;
  readonly resolution: { readonly body: string; readonly number: string };
}

export function nodeDetails(api: Api, id: string): Promise<NodeDetails | null> {
  return api
    .query<{ node: NodeDetails | null }>(
      `query ExplorerNode($id: ID!) {
        node(id: $id) { __typename id
          ... on Entity { name }
          ... on Resolution { body number title versions { id name year label } }
          ... on Version { year place label source languages resolution { id name body number } documents { id name language } }
          ... on Document { title language documentKind: kind file checksum encoding manifestFacts
            version { id name year resolution { body number } } }
          ... on Clause { address part section role clauseLabel: label text document { id name language } }
          ... on Instruction { instructionKind: kind heading items { label text clause } addressees { id name }
            collaborators { id name } document { id name language }
            instructionVersion: version { id name year resolution { body number } }
            provenance { document clause quote start end } }
          ... on StudyGroup { sector groupNumber: number title }
          ... on Question { sector code title studyGroup { id name } }
          ... on Organization { acronym organizationKind: kind }
          ... on Assembly { body year place }
          ... on Instrument { instrumentKind: kind code }
        }
      }`,
      { id },
    )
    .then((d) => d.node);
}

export interface ClauseText {
  readonly id: string;
  readonly address: string;
  readonly label: string | null;
  readonly role: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface DocumentText {
  readonly id: string;
  readonly name: string;
  readonly title: string | null;
  readonly language: string;
  readonly file: string;
  readonly version: { readonly id: string; readonly name: string } | null;
  readonly clauses: readonly ClauseText[];
}

export function documentText(api: Api, id: string): Promise<DocumentText | null> {
  return api
    .query<{ node: DocumentText | null }>(
      `query ExplorerDocument($id: ID!) {
        node(id: $id) { ... on Document { id name title language file version { id name }
          clauses { id address label role text start end } } }
      }`,
      { id },
    )
    .then((d) => (d.node && 'clauses' in d.node ? d.node : null));
}

export interface ResolutionSummary {
  readonly id: string;
  readonly name: string;
  readonly body: string;
  readonly number: string;
  readonly title: string | null;
}

export function resolutions(api: Api): Promise<readonly ResolutionSummary[]> {
  return api
    .query<{ resolutions: { nodes: ResolutionSummary[] } }>(
      `query ExplorerResolutions { resolutions(first: 100, sort: BODY) { nodes { id name body number title } } }`,
    )
    .then((d) => d.resolutions.nodes);
}

export interface VersionSummary {
  readonly id: string;
  readonly name: string;
  readonly year: number;
  readonly label: string;
  readonly place: string | null;
  readonly source: string;
  readonly languages: readonly string[];
  readonly documents: readonly { readonly id: string; readonly language: string }[];
}

export interface ResolutionTimeline extends ResolutionSummary {
  readonly versions: readonly VersionSummary[];
}

export function resolutionTimeline(api: Api, body: string, number: string): Promise<ResolutionTimeline | null> {
  return api
    .query<{ resolution: ResolutionTimeline | null }>(
      `query ExplorerTimeline($body: Body!, $number: String!) {
        resolution(body: $body, number: $number) { id name body number title
          versions { id name year label place source languages documents { id language } } }
      }`,
      { body, number },
    )
    .then((d) => d.resolution);
}

export interface ComparedInstruction {
  readonly id: string;
  readonly heading: string;
  readonly addressees: readonly Ref[];
  readonly items: readonly { readonly label: string | null; readonly text: string; readonly clause: string }[];
  readonly document: { readonly id: string; readonly language: string };
}

export interface Comparison {
  readonly from: { readonly id: string; readonly name: string; readonly label: string };
  readonly to: { readonly id: string; readonly name: string; readonly label: string };
  readonly addedAddressees: readonly Ref[];
  readonly removedAddressees: readonly Ref[];
  readonly addedCollaborators: readonly Ref[];
  readonly removedCollaborators: readonly Ref[];
  readonly addedCitations: readonly Ref[];
  readonly removedCitations: readonly Ref[];
  readonly instructions: readonly {
    readonly status: 'ADDED' | 'REMOVED' | 'REWORDED' | 'UNCHANGED';
    readonly kind: string;
    readonly before: ComparedInstruction | null;
    readonly after: ComparedInstruction | null;
  }[];
}

export function compareVersions(
  api: Api,
  args: { readonly body: string; readonly number: string; readonly from: number; readonly to: number },
): Promise<Comparison | null> {
  const side = 'id heading addressees { id name } items { label text clause } document { id language }';
  return api
    .query<{ compareVersions: Comparison | null }>(
      `query ExplorerCompare($body: Body!, $number: String!, $from: Int!, $to: Int!) {
        compareVersions(body: $body, number: $number, from: $from, to: $to) {
          from { id name label } to { id name label }
          addedAddressees { id name } removedAddressees { id name }
          addedCollaborators { id name } removedCollaborators { id name }
          addedCitations { id name } removedCitations { id name }
          instructions { status kind before { ${side} } after { ${side} } }
        }
      }`,
      args,
    )
    .then((d) => d.compareVersions);
}

export interface CorpusOverview {
  readonly nodes: readonly { readonly type: string; readonly count: number }[];
  readonly documents: readonly {
    readonly id: string;
    readonly name: string;
    readonly title: string | null;
    readonly language: string;
    readonly kind: string;
    readonly version: { readonly id: string; readonly name: string } | null;
  }[];
}

export function overview(api: Api): Promise<CorpusOverview> {
  return api
    .query<{ stats: CorpusOverview }>(
      `query ExplorerOverview { stats { nodes { type count } documents { id name title language kind version { id name } } } }`,
    )
    .then((d) => d.stats);
}
