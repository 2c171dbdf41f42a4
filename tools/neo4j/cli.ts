/**
 * `npm run neo4j`: starts the local Neo4j in the foreground and prints its Bolt URI. Ctrl-C or SIGTERM stops it.
 * Options: `--port N` (default 7687), `--heap 1g`, `--pagecache 256m`.
 */
import { parseArgs } from 'node:util';
import { LocalNeo4jError, startLocalNeo4j } from './index';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '7687' },
      heap: { type: 'string', default: '1g' },
      pagecache: { type: 'string', default: '256m' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new LocalNeo4jError(`--port must be an integer from 0 to 65535, got '${values.port}'.`);
  }
  const db = await startLocalNeo4j({ port, heap: values.heap, pageCache: values.pagecache });
  process.stdout.write(
    `\nNeo4j 5.26 Community is running (auth off, data in a temporary directory).\n` +
      `  Bolt URI: ${db.uri}\n` +
      `  Use it:   NEO4J_URI=${db.uri} npm start\n` +
      `Press Ctrl-C to stop.\n`,
  );
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`\n${signal}: stopping Neo4j...\n`);
    void db.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  const { code, signal } = await db.exited;
  if (!stopping) {
    process.stderr.write(`Neo4j exited unexpectedly (code ${code}, signal ${signal}).\n`);
    process.exit(1);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
