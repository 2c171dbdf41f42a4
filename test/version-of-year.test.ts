/**
 * `Resolution.version(year:)` fetches the version of that year and what is selected below it, not every version's
 * documents, instructions and parties (a resolution revised six times in six languages has 36 documents). The
 * seed corpus has WTSA Resolution 78 in two versions with instructions (2012 in Chinese, 2024 in English): the
 * store must not be asked for what is below the other one, whether the year is written in the query or passed in a
 * variable, and the answer must be the same as the version found among all versions.
 */
import type { GraphStore, StepResult, TraverseQuery } from '../graph';
import { createContext } from '../schema';
import { corpusApi } from './support/corpus-api';
import { withTraverse } from './support/with-traverse';

/** Every node id a traverse answered, at any depth. */
function reachedIds(results: readonly StepResult[], into = new Set<string>()): Set<string> {
  for (const r of results) {
    if (r.kind === 'expand') for (const list of r.neighbours.values()) for (const n of list) into.add(n.node.id);
    else for (const node of r.nodes.values()) if (node) into.add(node.id);
    reachedIds(r.then, into);
  }
  return into;
}

/** The store, recording every node id its traverse answers. */
function recording(store: GraphStore, reached: Set<string>): GraphStore {
  return withTraverse(store, async (query: TraverseQuery) => {
    const results = await store.traverse(query);
    reachedIds(results, reached);
    return results;
  });
}

const MANDATES = `
  query Mandates($year: Int!) {
    resolution(body: WTSA, number: "78") {
      version(year: $year) { year instructions { id kind addressees { id } collaborators { id } } }
    }
  }`;

describe('the version of a year', () => {
  const api = corpusApi();

  async function ask(query: string, variables: Record<string, unknown>): Promise<{ data: unknown; reached: string[] }> {
    const reached = new Set<string>();
    const response = await api.server.executeOperation(
      { query, variables },
      { contextValue: createContext(recording(api.store, reached)) },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    expect(response.body.singleResult.errors).toBeUndefined();
    return { data: response.body.singleResult.data, reached: [...reached] };
  }

  it.each([
    ['in a variable', MANDATES, { year: 2024 }],
    ['written in the query', MANDATES.replace('($year: Int!)', '').replace('$year', '2024'), {}],
  ])('fetches nothing below the other versions (year %s)', async (_how, query, variables) => {
    const { data, reached } = await ask(query, variables);
    const version = (data as { resolution: { version: { year: number; instructions: unknown[] } } }).resolution.version;
    expect(version.year).toBe(2024);
    expect(version.instructions.length).toBeGreaterThan(0);
    expect(reached.filter((id) => id.includes(':2012'))).toEqual([]);
    expect(reached.some((id) => id.startsWith('instruction:wtsa-78:2024:'))).toBe(true);
  });

  it('answers as the version found among all versions does', async () => {
    const { data } = await ask(MANDATES, { year: 2012 });
    const all = await ask(
      `query { resolution(body: WTSA, number: "78") {
        versions { year instructions { id kind addressees { id } collaborators { id } } } } }`,
      {},
    );
    const versions = (all.data as { resolution: { versions: { year: number }[] } }).resolution.versions;
    expect((data as { resolution: { version: unknown } }).resolution.version).toEqual(
      versions.find((v) => v.year === 2012),
    );
    expect(await ask(MANDATES, { year: 1900 })).toMatchObject({ data: { resolution: { version: null } } });
  });
});
