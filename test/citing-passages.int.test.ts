/** Who cites a work, through the API on the Neo4j of the test run: the cases the in-memory store passes. */
import type { Driver } from 'neo4j-driver';
import { createNeo4jStore } from '../graph';
import { runCitingPassages } from './support/citing-passages';
import { describeNeo4j, testDriver } from './support/neo4j';

describeNeo4j('citing passages on Neo4j', () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(async () => {
    await driver.close();
  });

  runCitingPassages('Neo4j', async () => {
    const store = createNeo4jStore({ driver });
    await store.init();
    await store.clear();
    return store;
  });
});
