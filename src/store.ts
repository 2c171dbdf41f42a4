/**
 * Opens the configured store: Neo4j when NEO4J_URI is set (driver created here, once, and injected), otherwise the
 * embedded in-memory store.
 */
import { connectNeo4j, createMemoryStore, createNeo4jStore } from '../graph';
import type { GraphStore } from '../graph';
import type { Config } from './config';
import type { Logger } from './logger';

export interface OpenedStore {
  readonly store: GraphStore;
  /** Closes the store and, for Neo4j, the driver. */
  close(): Promise<void>;
  readonly description: string;
}

export async function openStore(config: Config, logger: Logger): Promise<OpenedStore> {
  if (!config.neo4j) {
    const store = createMemoryStore();
    await store.init();
    return { store, description: 'embedded in-memory store', close: () => store.close() };
  }
  const { uri, username, password, database, queryTimeoutMs } = config.neo4j;
  const driver = await connectNeo4j({
    uri,
    username,
    password,
    onRetry: (attempt, delayMs, error) =>
      logger.warn({ uri, attempt, delayMs, err: error.message }, 'Neo4j not reachable yet; retrying'),
  });
  const store = createNeo4jStore({ driver, uri, ...(database ? { database } : {}), queryTimeoutMs, logger });
  try {
    await store.init();
  } catch (err) {
    await driver.close();
    throw err;
  }
  return {
    store,
    description: `Neo4j at ${uri}${database ? ` (database ${database})` : ''}`,
    async close() {
      await store.close();
      await driver.close();
    },
  };
}
