/**
 * `Version.instructions` shows one text's instructions (the language asked for, else English, else the first): the
 * store is asked for that text's instructions only, not for those of every language the version is adopted in
 * (six, for most ITU resolutions). Four translations of one version, none in English, written for the loaders'
 * tests, stand in for them.
 */
import path from 'node:path';
import { createMemoryStore } from '../graph';
import type { GraphStore, StepResult, TraverseQuery } from '../graph';
import { ApolloServer } from '@apollo/server';
import { createContext, resolvers, typeDefs } from '../schema';
import type { Context } from '../schema';
import { load } from '../src/commands/load';
import { sink } from './support/load-reliability';
import { withTraverse } from './support/with-traverse';

const FIXTURES = path.join(__dirname, '..', 'loaders', 'fixtures');
const TEXTS = ['fr-resolution.txt', 'es-resolution.txt', 'ru-resolution.txt', 'ar-resolution.txt'];

/** Every instruction a traverse answered, at any depth. */
function instructionsReached(results: readonly StepResult[], into = new Set<string>()): Set<string> {
  for (const r of results) {
    const nodes = r.kind === 'expand' ? [...r.neighbours.values()].flat().map((n) => n.node) : [...r.nodes.values()];
    for (const node of nodes) if (node?.type === 'Instruction') into.add(node.id);
    instructionsReached(r.then, into);
  }
  return into;
}

const QUERY = `
  query Instructions($language: Language) {
    resolution(body: WTSA, number: "78") {
      versions { year languages instructions(language: $language) { id kind } }
    }
  }`;

describe("a version's instructions, of one of its texts", () => {
  let store: GraphStore;
  let server: ApolloServer<Context>;
  beforeAll(async () => {
    store = createMemoryStore();
    const summary = await load({ store, paths: TEXTS.map((f) => path.join(FIXTURES, f)), out: sink() });
    expect(summary.failed).toBe(0);
    server = new ApolloServer<Context>({ typeDefs, resolvers });
    await server.start();
  });
  afterAll(async () => {
    await server.stop();
    await store.close();
  });

  async function ask(language: string | null): Promise<{ languages: string[]; ids: string[]; reached: string[] }> {
    const reached = new Set<string>();
    const recording = withTraverse(store, async (query: TraverseQuery) => {
      const results = await store.traverse(query);
      instructionsReached(results, reached);
      return results;
    });
    const response = await server.executeOperation(
      { query: QUERY, variables: { language } },
      { contextValue: createContext(recording) },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    expect(response.body.singleResult.errors).toBeUndefined();
    const data = response.body.singleResult.data as {
      resolution: { versions: { languages: string[]; instructions: { id: string }[] }[] };
    };
    // The versions the history line names have no text; the translations are all of one version.
    const [version, ...others] = data.resolution.versions.filter((v) => v.languages.length > 0);
    expect(others).toEqual([]);
    return {
      languages: version?.languages ?? [],
      ids: (version?.instructions ?? []).map((i) => i.id),
      reached: [...reached],
    };
  }

  /** The language an instruction id names (instruction:<work>:<year>:<language>:<address>). */
  const languageOf = (id: string): string | undefined => id.split(':')[3];

  it('without a language and no English text: the first by language, and only its instructions are fetched', async () => {
    const { languages, ids, reached } = await ask(null);
    expect(languages).toEqual(['ar', 'es', 'fr', 'ru']);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids.map(languageOf))).toEqual(new Set(['ar']));
    expect(new Set(reached.map(languageOf))).toEqual(new Set(['ar']));
  });

  it.each(['fr', 'ru'])('in the language asked for (%s), and only its instructions are fetched', async (language) => {
    const { ids, reached } = await ask(language);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids.map(languageOf))).toEqual(new Set([language]));
    expect(new Set(reached.map(languageOf))).toEqual(new Set([language]));
  });

  it('in a language the version has no text in: none, and nothing fetched', async () => {
    expect(await ask('zh')).toMatchObject({ ids: [], reached: [] });
  });
});
