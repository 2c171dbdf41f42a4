#!/usr/bin/env node
/**
 * Entry point: `npm start` (serve), and the command-line tools. Reads the configuration once, then hands it down.
 */
import { Command } from 'commander';
import { validate } from './commands/validate';
import { ConfigError, loadConfig } from './config';

async function main(argv: readonly string[]): Promise<void> {
  const program = new Command('ehealth-graph')
    .description('Knowledge graph of the e-health mandates of ITU resolutions')
    .showHelpAfterError();
  program
    .command('serve', { isDefault: true })
    .description('load CORPUS_DIR into the configured store, then serve the API')
    .action(() => {
      const config = loadConfig();
      process.stdout.write(
        `Configuration is valid (store: ${config.neo4j ? `Neo4j at ${config.neo4j.uri}` : 'embedded in-memory'}, ` +
          `corpus: ${config.corpusDir}, port ${config.port}).\n` +
          'The loaders and the GraphQL API are not built yet, so there is nothing to serve; see the open issues.\n',
      );
    });
  program
    .command('validate')
    .description("parse documents without storing them; print each one's outline and diagnostics")
    .argument('<paths...>', 'files or folders (a folder is read with its manifest.json)')
    .option('--json', 'print JSON instead of text', false)
    .action(async (paths: string[], opts: { json: boolean }) => {
      process.exitCode = await validate({ paths, json: opts.json, out: process.stdout });
    });
  await program.parseAsync([...argv]);
}

main(process.argv).catch((err: unknown) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`Configuration error: ${err.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
