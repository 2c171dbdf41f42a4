/** Jest global teardown: stops the Neo4j that global setup started, leaving no Java process behind. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.__LOCAL_NEO4J__?.stop();
  globalThis.__LOCAL_NEO4J__ = undefined;
}
