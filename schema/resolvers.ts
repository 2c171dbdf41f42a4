/**
 * Resolvers: read-only, and only through the store and the request's loaders (see context.ts). No Cypher here.
 */
import { GraphQLError } from 'graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type {
  DocumentNode,
  ExpandStep,
  GraphEdge,
  GraphNode,
  InstructionNode,
  ListQuery,
  NaturalKey,
  Neighbour,
  NodeOf,
  NodeType,
  Page,
  PropertyFilter,
  Provenance,
  RefStep,
  RelationFilter,
  RelType,
  Step,
  VersionNode,
} from '../graph';
import { ENTITY_TYPES as MODEL_ENTITY_TYPES, nodeLabel, workName } from '../graph';
import type { Context, MaybePromise } from './context';
import {
  fieldPlan,
  instructionsText,
  LEAN_STEPS,
  RELATION_TYPES,
  STEPS,
  stepProperties,
  versionOfYear,
  withThen,
} from './steps';
import type { FieldPlan } from './steps';

/** Largest page a client may ask for. */
export const MAX_PAGE_SIZE = 100;
/** Largest plain list (organizations, questions, study groups). */
export const MAX_LIST_SIZE = 1_000;
export const MAX_DEPTH = 3;
export const MAX_SUBGRAPH_NODES = 2_000;
export const MAX_PATH_LENGTH = 8;

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

function bounded(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(`${name} must be an integer from ${min} to ${max}, got ${value}`);
  }
  return value;
}

/** Types the schema's `Entity` interface covers: the model's entity types, and documents. */
const ENTITY_TYPES = new Set<NodeType>([...MODEL_ENTITY_TYPES, 'Document']);

const RELATION_TYPE_SET = new Set<RelType>(RELATION_TYPES);

/** `f` of a value, or of a promised value once it comes: found values stay synchronous. */
function then<T, U>(value: MaybePromise<T>, f: (t: T) => MaybePromise<U>): MaybePromise<U> {
  return value instanceof Promise ? value.then(f) : f(value);
}

/** Neighbours along one relationship type, for computations that are not a field's own selection. */
async function neighbours(ctx: Context, id: string, type: RelType, direction: 'out' | 'in'): Promise<Neighbour[]> {
  return [...(await ctx.loaders.steps.neighbours(id, { kind: 'expand', direction, types: [type] }))];
}

/** The start node itself, as a step (a ref step on `id`): what a root field looks up, with look-ahead below it. */
const SELF: RefStep = { kind: 'ref', property: 'id' };

/**
 * The nodes a root field looks up (by ids, or by natural key), fetched with what its selection needs below them in
 * one store call; what was found below is kept for the fields that will ask.
 */
async function lookUp(
  ctx: Context,
  info: GraphQLResolveInfo,
  start: { readonly ids: readonly string[] } | { readonly key: NaturalKey } | { readonly list: ListQuery },
): Promise<ReadonlyMap<string, GraphNode | null>> {
  const plan = fieldPlan(info, ctx.plans);
  // Only the properties the selection reads, as for any step (a list of 100 organisations: 4 of their properties).
  const properties = stepProperties(SELF, plan.properties);
  const step = withThen(properties ? { ...SELF, properties } : SELF, plan.below);
  const [result] = await ctx.store.traverse({ starts: [{ ...start, step }] });
  if (result?.kind !== 'ref') return new Map();
  ctx.loaders.steps.prime(step.then ?? [], result.then);
  return result.nodes;
}

/** The items of a list's page, in order, with look-ahead (see {@link lookUp}). */
async function lookUpList(ctx: Context, info: GraphQLResolveInfo, list: ListQuery): Promise<GraphNode[]> {
  return [...(await lookUp(ctx, info, { list })).values()].filter((n): n is GraphNode => n !== null);
}

/** The node a natural key names, with look-ahead (see {@link lookUp}). */
async function lookUpKey(ctx: Context, info: GraphQLResolveInfo, key: NaturalKey): Promise<GraphNode | null> {
  return [...(await lookUp(ctx, info, { key })).values()][0] ?? null;
}

/**
 * Where a field's step leads from its parent's node, with the properties its selection and resolver read and what
 * its selection needs below, at once. The list is the loader's own: copy it before sorting.
 */
function follow(
  ctx: Context,
  info: GraphQLResolveInfo,
  id: string,
  step: ExpandStep,
): MaybePromise<readonly Neighbour[]> {
  const plan = fieldPlan(info, ctx.plans);
  const properties = stepProperties(step, plan.properties);
  return ctx.loaders.steps.neighbours(
    id,
    plan.edgeData ? step : (LEAN_STEPS.get(step) ?? step),
    plan.below,
    properties,
  );
}

/** The values, at once when none is a promise. */
function all<T>(values: readonly MaybePromise<T>[]): MaybePromise<T[]> {
  return values.some((v) => v instanceof Promise) ? Promise.all(values) : (values as T[]);
}

/**
 * Where a field's step leads from each node `via` reaches from its parent's node (a resolution's versions, a
 * document's version), as {@link follow} does from the parent's node, and fetched with `via` in one call (the
 * field's `alsoRoutes` in steps.ts).
 */
function followVia(
  ctx: Context,
  info: GraphQLResolveInfo,
  id: string,
  via: ExpandStep,
  step: ExpandStep,
): MaybePromise<Neighbour[]> {
  const plan = fieldPlan(info, ctx.plans);
  const properties = stepProperties(step, plan.properties);
  const next = withThen(properties ? { ...step, properties } : step, plan.below);
  return then(ctx.loaders.steps.neighbours(id, via, [next], stepProperties(via, [])), (reached) =>
    then(all(reached.map((n) => ctx.loaders.steps.neighbours(n.node.id, step, plan.below, properties))), (lists) =>
      lists.flat(),
    ),
  );
}

/** The node a field's property step names from its parent's node, as {@link follow}. */
function followRef(ctx: Context, info: GraphQLResolveInfo, id: string, step: RefStep): MaybePromise<GraphNode | null> {
  const plan = fieldPlan(info, ctx.plans);
  return ctx.loaders.steps.ref(id, step, plan.below, stepProperties(step, plan.properties));
}

function distinctNodes<T extends GraphNode>(ns: readonly Neighbour[]): T[] {
  const seen = new Map<string, T>();
  for (const n of ns) if (!seen.has(n.node.id)) seen.set(n.node.id, n.node as T);
  return [...seen.values()];
}

const byYear = (a: VersionNode, b: VersionNode): number => a.year - b.year || a.id.localeCompare(b.id);
const spanStart = (n: Neighbour): number => n.edge.provenance?.span[0] ?? 0;
/** Code-unit order, the same in every locale. */
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A passage that cites or names a node, seen from that node: the citing node (a Version, or a page's Document), the
 * node cited (this one, or one of its versions), and where.
 */
interface Passage {
  readonly by: GraphNode;
  readonly cited: string;
  readonly provenance: Provenance;
}

/**
 * Passages from incoming edges, in a fixed order: by the citing node's id, then the document, the place in it and
 * the cited node's id (one text cites one node once per clause, so no two passages tie). Edges without provenance
 * state no passage (the builder gives every CITES and MENTIONS edge one).
 */
function passages(ns: readonly Neighbour[]): Passage[] {
  const found: Passage[] = [];
  for (const n of ns) {
    const provenance = n.edge.provenance;
    if (provenance) found.push({ by: n.node, cited: n.edge.to, provenance });
  }
  return found.sort(
    (a, b) =>
      byCodeUnits(a.by.id, b.by.id) ||
      byCodeUnits(a.provenance.document, b.provenance.document) ||
      a.provenance.span[0] - b.provenance.span[0] ||
      a.provenance.span[1] - b.provenance.span[1] ||
      byCodeUnits(a.cited, b.cited),
  );
}

/** The document whose instructions a version shows: the language asked for, else English, else the first. */
function pickDocument(docs: readonly DocumentNode[], language: string | null | undefined): DocumentNode | undefined {
  const sorted = [...docs].sort((a, b) => a.language.localeCompare(b.language));
  return (
    (language ? sorted.find((d) => d.language === language) : undefined) ??
    (language ? undefined : (sorted.find((d) => d.language === 'en') ?? sorted[0]))
  );
}

/** A version's documents, with their language at least (what `languages` and pickDocument read). */
function versionDocuments(ctx: Context, versionId: string, below: readonly Step[] = []): MaybePromise<DocumentNode[]> {
  return then(
    ctx.loaders.steps.neighbours(versionId, STEPS.documents, below, stepProperties(STEPS.documents, [])),
    (ns) => distinctNodes<DocumentNode>(ns),
  );
}

/**
 * The instructions of a version's document (see pickDocument), with `plan.properties` of them at least (null: all)
 * and `plan.below` fetched below them.
 */
function versionInstructions(
  ctx: Context,
  v: VersionNode,
  language: string | null | undefined,
  plan: FieldPlan = { properties: null, below: [], edgeData: true },
): MaybePromise<InstructionNode[]> {
  const properties = stepProperties(STEPS.instructions, plan.properties);
  const instructions = withThen(STEPS.instructions, plan.below);
  const next = properties ? { ...instructions, properties } : instructions;
  // Only the text pickDocument would choose is fetched, with its instructions (see instructionsText).
  const text = instructionsText(language);
  const documents = ctx.loaders.steps.neighbours(v.id, text, [next], stepProperties(text, []));
  return then(documents, (ns) => {
    const doc = pickDocument(distinctNodes<DocumentNode>(ns), language);
    if (!doc) return [];
    return then(ctx.loaders.steps.neighbours(doc.id, STEPS.instructions, plan.below, properties), (ns) =>
      distinctNodes<InstructionNode>(ns).sort((a, b) => a.order - b.order),
    );
  });
}

function mandates(
  ctx: Context,
  info: GraphQLResolveInfo,
  id: string,
  role: 'ADDRESSEE' | 'COLLABORATOR' | null | undefined,
) {
  const wanted: RelType | null =
    role === 'ADDRESSEE' ? 'ADDRESSED_TO' : role === 'COLLABORATOR' ? 'IN_COLLABORATION_WITH' : null;
  return then(follow(ctx, info, id, STEPS.mandates), (all) =>
    all
      .filter((n) => n.node.type === 'Instruction' && (wanted === null || n.edge.type === wanted))
      .map((n) => ({
        role: n.edge.type === 'ADDRESSED_TO' ? 'ADDRESSEE' : 'COLLABORATOR',
        instruction: n.node as InstructionNode,
        provenance: n.edge.provenance,
      }))
      // Ties (one version's texts in two languages) by instruction id, then role: every mandate has its place.
      .sort(
        (a, b) =>
          a.instruction.version.localeCompare(b.instruction.version) ||
          a.instruction.order - b.instruction.order ||
          (a.instruction.id < b.instruction.id ? -1 : a.instruction.id > b.instruction.id ? 1 : 0) ||
          (a.role < b.role ? -1 : a.role > b.role ? 1 : 0),
      ),
  );
}

function relations(ctx: Context, info: GraphQLResolveInfo, id: string, types: readonly RelType[] | null | undefined) {
  return then(follow(ctx, info, id, types?.length ? { ...STEPS.relations, types } : STEPS.relations), (all) =>
    relationsOf(all, types),
  );
}

function relationsOf(all: readonly Neighbour[], types: readonly RelType[] | null | undefined) {
  const groups = new Map<
    string,
    { type: RelType; direction: 'OUT' | 'IN'; other: GraphNode; provenance: Provenance[] }
  >();
  for (const n of all) {
    if (!RELATION_TYPE_SET.has(n.edge.type) || (types && !types.includes(n.edge.type))) continue;
    if (!ENTITY_TYPES.has(n.node.type)) continue;
    const direction = n.direction === 'out' ? 'OUT' : 'IN';
    const key = `${n.edge.type}|${direction}|${n.node.id}`;
    const g = groups.get(key) ?? { type: n.edge.type, direction, other: n.node, provenance: [] };
    if (n.edge.provenance) g.provenance.push(n.edge.provenance);
    groups.set(key, g);
  }
  return [...groups.values()].sort(
    (a, b) =>
      a.type.localeCompare(b.type) || a.direction.localeCompare(b.direction) || a.other.id.localeCompare(b.other.id),
  );
}

function connection<T extends GraphNode>(page: Page<GraphNode>) {
  return {
    totalCount: page.totalCount,
    nodes: page.items as T[],
    pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
  };
}

function list(ctx: Context, query: Omit<ListQuery, 'first'> & { first: number }) {
  return ctx.store.list({ ...query, first: bounded('first', query.first, 0, MAX_PAGE_SIZE) });
}

function drawable(n: GraphNode) {
  return { id: n.id, type: n.type, label: nodeLabel(n) };
}

function drawableEdge(e: GraphEdge) {
  return { id: e.id, source: e.from, target: e.to, type: e.type, provenance: e.provenance };
}

function entityName(n: GraphNode): string {
  switch (n.type) {
    case 'Resolution':
      return workName(n.body, n.number);
    case 'Version':
      return `${workName(n.body, n.number)} (${n.label})`;
    case 'Document':
      return n.title ?? n.file;
    default:
      return 'name' in n ? n.name : nodeLabel(n);
  }
}

async function workOf(ctx: Context, n: GraphNode): Promise<GraphNode> {
  if (n.type !== 'Version') return n;
  return (await ctx.loaders.node.load(n.resolution)) ?? n;
}

const NO_COLLABORATORS = { addedCollaborators: [], removedCollaborators: [] } as const;

async function compare(ctx: Context, body: string, number: string, from: number, to: number) {
  const [a, b] = await Promise.all(
    [from, to].map(
      (year) => ctx.store.findByKey({ type: 'Version', body, number, year }) as Promise<VersionNode | null>,
    ),
  );
  if (!a || !b) return null;
  const targets = async (v: VersionNode, type: RelType) => distinctNodes(await neighbours(ctx, v.id, type, 'out'));
  const diff = (x: readonly GraphNode[], y: readonly GraphNode[]) => {
    const ys = new Set(y.map((n) => n.id));
    return x.filter((n) => !ys.has(n.id)).sort((p, q) => p.id.localeCompare(q.id));
  };
  const works = async (v: VersionNode) => {
    const ws = await Promise.all((await targets(v, 'CITES')).map((n) => workOf(ctx, n)));
    return [...new Map(ws.map((w) => [w.id, w])).values()];
  };
  const [aAdd, bAdd, aCol, bCol, aCit, bCit, aIns, bIns] = await Promise.all([
    targets(a, 'INSTRUCTS'),
    targets(b, 'INSTRUCTS'),
    targets(a, 'COLLABORATES_WITH'),
    targets(b, 'COLLABORATES_WITH'),
    works(a),
    works(b),
    versionInstructions(ctx, a, null),
    versionInstructions(ctx, b, null),
  ]);
  // Instructions match by kind and addressees; reworded when their items differ (by text in one language, by
  // number across languages).
  // The step `addressees` follows, so that a selection of them is answered from the same load.
  const addresseeKey = async (i: InstructionNode) =>
    `${i.kind}|${(await ctx.loaders.steps.neighbours(i.id, STEPS.addressees))
      .map((n) => n.node.id)
      .sort()
      .join(',')}`;
  const aKeys = await Promise.all(aIns.map(addresseeKey));
  const bKeys = await Promise.all(bIns.map(addresseeKey));
  const changes: {
    status: string;
    kind: string;
    before: InstructionNode | null;
    after: InstructionNode | null;
    addedCollaborators: readonly GraphNode[];
    removedCollaborators: readonly GraphNode[];
  }[] = [];
  const usedB = new Set<number>();
  const pairs: [InstructionNode, InstructionNode][] = [];
  aIns.forEach((ia, i) => {
    const j = bKeys.findIndex((k, jj) => !usedB.has(jj) && k === aKeys[i]);
    if (j >= 0) usedB.add(j);
    if (j >= 0) pairs.push([ia, bIns[j] as InstructionNode]);
  });
  // A matched instruction whose collaborators changed is reworded too, with the collaborators it gained and lost.
  const collaborators = async (i: InstructionNode) =>
    distinctNodes(await ctx.loaders.steps.neighbours(i.id, STEPS.collaborators));
  const pairCollaborators = await Promise.all(pairs.map((p) => Promise.all(p.map(collaborators))));
  aIns.forEach((ia) => {
    const k = pairs.findIndex(([x]) => x === ia);
    const [, ib] = pairs[k] ?? [];
    if (!ib) {
      changes.push({ status: 'REMOVED', kind: ia.kind, before: ia, after: null, ...NO_COLLABORATORS });
      return;
    }
    const [aWith = [], bWith = []] = pairCollaborators[k] ?? [];
    const sameLanguage = ia.document.split(':').at(-1) === ib.document.split(':').at(-1);
    const sameItems = sameLanguage
      ? JSON.stringify(ia.items.map((x) => x.text)) === JSON.stringify(ib.items.map((x) => x.text))
      : ia.items.length === ib.items.length;
    const addedCollaborators = diff(bWith, aWith);
    const removedCollaborators = diff(aWith, bWith);
    const same = sameItems && !addedCollaborators.length && !removedCollaborators.length;
    const status = same ? 'UNCHANGED' : 'REWORDED';
    changes.push({ status, kind: ia.kind, before: ia, after: ib, addedCollaborators, removedCollaborators });
  });
  bIns.forEach((ib, j) => {
    if (!usedB.has(j)) changes.push({ status: 'ADDED', kind: ib.kind, before: null, after: ib, ...NO_COLLABORATORS });
  });
  return {
    from: a,
    to: b,
    addedAddressees: diff(bAdd, aAdd),
    removedAddressees: diff(aAdd, bAdd),
    addedCollaborators: diff(bCol, aCol),
    removedCollaborators: diff(aCol, bCol),
    addedCitations: diff(bCit, aCit),
    removedCitations: diff(aCit, bCit),
    instructions: changes,
  };
}

type Args = Record<string, unknown>;
type Parent<T extends NodeType> = NodeOf<T>;
type Info = GraphQLResolveInfo;

/** An instruction's provenance: its span is its clause's, read only when asked for (start, end). */
interface InstructionProvenance {
  readonly document: string;
  readonly clause: string;
  readonly quote: string;
  readonly instruction: string;
}

function spanOf(p: Provenance | InstructionProvenance, ctx: Context, info: Info): MaybePromise<readonly number[]> {
  if ('span' in p) return p.span;
  return then(
    follow(ctx, info, p.instruction, STEPS.clauseOf),
    (ns) => (ns[0]?.node as NodeOf<'Clause'> | undefined)?.span ?? [0, 0],
  );
}

/** A citation: the cited node, and where; its work (the resolution of a cited Version) is read when asked for. */
interface Citation {
  readonly cited: GraphNode;
  readonly provenance: Provenance | null;
}

function citationOf(n: Neighbour): Citation {
  return { cited: n.node, provenance: n.edge.provenance };
}

/** A document's citations in the order of its text: by place, then the cited node's id. */
function inTextOrder(a: Citation, b: Citation): number {
  const [pa, pb] = [a.provenance?.span ?? [0, 0], b.provenance?.span ?? [0, 0]];
  return pa[0] - pb[0] || pa[1] - pb[1] || byCodeUnits(a.cited.id, b.cited.id);
}

const mandateResolvers = {
  mandates: (n: GraphNode, args: { role?: 'ADDRESSEE' | 'COLLABORATOR' | null }, ctx: Context, info: Info) =>
    mandates(ctx, info, n.id, args.role),
  relations: (n: GraphNode, args: { types?: RelType[] | null }, ctx: Context, info: Info) =>
    relations(ctx, info, n.id, args.types),
};

export const resolvers = {
  Sector: { ITU_T: 'ITU-T', ITU_D: 'ITU-D', ITU_R: 'ITU-R' },
  DocumentKind: { RESOLUTION: 'resolution', GROUP_PAGE: 'group-page' },
  OrganizationKind: {
    ITU: 'itu',
    ITU_SECTOR: 'itu-sector',
    ITU_BUREAU: 'itu-bureau',
    ITU_GROUP: 'itu-group',
    INITIATIVE: 'initiative',
    UN_AGENCY: 'un-agency',
    UN_BODY: 'un-body',
    SDO: 'sdo',
    FORUM: 'forum',
    OTHER: 'other',
  },

  Node: { __resolveType: (n: GraphNode) => n.type },
  Entity: { __resolveType: (n: GraphNode) => n.type },

  Query: {
    node: async (_: unknown, { id }: { id: string }, ctx: Context, info: Info) =>
      (await lookUp(ctx, info, { ids: [id] })).get(id) ?? null,
    nodes: async (_: unknown, { ids }: { ids: string[] }, ctx: Context, info: Info) => {
      bounded('the number of ids', ids.length, 0, MAX_LIST_SIZE);
      const found = await lookUp(ctx, info, { ids });
      return ids.map((id) => found.get(id) ?? null);
    },
    resolution: (_: unknown, a: { body: string; number: string }, ctx: Context, info: Info) =>
      lookUpKey(ctx, info, { type: 'Resolution', body: a.body, number: a.number }),
    resolutions: async (
      _: unknown,
      a: { filter?: { body?: string; number?: string } | null; sort: string; first: number; after?: string | null },
      ctx: Context,
    ) => {
      const where: PropertyFilter[] = [];
      if (a.filter?.body) where.push({ property: 'body', eq: a.filter.body });
      if (a.filter?.number) where.push({ property: 'number', eq: a.filter.number });
      return connection(
        await list(ctx, {
          type: 'Resolution',
          where,
          sort: { property: a.sort === 'BODY' ? 'body' : 'number' },
          first: a.first,
          after: a.after ?? null,
        }),
      );
    },
    versions: async (
      _: unknown,
      a: {
        filter?: {
          body?: string;
          number?: string;
          yearFrom?: number;
          yearTo?: number;
          addressee?: string;
          cites?: string;
          mentions?: string;
        } | null;
        sort: string;
        first: number;
        after?: string | null;
      },
      ctx: Context,
    ) => {
      const f = a.filter ?? {};
      const where: PropertyFilter[] = [];
      if (f.body) where.push({ property: 'body', eq: f.body });
      if (f.number) where.push({ property: 'number', eq: f.number });
      if (f.yearFrom != null || f.yearTo != null) {
        where.push({
          property: 'year',
          ...(f.yearFrom != null ? { gte: f.yearFrom } : {}),
          ...(f.yearTo != null ? { lte: f.yearTo } : {}),
        });
      }
      const related: RelationFilter[] = [];
      if (f.addressee) related.push({ type: 'INSTRUCTS', direction: 'out', target: f.addressee });
      if (f.cites) related.push({ type: 'CITES', direction: 'out', target: f.cites });
      if (f.mentions) related.push({ type: 'MENTIONS', direction: 'out', target: f.mentions });
      const sort =
        a.sort === 'NUMBER' ? { property: 'number' } : { property: 'year', descending: a.sort === 'YEAR_DESC' };
      return connection(
        await list(ctx, { type: 'Version', where, related, sort, first: a.first, after: a.after ?? null }),
      );
    },
    instructions: async (
      _: unknown,
      a: {
        filter?: { kind?: string; addressee?: string; collaborator?: string } | null;
        first: number;
        after?: string | null;
      },
      ctx: Context,
    ) => {
      const f = a.filter ?? {};
      const where: PropertyFilter[] = f.kind ? [{ property: 'kind', eq: f.kind }] : [];
      const related: RelationFilter[] = [];
      if (f.addressee) related.push({ type: 'ADDRESSED_TO', direction: 'out', target: f.addressee });
      if (f.collaborator) related.push({ type: 'IN_COLLABORATION_WITH', direction: 'out', target: f.collaborator });
      return connection(
        await list(ctx, { type: 'Instruction', where, related, first: a.first, after: a.after ?? null }),
      );
    },
    documents: async (
      _: unknown,
      a: { language?: string; kind?: string; first: number; after?: string | null },
      ctx: Context,
    ) => {
      const where: PropertyFilter[] = [];
      if (a.language) where.push({ property: 'language', eq: a.language });
      if (a.kind) where.push({ property: 'kind', eq: a.kind });
      return connection(await list(ctx, { type: 'Document', where, first: a.first, after: a.after ?? null }));
    },
    studyGroup: (_: unknown, a: { sector: string; number: number }, ctx: Context, info: Info) =>
      lookUpKey(ctx, info, { type: 'StudyGroup', sector: a.sector, number: a.number }),
    studyGroups: (_: unknown, a: { sector?: string | null }, ctx: Context, info: Info) =>
      lookUpList(ctx, info, {
        type: 'StudyGroup',
        where: a.sector ? [{ property: 'sector', eq: a.sector }] : [],
        sort: { property: 'name' },
        first: MAX_LIST_SIZE,
      }),
    organizations: (_: unknown, a: { kind?: string | null; first: number }, ctx: Context, info: Info) =>
      lookUpList(ctx, info, {
        type: 'Organization',
        where: a.kind ? [{ property: 'kind', eq: a.kind }] : [],
        sort: { property: 'name' },
        first: bounded('first', a.first, 0, MAX_LIST_SIZE),
      }),
    organization: async (_: unknown, a: { acronym?: string | null; id?: string | null }, ctx: Context, info: Info) => {
      if (!a.acronym && !a.id) throw badInput('give an acronym or an id');
      const n = a.id
        ? ((await lookUp(ctx, info, { ids: [a.id] })).get(a.id) ?? null)
        : await lookUpKey(ctx, info, { type: 'Organization', acronym: a.acronym ?? '' });
      return n?.type === 'Organization' ? n : null;
    },
    questions: (_: unknown, a: { sector?: string | null; first: number }, ctx: Context, info: Info) =>
      lookUpList(ctx, info, {
        type: 'Question',
        where: a.sector ? [{ property: 'sector', eq: a.sector }] : [],
        first: bounded('first', a.first, 0, MAX_LIST_SIZE),
      }),
    compareVersions: (_: unknown, a: { body: string; number: string; from: number; to: number }, ctx: Context) =>
      compare(ctx, a.body, a.number, a.from, a.to),
    search: async (_: unknown, a: { text: string; first: number; languages?: string[] | null }, ctx: Context) => {
      if (!a.text.trim()) throw badInput('search text must not be empty');
      if (a.text.length > 500) throw badInput('search text must be at most 500 characters');
      return ctx.store.search({
        text: a.text,
        first: bounded('first', a.first, 1, MAX_PAGE_SIZE),
        ...(a.languages?.length ? { languages: a.languages as never } : {}),
      });
    },
    neighborhood: async (_: unknown, a: { id: string; depth: number; limit: number }, ctx: Context) => {
      const g = await ctx.store.neighborhood({
        id: a.id,
        depth: bounded('depth', a.depth, 0, MAX_DEPTH),
        limit: bounded('limit', a.limit, 1, MAX_SUBGRAPH_NODES),
      });
      return { nodes: g.nodes.map(drawable), edges: g.edges.map(drawableEdge), truncated: g.truncated };
    },
    paths: async (_: unknown, a: { from: string; to: string; maxLength: number; limit: number }, ctx: Context) => {
      const paths = await ctx.store.shortestPaths({
        from: a.from,
        to: a.to,
        maxLength: bounded('maxLength', a.maxLength, 1, MAX_PATH_LENGTH),
        limit: bounded('limit', a.limit, 1, 20),
      });
      return paths.map((p) => ({
        length: p.edges.length,
        nodes: p.nodes.map(drawable),
        edges: p.edges.map(drawableEdge),
      }));
    },
    stats: async (_: unknown, __: Args, ctx: Context) => {
      const [counts, docs] = await Promise.all([
        ctx.store.counts(),
        ctx.store.list({ type: 'Document', first: MAX_LIST_SIZE }),
      ]);
      return { nodes: counts.nodes, relationships: counts.relationships, documents: docs.items };
    },
  },

  Provenance: {
    start: (p: Provenance | InstructionProvenance, _: Args, ctx: Context, info: Info) =>
      then(spanOf(p, ctx, info), (span) => span[0]),
    end: (p: Provenance | InstructionProvenance, _: Args, ctx: Context, info: Info) =>
      then(spanOf(p, ctx, info), (span) => span[1]),
  },

  Resolution: {
    name: entityName,
    versions: (r: Parent<'Resolution'>, _: Args, ctx: Context, info: Info) =>
      then(follow(ctx, info, r.id, STEPS.versions), (ns) => distinctNodes<VersionNode>(ns).sort(byYear)),
    version: (r: Parent<'Resolution'>, a: { year: number }, ctx: Context, info: Info) =>
      then(
        follow(ctx, info, r.id, versionOfYear(a.year)),
        (ns) => distinctNodes<VersionNode>(ns).find((v) => v.year === a.year) ?? null,
      ),
    // Those citing the work, and those citing any of its versions.
    citingPassages: (r: Parent<'Resolution'>, _: Args, ctx: Context, info: Info) =>
      then(
        all([
          follow(ctx, info, r.id, STEPS.citingPassages),
          followVia(ctx, info, r.id, STEPS.versions, STEPS.citingPassages),
        ]),
        (lists) => passages(lists.flat()),
      ),
  },

  Version: {
    name: entityName,
    source: (v: Parent<'Version'>) => v.source.toUpperCase().replace(/-/g, '_'),
    resolution: (v: Parent<'Version'>, _: Args, ctx: Context, info: Info) =>
      followRef(ctx, info, v.id, STEPS.resolutionOf),
    languages: (v: Parent<'Version'>, _: Args, ctx: Context) =>
      then(versionDocuments(ctx, v.id), (docs) => [...new Set(docs.map((d) => d.language))].sort()),
    documents: (v: Parent<'Version'>, _: Args, ctx: Context, info: Info) =>
      then(follow(ctx, info, v.id, STEPS.documents), (ns) => distinctNodes<DocumentNode>(ns)),
    instructedGroups: (v: Parent<'Version'>, _: Args, ctx: Context, info: Info) =>
      then(follow(ctx, info, v.id, STEPS.instructedGroups), (ns) =>
        distinctNodes<NodeOf<'StudyGroup'>>(ns.filter((n) => n.node.type === 'StudyGroup')).sort(
          (a, b) => a.sector.localeCompare(b.sector) || a.number - b.number,
        ),
      ),
    instructions: (v: Parent<'Version'>, a: { language?: string | null }, ctx: Context, info: Info) =>
      versionInstructions(ctx, v, a.language, fieldPlan(info, ctx.plans)),
    citations: (v: Parent<'Version'>, _: Args, ctx: Context, info: Info): MaybePromise<Citation[]> =>
      then(follow(ctx, info, v.id, STEPS.citations), (ns) =>
        [...ns]
          .sort((a, b) => spanStart(a) - spanStart(b))
          .map((n) => ({ cited: n.node, provenance: n.edge.provenance })),
      ),
    mentions: (v: Parent<'Version'>, _: Args, ctx: Context, info: Info) =>
      then(follow(ctx, info, v.id, STEPS.mentions), (ns) => distinctNodes(ns)),
    citingPassages: (v: Parent<'Version'>, _: Args, ctx: Context, info: Info) =>
      then(follow(ctx, info, v.id, STEPS.citingPassages), passages),
  },

  CitingPassage: {
    cited: (p: Passage, _: Args, ctx: Context) => ctx.loaders.node.load(p.cited),
  },

  Citation: {
    // The cited work: the resolution of a cited Version (or the Version, if that is missing), else the cited node.
    // `c.cited` holds only what the `cited` selection reads (look-ahead), so the node itself is loaded whole.
    work: (c: Citation, _: Args, ctx: Context, info: Info) =>
      c.cited.type === 'Version'
        ? then(followRef(ctx, info, c.cited.id, STEPS.resolutionOf), (r) => r ?? ctx.loaders.node.load(c.cited.id))
        : ctx.loaders.node.load(c.cited.id),
  },

  Document: {
    name: entityName,
    version: (d: DocumentNode, _: Args, ctx: Context, info: Info) =>
      then(follow(ctx, info, d.id, STEPS.versionOfDocument), (ns) => ns[0]?.node ?? null),
    clauses: (d: DocumentNode, _: Args, ctx: Context, info: Info) =>
      then(follow(ctx, info, d.id, STEPS.clauses), (ns) =>
        distinctNodes<NodeOf<'Clause'>>(ns).sort((a, b) => a.order - b.order),
      ),
    // A page's Document cites; a resolution text's citations are its version's edges read from this document.
    citations: (d: DocumentNode, _: Args, ctx: Context, info: Info): MaybePromise<Citation[]> =>
      then(
        all([
          follow(ctx, info, d.id, STEPS.citations),
          followVia(ctx, info, d.id, STEPS.versionOfDocument, STEPS.citations),
        ]),
        ([own = [], ofVersion = []]) =>
          [...own, ...ofVersion.filter((n) => n.edge.provenance?.document === d.id)].map(citationOf).sort(inTextOrder),
      ),
  },

  Clause: {
    document: (c: Parent<'Clause'>, _: Args, ctx: Context, info: Info) => followRef(ctx, info, c.id, STEPS.documentOf),
    start: (c: Parent<'Clause'>) => c.span[0],
    end: (c: Parent<'Clause'>) => c.span[1],
  },

  Instruction: {
    // The steps answer them in the order the instruction names them, one per node.
    addressees: (i: InstructionNode, _: Args, ctx: Context, info: Info) =>
      then(follow(ctx, info, i.id, STEPS.addressees), (ns) => ns.map((n) => n.node)),
    collaborators: (i: InstructionNode, _: Args, ctx: Context, info: Info) =>
      then(follow(ctx, info, i.id, STEPS.collaborators), (ns) => ns.map((n) => n.node)),
    version: (i: InstructionNode, _: Args, ctx: Context, info: Info) => followRef(ctx, info, i.id, STEPS.versionOf),
    document: (i: InstructionNode, _: Args, ctx: Context, info: Info) => followRef(ctx, info, i.id, STEPS.documentOf),
    provenance: (i: InstructionNode): InstructionProvenance => ({
      document: i.document,
      clause: i.clause,
      quote: i.heading,
      instruction: i.id,
    }),
  },

  StudyGroup: {
    ...mandateResolvers,
    questions: (g: GraphNode, _: Args, ctx: Context, info: Info) =>
      then(follow(ctx, info, g.id, STEPS.questions), (ns) => distinctNodes(ns)),
  },
  Organization: mandateResolvers,
  Office: mandateResolvers,
  Stakeholder: mandateResolvers,

  Question: {
    studyGroup: (q: Parent<'Question'>, _: Args, ctx: Context, info: Info) =>
      then(
        follow(ctx, info, q.id, STEPS.studiedBy),
        (ns) => ns[0]?.node ?? ctx.store.findByKey({ type: 'StudyGroup', sector: q.sector, number: q.studyGroup }),
      ),
    mentionedIn: (q: Parent<'Question'>, _: Args, ctx: Context, info: Info) =>
      then(follow(ctx, info, q.id, STEPS.mentionedIn), (ns) =>
        distinctNodes<VersionNode>(ns.filter((n) => n.node.type === 'Version')).sort(byYear),
      ),
    mentioningPassages: (q: Parent<'Question'>, _: Args, ctx: Context, info: Info) =>
      then(follow(ctx, info, q.id, STEPS.mentioningPassages), passages),
  },

  Instrument: {
    citedBy: (i: GraphNode, _: Args, ctx: Context, info: Info) =>
      then(follow(ctx, info, i.id, STEPS.citedBy), (ns) =>
        distinctNodes<VersionNode>(ns.filter((n) => n.node.type === 'Version')).sort(byYear),
      ),
    citingPassages: (i: GraphNode, _: Args, ctx: Context, info: Info) =>
      then(follow(ctx, info, i.id, STEPS.citingPassages), passages),
  },
};
