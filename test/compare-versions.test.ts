/**
 * Comparing two revisions through the API on the in-memory store: an instruction whose collaborators changed is
 * reworded, with the collaborators it gained and lost. Texts written for this test.
 */
import { ApolloServer } from '@apollo/server';
import { buildDocumentGraph, createMemoryStore } from '../graph';
import type { GraphStore } from '../graph';
import { createContext, resolvers, typeDefs } from '../schema';
import type { Context } from '../schema';
import { parseResolutionText } from './support/resolution-mentions';

const wtsa78 = (year: number, place: string, heading: string, body: string): string =>
  [
    `RESOLUTION 78 (${year === 2012 ? '' : 'Rev. '}${place}, ${year})`,
    'E-health',
    `The World Telecommunication Standardization Assembly (${place}, ${year}),`,
    heading,
    body,
  ].join('\n');

const TEXTS = [
  wtsa78(
    2012,
    'Dubai',
    'instructs ITU-T Study Group 16, in collaboration with the relevant study groups',
    'to develop e-health standards.',
  ),
  wtsa78(
    2016,
    'Hammamet',
    'instructs ITU-T Study Group 16, in collaboration with ITU-T Study Group 20 and the World Health Organization',
    'to develop e-health standards.',
  ),
  wtsa78(
    2020,
    'Geneva',
    'instructs ITU-T Study Group 16, in collaboration with ITU-T Study Group 20 and the World Health Organization',
    'to develop e-health standards.',
  ),
];

const QUERY = `query ($from: Int!, $to: Int!) {
  compareVersions(body: WTSA, number: "78", from: $from, to: $to) {
    addedCollaborators { id }
    instructions { status addedCollaborators { id } removedCollaborators { id } }
  }
}`;

interface Answer {
  compareVersions: {
    addedCollaborators: { id: string }[];
    instructions: { status: string; addedCollaborators: { id: string }[]; removedCollaborators: { id: string }[] }[];
  };
}

describe('compareVersions and an instruction whose collaborators changed', () => {
  let server: ApolloServer<Context>;
  let store: GraphStore;
  const ask = async (from: number, to: number): Promise<Answer['compareVersions']> => {
    const res = await server.executeOperation(
      { query: QUERY, variables: { from, to } },
      { contextValue: createContext(store) },
    );
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    expect(res.body.singleResult.errors).toBeUndefined();
    return (res.body.singleResult.data as unknown as Answer).compareVersions;
  };

  beforeAll(async () => {
    server = new ApolloServer<Context>({ typeDefs, resolvers });
    await server.start();
    store = createMemoryStore();
    for (const [i, text] of TEXTS.entries()) {
      await store.writeDocument(buildDocumentGraph(parseResolutionText(text, `wtsa-78-${i}.txt`)));
    }
  });
  afterAll(async () => {
    await server.stop();
    await store.close();
  });

  it('calls it reworded, with the collaborators it gained and lost', async () => {
    const c = await ask(2012, 2016);
    expect(c.instructions).toEqual([
      {
        status: 'REWORDED',
        addedCollaborators: [{ id: 'org:who' }, { id: 'sg:itu-t:20' }],
        removedCollaborators: [{ id: 'org:study-groups-itu-t' }],
      },
    ]);
  });

  it('calls it unchanged where its items and collaborators are the same', async () => {
    const c = await ask(2016, 2020);
    expect(c.instructions).toEqual([{ status: 'UNCHANGED', addedCollaborators: [], removedCollaborators: [] }]);
  });
});
