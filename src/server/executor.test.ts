/**
 * The executor (graphql-jit once an operation repeats): compiled operations give graphql-js's answers, with other
 * variables too, and the same errors; an operation graphql-jit cannot compile still runs.
 */
import { PassThrough } from 'node:stream';
import { ApolloServer } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { compileQuery } from 'graphql-jit';
import { createMemoryStore } from '../../graph';
import type { GraphStore } from '../../graph';
import { createContext } from '../../schema';
import type { Context } from '../../schema';
import { load } from '../commands/load';
import { BUNDLED_CORPUS_DIR } from '../config';
import { apiGateway } from './executor';
import type { Compile } from './executor';

type Json = Record<string, unknown>;

describe('the graphql-jit executor', () => {
  let store: GraphStore;
  let traverses = 0;
  const compiled: (string | undefined)[] = [];
  let failCompile = false;
  let server: ApolloServer<Context>;

  beforeAll(async () => {
    store = createMemoryStore();
    await store.init();
    const traverse = store.traverse.bind(store);
    store.traverse = (query) => {
      traverses++;
      return traverse(query);
    };
    const out = new PassThrough();
    out.resume();
    expect((await load({ store, paths: [BUNDLED_CORPUS_DIR], out })).failed).toBe(0);
    const compile: Compile = (schema, document, operationName) => {
      compiled.push(operationName);
      if (failCompile) return { errors: [new GraphQLError('cannot compile')] };
      return compileQuery(schema, document, operationName);
    };
    server = new ApolloServer<Context>({
      gateway: apiGateway({ compile }),
    });
    await server.start();
  });
  afterAll(async () => {
    await server.stop();
    await store.close();
  });
  beforeEach(() => {
    traverses = 0;
    compiled.length = 0;
    failCompile = false;
  });

  async function run(query: string, variables: Json = {}): Promise<Json> {
    const res = await server.executeOperation({ query, variables }, { contextValue: createContext(store) });
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    return res.body.singleResult as Json;
  }

  const ORGS = `query Orgs($kind: OrganizationKind, $first: Int!) {
    organizations(kind: $kind, first: $first) { id name acronym kind }
  }`;

  it('compiles an operation the second time it is asked, once, and answers as graphql-js did', async () => {
    const first = await run(ORGS, { first: 50 });
    expect(compiled).toEqual([]);
    const second = await run(ORGS, { first: 50 });
    const third = await run(ORGS, { first: 50 });
    expect(compiled).toEqual(['Orgs']);
    expect((first.data as { organizations: unknown[] }).organizations.length).toBeGreaterThan(2);
    expect(second).toEqual(first);
    expect(third).toEqual(first);
  });

  it('a compiled operation reads its variables on every run', async () => {
    await run(ORGS, { first: 50 });
    const all = (await run(ORGS, { first: 50 })).data as { organizations: Json[] };
    const two = (await run(ORGS, { first: 2 })).data as { organizations: Json[] };
    expect(two.organizations).toEqual(all.organizations.slice(0, 2));
    const kind = all.organizations[0]?.kind as string;
    const ofKind = (await run(ORGS, { first: 50, kind })).data as { organizations: Json[] };
    expect(ofKind.organizations).toEqual(all.organizations.filter((o) => o.kind === kind));
  });

  it('a compiled operation fails as graphql-js does, with the error code kept', async () => {
    const q = 'query Many { organizations(first: 100000) { id } }';
    const first = await run(q);
    const again = await run(q);
    expect(compiled).toEqual(['Many']);
    expect(again).toEqual(first);
    expect((first.errors as Json[])[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('an operation graphql-jit cannot compile still runs with graphql-js', async () => {
    failCompile = true;
    const q = 'query Few { organizations(first: 3) { id } }';
    const first = await run(q);
    const second = await run(q);
    const third = await run(q);
    expect(compiled).toEqual(['Few']);
    expect(second).toEqual(first);
    expect(third).toEqual(first);
    expect((first.data as { organizations: unknown[] }).organizations).toHaveLength(3);
  });

  it("a compiled operation looks ahead for each run's own variables, in one store call", async () => {
    // A resolution with two versions that have instructions, whichever the corpus has.
    const all = (await run('{ resolutions(first: 100) { nodes { body number versions { year } } } }')).data as {
      resolutions: { nodes: { body: string; number: string; versions: { year: number }[] }[] };
    };
    const r = all.resolutions.nodes.find((n) => new Set(n.versions.map((v) => v.year)).size >= 2);
    if (!r) throw new Error('the bundled corpus has no resolution with two versions');
    const [a, b] = [...new Set(r.versions.map((v) => v.year))];
    const q = `query Y($year: Int!) {
      resolution(body: ${r.body}, number: "${r.number}") { version(year: $year) { year instructions { kind } } }
    }`;
    const answers: Json[] = [];
    const calls: number[] = [];
    for (const year of [a, a, b, a, b, b]) {
      traverses = 0;
      answers.push(await run(q, { year }));
      calls.push(traverses);
    }
    expect(compiled).toEqual(['Y']);
    const yearOf = (x: Json | undefined) =>
      (x?.data as { resolution: { version: { year: number } } }).resolution.version.year;
    expect(answers.map(yearOf)).toEqual([a, a, b, a, b, b]);
    expect(answers[3]).toEqual(answers[0]);
    expect(answers[4]).toEqual(answers[2]);
    // Each run's look-ahead fetched its own version's instructions with the resolution: no second call.
    expect(calls).toEqual([1, 1, 1, 1, 1, 1]);
  });
});
