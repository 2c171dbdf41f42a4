/**
 * Queries that select every field of every node and wrapper type, and the analysts' questions, answered by a store
 * through the API in-process: for comparing the answers of two stores (test/stores-agree.int.test.ts) or of a store
 * and a projecting view of it (test/projected-store.test.ts).
 */
import { readdirSync } from 'node:fs';
import type { ApolloServer } from '@apollo/server';
import type { GraphStore } from '../../graph';
import type { Context } from '../../schema';
import { createContext } from '../../schema';
import { question, QUESTIONS_DIR } from './analyst-questions';

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
const PASSAGE = `by { ${ENTITY} } cited { ${ENTITY} } provenance { ${PROVENANCE} }`;

export const QUERIES: Record<string, string> = {
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
        citingPassages { ${PASSAGE} }
      }
      citingPassages { ${PASSAGE} }
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
    questions { id name sector code title studyGroup { id name } mentionedIn { id name year }
      mentioningPassages { by { ${ENTITY} } provenance { ${PROVENANCE} } } }
  }`,
  // A citation's work selected differently from the cited node: the work must not be the cited node as fetched
  // for the `cited` selection.
  works: `{
    resolutions(first: 50) { nodes { versions { citations { cited { id } work { ${ENTITY} } } } } }
  }`,
  // Instruments are reached through what cites them; their passages name the citing texts, pages too.
  instruments: `{
    documents(first: 50) { nodes { citations { cited { ... on Instrument {
      id name kind code citedBy { id year } citingPassages { ${PASSAGE} } } } } } }
  }`,
  documents: `{
    documents(first: 50) { nodes { id name language kind version { id resolution { id } } clauses { id text }
      citations { cited { ${ENTITY} } work { id name } provenance { ${PROVENANCE} } } } }
    instructions(first: 50) { nodes { id kind provenance { start end } version { documents { id } } } }
  }`,
};

/** Every query's data and errors, by query name (search is left out: its ranking is each store's own). */
export async function answers(store: GraphStore, server: ApolloServer<Context>): Promise<Record<string, unknown>> {
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
