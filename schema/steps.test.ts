import { ApolloServer } from '@apollo/server';
import type { GraphStore, Step, TraverseQuery } from '../graph';
import { createMemoryStore } from '../graph';
import { countingStore, mandateGraph, NESTED_QUERY } from '../test/support/n-plus-one';
import { createContext, resolvers, typeDefs } from './index';
import type { Context } from './index';
import { mergeSteps, stepKey } from './steps';

/** A store that records every traverse query it answers. */
function recording(store: GraphStore): { store: GraphStore; queries: TraverseQuery[] } {
  const queries: TraverseQuery[] = [];
  const proxy = new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (prop !== 'traverse' || typeof value !== 'function') return value;
      return (query: TraverseQuery) => {
        queries.push(query);
        return (value as (q: TraverseQuery) => unknown).call(target, query);
      };
    },
  });
  return { store: proxy, queries };
}

/** A step tree as "key > [children]" strings, for readable expectations. */
function shape(step: Step): unknown {
  return step.then?.length ? { [stepKey(step)]: step.then.map(shape) } : stepKey(step);
}

async function run(store: GraphStore, query: string): Promise<unknown> {
  const server = new ApolloServer<Context>({ typeDefs, resolvers });
  await server.start();
  try {
    const res = await server.executeOperation({ query }, { contextValue: createContext(store) });
    if (res.body.kind !== 'single' || res.body.singleResult.errors) throw new Error(JSON.stringify(res.body));
    return res.body.singleResult.data;
  } finally {
    await server.stop();
  }
}

describe('look-ahead', () => {
  it('answers a nested query in one store call: the root looked up with everything below it', async () => {
    const base = createMemoryStore();
    await base.writeDocument(mandateGraph(20, 'look'));
    const counted = countingStore(base);
    const { store, queries } = recording(counted.store);
    await run(store, NESTED_QUERY);
    expect(counted.calls()).toBe(1);
    expect(queries).toHaveLength(1);
    expect(queries[0]?.starts.map((s) => ('key' in s ? s.key : null))).toEqual([
      { type: 'StudyGroup', sector: 'ITU-T', number: 77 },
    ]);
    expect(queries[0]?.starts.map((s) => shape(s.step))).toEqual([
      {
        'ref id': [
          {
            // No mandate's provenance asked for: the edges come without their data.
            'expand in ADDRESSED_TO,IN_COLLABORATION_WITH Instruction lean': [
              'expand out ADDRESSED_TO * distinct order first-mention',
              { 'ref version Version': ['ref resolution Resolution'] },
            ],
          },
        ],
      },
    ]);
  });

  it('follows fragments, aliases and wrapper types, and answers as without look-ahead', async () => {
    const base = createMemoryStore();
    await base.writeDocument(mandateGraph(5, 'frag'));
    const { store, queries } = recording(base);
    const data = await run(
      store,
      `query {
        studyGroup(sector: ITU_T, number: 77) {
          a: mandates(role: ADDRESSEE) { instruction { ...V } }
          b: mandates { provenance { quote } instruction { provenance { start end } } }
        }
      }
      fragment V on Instruction { version { resolution { number } } }`,
    );
    expect(queries).toHaveLength(1);
    expect(queries[0]?.starts.map((s) => shape(s.step))).toEqual([
      {
        'ref id': [
          {
            'expand in ADDRESSED_TO,IN_COLLABORATION_WITH Instruction lean': [
              { 'ref version Version': ['ref resolution Resolution'] },
            ],
          },
          {
            // b reads the mandates' provenance: its edges come with their data.
            'expand in ADDRESSED_TO,IN_COLLABORATION_WITH Instruction': ['expand out FROM_CLAUSE * distinct'],
          },
        ],
      },
    ]);
    const sg = (data as { studyGroup: { a: { instruction: { version: { resolution: { number: string } } } }[] } })
      .studyGroup;
    expect(sg.a.map((m) => m.instruction.version.resolution.number)).toEqual(['5000', '5001', '5002', '5003', '5004']);
  });

  it('merges steps with the same key, and their further steps', () => {
    const a: Step = {
      kind: 'expand',
      direction: 'out',
      types: ['HAS_DOCUMENT', 'INSTRUCTS'],
      then: [{ kind: 'ref', property: 'document' }],
    };
    const b: Step = {
      kind: 'expand',
      direction: 'out',
      types: ['INSTRUCTS', 'HAS_DOCUMENT'],
      then: [
        { kind: 'ref', property: 'version' },
        { kind: 'ref', property: 'document' },
      ],
    };
    expect(mergeSteps([a, b]).map(shape)).toEqual([
      { 'expand out HAS_DOCUMENT,INSTRUCTS *': ['ref document', 'ref version'] },
    ]);
  });
});
