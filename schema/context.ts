/**
 * Per-request context: the store and the request's batching loaders. Every resolver reaches data only through
 * these, so the number of store calls for an operation grows at most with its depth, never with the number of
 * items: loads made in one tick go to the store as one call (`getNodes`, or one `traverse` for every step asked).
 * With the look-ahead of steps.ts, a field's load also carries the steps its selection needs below it, so most
 * operations make one call at their root and one `traverse` for everything under it.
 */
import DataLoader from 'dataloader';
import type { FieldNode } from 'graphql';
import type { ExpandStep, GraphNode, GraphStore, Neighbour, RefStep, Step, StepResult } from '../graph';
import { mergeSteps, stepKey, withThen } from './steps';
import type { FieldPlan } from './steps';

type StepValue = readonly Neighbour[] | GraphNode | null;

/** A value, or the promise of one. Resolvers return found values as they are: graphql-js completes them at once. */
export type MaybePromise<T> = T | Promise<T>;

/** Properties a load needs of the nodes it gets (null: all of them). */
type Properties = readonly string[] | null;

/**
 * A cached load: its value once known (so that later loads get it without waiting), else its promise; and the
 * properties its nodes have (null: all), so that a load needing more fetches again.
 */
type Entry = { readonly properties: ReadonlySet<string> | null } & (
  { readonly done: true; readonly value: StepValue } | { readonly done: false; readonly promise: Promise<StepValue> }
);

interface Waiting {
  readonly resolve: (value: StepValue) => void;
  readonly reject: (error: unknown) => void;
}

/** Loads of one step (by key) in the current batch: the ids waiting, every `then` asked for, the properties needed. */
interface Group {
  readonly step: Step;
  readonly then: Step[];
  properties: Set<string> | null;
  readonly waiting: Map<string, Waiting[]>;
}

function covers(has: ReadonlySet<string> | null, needs: Properties): boolean {
  return has === null || (needs !== null && needs.every((p) => has.has(p)));
}

/** As DataLoader schedules a batch: after the promise jobs of the current tick, so that one tick's loads go together. */
function afterThisTick(fn: () => void): void {
  void Promise.resolve().then(() => process.nextTick(fn));
}

/**
 * Where steps lead from nodes, cached for the request. Loads of one tick become one `traverse` (one start per
 * distinct step), and what the steps' `then` fetched is kept for the loads that will ask for it, so that they find
 * it without a store call (and without a promise: a known value is returned as it is). What a load answers depends
 * only on the step, the node and the properties it needs, never on `then`: look-ahead decides how much comes back
 * in one call, not what any load answers.
 */
export class StepLoader {
  /** Entries by step key, then node id. */
  private readonly cache = new Map<string, Map<string, Entry>>();
  private batch: Map<string, Group> | null = null;

  constructor(private readonly store: GraphStore) {}

  /**
   * The neighbours `step` reaches from `id`, with at least `properties` (null: all); `then` (steps from those
   * neighbours) is fetched in the same call.
   */
  neighbours(
    id: string,
    step: ExpandStep,
    then: readonly Step[] = [],
    properties: Properties = null,
  ): MaybePromise<readonly Neighbour[]> {
    return this.load(id, step, then, properties) as MaybePromise<readonly Neighbour[]>;
  }

  /** The node `step`'s property of `id` names, or null; as {@link neighbours}. */
  ref(
    id: string,
    step: RefStep,
    then: readonly Step[] = [],
    properties: Properties = null,
  ): MaybePromise<GraphNode | null> {
    return this.load(id, step, then, properties) as MaybePromise<GraphNode | null>;
  }

  /** The cache entries of a step key. */
  private entriesOf(key: string): Map<string, Entry> {
    let entries = this.cache.get(key);
    if (!entries) {
      entries = new Map();
      this.cache.set(key, entries);
    }
    return entries;
  }

  /** The step's key (steps.ts `stepKey`, which computes it once per step object). */
  private keyOf(step: Step): string {
    return stepKey(step);
  }

  private load(id: string, step: Step, then: readonly Step[], properties: Properties): MaybePromise<StepValue> {
    const key = this.keyOf(step);
    const entries = this.entriesOf(key);
    const cached = entries.get(id);
    const group = this.batch?.get(key);
    if (cached && (covers(cached.properties, properties) || (!cached.done && group?.waiting.has(id)))) {
      if (cached.done) return cached.value;
      // Still waiting for this batch: what this load needs is fetched with it.
      if (group?.waiting.has(id)) {
        group.then.push(...then);
        widen(group, properties);
      }
      return cached.promise;
    }
    const promise = new Promise<StepValue>((resolve, reject) => {
      let batch = this.batch;
      if (!batch) {
        batch = new Map();
        this.batch = batch;
        afterThisTick(() => void this.dispatch());
      }
      let g = batch.get(key);
      if (!g) {
        g = { step, then: [], properties: new Set(), waiting: new Map() };
        batch.set(key, g);
      }
      g.then.push(...then);
      widen(g, properties);
      const list = g.waiting.get(id);
      if (list) list.push({ resolve, reject });
      else g.waiting.set(id, [{ resolve, reject }]);
    });
    entries.set(id, { done: false, promise, properties: properties ? new Set(properties) : null });
    return promise;
  }

  private async dispatch(): Promise<void> {
    const groups = [...(this.batch?.values() ?? [])];
    this.batch = null;
    try {
      const starts = groups.map((g) => {
        const step = withThen(g.step, mergeSteps(g.then));
        return { ids: [...g.waiting.keys()], step: g.properties ? { ...step, properties: [...g.properties] } : step };
      });
      const results = await this.store.traverse({ starts });
      groups.forEach((g, i) => {
        const result = results[i];
        const start = starts[i];
        if (result && start) this.prime(start.step.then ?? [], result.then);
        const entries = this.entriesOf(this.keyOf(g.step));
        for (const [id, list] of g.waiting) {
          const value = result ? valueOf(result, id) : null;
          this.remember(entries, id, g.properties, value);
          for (const w of list) w.resolve(value);
        }
      });
    } catch (err) {
      // Every waiting load fails (none is left hanging), and none stays cached: a later load asks the store again.
      for (const g of groups) {
        const entries = this.entriesOf(this.keyOf(g.step));
        for (const [id, list] of g.waiting) {
          if (!entries.get(id)?.done) entries.delete(id);
          for (const w of list) w.reject(err);
        }
      }
    }
  }

  /** Caches a value unless a known value with every property it has is cached already. */
  private remember(
    entries: Map<string, Entry>,
    id: string,
    properties: ReadonlySet<string> | null,
    value: StepValue,
  ): void {
    const current = entries.get(id);
    if (current?.done && covers(current.properties, properties ? [...properties] : null)) return;
    entries.set(id, { done: true, value, properties });
  }

  /** Keeps what steps found (`results`, one per step, as `traverse` answers them), for the loads to come. */
  prime(steps: readonly Step[], results: readonly StepResult[]): void {
    steps.forEach((step, i) => {
      const result = results[i];
      if (!result) return;
      const key = this.keyOf(step);
      const properties = step.properties ? new Set(step.properties) : null;
      const values = result.kind === 'expand' ? result.neighbours : result.nodes;
      const entries = this.entriesOf(key);
      for (const [id, value] of values) this.remember(entries, id, properties, value);
      this.prime(step.then ?? [], result.then);
    });
  }
}

/** Widens what a batch's group fetches to what one more load needs. */
function widen(group: Group, properties: Properties): void {
  if (properties === null) group.properties = null;
  else if (group.properties) for (const p of properties) group.properties.add(p);
}

function valueOf(result: StepResult, id: string): StepValue {
  return result.kind === 'expand' ? (result.neighbours.get(id) ?? []) : (result.nodes.get(id) ?? null);
}

export interface Loaders {
  /** Nodes by id. */
  readonly node: DataLoader<string, GraphNode | null>;
  /** Where steps lead from nodes. */
  readonly steps: StepLoader;
}

export interface Context {
  readonly store: GraphStore;
  readonly loaders: Loaders;
  /** Look-ahead plans of this request, per field (see steps.ts `fieldPlan`). */
  readonly plans: WeakMap<readonly FieldNode[], FieldPlan>;
}

export function createLoaders(store: GraphStore): Loaders {
  return {
    node: new DataLoader(async (ids) => store.getNodes(ids), { maxBatchSize: 5_000 }),
    steps: new StepLoader(store),
  };
}

/** A fresh context for one request. */
export function createContext(store: GraphStore): Context {
  return { store, loaders: createLoaders(store), plans: new WeakMap() };
}
