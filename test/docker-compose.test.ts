/** docker-compose.yml cannot run here (no Docker engine), so its consistency with the config module is tested. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { CONFIG_VARIABLES, loadConfig } from '../src/config';

interface Service {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
}

const root = path.resolve(__dirname, '..');
const compose = parse(readFileSync(path.join(root, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, Service>;
};

describe('docker-compose.yml', () => {
  const { neo4j, api } = compose.services;

  it('runs Neo4j 5.26 Community with a healthcheck and a data volume', () => {
    expect(neo4j?.image).toMatch(/^neo4j:5\.26(\.\d+)?-community$/);
    expect(neo4j?.healthcheck?.test.join(' ')).toMatch(/cypher-shell/);
  });

  it('starts the API once Neo4j is healthy, built from the Dockerfile', () => {
    expect(api?.build).toBeDefined();
    expect(api?.depends_on?.neo4j?.condition).toBe('service_healthy');
  });

  it('configures the API only with variables the config module knows, and they validate', () => {
    const known = new Set(CONFIG_VARIABLES.map((v) => v.name));
    const env = api?.environment ?? {};
    for (const name of Object.keys(env)) expect(known).toContain(name);
    const resolved = Object.fromEntries(
      Object.entries(env).map(([k, v]) => [k, v.replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1')]),
    );
    const config = loadConfig(resolved);
    expect(config.neo4j?.uri).toBe('bolt://neo4j:7687');
    expect(api?.ports).toContain(`${config.port}:${config.port}`);
    const boltPort = new URL((config.neo4j?.uri ?? '').replace(/^bolt/, 'http')).port;
    expect(neo4j?.ports).toContain(`${boltPort}:${boltPort}`);
  });

  it('checks the health of the API at /health on the port it serves', () => {
    const test = (api?.healthcheck?.test ?? []).join(' ');
    expect(test).toMatch(/\/health\b/);
    const port = loadConfig({ PORT: api?.environment?.PORT }).port;
    expect(test).toContain(`:${port}/health`);
  });

  it('exposes the port the Dockerfile exposes', () => {
    const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8');
    const exposed = /^EXPOSE (\d+)$/m.exec(dockerfile)?.[1];
    expect(api?.ports).toContain(`${exposed}:${exposed}`);
  });
});
