/**
 * Execution of validated operations with graphql-jit: an operation asked again is compiled once into JavaScript
 * that resolves exactly its selection, instead of graphql-js walking the query for every object of the answer. The
 * same resolvers run either way; only the walking changes (a mandate list of hundreds of rows spends most of its
 * time there). Apollo Server 5 has no executor option; its `gateway` interface is the documented way to supply one
 * (https://www.apollographql.com/docs/apollo-server/migration#executor), and everything before execution (parsing,
 * validation with the Armor limits, persisted queries, plugins) and after it (error masking) stays Apollo's.
 *
 * An operation is compiled the second time it is asked (as Mercurius does with `jit: 1`): a one-off query is not
 * worth compiling. Compiled operations are kept per parsed document, which Apollo's document cache keeps while the
 * operation is in use, so they go when Apollo forgets the document.
 */
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { execute } from 'graphql';
import type { DocumentNode, ExecutionResult, GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import type { CompiledQuery } from 'graphql-jit';
import { resolvers, typeDefs } from '../../schema';

/** What is known of one operation of a document: how often it ran, and its compiled form once there is one. */
interface Seen {
  runs: number;
  /** Compiled, or null when graphql-jit could not compile it (graphql-js runs it then). */
  compiled?: CompiledQuery | null;
}

/** How many times an operation runs with graphql-js before it is compiled. */
export const COMPILE_AFTER_RUNS = 1;

/** graphql-jit's `compileQuery`, as this module calls it. */
export type Compile = (
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName?: string,
) => CompiledQuery | ExecutionResult;

export interface JitOptions {
  /** Runs with graphql-js before an operation is compiled; default {@link COMPILE_AFTER_RUNS}. */
  readonly compileAfterRuns?: number;
  /** The compiler (graphql-jit's `compileQuery`; tests wrap it to see when it is called). */
  readonly compile?: Compile;
}

/** Runs operations with graphql-jit once they repeat; see the module comment. */
export function jitExecutor(schema: GraphQLSchema, options: JitOptions = {}): GatewayExecutor {
  const { compileAfterRuns = COMPILE_AFTER_RUNS, compile = compileQuery } = options;
  const seen = new WeakMap<DocumentNode, Map<string, Seen>>();
  return async (requestContext): Promise<ExecutionResult> => {
    const { document, operationName, context } = requestContext;
    const variables = requestContext.request.variables ?? {};
    let byOperation = seen.get(document);
    if (!byOperation) {
      byOperation = new Map();
      seen.set(document, byOperation);
    }
    const key = operationName ?? '';
    let entry = byOperation.get(key);
    if (!entry) {
      entry = { runs: 0 };
      byOperation.set(key, entry);
    }
    if (entry.compiled === undefined && entry.runs >= compileAfterRuns) {
      const compiled = compile(schema, document, operationName ?? undefined);
      entry.compiled = isCompiledQuery(compiled) ? compiled : null;
    }
    entry.runs++;
    if (entry.compiled) return entry.compiled.query(undefined, context, variables);
    return execute({ schema, document, contextValue: context, variableValues: variables, operationName });
  };
}

/** The `gateway` Apollo Server is given: a fixed schema, executed by {@link jitExecutor}. */
export function jitGateway(schema: GraphQLSchema, options: JitOptions = {}): GatewayInterface {
  const listeners = new Set<Parameters<GatewayInterface['onSchemaLoadOrUpdate']>[0]>();
  return {
    onSchemaLoadOrUpdate(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    async load() {
      for (const listener of listeners) listener({ apiSchema: schema, coreSupergraphSdl: '' });
      return { executor: jitExecutor(schema, options) };
    },
    async stop() {
      listeners.clear();
    },
  };
}

/** The API's gateway: the schema of `schema/` (type definitions and resolvers), executed by {@link jitExecutor}. */
export function apiGateway(options: JitOptions = {}): GatewayInterface {
  return jitGateway(makeExecutableSchema({ typeDefs, resolvers }), options);
}
