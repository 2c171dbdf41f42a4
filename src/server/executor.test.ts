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
  const compiled: (string | undefined)[] = [];
  let failCompile = false;
  let server: ApolloServer<Context>;

  beforeAll(async () => {
    store = createMemoryStore();
    await store.init();
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
});
