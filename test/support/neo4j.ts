/**
 * Helpers for `*.int.test.ts`: a driver for the Neo4j of this test run, and a `describe` that skips loudly when no
 * database is reachable, or fails when REQUIRE_NEO4J=1 (as in CI).
 */
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';

export function neo4jUri(): string | undefined {
  return process.env.NEO4J_URI;
}

/** Like `describe`, but for suites that need Neo4j. */
export function describeNeo4j(name: string, fn: () => void): void {
  const uri = neo4jUri();
  if (uri) {
    describe(name, fn);
    return;
  }
  const reason = process.env.NEO4J_UNAVAILABLE ?? 'NEO4J_URI is not set';
  if (process.env.REQUIRE_NEO4J === '1') {
    describe(name, () => {
      it('needs a reachable Neo4j (REQUIRE_NEO4J=1)', () => {
        throw new Error(`No Neo4j for this test run: ${reason}`);
      });
    });
    return;
  }
  process.stderr.write(`[neo4j] skipping "${name}": ${reason}\n`);
  describe.skip(name, fn);
}

/** A driver for the test database; the caller closes it. */
export function testDriver(): Driver {
  const uri = neo4jUri();
  if (!uri) throw new Error('NEO4J_URI is not set');
  const user = process.env.NEO4J_USERNAME;
  const auth = user ? neo4j.auth.basic(user, process.env.NEO4J_PASSWORD ?? '') : undefined;
  return neo4j.driver(uri, auth);
}
