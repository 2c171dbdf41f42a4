import type { Driver } from 'neo4j-driver';
import { createNeo4jStore } from '../graph';
import { runAnalystQuestions } from './support/analyst-questions';
import { describeNeo4j, testDriver } from './support/neo4j';

describeNeo4j('Neo4j store', () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(async () => {
    await driver.close();
  });
  runAnalystQuestions('Neo4j', async () => {
    const store = createNeo4jStore({ driver });
    await store.init();
    return store;
  });
});
