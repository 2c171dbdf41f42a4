/**
 * The Neo4j adapter of the `GraphStore` port: the only part of the project that imports neo4j-driver.
 * The caller (src/) creates the driver, hands it in, and closes it after the store's `close()` (unless it passes
 * `closeDriver: true`).
 */
export { createNeo4jStore } from './neo4j-store';
export type { Neo4jStoreLogger, Neo4jStoreOptions } from './neo4j-store';
export { connectNeo4j } from './connect';
export type { ConnectOptions } from './connect';
/** How nodes and edges are stored as Neo4j properties (for tools that write the same data by other means). */
export { encodeEdge, encodeNode } from './codec';
