import { ApolloServer } from '@apollo/server';
import { createMemoryStore } from '../../graph';
import type { GraphStore } from '../../graph';
import type { Context } from '../../schema';
import { resolvers, typeDefs } from '../../schema';
import { load } from '../../src/commands/load';
import { CORPUS, sink } from './load-reliability';

/** The seed corpus in an in-memory store and the schema on an Apollo server, set up once for a describe block. */
export interface CorpusApi {
  readonly store: GraphStore;
  readonly server: ApolloServer<Context>;
}

/** Registers beforeAll/afterAll hooks; the fields of the returned object are set once beforeAll has run. */
export function corpusApi(): CorpusApi {
  const api = {} as { store: GraphStore; server: ApolloServer<Context> };
  beforeAll(async () => {
    api.store = createMemoryStore();
    expect((await load({ store: api.store, paths: [CORPUS], out: sink() })).failed).toBe(0);
    api.server = new ApolloServer<Context>({ typeDefs, resolvers });
    await api.server.start();
  });
  afterAll(async () => {
    await api.server.stop();
    await api.store.close();
  });
  return api;
}
