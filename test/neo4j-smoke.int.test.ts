/** The test run's own Neo4j answers through neo4j-driver: a write, a read, then clean-up. */
import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { describeNeo4j, testDriver } from './support/neo4j';

describeNeo4j('Neo4j started by the test run', () => {
  let driver: Driver;
  const tag = `smoke-${randomUUID()}`;

  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(async () => {
    await driver.executeQuery('MATCH (n:SmokeTest {tag: $tag}) DETACH DELETE n', { tag });
    await driver.close();
  });

  it('is Neo4j 5.26', async () => {
    const info = await driver.getServerInfo();
    expect(info.agent).toMatch(/^Neo4j\/5\.26\./);
  });

  it('writes and reads back through a write and a read transaction', async () => {
    const session = driver.session();
    try {
      await session.executeWrite((tx) =>
        tx.run('UNWIND range(1, 3) AS i CREATE (:SmokeTest {tag: $tag, i: i})', { tag }),
      );
      const rows = await session.executeRead((tx) =>
        tx.run('MATCH (n:SmokeTest {tag: $tag}) RETURN n.i AS i ORDER BY i', { tag }),
      );
      expect(rows.records.map((r) => Number(r.get('i')))).toEqual([1, 2, 3]);
    } finally {
      await session.close();
    }
  });
});
