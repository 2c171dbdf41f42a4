/**
 * Configuration: read once from the environment at start-up, validated, frozen, then handed down.
 * Every variable is listed in {@link CONFIG_VARIABLES}, which the README's table and the docker-compose test follow.
 */
import path from 'node:path';
import { PROJECT_ROOT } from './project-root';

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
  /** Longest a single Neo4j transaction may run before the store answers STORE_TIMEOUT. */
  readonly queryTimeoutMs: number;
}

export interface Config {
  /** Neo4j connection, or undefined for the embedded in-memory store. */
  readonly neo4j: Neo4jConfig | undefined;
  readonly port: number;
  readonly corpusDir: string;
  readonly logLevel: LogLevel;
  /** Origins (scheme://host[:port]) whose pages may call the API from a browser; empty: same-origin only. */
  readonly corsOrigins: readonly string[];
  /** Whether the schema answers introspection queries (the playground needs them). */
  readonly graphqlIntrospection: boolean;
  /** Whether GET /graphql from a browser serves the GraphiQL playground. */
  readonly graphqlPlayground: boolean;
  /** NODE_ENV=development: error responses keep their real messages and stack traces. */
  readonly development: boolean;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export { PROJECT_ROOT };

/** The project's bundled corpus (three seed documents and their manifest). */
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
  {
    name: 'NEO4J_QUERY_TIMEOUT_MS',
    default: '30000',
    description: 'Longest a Neo4j query may run before the API answers STORE_TIMEOUT (milliseconds)',
  },
  {
    name: 'CORS_ORIGINS',
    default: '(unset: same-origin only)',
    description: 'Comma-separated origins allowed to call the API from a browser, e.g. https://dash.example.org',
  },
  { name: 'GRAPHQL_INTROSPECTION', default: 'true', description: 'Answer introspection queries (true or false)' },
  {
    name: 'GRAPHQL_PLAYGROUND',
    default: 'true',
    description: 'Serve the GraphiQL playground at /graphql (true or false)',
  },
  {
    name: 'NODE_ENV',
    default: '(unset)',
    description: '`development` shows real error messages and stack traces to clients; anything else masks them',
  },
];

type Env = Readonly<Record<string, string | undefined>>;

function optional(env: Env, name: string): string | undefined {
  const v = env[name];
  return v === undefined || v.trim() === '' ? undefined : v.trim();
}

function parseInteger(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = optional(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, `expected an integer from ${min} to ${max}, found '${raw}'`);
  }
  return Number(raw);
}

function parsePort(env: Env, name: string, fallback: number): number {
  return parseInteger(env, name, fallback, 1, 65535);
}

function parseBoolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = optional(env, name);
  if (raw === undefined) return fallback;
  const value = { true: true, false: false, '1': true, '0': false }[raw.toLowerCase()];
  if (value === undefined) throw new ConfigError(name, `expected true or false, found '${raw}'`);
  return value;
}

/** Browser origins as `Origin` headers carry them: scheme, host and port only, no path, no trailing slash. */
function parseOrigins(env: Env, name: string): readonly string[] {
  const raw = optional(env, name);
  if (raw === undefined) return Object.freeze([]);
  const origins = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  for (const origin of origins) {
    let url: URL | undefined;
    try {
      url = new URL(origin);
    } catch {
      url = undefined;
    }
    if (!url || !/^https?:$/.test(url.protocol) || url.origin !== origin) {
      throw new ConfigError(
        name,
        `expected comma-separated origins like https://dash.example.org or http://localhost:3000, found '${origin}'`,
      );
    }
  }
  return Object.freeze([...new Set(origins)]);
}

function parseNeo4j(env: Env): Neo4jConfig | undefined {
  const uri = optional(env, 'NEO4J_URI');
  const username = optional(env, 'NEO4J_USERNAME');
  const password = optional(env, 'NEO4J_PASSWORD');
  const database = optional(env, 'NEO4J_DATABASE');
  const queryTimeoutMs = parseInteger(env, 'NEO4J_QUERY_TIMEOUT_MS', 30_000, 100, 3_600_000);
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
  return Object.freeze({ uri, username, password, database, queryTimeoutMs });
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
    corsOrigins: parseOrigins(env, 'CORS_ORIGINS'),
    graphqlIntrospection: parseBoolean(env, 'GRAPHQL_INTROSPECTION', true),
    graphqlPlayground: parseBoolean(env, 'GRAPHQL_PLAYGROUND', true),
    development: optional(env, 'NODE_ENV') === 'development',
  });
}
