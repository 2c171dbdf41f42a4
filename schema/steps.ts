/**
 * How fields reach their data, as store steps (graph/store.ts `Step`), and the look-ahead that turns a selection into
 * one store call: a field that follows a step from its parent's node also asks for the steps every field selected
 * below it will follow, so the whole subtree comes back in the same `traverse` (see context.ts).
 */
import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, GraphQLSchema, SelectionNode } from 'graphql';
import { getNamedType, isInterfaceType, isObjectType, Kind } from 'graphql';
import type { ExpandStep, NodeType, RefStep, RelType, Step } from '../graph';

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
const ref = (property: string): RefStep => ({ kind: 'ref', property });
const only = (...nodeTypes: NodeType[]) => ({ nodeTypes });
/** For fields that read the nodes only: one neighbour per node (not one per document that states the edge). */
const distinct = { distinct: true } as const;

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
  'HAS_VERSION',
  'ADOPTED_AT',
];

/** Every step a resolver follows. Resolvers use these very objects, so that look-ahead and resolver agree. */
export const STEPS = {
  versions: out(['HAS_VERSION'], distinct),
  resolutionOf: ref('resolution'),
  documents: out(['HAS_DOCUMENT'], distinct),
  instructedGroups: out(['INSTRUCTS'], { ...only('StudyGroup'), ...distinct }),
  instructions: out(['HAS_INSTRUCTION'], distinct),
  citations: out(['CITES']),
  mentions: out(['MENTIONS'], distinct),
  versionOfDocument: into(['HAS_DOCUMENT'], distinct),
  clauses: out(['HAS_CLAUSE'], distinct),
  documentOf: ref('document'),
  addressees: out(['ADDRESSED_TO']),
  collaborators: out(['IN_COLLABORATION_WITH']),
  versionOf: ref('version'),
  clauseOf: out(['FROM_CLAUSE'], distinct),
  mandates: into(['ADDRESSED_TO', 'IN_COLLABORATION_WITH'], only('Instruction')),
  relations: { kind: 'expand', direction: 'both', types: RELATION_TYPES } as ExpandStep,
  questions: into(['STUDIED_BY'], distinct),
  studiedBy: out(['STUDIED_BY'], distinct),
  mentionedIn: into(['MENTIONS'], { ...only('Version'), ...distinct }),
  citedBy: into(['CITES'], { ...only('Version'), ...distinct }),
} as const satisfies Record<string, Step>;

/**
 * The route of a field from the node its parent shows: a chain of steps (the field's nodes are where the last one
 * leads), or `self` for a field of a wrapper type that shows the wrapper's node (a Mandate's instruction).
 */
type Route = readonly Step[] | 'self';

const mandateRoutes = {
  mandates: [STEPS.mandates],
  // Asked for some types only, relations follow a step of their own, which look-ahead does not guess.
  relations: (field: FieldNode) => (field.arguments?.some((a) => a.name.value === 'types') ? null : [STEPS.relations]),
} as const;

/**
 * Routes by GraphQL type and field, or a function of the field as written (when its arguments change the route; null:
 * no look-ahead). Fields not listed need no step (they read the parent's properties).
 */
const ROUTES: Readonly<Record<string, Readonly<Record<string, Route | ((field: FieldNode) => Route | null)>>>> = {
  Resolution: { versions: [STEPS.versions], version: [STEPS.versions] },
  Version: {
    resolution: [STEPS.resolutionOf],
    languages: [STEPS.documents],
    documents: [STEPS.documents],
    instructedGroups: [STEPS.instructedGroups],
    instructions: [STEPS.documents, STEPS.instructions],
    citations: [STEPS.citations],
    mentions: [STEPS.mentions],
  },
  // A citation shows the cited node; its work is that node's resolution when it is a Version.
  Citation: { cited: 'self', work: [STEPS.resolutionOf] },
  Document: { version: [STEPS.versionOfDocument], clauses: [STEPS.clauses] },
  Clause: { document: [STEPS.documentOf] },
  Instruction: {
    addressees: [STEPS.addressees],
    collaborators: [STEPS.collaborators],
    version: [STEPS.versionOf],
    document: [STEPS.documentOf],
    // An instruction's provenance is the instruction's: its start and end are its clause's span.
    provenance: 'self',
  },
  Provenance: { start: [STEPS.clauseOf], end: [STEPS.clauseOf] },
  StudyGroup: { ...mandateRoutes, questions: [STEPS.questions] },
  Organization: mandateRoutes,
  Office: mandateRoutes,
  Stakeholder: mandateRoutes,
  Mandate: { instruction: 'self' },
  Relation: { other: 'self' },
  Question: { studyGroup: [STEPS.studiedBy], mentionedIn: [STEPS.mentionedIn] },
  Instrument: { citedBy: [STEPS.citedBy] },
};

/** Identity of a step without its `then`: steps with equal keys reach the same nodes from the same node. */
export function stepKey(step: Step): string {
  if (step.kind === 'ref') return `ref ${step.property}`;
  const nodeTypes = step.nodeTypes ? [...step.nodeTypes].sort().join(',') : '*';
  return `expand ${step.direction} ${[...step.types].sort().join(',')} ${nodeTypes}${step.distinct ? ' distinct' : ''}`;
}

/** The step with `then` replaced. */
export function withThen<S extends Step>(step: S, then: readonly Step[]): S {
  return { ...step, then };
}

/** Steps with equal keys merged into one, their `then` merged too. */
export function mergeSteps(steps: readonly Step[]): Step[] {
  const groups = new Map<string, { step: Step; then: Step[] }>();
  for (const step of steps) {
    const key = stepKey(step);
    const group = groups.get(key);
    if (group) group.then.push(...(step.then ?? []));
    else groups.set(key, { step, then: [...(step.then ?? [])] });
  }
  return [...groups.values()].map(({ step, then }) => withThen(step, mergeSteps(then)));
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
}

/**
 * The steps the fields in `selections` follow, from a node shown as `typeName`, each with what its own selection
 * needs below it. Fragments count under their type condition (steps of another type's fields find nothing on this
 * node, so a fragment that does not apply costs a little, never a wrong answer).
 */
function plan(pc: PlanContext, typeName: string, selections: readonly SelectionNode[]): Step[] {
  const steps: Step[] = [];
  for (const selection of selections) {
    switch (selection.kind) {
      case Kind.FIELD: {
        const entry = ROUTES[typeName]?.[selection.name.value];
        const route = typeof entry === 'function' ? entry(selection) : entry;
        if (!route) break;
        const childType = fieldType(pc.schema, typeName, selection.name.value);
        const below = selection.selectionSet && childType ? plan(pc, childType, selection.selectionSet.selections) : [];
        if (route === 'self') steps.push(...below);
        else steps.push(chain(route, below));
        break;
      }
      case Kind.INLINE_FRAGMENT:
        steps.push(...plan(pc, selection.typeCondition?.name.value ?? typeName, selection.selectionSet.selections));
        break;
      case Kind.FRAGMENT_SPREAD: {
        const fragment = pc.fragments[selection.name.value];
        if (fragment) steps.push(...plan(pc, fragment.typeCondition.name.value, fragment.selectionSet.selections));
        break;
      }
    }
  }
  return mergeSteps(steps);
}

/** The chain as nested steps, `below` under the last. */
function chain(route: readonly Step[], below: readonly Step[]): Step {
  const [first, ...rest] = route;
  if (!first) throw new Error('a route has at least one step');
  return withThen(first, rest.length > 0 ? [chain(rest, below)] : below);
}

/**
 * What the selection of the field being resolved needs below it: the steps of its sub-fields, recursively.
 * Memoised per field (graphql-js hands every item of a list the same `fieldNodes`) in `memo`, one per request.
 */
export function stepsBelow(info: GraphQLResolveInfo, memo: WeakMap<readonly FieldNode[], Step[]>): readonly Step[] {
  const known = memo.get(info.fieldNodes);
  if (known) return known;
  const typeName = getNamedType(info.returnType).name;
  const pc = { schema: info.schema, fragments: info.fragments };
  const steps = mergeSteps(
    info.fieldNodes.flatMap((f) => (f.selectionSet ? plan(pc, typeName, f.selectionSet.selections) : [])),
  );
  memo.set(info.fieldNodes, steps);
  return steps;
}
