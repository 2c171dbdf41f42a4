import { BUNDLED_CORPUS_DIR, CONFIG_VARIABLES, ConfigError, loadConfig } from './config';
import { existsSync } from 'node:fs';

describe('loadConfig', () => {
  it('defaults to the embedded store, port 4000 and the bundled corpus', () => {
    const c = loadConfig({});
    expect(c.neo4j).toBeUndefined();
    expect(c.port).toBe(4000);
    expect(c.corpusDir).toBe(BUNDLED_CORPUS_DIR);
    expect(existsSync(BUNDLED_CORPUS_DIR)).toBe(true);
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('needs only NEO4J_URI for a local Neo4j with auth off', () => {
    const c = loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:7687' });
    expect(c.neo4j).toEqual({
      uri: 'bolt://127.0.0.1:7687',
      username: undefined,
      password: undefined,
      database: undefined,
      queryTimeoutMs: 30_000,
    });
  });

  it('defaults to an open playground with introspection, same-origin only, errors masked', () => {
    const c = loadConfig({});
    expect(c.graphqlIntrospection).toBe(true);
    expect(c.graphqlPlayground).toBe(true);
    expect(c.corsOrigins).toEqual([]);
    expect(c.development).toBe(false);
  });

  it('reads the API switches, the CORS allow-list and the Neo4j query timeout', () => {
    const c = loadConfig({
      NEO4J_URI: 'bolt://127.0.0.1:7687',
      NEO4J_QUERY_TIMEOUT_MS: '5000',
      CORS_ORIGINS: 'https://dash.example.org, http://localhost:3000,https://dash.example.org',
      GRAPHQL_INTROSPECTION: 'false',
      GRAPHQL_PLAYGROUND: '0',
      NODE_ENV: 'development',
    });
    expect(c.neo4j?.queryTimeoutMs).toBe(5000);
    expect(c.corsOrigins).toEqual(['https://dash.example.org', 'http://localhost:3000']);
    expect(Object.isFrozen(c.corsOrigins)).toBe(true);
    expect(c.graphqlIntrospection).toBe(false);
    expect(c.graphqlPlayground).toBe(false);
    expect(c.development).toBe(true);
  });

  it('lists every variable it reads in CONFIG_VARIABLES', () => {
    const names = CONFIG_VARIABLES.map((v) => v.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of [
      'NEO4J_QUERY_TIMEOUT_MS',
      'CORS_ORIGINS',
      'GRAPHQL_INTROSPECTION',
      'GRAPHQL_PLAYGROUND',
      'NODE_ENV',
    ]) {
      expect(names).toContain(name);
    }
  });

  it('accepts Aura-style URIs with credentials and a database', () => {
    const c = loadConfig({
      NEO4J_URI: 'neo4j+s://abcd.databases.neo4j.io',
      NEO4J_USERNAME: 'neo4j',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'mandates',
    });
    expect(c.neo4j?.database).toBe('mandates');
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ NEO4J_URI: 'http://localhost:7474' }, 'NEO4J_URI'],
    [{ NEO4J_URI: 'bolt://x:1', NEO4J_PASSWORD: 'p' }, 'NEO4J_PASSWORD'],
    [{ NEO4J_USERNAME: 'neo4j' }, 'NEO4J_USERNAME'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ NEO4J_QUERY_TIMEOUT_MS: 'soon' }, 'NEO4J_QUERY_TIMEOUT_MS'],
    [{ NEO4J_QUERY_TIMEOUT_MS: '0' }, 'NEO4J_QUERY_TIMEOUT_MS'],
    [{ CORS_ORIGINS: '*' }, 'CORS_ORIGINS'],
    [{ CORS_ORIGINS: 'https://dash.example.org/' }, 'CORS_ORIGINS'],
    [{ CORS_ORIGINS: 'https://ok.example.org,ftp://files.example.org' }, 'CORS_ORIGINS'],
    [{ GRAPHQL_INTROSPECTION: 'maybe' }, 'GRAPHQL_INTROSPECTION'],
    [{ GRAPHQL_PLAYGROUND: 'yes please' }, 'GRAPHQL_PLAYGROUND'],
  ])('rejects %j with an error naming %s', (env, variable) => {
    let caught: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as ConfigError).variable).toBe(variable);
    expect((caught as ConfigError).message).toMatch(new RegExp(`^${variable}: `));
    expect((caught as ConfigError).message.split('\n')).toHaveLength(1);
  });
});
