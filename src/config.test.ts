import { BUNDLED_CORPUS_DIR, ConfigError, loadConfig } from './config';
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
    });
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
