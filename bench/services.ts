import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import type { Neo4jConnection } from '../src/neo4j/connection.js';

/**
 * The two GraphQL servers under test, each in its own Node.js process started from its built
 * JavaScript (no TypeScript loader in the measured process): PlanGraph exactly as `npm start`
 * runs it (`node dist/src/server/main.js`), and the peer (`node dist/bench/peer/server.js`).
 * Both get the same Neo4j and nothing of the benchmark's own environment that could change
 * their behaviour (PLANGRAPH_* and NEO4J_* are set explicitly).
 */
export interface ServerProcess {
  readonly name: string;
  readonly url: string;
  readonly pid: number;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function baseEnv(connection: Neo4jConnection, port: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('PLANGRAPH_') && !key.startsWith('NEO4J_') && key !== 'PORT' && key !== 'HOST' && key !== 'NODE_ENV' && key !== 'LOG_LEVEL') env[key] = value;
  }
  return {
    ...env,
    NEO4J_URI: connection.uri,
    NEO4J_USER: connection.user,
    NEO4J_PASSWORD: connection.password,
    ...(connection.database ? { NEO4J_DATABASE: connection.database } : {}),
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
  };
}

async function waitUntilReady(name: string, child: ChildProcess, probe: string, timeoutMs: number, stderr: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}:\n${stderr()}`);
    try {
      const response = await fetch(probe);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${name} was not ready at ${probe} after ${timeoutMs} ms:\n${stderr()}`);
}

function stopper(child: ChildProcess): () => Promise<void> {
  return async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
}

async function start(name: string, root: string, script: string, env: NodeJS.ProcessEnv, port: number, readyPath: string): Promise<ServerProcess> {
  const child = spawn(process.execPath, [path.join(root, script)], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    errors = (errors + chunk.toString()).slice(-4000);
  });
  // Logs are not read, only drained, so a full pipe never blocks the server.
  readline.createInterface({ input: child.stdout! }).on('line', () => {});
  const url = `http://127.0.0.1:${port}`;
  const stop = stopper(child);
  try {
    await waitUntilReady(name, child, `${url}${readyPath}`, 120_000, () => errors);
  } catch (err) {
    await stop();
    throw err;
  }
  return { name, url: `${url}/graphql`, pid: child.pid!, stop };
}

export interface PlanGraphOptions {
  /** Extra environment for the service (for example a different PLANGRAPH_MAX_COST). */
  readonly env: Readonly<Record<string, string>>;
}

/**
 * Per-caller rate, concurrency and database-time limits, lifted: the benchmark's clients are one
 * anonymous caller, and with the defaults it would measure the limiter (the peer has none). The
 * query limits (depth, cost, aliases, tokens) and the request timeout keep their defaults.
 */
export const LIFTED_CALLER_LIMITS: Readonly<Record<string, string>> = {
  PLANGRAPH_RATE_ANONYMOUS: '1000000',
  PLANGRAPH_CONCURRENCY_ANONYMOUS: '1000',
  PLANGRAPH_DB_SECONDS_ANONYMOUS: '1000000',
  PLANGRAPH_CONCURRENCY_ANONYMOUS_TOTAL: '1000',
  PLANGRAPH_CONCURRENCY_TOTAL: '1000',
};

export async function startPlanGraph(root: string, connection: Neo4jConnection, options: PlanGraphOptions): Promise<ServerProcess> {
  const port = await freePort();
  const env = {
    ...baseEnv(connection, port),
    // The bench imports the dataset itself, timed; the service must not import at start.
    PLANGRAPH_IMPORT_WHEN_EMPTY: 'false',
    LOG_LEVEL: 'warn',
    ...LIFTED_CALLER_LIMITS,
    ...options.env,
  };
  return start('PlanGraph', root, 'dist/src/server/main.js', env, port, '/readyz');
}

export async function startPeer(root: string, connection: Neo4jConnection): Promise<ServerProcess> {
  const port = await freePort();
  return start('@neo4j/graphql peer', root, 'dist/bench/peer/server.js', baseEnv(connection, port), port, '/healthz');
}
