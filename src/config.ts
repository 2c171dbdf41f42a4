/**
 * Configuration: read once from the environment at start-up, validated, frozen, then handed down.
 * Every variable is listed in {@link CONFIG_VARIABLES}, which the README's table and the docker-compose test follow.
 */
import path from 'node:path';

/** Raised for a bad configuration value; the message names the variable, what was expected and what was found. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly code = 'CONFIG_INVALID';
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
  }
}

export interface Neo4jConfig {
  readonly uri: string;
  readonly username: string | undefined;
  readonly password: string | undefined;
  readonly database: string | undefined;
}

export interface Config {
  /** Neo4j connection, or undefined for the embedded in-memory store. */
  readonly neo4j: Neo4jConfig | undefined;
  readonly port: number;
  readonly corpusDir: string;
  readonly logLevel: LogLevel;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The project's bundled corpus (three seed documents and their manifest). */
export const PROJECT_ROOT = ((parent) => (path.basename(parent) === 'dist' ? path.dirname(parent) : parent))(
  path.resolve(__dirname, '..'),
);
export const BUNDLED_CORPUS_DIR = path.join(PROJECT_ROOT, 'corpus');

export interface ConfigVariable {
  readonly name: string;
  readonly default: string;
  readonly description: string;
}

/** Every environment variable the app reads. */
export const CONFIG_VARIABLES: readonly ConfigVariable[] = [
  { name: 'NEO4J_URI', default: '(unset: embedded in-memory store)', description: 'Bolt or neo4j:// URI of Neo4j' },
  { name: 'NEO4J_USERNAME', default: '(unset: no auth)', description: 'Neo4j user name' },
  { name: 'NEO4J_PASSWORD', default: '(unset)', description: 'Neo4j password (requires NEO4J_USERNAME)' },
  { name: 'NEO4J_DATABASE', default: "(unset: the server's default database)", description: 'Neo4j database name' },
  { name: 'PORT', default: '4000', description: 'HTTP port of the API' },
  { name: 'CORPUS_DIR', default: 'corpus/ (bundled)', description: 'Folder of documents loaded at start-up' },
  { name: 'LOG_LEVEL', default: 'info', description: `One of ${LOG_LEVELS.join(', ')}` },
];

type Env = Readonly<Record<string, string | undefined>>;

function optional(env: Env, name: string): string | undefined {
  const v = env[name];
  return v === undefined || v.trim() === '' ? undefined : v.trim();
}

function parsePort(env: Env, name: string, fallback: number): number {
  const raw = optional(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 65535) {
    throw new ConfigError(name, `expected an integer from 1 to 65535, found '${raw}'`);
  }
  return Number(raw);
}

function parseNeo4j(env: Env): Neo4jConfig | undefined {
  const uri = optional(env, 'NEO4J_URI');
  const username = optional(env, 'NEO4J_USERNAME');
  const password = optional(env, 'NEO4J_PASSWORD');
  const database = optional(env, 'NEO4J_DATABASE');
  if (uri === undefined) {
    for (const [name, value] of Object.entries({ NEO4J_USERNAME: username, NEO4J_DATABASE: database })) {
      if (value !== undefined) throw new ConfigError(name, 'is set but NEO4J_URI is not; set NEO4J_URI too');
    }
    return undefined;
  }
  if (!/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+/.test(uri)) {
    throw new ConfigError(
      'NEO4J_URI',
      `expected a URI like bolt://127.0.0.1:7687 or neo4j+s://xxxx.databases.neo4j.io, found '${uri}'`,
    );
  }
  if (password !== undefined && username === undefined) {
    throw new ConfigError('NEO4J_PASSWORD', 'is set but NEO4J_USERNAME is not; set both or neither');
  }
  if (database !== undefined && !/^[A-Za-z][A-Za-z0-9.-]{2,62}$/.test(database)) {
    throw new ConfigError('NEO4J_DATABASE', `expected a Neo4j database name, found '${database}'`);
  }
  return Object.freeze({ uri, username, password, database });
}

/** Reads and validates the configuration once; throws {@link ConfigError} naming the first bad variable. */
export function loadConfig(env: Env = process.env): Config {
  const logLevel = optional(env, 'LOG_LEVEL') ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `expected one of ${LOG_LEVELS.join(', ')}, found '${logLevel}'`);
  }
  return Object.freeze({
    neo4j: parseNeo4j(env),
    port: parsePort(env, 'PORT', 4000),
    corpusDir: path.resolve(optional(env, 'CORPUS_DIR') ?? BUNDLED_CORPUS_DIR),
    logLevel: logLevel as LogLevel,
  });
}
