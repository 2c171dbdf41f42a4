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
/** The Bolt port when a URI names none. */
const DEFAULT_BOLT_PORT = 7687;

/*
 * Ports of the Bolt servers that open drivers and stores talk to, each with the number of holders. This mirrors the
 * diagnostics channel, which is process-wide by nature: the subscription exists only while some holder is open,
 * and it touches only sockets that connect to one of these ports.
 */
const boltPorts = new Map<number, number>();

function onClientSocket(message: unknown): void {
  const socket = (message as { socket?: unknown } | null)?.socket;
  if (!(socket instanceof net.Socket)) return;
  socket.once('connect', () => {
    if (boltPorts.has(socket.remotePort ?? -1)) socket.setNoDelay(true);
  });
}

/** The port a Bolt URI names (7687 when it names none). */
export function boltPortOf(uri: string | undefined): number {
  try {
    return Number(new URL(uri ?? '').port) || DEFAULT_BOLT_PORT;
  } catch {
    return DEFAULT_BOLT_PORT;
  }
}

/**
 * Turns Nagle's algorithm off (TCP_NODELAY) on the TCP sockets the process opens to a Bolt server on `port`, until
 * the returned function is called. neo4j-driver never sets it and has no option for it (v5.28), and with Nagle on,
 * any Bolt message longer than one of the driver's 1,400-byte chunks (a query with a list of a few dozen ids, a long
 * statement) waits for the server's delayed ACK: ~40 ms on Linux, for a query the server answers in 1 ms. Other
 * client sockets of the process are left as they are. Encrypted connections (`+s`, `+ssc`) are opened with
 * `tls.connect`, which Node does not publish: they keep Nagle (the store's read and write primer spares them most of
 * the stall).
 */
export function noDelayForBolt(port: number): () => void {
  if (boltPorts.size === 0) diagnosticsChannel.subscribe(CLIENT_SOCKETS, onClientSocket);
  boltPorts.set(port, (boltPorts.get(port) ?? 0) + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (boltPorts.get(port) ?? 1) - 1;
    if (left > 0) boltPorts.set(port, left);
    else boltPorts.delete(port);
    if (boltPorts.size === 0) diagnosticsChannel.unsubscribe(CLIENT_SOCKETS, onClientSocket);
  };
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

/**
 * How long a failed transaction is retried for (the driver's `maxTransactionRetryTime`, and the store's own retries of
 * auto-commit reads).
 */
export const MAX_RETRY_TIME_MS = 10_000;

/** Creates a driver and waits until the server answers, or throws STORE_UNAVAILABLE naming the URI. */
export async function connectNeo4j(options: ConnectOptions): Promise<Driver> {
  // For the driver's lifetime: the connections it opens while checking connectivity stay in its pool.
  const releaseNoDelay = noDelayForBolt(boltPortOf(options.uri));
  const auth = options.username ? neo4j.auth.basic(options.username, options.password ?? '') : undefined;
  const driver = neo4j.driver(options.uri, auth, {
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    maxTransactionRetryTime: MAX_RETRY_TIME_MS,
    disableLosslessIntegers: false,
  });
  const close = driver.close.bind(driver);
  driver.close = () => close().finally(releaseNoDelay);
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
