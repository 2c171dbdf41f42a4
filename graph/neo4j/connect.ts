/**
 * Creating and checking a driver: the only driver construction in the project. src/ calls this with the validated
 * configuration; the driver is then injected into the store.
 */
import diagnosticsChannel from 'node:diagnostics_channel';
import net from 'node:net';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { StoreError } from '../store';

/** Node publishes every socket `net.connect` creates on this channel (a documented built-in channel). */
const CLIENT_SOCKETS = 'net.client.socket';

function noDelay(message: unknown): void {
  const socket = (message as { socket?: unknown } | null)?.socket;
  if (socket instanceof net.Socket) socket.setNoDelay(true);
}

/**
 * Turns Nagle's algorithm off (TCP_NODELAY) on every TCP client socket the process opens from now on, which is how
 * the Bolt connections of neo4j-driver get it: the driver never sets it and has no option for it (v5.28), and with
 * Nagle on, any Bolt message longer than one of the driver's 1,400-byte chunks (a query with a list of a few dozen
 * ids, a long statement) waits for the server's delayed ACK: ~40 ms on Linux, for a query the server answers in
 * 1 ms. Node's HTTP clients and the common database drivers (pg, mysql2, ioredis) already set it on their sockets,
 * so the process-wide effect only brings the Bolt sockets in line. Idempotent. Encrypted connections (`+s`, `+ssc`)
 * are opened with `tls.connect`, which Node does not publish: they keep Nagle (the store's write primer still
 * spares writes the stall).
 */
export function disableNagleOnClientSockets(): void {
  diagnosticsChannel.unsubscribe(CLIENT_SOCKETS, noDelay);
  diagnosticsChannel.subscribe(CLIENT_SOCKETS, noDelay);
}

export interface ConnectOptions {
  readonly uri: string;
  readonly username?: string | undefined;
  readonly password?: string | undefined;
  /** Attempts of `verifyConnectivity` before giving up (bounded retry with exponential backoff). */
  readonly attempts?: number;
  /** First backoff delay in ms; doubles each attempt, capped at 8 s. */
  readonly initialDelayMs?: number;
  readonly onRetry?: (attempt: number, delayMs: number, error: Error) => void;
  /** Injected for tests. */
  readonly sleep?: (ms: number) => Promise<void>;
}

/** Creates a driver and waits until the server answers, or throws STORE_UNAVAILABLE naming the URI. */
export async function connectNeo4j(options: ConnectOptions): Promise<Driver> {
  disableNagleOnClientSockets();
  const auth = options.username ? neo4j.auth.basic(options.username, options.password ?? '') : undefined;
  const driver = neo4j.driver(options.uri, auth, {
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    maxTransactionRetryTime: 10_000,
    disableLosslessIntegers: false,
  });
  const attempts = options.attempts ?? 5;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let delay = options.initialDelayMs ?? 500;
  for (let attempt = 1; ; attempt++) {
    try {
      await driver.verifyConnectivity();
      return driver;
    } catch (err) {
      const error = err as Error;
      if (attempt >= attempts) {
        await driver.close();
        throw new StoreError(
          'STORE_UNAVAILABLE',
          `Cannot reach Neo4j at ${options.uri} after ${attempts} attempts: ${error.message}. ` +
            'Is it running and are NEO4J_USERNAME/NEO4J_PASSWORD right? Start a local one with `npm run neo4j`, ' +
            'or unset NEO4J_URI to use the embedded in-memory store.',
          { cause: err },
        );
      }
      options.onRetry?.(attempt, delay, error);
      await sleep(delay);
      delay = Math.min(delay * 2, 8_000);
    }
  }
}
