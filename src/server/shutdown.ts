/**
 * Graceful shutdown for `serve`: the first SIGTERM or SIGINT resolves the returned promise (the caller then stops
 * the server and closes the store); a second one, for an operator who does not want to wait, exits at once.
 */
import type { Logger } from '../logger';

const SIGNALS = ['SIGTERM', 'SIGINT'] as const;

export function terminationSignal(logger: Logger, proc: NodeJS.Process = process): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    let received: NodeJS.Signals | undefined;
    const onSignal = (signal: NodeJS.Signals): void => {
      if (received) {
        logger.warn({ signal }, 'second signal while shutting down: exiting now');
        proc.exit(1);
      }
      received = signal;
      logger.info({ signal }, 'shutting down: finishing in-flight requests');
      resolve(signal);
    };
    for (const signal of SIGNALS) proc.on(signal, onSignal);
  });
}
