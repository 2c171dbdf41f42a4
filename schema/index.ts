/** The GraphQL schema: type definitions, resolvers, and the per-request context they need. */
export { typeDefs } from './type-defs';
export { resolvers, MAX_PAGE_SIZE, MAX_LIST_SIZE, MAX_DEPTH, MAX_SUBGRAPH_NODES, MAX_PATH_LENGTH } from './resolvers';
export { createContext, createLoaders } from './context';
export type { Context, Loaders } from './context';
