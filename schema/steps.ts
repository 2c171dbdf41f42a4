/**
 * How fields reach their data, as store steps (graph/store.ts `Step`), and the look-ahead that turns a selection into
 * one store call: a field that follows a step from its parent's node also asks for the steps every field selected
 * below it will follow, so the whole subtree comes back in the same `traverse` (see context.ts).
 */
import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, GraphQLSchema, SelectionNode } from 'graphql';
import { getNamedType, isInterfaceType, isObjectType, Kind, valueFromASTUntyped } from 'graphql';
import type { ExpandStep, NodeType, PropertyFilter, RefStep, RelType, Step, StepPick } from '../graph';

const out = (types: RelType[], options: Partial<ExpandStep> = {}): ExpandStep => ({
  kind: 'expand',
  direction: 'out',
  types,
  ...options,
});
const into = (types: RelType[], options: Partial<ExpandStep> = {}): ExpandStep => ({
  kind: 'expand',
  direction: 'in',
  types,
  ...options,
});
const ref = (property: string, nodeType: NodeType): RefStep => ({ kind: 'ref', property, nodeType });
const only = (...nodeTypes: NodeType[]) => ({ nodeTypes });
/** For fields that read the nodes only: one neighbour per node (not one per document that states the edge). */
const distinct = { distinct: true } as const;
/** For fields that show nodes in the order the text names them: one per node, by its first edge's span. */
const firstMentioned = { distinct: true, order: 'first-mention' } as const;

/** Relationship types an analyst sees as relations between entities. */
export const RELATION_TYPES: readonly RelType[] = [
  'INSTRUCTS',
  'COLLABORATES_WITH',
  'CITES',
  'MENTIONS',
  'STUDIED_BY',
  'REPORTS_TO',
  'PARTNER_OF',
  'LAUNCHED_BY',
  'SUCCEEDS',
  'COORDINATED_BY',
  'HAS_VERSION',
  'ADOPTED_AT',
];

/** Every step a resolver follows. Resolvers use these very objects, so that look-ahead and resolver agree. */
export const STEPS = {
  versions: out(['HAS_VERSION'], distinct),
  resolutionOf: ref('resolution', 'Resolution'),
  documents: out(['HAS_DOCUMENT'], distinct),
  instructedGroups: out(['INSTRUCTS'], { ...only('StudyGroup'), ...distinct }),
  instructions: out(['HAS_INSTRUCTION'], distinct),
  citations: out(['CITES']),
  mentions: out(['MENTIONS'], distinct),
  versionOfDocument: into(['HAS_DOCUMENT'], distinct),
  clauses: out(['HAS_CLAUSE'], distinct),
  documentOf: ref('document', 'Document'),
  // In the order the instruction names them (its edges' provenance), without reading the edges.
  addressees: out(['ADDRESSED_TO'], firstMentioned),
  collaborators: out(['IN_COLLABORATION_WITH'], firstMentioned),
  versionOf: ref('version', 'Version'),
  clauseOf: out(['FROM_CLAUSE'], distinct),
  mandates: into(['ADDRESSED_TO', 'IN_COLLABORATION_WITH'], only('Instruction')),
  relations: { kind: 'expand', direction: 'both', types: RELATION_TYPES } as ExpandStep,
  questions: into(['STUDIED_BY'], distinct),
  studiedBy: out(['STUDIED_BY'], distinct),
  mentionedIn: into(['MENTIONS'], { ...only('Version'), ...distinct }),
  citedBy: into(['CITES'], { ...only('Version'), ...distinct }),
  // Every edge, with its provenance: one passage per edge, from a Version or a page's Document.
  citingPassages: into(['CITES']),
  mentioningPassages: into(['MENTIONS']),
} as const satisfies Record<string, Step>;

/** Steps narrowed by a `where` (see {@link narrowed}), each with the step it narrows. */
const NARROWED_FROM = new WeakMap<Step, Step>();
const NARROWED = new Map<string, ExpandStep>();

/** How a narrowed step narrows: a `where` on the neighbours, and a `pick` of one of them. */
interface Narrowing {
  readonly where?: readonly PropertyFilter[];
  readonly pick?: StepPick;
}

/**
 * A step of {@link STEPS}, keeping only the neighbours that pass `where` ("the version of 2024"), or the one `pick`
 * prefers ("the English text"). The same object for the same arguments, so that look-ahead and resolver agree; it
 * reads and is read like `step` otherwise. Its key is `step`'s with the narrowing, so it keeps no `then` or
 * `properties` (those are a load's, added per load).
 */
export function narrowed(step: ExpandStep, by: Narrowing): ExpandStep {
  const key = `${stepKey(step)} where ${JSON.stringify(by.where ?? null)} pick ${JSON.stringify(by.pick ?? null)}`;
  let found = NARROWED.get(key);
  if (!found) {
    found = { ...step, ...by };
    delete (found as { then?: unknown }).then;
    delete (found as { properties?: unknown }).properties;
    // Bounded: one entry per value asked for (years, in practice), but values come from requests.
    if (NARROWED.size >= 10_000) NARROWED.clear();
    NARROWED.set(key, found);
    NARROWED_FROM.set(found, step);
  }
  return found;
}

/** The step a step narrows, or the step itself: what look-up tables keyed by `STEPS` know it by. */
function baseStep(step: Step): Step {
  return NARROWED_FROM.get(step) ?? step;
}

/** The version of the year a field asks for (`Resolution.version(year:)`), as its resolver follows it. */
export function versionOfYear(year: number): ExpandStep {
  return narrowed(STEPS.versions, { where: [{ property: 'year', eq: year }] });
}

/**
 * The text of a version whose instructions a field shows (`Version.instructions(language:)`): the one in the
 * language asked for (none if there is none), else the English one, else the first by language. Only that text's
 * instructions are fetched, not those of the five other languages a version is adopted in.
 */
export function instructionsText(language: string | null | undefined): ExpandStep {
  return language
    ? narrowed(STEPS.documents, { where: [{ property: 'language', eq: language }] })
    : narrowed(STEPS.documents, { pick: { property: 'language', prefer: ['en'] } });
}

/**
 * The route of a field from the node its parent shows: a chain of steps (the field's nodes are where the last one
 * leads), or `self` for a field of a wrapper type that shows the wrapper's node (a Mandate's instruction).
 */
type Route = readonly Step[] | 'self';

/**
 * What a field needs: the route to its nodes (or a function of the field as written, when its arguments change the
 * route; null: no look-ahead), and the properties of its parent's node it reads (`id` and `type` are always there).
 */
interface FieldSpec {
  readonly route?: Route | ((field: FieldNode, variables: Readonly<Record<string, unknown>>) => Route | null);
  /**
   * Other chains that lead to more of the field's nodes, fetched with `route` (a resolution's passages: those citing
   * it, and those citing its versions).
   */
  readonly alsoRoutes?: readonly (readonly Step[])[];
  readonly needs?: readonly string[];
  /** A field of a wrapper type that reads its edge's provenance. */
  readonly edge?: true;
}

/** Fields that read the property of the same name. */
function plain(...names: string[]): Record<string, FieldSpec> {
  return Object.fromEntries(names.map((n) => [n, { needs: [n] }]));
}

const route = (r: Route): FieldSpec => ({ route: r });
const reads = (...needs: string[]): FieldSpec => ({ needs });

const partyFields: Record<string, FieldSpec> = {
  mandates: route([STEPS.mandates]),
  // Asked for some types only, relations follow a step of their own, which look-ahead does not guess.
  relations: {
    route: (field) => (field.arguments?.some((a) => a.name.value === 'types') ? null : [STEPS.relations]),
  },
};

/**
 * Every field of the schema's node and wrapper types, by GraphQL type: how it reaches its data. Keep it in step with
 * resolvers.ts: a field missing here is answered right but costs more (look-ahead does not see it, and the nodes
 * that hold it are fetched with all their properties); a property a resolver reads that is missing from `needs`
 * would be missing from the node.
 */
const FIELDS: Readonly<Record<string, Readonly<Record<string, FieldSpec>>>> = {
  Node: plain('id'),
  // Entity.name is entityName in resolvers.ts: the name, or what the name is made of for works and documents.
  Entity: { ...plain('id'), name: reads('name', 'body', 'number', 'label', 'title', 'file', 'acronym', 'language') },
  Resolution: {
    ...plain('id', 'body', 'number', 'title'),
    name: reads('body', 'number'),
    versions: route([STEPS.versions]),
    citingPassages: { route: [STEPS.citingPassages], alsoRoutes: [[STEPS.versions, STEPS.citingPassages]] },
    // Only the version of the year asked for, and what is below it (not every version's documents).
    version: {
      route: (field, variables) => {
        const year = argument(field, 'year', variables);
        return typeof year === 'number' ? [versionOfYear(year)] : [STEPS.versions];
      },
    },
  },
  Version: {
    ...plain('id', 'year', 'place', 'label'),
    name: reads('body', 'number', 'label'),
    source: reads('source'),
    resolution: route([STEPS.resolutionOf]),
    languages: route([STEPS.documents]),
    documents: route([STEPS.documents]),
    instructedGroups: route([STEPS.instructedGroups]),
    instructions: {
      route: (field, variables) => {
        const language = argument(field, 'language', variables);
        return [instructionsText(typeof language === 'string' ? language : null), STEPS.instructions];
      },
    },
    citations: route([STEPS.citations]),
    mentions: route([STEPS.mentions]),
    citingPassages: route([STEPS.citingPassages]),
  },
  // A citation shows the cited node; its work is that node's resolution when it is a Version.
  Citation: { cited: route('self'), work: route([STEPS.resolutionOf]), provenance: { edge: true } },
  // A passage shows the citing (naming) node; the cited node is loaded by id (the edge's end).
  CitingPassage: { by: route('self'), cited: {}, provenance: { edge: true } },
  MentioningPassage: { by: route('self'), provenance: { edge: true } },
  Document: {
    ...plain('id', 'title', 'language', 'kind', 'file', 'checksum', 'encoding', 'manifestFacts', 'foreword'),
    name: reads('title', 'file'),
    version: route([STEPS.versionOfDocument]),
    clauses: route([STEPS.clauses]),
    // A page's own citations; a resolution text's are its version's, made in this document.
    citations: { route: [STEPS.citations], alsoRoutes: [[STEPS.versionOfDocument, STEPS.citations]] },
  },
  Clause: {
    ...plain('id', 'address', 'part', 'section', 'role', 'label', 'text', 'footnotes'),
    document: route([STEPS.documentOf]),
    start: reads('span'),
    end: reads('span'),
  },
  Instruction: {
    ...plain('id', 'kind', 'heading', 'items'),
    addressees: route([STEPS.addressees]),
    collaborators: route([STEPS.collaborators]),
    version: route([STEPS.versionOf]),
    document: route([STEPS.documentOf]),
    // An instruction's provenance is the instruction's: its start and end are its clause's span.
    provenance: { route: 'self', needs: ['document', 'clause', 'heading'] },
  },
  // Provenance reads its own object (an edge's, or an instruction's made of the needs above), not a node.
  Provenance: {
    document: {},
    clause: {},
    quote: {},
    start: route([STEPS.clauseOf]),
    end: route([STEPS.clauseOf]),
  },
  StudyGroup: {
    ...plain('id', 'name', 'sector', 'number', 'title'),
    ...partyFields,
    questions: route([STEPS.questions]),
  },
  Organization: { ...plain('id', 'name', 'acronym', 'kind'), ...partyFields },
  Office: { ...plain('id', 'name'), ...partyFields },
  Stakeholder: { ...plain('id', 'name'), ...partyFields },
  Assembly: plain('id', 'name', 'body', 'year', 'place'),
  Instrument: {
    ...plain('id', 'name', 'kind', 'code'),
    citedBy: route([STEPS.citedBy]),
    citingPassages: route([STEPS.citingPassages]),
  },
  Question: {
    ...plain('id', 'name', 'sector', 'code', 'title'),
    // Without a STUDIED_BY edge, the study group is found by the question's sector and group number.
    studyGroup: { route: [STEPS.studiedBy], needs: ['sector', 'studyGroup'] },
    mentionedIn: route([STEPS.mentionedIn]),
    mentioningPassages: route([STEPS.mentioningPassages]),
  },
  // Wrapper types show a node (the instruction, the other end) next to their edge's data.
  Mandate: { role: {}, provenance: { edge: true }, instruction: route('self') },
  Relation: { type: {}, direction: {}, provenance: { edge: true }, other: route('self') },
};

/** The value of a field's argument as written (a literal, or a variable's value), or undefined. */
function argument(field: FieldNode, name: string, variables: Readonly<Record<string, unknown>>): unknown {
  const node = field.arguments?.find((a) => a.name.value === name);
  return node ? valueFromASTUntyped(node.value, variables) : undefined;
}

/**
 * Steps whose resolvers read their edges' data only for the wrapper's provenance (a mandate's role, a relation's
 * type and direction come from the edge's type and direction): without it selected, they ask for lean edges.
 */
export const LEAN_STEPS: ReadonlyMap<Step, ExpandStep> = new Map(
  [STEPS.mandates, STEPS.relations].map((step) => [step, { ...step, edgeData: false }]),
);

/** Properties a resolver reads of the nodes a step reaches, whatever is selected (to sort, filter or pick). */
const STEP_NEEDS = new Map<Step, readonly string[]>([
  [STEPS.versions, ['year']],
  [STEPS.documents, ['language']],
  [STEPS.instructedGroups, ['sector', 'number']],
  [STEPS.instructions, ['order']],
  [STEPS.clauses, ['order']],
  [STEPS.clauseOf, ['span']],
  [STEPS.mandates, ['version', 'order']],
  [STEPS.mentionedIn, ['year']],
  [STEPS.citedBy, ['year']],
]);

/**
 * Identity of a step without its `then` and `properties`: steps with equal keys reach the same nodes from the same
 * node (with more or fewer of their properties).
 */
export function stepKey(step: Step): string {
  let key = STEP_KEYS.get(step);
  if (key === undefined) {
    key = keyOf(step);
    STEP_KEYS.set(step, key);
  }
  return key;
}

/**
 * Keys of the steps seen, by object: plans are kept across requests (see {@link fieldPlan}), so their steps come
 * back again and again, and steps are never changed once made.
 */
const STEP_KEYS = new WeakMap<Step, string>();

function keyOf(step: Step): string {
  if (step.kind === 'ref') return `ref ${step.property}${step.nodeType ? ` ${step.nodeType}` : ''}`;
  const nodeTypes = step.nodeTypes ? [...step.nodeTypes].sort().join(',') : '*';
  const options =
    `${step.distinct ? ' distinct' : ''}${step.edgeData === false ? ' lean' : ''}` +
    `${step.where?.length ? ` where ${JSON.stringify(step.where)}` : ''}` +
    `${step.pick ? ` pick ${JSON.stringify(step.pick)}` : ''}${step.order ? ` order ${step.order}` : ''}`;
  return `expand ${step.direction} ${[...step.types].sort().join(',')} ${nodeTypes}${options}`;
}

/** The step with `then` replaced. */
export function withThen<S extends Step>(step: S, then: readonly Step[]): S {
  return { ...step, then };
}

/** Properties asked for by two loads of a step: all of both (undefined: all properties). */
export function unionProperties(
  a: readonly string[] | undefined,
  b: readonly string[] | undefined,
): readonly string[] | undefined {
  if (a === undefined || b === undefined) return undefined;
  return [...new Set([...a, ...b])].sort();
}

/** Steps with equal keys merged into one: their properties and their `then` merged too. */
export function mergeSteps(steps: readonly Step[]): Step[] {
  const groups = new Map<string, { step: Step; properties: readonly string[] | undefined; then: Step[] }>();
  for (const step of steps) {
    const key = stepKey(step);
    const group = groups.get(key);
    if (group) {
      group.then.push(...(step.then ?? []));
      group.properties = unionProperties(group.properties, step.properties);
    } else {
      groups.set(key, { step, properties: step.properties, then: [...(step.then ?? [])] });
    }
  }
  return [...groups.values()].map(({ step, properties, then }) => {
    const merged: Step = { ...step, properties };
    if (properties === undefined) delete (merged as { properties?: unknown }).properties;
    return withThen(merged, mergeSteps(then));
  });
}

/** The named type of a field of an object or interface type, if the schema has it. */
function fieldType(schema: GraphQLSchema, typeName: string, field: string): string | undefined {
  const type = schema.getType(typeName);
  if (!isObjectType(type) && !isInterfaceType(type)) return undefined;
  const def = type.getFields()[field];
  return def ? getNamedType(def.type).name : undefined;
}

interface PlanContext {
  readonly schema: GraphQLSchema;
  readonly fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  /** The request's variables, for routes that depend on arguments. */
  readonly variables: Readonly<Record<string, unknown>>;
}

/**
 * What a selection needs of the node it is made on: the steps its fields follow from that node (each with what its
 * own selection needs below it), and the node's properties its fields read (null: all of them, because a field
 * is not in {@link FIELDS}).
 */
interface Needs {
  readonly steps: Step[];
  properties: Set<string> | null;
  /** Whether a field reads the data of the edge that led to the node (a wrapper's provenance). */
  edge: boolean;
}

/**
 * Walks the selections made on a node shown as `typeName`. Fragments count under their type condition (steps and
 * properties of another type's fields find nothing on this node, so a fragment that does not apply costs a little,
 * never a wrong answer).
 */
function collect(pc: PlanContext, typeName: string, selections: readonly SelectionNode[], into: Needs): void {
  for (const selection of selections) {
    switch (selection.kind) {
      case Kind.FIELD: {
        const name = selection.name.value;
        if (name === '__typename') break;
        const spec = FIELDS[typeName]?.[name];
        if (!spec) {
          into.properties = null;
          break;
        }
        for (const p of spec.needs ?? []) into.properties?.add(p);
        if (spec.edge) into.edge = true;
        const r = typeof spec.route === 'function' ? spec.route(selection, pc.variables) : spec.route;
        if (!r) break;
        const childType = fieldType(pc.schema, typeName, name);
        const childSelections = selection.selectionSet?.selections ?? [];
        if (r === 'self') {
          if (childType) collect(pc, childType, childSelections, into);
        } else {
          const below = childType ? needsOf(pc, childType, childSelections) : emptyNeeds();
          for (const each of [r, ...(spec.alsoRoutes ?? [])]) into.steps.push(chain(each, below));
        }
        break;
      }
      case Kind.INLINE_FRAGMENT:
        collect(pc, selection.typeCondition?.name.value ?? typeName, selection.selectionSet.selections, into);
        break;
      case Kind.FRAGMENT_SPREAD: {
        const fragment = pc.fragments[selection.name.value];
        if (fragment) collect(pc, fragment.typeCondition.name.value, fragment.selectionSet.selections, into);
        break;
      }
    }
  }
}

function emptyNeeds(): Needs {
  return { steps: [], properties: new Set(), edge: false };
}

function needsOf(pc: PlanContext, typeName: string, selections: readonly SelectionNode[]): Needs {
  const needs = emptyNeeds();
  collect(pc, typeName, selections, needs);
  return needs;
}

/** `step` asking for the properties its resolver and `needs` read (all of them when `needs` does not know). */
function projected<S extends Step>(step: S, properties: ReadonlySet<string> | null): S {
  if (properties === null) return step;
  return { ...step, properties: [...new Set([...(STEP_NEEDS.get(baseStep(step)) ?? []), ...properties])].sort() };
}

/** The chain as nested steps, `below` (the needs of the field's selection) on the last one. */
function chain(route: readonly Step[], below: Needs): Step {
  const [first, ...rest] = route;
  if (!first) throw new Error('a route has at least one step');
  if (rest.length > 0) return withThen(projected(first, new Set()), [chain(rest, below)]);
  const step = projected(first, below.properties);
  const lean = !below.edge && LEAN_STEPS.has(baseStep(first));
  return withThen(lean ? { ...step, edgeData: false } : step, mergeSteps(below.steps));
}

/** What the field being resolved needs of the nodes it returns and below them (see {@link fieldPlan}). */
export interface FieldPlan {
  /** Properties of the field's nodes its selection reads, null for all (resolvers add those they read). */
  readonly properties: readonly string[] | null;
  /** The steps its selection follows from those nodes. */
  readonly below: readonly Step[];
  /** Whether its selection reads the data of the edges that lead to its nodes (see {@link LEAN_STEPS}). */
  readonly edgeData: boolean;
}

/**
 * Plans kept across requests, per field as an operation's compiled form shows it (graphql-jit compiles each
 * operation once and hands every run of it the same `fieldNodes`), then per the request's variables (routes may
 * depend on them: `version(year: $year)`). A plan depends on nothing else: the schema, the fragments and the
 * selection are the operation's. The fields go when the compiled operation goes (a WeakMap); a field keeps at most
 * {@link MAX_PLANS_PER_FIELD} sets of variables, each of at most {@link MAX_VARIABLES_KEY} characters, since
 * variables come from requests.
 */
const PLANS = new WeakMap<readonly FieldNode[], Map<string, FieldPlan>>();
const MAX_PLANS_PER_FIELD = 256;
/** Variables longer than this as JSON (a list of ids) are not kept as a key: such a request plans its own. */
const MAX_VARIABLES_KEY = 1024;
/** The variables of a request as one key, by the request's variables object (one per run of an operation). */
const VARIABLE_KEYS = new WeakMap<object, string>();

function variablesKey(variables: Readonly<Record<string, unknown>>): string {
  let key = VARIABLE_KEYS.get(variables);
  if (key === undefined) {
    key = JSON.stringify(variables);
    VARIABLE_KEYS.set(variables, key);
  }
  return key;
}

/**
 * What the selection of the field being resolved needs: the properties of its nodes, and the steps of its
 * sub-fields, recursively. Memoised per field (graphql-js hands every item of a list the same `fieldNodes`) in
 * `memo`, one per request, and across requests for the same fields and variables (see {@link PLANS}).
 */
export function fieldPlan(info: GraphQLResolveInfo, memo: WeakMap<readonly FieldNode[], FieldPlan>): FieldPlan {
  const known = memo.get(info.fieldNodes);
  if (known) return known;
  let byVariables = PLANS.get(info.fieldNodes);
  if (!byVariables) {
    byVariables = new Map();
    PLANS.set(info.fieldNodes, byVariables);
  }
  const variables = variablesKey(info.variableValues);
  let plan = byVariables.get(variables);
  if (!plan) {
    plan = planOf(info);
    if (variables.length <= MAX_VARIABLES_KEY) {
      if (byVariables.size >= MAX_PLANS_PER_FIELD) byVariables.clear();
      byVariables.set(variables, plan);
    }
  }
  memo.set(info.fieldNodes, plan);
  return plan;
}

function planOf(info: GraphQLResolveInfo): FieldPlan {
  const typeName = getNamedType(info.returnType).name;
  const pc = { schema: info.schema, fragments: info.fragments, variables: info.variableValues };
  const needs = emptyNeeds();
  for (const f of info.fieldNodes) collect(pc, typeName, f.selectionSet?.selections ?? [], needs);
  return {
    properties: needs.properties ? [...needs.properties].sort() : null,
    below: mergeSteps(needs.steps),
    edgeData: needs.edge,
  };
}

/** The properties a load of `step` asks for: what its resolver reads, and what the selection reads. */
export function stepProperties(step: Step, selected: readonly string[] | null): readonly string[] | null {
  if (selected === null) return null;
  const own = STEP_NEEDS.get(baseStep(step));
  return own ? [...new Set([...own, ...selected])].sort() : selected;
}
