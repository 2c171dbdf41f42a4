/**
 * The API answers the same on both stores, for queries that select every field of every node and wrapper type
 * (and the analysts' questions): the in-memory store answers `traverse` hop by hop with whole nodes, the Neo4j one
 * in one statement with only the properties the selection reads (schema/steps.ts), so a property a resolver reads
 * but the look-ahead does not ask for shows up here as a difference.
 */
import { readdirSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import type { Driver } from 'neo4j-driver';
import { createMemoryStore, createNeo4jStore } from '../graph';
import type { GraphStore } from '../graph';
import type { Context } from '../schema';
import { createContext, resolvers, typeDefs } from '../schema';
import { load } from '../src/commands/load';
import { question, QUESTIONS_DIR } from './support/analyst-questions';
import { CORPUS, sink } from './support/load-reliability';
import { describeNeo4j, testDriver } from './support/neo4j';

const ENTITY = `id name __typename
  ... on StudyGroup { sector number title }
  ... on Organization { acronym kind }
  ... on Question { sector code title }
  ... on Office { id }
  ... on Instrument { instrumentKind: kind code }
  ... on Version { year label }
  ... on Resolution { body resolutionNumber: number }
  ... on Document { language }`;
const PROVENANCE = 'document clause quote start end';

const QUERIES: Record<string, string> = {
  resolutions: `{
    resolutions(first: 50) { totalCount nodes {
      id name body number title
      versions {
        id name year place label source languages
        resolution { id name title }
        documents {
          id name title language kind file checksum encoding manifestFacts foreword
          version { id year }
          clauses { id address part section role label text footnotes start end document { id name } }
        }
        instructedGroups { id name sector number title }
        instructions {
          id kind heading items { label text clause }
          addressees { ${ENTITY} } collaborators { ${ENTITY} }
          version { id name } document { id name language }
          provenance { ${PROVENANCE} }
        }
        citations { cited { ${ENTITY} } work { ${ENTITY} } provenance { ${PROVENANCE} } }
        mentions { ${ENTITY} }
      }
    } }
  }`,
  parties: `{
    studyGroups {
      id name sector number title
      mandates { role provenance { ${PROVENANCE} } instruction { id kind version { year resolution { number } } } }
      addressee: mandates(role: ADDRESSEE) { instruction { id document { id } } }
      questions { id name code studyGroup { id } mentionedIn { id year resolution { id } } }
      relations { type direction other { ${ENTITY} } provenance { ${PROVENANCE} } }
      some: relations(types: [REPORTS_TO, PARTNER_OF]) { type other { id } }
    }
    organizations { id name acronym kind relations { type direction other { ${ENTITY} } provenance { quote } }
      mandates { role instruction { kind heading } } }
    questions { id name sector code title studyGroup { id name } mentionedIn { id name year } }
  }`,
  documents: `{
    documents(first: 50) { nodes { id name language kind version { id resolution { id } } clauses { id text } } }
    instructions(first: 50) { nodes { id kind provenance { start end } version { documents { id } } } }
  }`,
};

async function answers(store: GraphStore, server: ApolloServer<Context>): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const ask = async (name: string, query: string, variables: Record<string, unknown> = {}): Promise<void> => {
    const res = await server.executeOperation({ query, variables }, { contextValue: createContext(store) });
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    out[name] = { data: res.body.singleResult.data, errors: res.body.singleResult.errors };
  };
  for (const [name, query] of Object.entries(QUERIES)) await ask(name, query);
  const variables: Record<string, Record<string, unknown>> = {
    '02-mandates.graphql': { year: 2024 },
    '03-study-group-mandates.graphql': { number: 16 },
    '07-neighborhood.graphql': { id: 'org:who' },
    '08-paths.graphql': { from: 'org:wipo', to: 'sg:itu-t:17' },
    '11-node.graphql': { id: 'resolution:wtsa-78' },
    '12-organization.graphql': { acronym: 'WHO' },
  };
  // Search ranks by each store's own scoring: its hits differ by design.
  for (const f of readdirSync(QUESTIONS_DIR).filter((x) => x.endsWith('.graphql') && !x.startsWith('05-'))) {
    await ask(f, question(f), variables[f] ?? {});
  }
  return out;
}

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
