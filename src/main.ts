#!/usr/bin/env node
/**
 * Entry point: `npm start` (serve), and the command-line tools. Reads the configuration once, creates the logger
 * and the store, and hands them down.
 */
import './production-mode';
import { Command, Option } from 'commander';
import { EXPORT_FORMATS } from '../graph';
import type { ExportFormat } from '../graph';
import { exportGraph } from './commands/export';
import { load } from './commands/load';
import { validate } from './commands/validate';
import { exitQuietlyWhenPipeCloses } from './closed-pipe';
import { ConfigError, loadConfig } from './config';
import type { Config } from './config';
import { createLogger } from './logger';
import type { Logger } from './logger';
import { createServer, terminationSignal } from './server';
import { openStore } from './store';
import type { OpenedStore } from './store';

async function withStore<T>(fn: (opened: OpenedStore, config: Config, logger: Logger) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const opened = await openStore(config, logger);
  try {
    return await fn(opened, config, logger);
  } finally {
    await opened.close();
  }
}

async function main(argv: readonly string[]): Promise<void> {
  exitQuietlyWhenPipeCloses(process.stdout);
  const program = new Command('ehealth-graph')
    .description('Knowledge graph of the e-health mandates of ITU resolutions')
    .showHelpAfterError();

  program
    .command('serve', { isDefault: true })
    .description('serve the GraphQL API; load CORPUS_DIR into the configured store first (idempotently)')
    .option('--no-load', 'skip loading the corpus')
    .action(async (opts: { load: boolean }) => {
      await withStore(async ({ store, description }, config, logger) => {
        const stopping = terminationSignal(logger);
        const server = createServer({ config, store, logger });
        try {
          // Listen first, so that /health answers 503 while the corpus loads.
          const { url } = await server.start();
          process.stderr.write(`Store: ${description}\nGraphQL API at ${url}graphql (loading…)\n`);
          if (opts.load) {
            const summary = await load({ store, paths: [config.corpusDir], out: process.stderr });
            if (summary.failed)
              process.stderr.write(`${summary.failed} document(s) could not be loaded (see above).\n`);
          }
          server.markReady();
          process.stderr.write(`Ready: ${url}graphql (playground: ${config.graphqlPlayground ? 'on' : 'off'})\n`);
          await stopping;
        } finally {
          await server.stop();
        }
        logger.info('server stopped; closing the store');
      });
      // Exit 0 once stopped, even if some library still holds a timer.
      setTimeout(() => process.exit(0), 2_000).unref();
    });

  program
    .command('load')
    .description('read documents and write their graphs to the configured store')
    .argument('[paths...]', 'files or folders; default: CORPUS_DIR')
    .option('--dry-run', 'parse and build, but write nothing', false)
    .option('--plain', 'plain progress lines even on a terminal', false)
    .action(async (paths: string[], opts: { dryRun: boolean; plain: boolean }) => {
      await withStore(async ({ store, description }, config) => {
        process.stderr.write(`Store: ${description}${opts.dryRun ? ' (dry run)' : ''}\n`);
        const summary = await load({
          store,
          paths: paths.length ? paths : [config.corpusDir],
          dryRun: opts.dryRun,
          plain: opts.plain,
          out: process.stderr,
        });
        if (summary.failed) process.exitCode = 1;
      });
    });

  program
    .command('export')
    .description('write the stored graph as JSON nodes/edges, GraphML or neo4j-admin CSV')
    .addOption(new Option('--format <format>', 'output format').choices([...EXPORT_FORMATS]).default('json'))
    .option('--out <path>', 'file (json, graphml) or folder (csv); default: stdout')
    .option('--load', 'load CORPUS_DIR first (useful with the in-memory store)', false)
    .action(async (opts: { format: ExportFormat; out?: string; load: boolean }) => {
      await withStore(async ({ store }, config) => {
        if (opts.load) await load({ store, paths: [config.corpusDir], out: process.stderr, quiet: true });
        const message = await exportGraph({ store, format: opts.format, out: opts.out, stdout: process.stdout });
        process.stderr.write(`${message}\n`);
      });
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
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && code.startsWith('STORE_')) {
    process.stderr.write(`${code}: ${(err as Error).message}\n`);
    process.exit(3);
  }
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
