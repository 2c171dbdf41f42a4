/**
 * The Neo4j store keeps the expressions of the step trees it has built (see `expressionOf`): a tree asked again is
 * sent as the same statement with its own parameters, and trees that differ in anything, a filter's value included,
 * are never sent as each other's. A fake driver (no server needed) records what is sent.
 */
import type { Driver } from 'neo4j-driver';
import type { ExpandStep, TraverseQuery } from '../store';
import { createNeo4jStore } from './index';

interface Sent {
  readonly query: string;
  readonly params: Record<string, unknown>;
}

function recordingDriver(): { driver: Driver; sent: Sent[] } {
  const sent: Sent[] = [];
  const driver = {
    session: () => ({
      run: async (query: string, params: Record<string, unknown>) => {
        sent.push({ query, params });
        return { records: [] };
      },
      close: async () => undefined,
    }),
  } as unknown as Driver;
  return { driver, sent };
}

const versions = (year: number, then: ExpandStep[] = []): ExpandStep => ({
  kind: 'expand',
  direction: 'out',
  types: ['HAS_VERSION'],
  distinct: true,
  where: [{ property: 'year', eq: year }],
  then,
});
const documents: ExpandStep = {
  kind: 'expand',
  direction: 'out',
  types: ['HAS_DOCUMENT'],
  distinct: true,
  pick: { property: 'language', prefer: ['en'] },
};
const byKey = (step: ExpandStep, number = '78'): TraverseQuery => ({
  starts: [{ key: { type: 'Resolution', body: 'WTSA', number }, step }],
});
const byIds = (step: ExpandStep): TraverseQuery => ({ starts: [{ ids: ['resolution:wtsa-78'], step }] });

describe('statements of step trees built before', () => {
  it('are sent alike for a tree asked again, and apart for trees that differ in a value', async () => {
    const cached = recordingDriver();
    const store = createNeo4jStore({ driver: cached.driver });
    // Each query as a store that has built nothing sends it.
    const fresh = async (query: TraverseQuery): Promise<Sent> => {
      const once = recordingDriver();
      await createNeo4jStore({ driver: once.driver }).traverse(query);
      const [only] = once.sent;
      if (!only) throw new Error('nothing sent');
      return only;
    };
    const queries = [
      byKey(versions(2024, [documents])),
      byKey(versions(2020, [documents])),
      byKey(versions(2024, [documents]), '1'),
      byIds(versions(2024, [documents])),
      byKey(versions(Number.NaN)),
      byKey(versions(Number.POSITIVE_INFINITY)),
      byKey({ ...versions(2024), where: [{ property: 'year', eq: 'NaN' }] }),
      byKey(versions(2024, [{ ...documents, pick: { property: 'language', prefer: ['fr'] } }])),
    ];
    // Twice over, in turn: every one is asked again after the others were built.
    for (const query of [...queries, ...queries]) {
      const before = cached.sent.length;
      await store.traverse(query);
      expect(cached.sent.slice(before)).toEqual([await fresh(query)]);
    }
    // And a tree asked again is the same statement, whatever object carries it.
    const [a, b] = cached.sent;
    expect(cached.sent[queries.length]?.query).toBe(a?.query);
    expect(a?.params).not.toEqual(b?.params);
  });
});
