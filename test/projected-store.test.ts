/**
 * The look-ahead asks `traverse` for the properties each selection reads (schema/steps.ts), and a store may leave
 * the others out: Neo4j does. The in-memory store returns whole nodes, so without this test only the Neo4j suite
 * would notice a property a resolver reads but the look-ahead forgets. Here a view of the in-memory store that
 * projects every traversed node to the properties asked for (and drops edge data where the step allows it), as the
 * port permits, must answer every field as the store itself does.
 */
import type { GraphNode, GraphStore, Neighbour, Step, StepResult, TraverseQuery } from '../graph';
import { answers } from './support/every-field';
import { corpusApi } from './support/corpus-api';
import { withTraverse } from './support/with-traverse';

/** The node with `id`, `type` and the properties asked for only (null for one it lacks). */
function project(node: GraphNode, properties: readonly string[] | undefined): GraphNode {
  if (!properties) return node;
  const whole = node as unknown as Readonly<Record<string, unknown>>;
  const kept: Record<string, unknown> = { id: node.id, type: node.type };
  for (const p of properties) kept[p] = whole[p] ?? null;
  return kept as unknown as GraphNode;
}

function projectResult(step: Step, result: StepResult): StepResult {
  const then = result.then.map((r, i) => {
    const next = step.then?.[i];
    if (!next) throw new Error('a result without its step');
    return projectResult(next, r);
  });
  if (result.kind === 'ref') {
    const nodes = new Map([...result.nodes].map(([id, n]) => [id, n && project(n, step.properties)] as const));
    return { kind: 'ref', nodes, then };
  }
  const lean = step.kind === 'expand' && (step.distinct === true || step.edgeData === false);
  const neighbours = new Map(
    [...result.neighbours].map(
      ([id, list]) =>
        [
          id,
          list.map((n): Neighbour => ({
            direction: n.direction,
            node: project(n.node, step.properties),
            edge: lean ? { ...n.edge, props: {}, provenance: null } : n.edge,
          })),
        ] as const,
    ),
  );
  return { kind: 'expand', neighbours, then };
}

/** The store, with `traverse` answering as little as the port allows. */
function projecting(store: GraphStore): GraphStore {
  const traverse = async (query: TraverseQuery): Promise<readonly StepResult[]> => {
    const results = await store.traverse(query);
    return results.map((r, i) => {
      const start = query.starts[i];
      if (!start) throw new Error('a result without its start');
      return projectResult(start.step, r);
    });
  };
  return withTraverse(store, traverse);
}

describe('the API on a store that returns only the properties asked for', () => {
  const api = corpusApi();

  it('answers every field as with whole nodes', async () => {
    const whole = await answers(api.store, api.server);
    const projected = await answers(projecting(api.store), api.server);
    for (const name of Object.keys(whole)) expect([name, projected[name]]).toEqual([name, whole[name]]);
    expect(JSON.stringify(whole).includes('"errors":[')).toBe(false);
    expect(JSON.stringify(whole.works)).toContain('"work":{');
    expect(JSON.stringify(whole.instruments)).toContain('"citingPassages":[{"by":{');
  }, 60_000);
});
