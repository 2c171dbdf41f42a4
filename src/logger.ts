/**
 * The application logger (pino: structured JSON, fast, with levels), created once at start-up and handed down.
 * On a terminal the CLI prints human lines itself; the logger is for the server and for diagnostics.
 */
import pino from 'pino';
import type { Logger } from 'pino';
import type { LogLevel } from './config';

export type { Logger } from 'pino';

export function createLogger(level: LogLevel, destination: NodeJS.WritableStream = process.stderr): Logger {
  return pino(
    { level, base: { app: 'ehealth-graph' } },
    pino.destination({ dest: (destination as { fd?: number }).fd ?? 2, sync: true }),
  );
}
