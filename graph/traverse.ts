/**
 * `traverse` in terms of `expand` and `getNodes`, hop by hop: the in-memory adapter's implementation, and the
 * definition of what any adapter's answer must equal.
 */
import type { GraphNode } from './model';
import { StoreError } from './store';
import type {
  ExpandStep,
  GraphStore,
  Neighbour,
  PropertyFilter,
  RefStep,
  Step,
  StepPick,
  StepResult,
  TraverseQuery,
} from './store';

/** A node's property, read by name. */
export function propertyOf(node: GraphNode, property: string): unknown {
  return (node as unknown as Record<string, unknown>)[property];
}

/** Whether a node passes a property filter (a list's or a step's `where`). */
export function matchesFilter(node: GraphNode, filter: PropertyFilter): boolean {
  const value = propertyOf(node, filter.property);
  if ('eq' in filter) return value === filter.eq;
  if ('in' in filter) return (typeof value === 'string' || typeof value === 'number') && filter.in.includes(value);
  if (typeof value !== 'number') return false;
  return (filter.gte === undefined || value >= filter.gte) && (filter.lte === undefined || value <= filter.lte);
}

/** A step's `where`, checked as every store checks it: `type` is for `nodeTypes`. */
export function stepFilters(step: ExpandStep): readonly PropertyFilter[] {
  const where = step.where ?? [];
  for (const f of where) {
    if (f.property === 'type') {
      throw new StoreError('STORE_INVALID_QUERY', 'A step filters node types with nodeTypes, not where.');
    }
  }
  return where;
}

/** A step's `pick`, checked as every store checks it: only on a distinct step, and on a model property. */
export function stepPick(step: ExpandStep): StepPick | null {
  const pick = step.pick;
  if (!pick) return null;
  if (step.distinct !== true) {
    throw new StoreError('STORE_INVALID_QUERY', 'A step picks one neighbour only when it is distinct.');
  }
  if (pick.property === 'type') throw new StoreError('STORE_INVALID_QUERY', 'A step picks by a property, not by type.');
  return pick;
}

/** Whether a step orders its neighbours by first mention (see `ExpandStep.order`), checked as every store checks it. */
export function stepOrdersByMention(step: ExpandStep): boolean {
  const order = step.order;
  if (order === undefined) return false;
  if (order !== 'first-mention') {
    throw new StoreError('STORE_INVALID_QUERY', `Unknown step order ${JSON.stringify(order)}: only first-mention.`);
  }
  if (step.distinct !== true) {
    throw new StoreError(
      'STORE_INVALID_QUERY',
      'A step orders its neighbours by first mention only when it is distinct.',
    );
  }
  return true;
}

/** Where a node stands in a pick's order (see {@link StepPick}): its value's rank in `prefer`, then the value. */
function pickOrder(pick: StepPick, node: GraphNode): [number, unknown] {
  const value = propertyOf(node, pick.property);
  const prefer = pick.prefer ?? [];
  const rank = typeof value === 'string' || typeof value === 'number' ? prefer.indexOf(value) : -1;
  return [rank < 0 ? prefer.length : rank, value];
}

/** Values as Cypher's ORDER BY orders them: strings (code units), then booleans, then numbers, then none. */
function compareValues(a: unknown, b: unknown): number {
  const kind = (v: unknown): number =>
    typeof v === 'string' ? 0 : typeof v === 'boolean' ? 1 : typeof v === 'number' ? 2 : 3;
  if (kind(a) !== kind(b)) return kind(a) - kind(b);
  if (typeof a === 'string' && typeof b === 'string') return compare(a, b);
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return typeof a === 'boolean' && typeof b === 'boolean' ? Number(a) - Number(b) : 0;
}

/**
 * The neighbour a pick keeps of a distinct step's list (see {@link StepPick}), none of an empty one: the first in
 * the pick's order, then in the list's own (node id, type, direction).
 */
export function pickNeighbour(list: readonly Neighbour[], pick: StepPick): readonly Neighbour[] {
  const inOrder = (a: Neighbour, b: Neighbour): number => {
    const [rankA, valueA] = pickOrder(pick, a.node);
    const [rankB, valueB] = pickOrder(pick, b.node);
    return rankA - rankB || compareValues(valueA, valueB) || byNode(a, b);
  };
  let first: Neighbour | undefined;
  for (const n of list) if (!first || inOrder(n, first) < 0) first = n;
  return first ? [first] : [];
}

/**
 * A distinct step's neighbours (see `ExpandStep.distinct`): one per node, relationship type and direction, in order
 * of node id, type and direction, each edge with its type and ends only.
 */
export function distinctNeighbours(list: readonly Neighbour[]): readonly Neighbour[] {
  return [...firstEdges(list).values()].map(({ neighbour }) => stripped(neighbour)).sort(byNode);
}

/**
 * A distinct step's neighbours in first-mention order (see `ExpandStep.order`): by the lowest span start of each
 * one's edges, then that edge's id (then as a distinct step orders, for the two directions of one edge).
 */
export function firstMentionedNeighbours(list: readonly Neighbour[]): readonly Neighbour[] {
  return [...firstEdges(list).values()]
    .sort(
      (a, b) =>
        a.start - b.start || compare(a.neighbour.edge.id, b.neighbour.edge.id) || byNode(a.neighbour, b.neighbour),
    )
    .map(({ neighbour }) => stripped(neighbour));
}

/**
 * Per node, relationship type and direction, the neighbour whose edge is named first: the lowest span start (0
 * without provenance), then the lowest edge id.
 */
function firstEdges(list: readonly Neighbour[]): Map<string, { neighbour: Neighbour; start: number }> {
  const first = new Map<string, { neighbour: Neighbour; start: number }>();
  for (const n of list) {
    const key = `${n.node.id}\u0000${n.edge.type}\u0000${n.direction}`;
    const start = n.edge.provenance?.span[0] ?? 0;
    const seen = first.get(key);
    if (!seen || start < seen.start || (start === seen.start && compare(n.edge.id, seen.neighbour.edge.id) < 0)) {
      first.set(key, { neighbour: n, start });
    }
  }
  return first;
}

/** A neighbour with its edge stripped to its type and ends (id '', props `{}`, provenance null). */
function stripped({ node, direction, edge: { type, from, to } }: Neighbour): Neighbour {
  return { node, direction, edge: { id: '', type, from, to, props: {}, provenance: null } };
}

/**
 * A lean step's neighbours (see `ExpandStep.edgeData`): every one, each edge with its type and ends only, in the
 * order of a distinct step.
 */
export function leanNeighbours(list: readonly Neighbour[]): readonly Neighbour[] {
  return list.map(stripped).sort(byNode);
}

/** The order of a distinct (or lean) step's neighbours. */
export function byNode(a: Neighbour, b: Neighbour): number {
  return compare(a.node.id, b.node.id) || compare(a.edge.type, b.edge.type) || compare(a.direction, b.direction);
}

/** Code-unit order, as Neo4j and `expand` order ids. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The id a node's property holds, if it holds a string. */
export function refOf(node: GraphNode | null | undefined, property: string): string | null {
  const value = node ? (node as unknown as Readonly<Record<string, unknown>>)[property] : undefined;
  return typeof value === 'string' ? value : null;
}

/** Answers a {@link TraverseQuery} with one `expand` or two `getNodes` per step (and a lookup or list per start). */
export async function traverseWith(
  store: Pick<GraphStore, 'expand' | 'getNodes' | 'findByKey' | 'list'>,
  query: TraverseQuery,
): Promise<readonly StepResult[]> {
  const then = (step: Step, reached: readonly string[]): Promise<StepResult[]> =>
    Promise.all((step.then ?? []).map((next) => run(reached, next)));

  const expand = async (ids: readonly string[], step: ExpandStep): Promise<StepResult> => {
    const found = await store.expand({
      ids,
      direction: step.direction,
      types: step.types,
      ...(step.nodeTypes ? { nodeTypes: step.nodeTypes } : {}),
    });
    const where = stepFilters(step);
    const pick = stepPick(step);
    const byMention = stepOrdersByMention(step);
    const neighbours = new Map<string, readonly Neighbour[]>();
    const reached = new Set<string>();
    for (const id of ids) {
      const all = found.get(id) ?? [];
      const list = where.length ? all.filter((n) => where.every((f) => matchesFilter(n.node, f))) : all;
      const distinct = step.distinct ? (byMention ? firstMentionedNeighbours(list) : distinctNeighbours(list)) : null;
      const kept = distinct
        ? pick
          ? pickNeighbour(distinct, pick)
          : distinct
        : step.edgeData === false
          ? leanNeighbours(list)
          : list;
      neighbours.set(id, kept);
      for (const n of kept) reached.add(n.node.id);
    }
    return { kind: 'expand', neighbours, then: await then(step, [...reached]) };
  };

  const ref = async (ids: readonly string[], step: RefStep): Promise<StepResult> => {
    const sources = await store.getNodes(ids);
    const targetOf = new Map(ids.map((id, i) => [id, refOf(sources[i], step.property)]));
    const targetIds = [...new Set([...targetOf.values()].filter((t): t is string => t !== null))];
    const targets = await store.getNodes(targetIds);
    const byId = new Map(targetIds.map((id, i) => [id, targets[i] ?? null]));
    const nodes = new Map<string, GraphNode | null>();
    const reached = new Set<string>();
    for (const id of ids) {
      const target = targetOf.get(id);
      const found = target ? (byId.get(target) ?? null) : null;
      const node = found && (!step.nodeType || found.type === step.nodeType) ? found : null;
      nodes.set(id, node);
      if (node) reached.add(node.id);
    }
    return { kind: 'ref', nodes, then: await then(step, [...reached]) };
  };

  const run = (ids: readonly string[], step: Step): Promise<StepResult> => {
    const unique = [...new Set(ids)];
    return step.kind === 'expand' ? expand(unique, step) : ref(unique, step);
  };

  return Promise.all(
    query.starts.map(async (start) => {
      if ('ids' in start) return run(start.ids, start.step);
      if ('list' in start)
        return run(
          (await store.list(start.list)).items.map((n) => n.id),
          start.step,
        );
      const found = await store.findByKey(start.key);
      return run(found ? [found.id] : [], start.step);
    }),
  );
}
