/**
 * Jest global setup for the integration project: starts the local Neo4j when NEO4J_URI is unset and exports its
 * URI to the test workers. If it cannot start, the reason is printed; with REQUIRE_NEO4J=1 the run fails.
 */
import { startLocalNeo4j } from '../../tools/neo4j';
import type { LocalNeo4j } from '../../tools/neo4j';

declare global {
  var __LOCAL_NEO4J__: LocalNeo4j | undefined;
}

export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) return;
  try {
    globalThis.__LOCAL_NEO4J__ = await startLocalNeo4j({ heap: '1g', pageCache: '256m' });
    process.env.NEO4J_URI = globalThis.__LOCAL_NEO4J__.uri;
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    if (process.env.REQUIRE_NEO4J === '1') {
      throw new Error(`REQUIRE_NEO4J=1 but the local Neo4j could not start: ${reason}`);
    }
    process.env.NEO4J_UNAVAILABLE = reason;
    process.stderr.write(`\n[neo4j] Integration tests will be SKIPPED: ${reason}\n`);
  }
}
