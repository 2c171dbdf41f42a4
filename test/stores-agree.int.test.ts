/**
 * The API answers the same on both stores, for queries that select every field of every node and wrapper type
 * (and the analysts' questions): the in-memory store answers `traverse` hop by hop with whole nodes, the Neo4j one
 * in one statement with only the properties the selection reads (schema/steps.ts), so a property a resolver reads
 * but the look-ahead does not ask for shows up here as a difference.
 */
import { ApolloServer } from '@apollo/server';
import type { Driver } from 'neo4j-driver';
import { createMemoryStore, createNeo4jStore } from '../graph';
import type { GraphStore } from '../graph';
import type { Context } from '../schema';
import { resolvers, typeDefs } from '../schema';
import { load } from '../src/commands/load';
import { answers } from './support/every-field';
import { CORPUS, sink } from './support/load-reliability';
import { describeNeo4j, testDriver } from './support/neo4j';

describeNeo4j('the API on both stores', () => {
  let driver: Driver;
  let server: ApolloServer<Context>;
  const stores: GraphStore[] = [];
  beforeAll(async () => {
    driver = testDriver();
    server = new ApolloServer<Context>({ typeDefs, resolvers });
    await server.start();
  });
  afterAll(async () => {
    await server.stop();
    for (const s of stores) {
      await s.clear();
      await s.close();
    }
    await driver.close();
  });

  it('answers every field the same', async () => {
    const memory = createMemoryStore();
    const neo4j = createNeo4jStore({ driver });
    stores.push(memory, neo4j);
    await neo4j.init();
    await neo4j.clear();
    for (const store of stores) expect((await load({ store, paths: [CORPUS], out: sink() })).failed).toBe(0);
    const [a, b] = [await answers(memory, server), await answers(neo4j, server)];
    for (const name of Object.keys(a)) expect([name, b[name]]).toEqual([name, a[name]]);
    // The queries reach data (a query answering only nulls and empty lists would agree too).
    expect(JSON.stringify(a.resolutions)).toContain('"clauses":[{');
    expect(JSON.stringify(a.parties)).toContain('"mandates":[{');
    expect(JSON.stringify(a).includes('"errors":[')).toBe(false);
  }, 120_000);
});
