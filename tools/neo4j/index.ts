/**
 * A local Neo4j 5.26 Community for development and tests, without Docker.
 *
 * Maven fetches `org.neo4j:neo4j` and `org.neo4j:neo4j-bolt` into `tools/neo4j/lib` (only when they are missing),
 * and `Launcher.java`, run with the JDK's single-file source launch, starts an embedded DBMS with Bolt on 127.0.0.1.
 * Readiness is checked with neo4j-driver's `verifyConnectivity` in a bounded retry, never with a sleep.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import neo4j from 'neo4j-driver';
import { PROJECT_ROOT } from '../../src/project-root';

// The launcher's sources and Maven's jars stay beside the TypeScript, wherever this runs from (see project-root).
const HERE = path.join(PROJECT_ROOT, 'tools', 'neo4j');
const LIB = path.join(HERE, 'lib');
const POM = path.join(HERE, 'pom.xml');
const LAUNCHER = path.join(HERE, 'Launcher.java');
const STAMP = path.join(LIB, '.complete');

/** JVM flags Neo4j 5 expects (from its own `neo4j-admin server` defaults). */
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-exports=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-Djdk.nio.maxCachedBufferSize=1024',
];

/** Raised when the local Neo4j cannot be started; the message says what to do. */
export class LocalNeo4jError extends Error {
  override readonly name = 'LocalNeo4jError';
}

export interface LocalNeo4jOptions {
  /** Bolt port; 0 (the default) picks a free one. */
  readonly port?: number;
  /** Maximum heap, e.g. `1g`. */
  readonly heap?: string;
  /** Page cache size, e.g. `256m`. */
  readonly pageCache?: string;
  /** Where progress lines go (stderr by default). */
  readonly log?: (line: string) => void;
  /** How long to wait for the database to answer, in ms. */
  readonly readyTimeoutMs?: number;
}

export interface LocalNeo4j {
  readonly uri: string;
  readonly pid: number;
  /** SIGTERM, then SIGKILL if the JVM has not exited within `graceMs`. */
  stop(graceMs?: number): Promise<void>;
  /** Resolves when the JVM exits, with its exit code or signal. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function javaBinary(): string {
  const home = process.env.JAVA_HOME;
  return home ? path.join(home, 'bin', 'java') : 'java';
}

function commandWorks(cmd: string, args: string[]): boolean {
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  return r.status === 0;
}

/** Fetches the Neo4j jars with Maven unless a previous fetch completed. Returns the lib directory. */
export function ensureNeo4jJars(log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): string {
  const version = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(POM, 'utf8'))?.[1];
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === version) return LIB;
  if (!commandWorks('mvn', ['-v'])) {
    throw new LocalNeo4jError(
      'Maven (mvn) is needed once to fetch Neo4j 5.26 from Maven Central, and it was not found. ' +
        'Install it (Debian: apt-get install maven) or point NEO4J_URI at a running Neo4j.',
    );
  }
  log(`Fetching Neo4j ${version} with Maven into ${path.relative(process.cwd(), LIB)} (first run only)...`);
  const started = Date.now();
  const r = spawnSync(
    'mvn',
    [
      '-q',
      '-B',
      '-Dstyle.color=never',
      '-f',
      POM,
      'dependency:copy-dependencies',
      `-DoutputDirectory=${LIB}`,
      '-DincludeScope=runtime',
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (r.status !== 0) {
    throw new LocalNeo4jError(
      `Maven could not fetch Neo4j ${version} (exit ${r.status}). Check network access to Maven Central, ` +
        'or point NEO4J_URI at a running Neo4j.',
    );
  }
  writeFileSync(STAMP, `${version}\n`);
  log(`Fetched Neo4j in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return LIB;
}

async function waitForBolt(uri: string, deadline: number, exited: () => boolean): Promise<void> {
  const driver = neo4j.driver(uri, undefined, { connectionTimeout: 2000 });
  try {
    let delay = 100;
    for (;;) {
      try {
        await driver.verifyConnectivity();
        return;
      } catch (err) {
        if (exited()) throw new LocalNeo4jError(`Neo4j exited before it answered on ${uri}.`);
        if (Date.now() + delay > deadline) {
          throw new LocalNeo4jError(`Neo4j did not answer on ${uri} in time: ${(err as Error).message}`);
        }
        await new Promise((r) => setTimeout(r, delay));
        delay = Math.min(delay * 2, 2000);
      }
    }
  } finally {
    await driver.close();
  }
}

/**
 * Starts the local Neo4j and resolves once the driver can reach it. The JVM watches its stdin, so if this Node
 * process dies for any reason the database exits too.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions = {}): Promise<LocalNeo4j> {
  const log = options.log ?? ((l: string) => process.stderr.write(`${l}\n`));
  const java = javaBinary();
  if (!commandWorks(java, ['-version'])) {
    throw new LocalNeo4jError(
      'Java 17 or newer is needed to run the local Neo4j, and `java` was not found. Install a JDK ' +
        '(Debian: apt-get install openjdk-17-jdk-headless) or point NEO4J_URI at a running Neo4j.',
    );
  }
  ensureNeo4jJars(log);
  const args = [
    `-Xmx${options.heap ?? '1g'}`,
    ...JVM_FLAGS,
    '-cp',
    path.join(LIB, '*'),
    LAUNCHER,
    '--port',
    String(options.port ?? 0),
    '--pagecache',
    options.pageCache ?? '256m',
    '--exit-on-stdin-eof',
  ];
  const started = Date.now();
  const child: ChildProcess = spawn(java, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderrTail = '';
  child.stderr?.on('data', (b: Buffer) => {
    stderrTail = (stderrTail + b.toString('utf8')).slice(-4000);
  });
  let hasExited = false;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => {
      hasExited = true;
      resolve({ code, signal });
    });
  });
  const deadline = started + (options.readyTimeoutMs ?? 120_000);

  const uri = await new Promise<string>((resolve, reject) => {
    if (!child.stdout) throw new LocalNeo4jError('Could not read the output of the Neo4j launcher.');
    const lines = createInterface({ input: child.stdout });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new LocalNeo4jError(`Neo4j did not start within ${options.readyTimeoutMs ?? 120_000} ms.\n${stderrTail}`));
    }, deadline - Date.now());
    lines.on('line', (line) => {
      const m = /^NEO4J_READY (bolt:\/\/\S+)$/.exec(line);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(new LocalNeo4jError(`Could not run ${java}: ${err.message}`));
    });
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new LocalNeo4jError(`Neo4j exited during start-up (code ${code}, signal ${signal}).\n${stderrTail}`));
    });
  });
  await waitForBolt(uri, deadline, () => hasExited);
  log(`Neo4j ready at ${uri} in ${((Date.now() - started) / 1000).toFixed(1)} s (pid ${child.pid}).`);

  return {
    uri,
    pid: child.pid ?? -1,
    exited,
    async stop(graceMs = 30_000) {
      if (hasExited) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(killer);
    },
  };
}
