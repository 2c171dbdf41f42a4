/** The HTTP server of the GraphQL API: GraphQL, the playground, health and exports. */
export { createServer } from './create-server';
export type { ApiServer, CreateServerOptions, StartOptions } from './create-server';
export { readExamples, EXAMPLES_DIR } from './examples';
export type { ExampleOperation } from './examples';
export { GRAPHQL_LIMITS, MAX_BODY_BYTES, HTTP_CACHE_MAX_AGE_SECONDS } from './limits';
export { PLAYGROUND_CSP } from './playground';
export { terminationSignal } from './shutdown';
