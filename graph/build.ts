/**
 * Builds the graph of one parsed document: nodes with stable ids and edges with provenance. Pure; checks
 * integrity (one id, one content; every edge's ends present) and throws {@link GraphIntegrityError}.
 *
 *   Resolution ─HAS_VERSION→ Version ─HAS_DOCUMENT→ Document ─HAS_CLAUSE→ Clause
 *                            │  └─ADOPTED_AT→ Assembly     └─HAS_INSTRUCTION→ Instruction ─FROM_CLAUSE→ Clause
 *                            ├─INSTRUCTS / COLLABORATES_WITH→ party        Instruction ─ADDRESSED_TO→ party
 *                            ├─CITES→ Version | Resolution | Instrument     Instruction ─IN_COLLABORATION_WITH→ party
 *                            └─MENTIONS→ any entity
 *   A group's page has no Version: its Document CITES and MENTIONS what its paragraphs cite and name.
 */
import type { EntityRef, Mention, ParsedDocument, ParsedResolution, Span, TextSeries } from '../loaders';
import type {
  Body,
  DocumentGraph,
  DocumentNode,
  GraphEdge,
  GraphNode,
  Provenance,
  RelType,
  Sector,
  VersionNode,
} from './model';
import { GraphIntegrityError, UnreachableCaseError, ids } from './model';

/**
 * Nodes whose fields are as a text writes them (a version's label, an assembly's place): one document may write one
 * assembly two ways ("Geneva" in its header, "Genève" in a citation), and the first writing the builder meets (the
 * document's own version comes first) is kept. The other stays in its citation's quote.
 */
const AS_FIRST_WRITTEN: ReadonlySet<GraphNode['type']> = new Set(['Version', 'Assembly']);

class GraphBuilder {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();

  constructor(readonly documentId: string) {}

  node<T extends GraphNode>(node: T): T {
    const existing = this.nodes.get(node.id);
    if (existing) {
      if (JSON.stringify(existing) !== JSON.stringify(node)) {
        // The same entity met twice may differ only in fields a later mention fills in; keep the fuller one.
        const merged = { ...existing } as Record<string, unknown>;
        for (const [k, v] of Object.entries(node)) {
          const old = merged[k];
          if (old === null || old === undefined) merged[k] = v;
          else if (
            v !== null &&
            v !== undefined &&
            JSON.stringify(old) !== JSON.stringify(v) &&
            !AS_FIRST_WRITTEN.has(existing.type)
          ) {
            throw new GraphIntegrityError(
              `${this.documentId}: node ${node.id} built twice with different ${k}: ${JSON.stringify(old)} and ${JSON.stringify(v)}`,
            );
          }
        }
        this.nodes.set(node.id, merged as unknown as T);
      }
      return this.nodes.get(node.id) as T;
    }
    this.nodes.set(node.id, node);
    return node;
  }

  edge(type: RelType, from: string, to: string, provenance: Provenance | null, props: GraphEdge['props'] = {}): void {
    const discriminator = provenance?.clause ? `${provenance.document}/${provenance.clause}` : '';
    const id = ids.edge(type, from, to, discriminator);
    if (this.edges.has(id)) return; // the same fact stated twice in one clause is one edge
    this.edges.set(id, { id, type, from, to, props, provenance });
  }

  result(document: DocumentNode, defines: readonly string[]): DocumentGraph {
    for (const e of this.edges.values()) {
      for (const end of [e.from, e.to]) {
        if (!this.nodes.has(end))
          throw new GraphIntegrityError(`${this.documentId}: edge ${e.id} points at missing node ${end}`);
      }
    }
    return { document, nodes: [...this.nodes.values()], edges: [...this.edges.values()], defines };
  }
}

/**
 * The number a work has in the graph: a resolution's as written ("1408"), a decision's with its series
 * ("decision-482"), so that a body's Decision 482 is a work of its own, never merged with its Resolution 482
 * (`resolution:council-decision-482`, `version:council-decision-482:2020`), and the natural key (body, number) names
 * one work.
 */
export function workNumber(series: TextSeries, number: string): string {
  switch (series) {
    case 'resolution':
      return number;
    case 'decision':
      return `decision-${number}`;
    default:
      throw new UnreachableCaseError(series);
  }
}

function studyGroupName(sector: Sector, n: number): string {
  return `${sector} SG${n}`;
}

/** Adds the node(s) for an entity and returns the id an edge should point at. */
function entityNode(b: GraphBuilder, e: EntityRef, provenance: Provenance | null): string {
  switch (e.type) {
    case 'StudyGroup':
      return b.node({
        id: ids.studyGroup(e.sector, e.number),
        type: 'StudyGroup',
        sector: e.sector,
        number: e.number,
        name: studyGroupName(e.sector, e.number),
        title: null,
      }).id;
    case 'Question': {
      const id = ids.question(e.sector, e.studyGroup, e.code, e.title);
      b.node({
        id,
        type: 'Question',
        sector: e.sector,
        code: e.code,
        studyGroup: e.studyGroup,
        name: e.code
          ? `${e.sector} Question ${e.code}`
          : `${studyGroupName(e.sector, e.studyGroup)} Question on ${e.title ?? ''}`,
        title: e.title,
      });
      return id;
    }
    case 'Organization':
      return b.node({
        id: ids.organization(e.key),
        type: 'Organization',
        name: e.name,
        acronym: e.acronym,
        kind: e.kind as 'other',
      }).id;
    case 'Office':
      return b.node({ id: ids.office(e.key), type: 'Office', name: e.name, acronym: null }).id;
    case 'Stakeholder':
      return b.node({ id: ids.stakeholder(e.key), type: 'Stakeholder', name: e.name }).id;
    case 'Instrument':
      return b.node({
        id: ids.instrument(e.key),
        type: 'Instrument',
        kind: e.kind as 'strategy',
        name: e.name,
        code: e.code,
      }).id;
    case 'ItuResolution': {
      const body = e.body as Body;
      const number = workNumber(e.series, e.number);
      const work = b.node({
        id: ids.resolution(body, number),
        type: 'Resolution',
        body,
        number,
        title: null,
        titleSource: null,
      }).id;
      if (!e.revision) return work;
      const version = versionNode(b, {
        body,
        number,
        year: e.revision.year,
        place: e.revision.place,
        label: label(e.revision.place, e.revision.year, e.revision.revised),
        source: 'citation',
      });
      b.edge('HAS_VERSION', work, version.id, provenance);
      return version.id;
    }
  }
}

function label(place: string | null, year: number, revised: boolean): string {
  const where = place ? `${place}, ${year}` : String(year);
  return revised ? `Rev. ${where}` : where;
}

function versionNode(
  b: GraphBuilder,
  v: { body: Body; number: string; year: number; place: string | null; label: string; source: VersionNode['source'] },
): VersionNode {
  const version = b.node<VersionNode>({
    id: ids.version(v.body, v.number, v.year),
    type: 'Version',
    resolution: ids.resolution(v.body, v.number),
    body: v.body,
    number: v.number,
    year: v.year,
    place: v.place,
    label: v.label,
    source: v.source,
  });
  const assembly = b.node({
    id: ids.assembly(v.body, v.year),
    type: 'Assembly',
    body: v.body,
    year: v.year,
    place: v.place,
    name: v.place ? `${v.body} (${v.place}, ${v.year})` : `${v.body} (${v.year})`,
  });
  b.edge('ADOPTED_AT', version.id, assembly.id, null);
  return version;
}

function provenanceOf(documentId: string, m: { clause: string | null; span: Span; quote: string }): Provenance {
  return { document: documentId, clause: m.clause, span: [m.span[0], m.span[1]], quote: m.quote };
}

function lineProvenance(documentId: string, text: string, span: Span | null): Provenance | null {
  return span
    ? { document: documentId, clause: null, span: [span[0], span[1]], quote: text.slice(span[0], span[1]).trim() }
    : null;
}

function manifestFacts(doc: ParsedResolution): string[] {
  const facts: [string, { source: string } | null][] = [
    ['resolution.body', doc.body],
    ['resolution.number', doc.number],
    ['resolution.title', doc.title],
    ['version.year', doc.year],
    ['version.place', doc.place],
  ];
  return facts.filter(([, f]) => f?.source === 'manifest').map(([k]) => k);
}

/**
 * The id a document gets: its resolution version and language, or the page's subject (a group, a Question) and
 * language.
 */
export function documentIdOf(doc: ParsedDocument): string {
  if (doc.kind === 'resolution') {
    const number = workNumber(doc.series, doc.number.value);
    return ids.document(`${doc.body.value.toLowerCase()}-${number}:${doc.year.value}`, doc.language);
  }
  const subject = doc.subject;
  const key =
    subject?.type === 'Organization'
      ? subject.key
      : subject?.type === 'StudyGroup'
        ? `${subject.sector.toLowerCase()}-sg${subject.number}`
        : subject?.type === 'Question' && subject.code
          ? `${subject.sector.toLowerCase()}-q${subject.code}`
          : (doc.file.split(/[\\/]/).pop() ?? doc.file).replace(/\.[^.]+$/, '');
  return ids.document(`page-${key}`, doc.language);
}

/** Builds one document's graph. */
export function buildDocumentGraph(doc: ParsedDocument): DocumentGraph {
  const documentId = documentIdOf(doc);
  const b = new GraphBuilder(documentId);
  const defines: string[] = [];

  const document: DocumentNode = b.node({
    id: documentId,
    type: 'Document',
    // The file's name only: where the server keeps its corpus is not the analysts' business.
    file: doc.file.split(/[\\/]/).pop() ?? doc.file,
    language: doc.language,
    kind: doc.kind,
    title: doc.kind === 'resolution' ? (doc.title?.value ?? null) : doc.title,
    checksum: doc.checksum,
    encoding: doc.encoding,
    manifestFacts: doc.kind === 'resolution' ? manifestFacts(doc) : [],
    foreword: doc.kind === 'resolution' ? doc.foreword : null,
  });

  // The resolution and the version this text is, and the versions its history line names.
  let owner = documentId;
  if (doc.kind === 'resolution') {
    const body = doc.body.value as Body;
    const number = workNumber(doc.series, doc.number.value);
    const resolution = b.node({
      id: ids.resolution(body, number),
      type: 'Resolution',
      body,
      number,
      title: doc.title?.value ?? null,
      titleSource: doc.title ? doc.title.source : null,
    });
    const own = doc.identitySpans.header ?? doc.identitySpans.opening;
    const version = versionNode(b, {
      body,
      number,
      year: doc.year.value,
      place: doc.place.value,
      label: doc.revisionLabel,
      source: doc.number.source === 'manifest' ? 'manifest' : 'text',
    });
    // The work's title is the English one whenever an English text is loaded, in any order: a text in another
    // language does not define the Resolution, so it only fills a title no text has given yet.
    if (doc.language === 'en') defines.push(resolution.id);
    defines.push(version.id);
    b.edge('HAS_VERSION', resolution.id, version.id, lineProvenance(documentId, doc.text, own));
    b.edge('HAS_DOCUMENT', version.id, documentId, null);
    doc.history.forEach((h, i) => {
      if (h.year === doc.year.value) return;
      const v = versionNode(b, {
        body,
        number,
        year: h.year,
        place: h.place,
        label: h.label ?? label(h.place, h.year, i > 0),
        source: 'history-line',
      });
      b.edge('HAS_VERSION', resolution.id, v.id, lineProvenance(documentId, doc.text, doc.identitySpans.history));
    });
    owner = version.id;
  } else if (doc.subject) {
    defines.push(entityNode(b, doc.subject, null));
  }

  // Clauses, and what each names.
  const clauseIds = new Map<string, string>();
  doc.clauses.forEach((c, order) => {
    const id = ids.clause(documentId, c.address);
    clauseIds.set(c.address, id);
    b.node({
      id,
      type: 'Clause',
      document: documentId,
      address: c.address,
      part: c.part,
      section: c.section,
      role: c.role,
      label: c.label,
      text: c.text,
      footnotes: c.footnotes,
      span: [c.span[0], c.span[1]],
      order,
    });
    b.edge('HAS_CLAUSE', documentId, id, null);
    for (const m of c.mentions) {
      const target = entityNode(b, m.entity, provenanceOf(documentId, m));
      const type = m.entity.type === 'ItuResolution' || m.entity.type === 'Instrument' ? 'CITES' : 'MENTIONS';
      b.edge(type, owner, target, provenanceOf(documentId, m));
    }
  });

  // Instructions: who is told to do what, with whom.
  if (doc.kind === 'resolution') {
    doc.instructions.forEach((ins, order) => {
      const id = ids.instruction(documentId, ins.address);
      const clauseId = clauseIds.get(ins.address);
      b.node({
        id,
        type: 'Instruction',
        document: documentId,
        version: owner,
        kind: ins.kind,
        clause: ins.address,
        order,
        heading: ins.heading,
        items: ins.items.map((i) => ({ label: i.label, text: i.text, clause: i.address })),
      });
      b.edge('HAS_INSTRUCTION', documentId, id, null);
      if (clauseId) b.edge('FROM_CLAUSE', id, clauseId, null);
      const link = (ms: readonly Mention[], direct: RelType, derived: RelType): void => {
        for (const m of ms) {
          const target = entityNode(b, m.entity, null);
          const prov = provenanceOf(documentId, m);
          b.edge(direct, id, target, prov);
          b.edge(derived, owner, target, prov, { kind: ins.kind, instruction: id });
        }
      };
      link(ins.addressees, 'ADDRESSED_TO', 'INSTRUCTS');
      link(ins.collaborators, 'IN_COLLABORATION_WITH', 'COLLABORATES_WITH');
    });
  }

  // Relationships stated in the text.
  for (const r of doc.relations) {
    const prov = provenanceOf(documentId, r);
    b.edge(r.type, entityNode(b, r.from, prov), entityNode(b, r.to, prov), prov);
  }

  return b.result(document, defines);
}

/** Builds many documents' graphs; two documents with one id are an integrity error naming both files. */
export function buildGraphs(docs: readonly ParsedDocument[]): DocumentGraph[] {
  const seen = new Map<string, string>();
  return docs.map((d) => {
    const g = buildDocumentGraph(d);
    const other = seen.get(g.document.id);
    if (other) {
      throw new GraphIntegrityError(
        `${d.file} and ${other} are both ${g.document.id}; a corpus holds one text per version and language`,
      );
    }
    seen.set(g.document.id, d.file);
    return g;
  });
}
