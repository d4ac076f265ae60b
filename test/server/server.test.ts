import { spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import readline from 'node:readline';
import { projectRoot } from '../../src/config/paths.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PortInUseError, startServer } from '../../src/server/server.js';
import { silentLogger } from '../../src/log/logger.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { testConfig, testConnection } from '../support/neo4j.js';

let service: TestServer;
beforeAll(async () => {
  service = await startTestServer();
});
afterAll(() => service.stop());

describe('the service', () => {
  it('answers /healthz, /readyz and a GraphQL query from Neo4j', async () => {
    expect(await (await fetch(`${service.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${service.url}/readyz`)).json()).toEqual({ ready: true, database: 'up', schema: 'applied', data: 'off' });
    const data = await service.query<{ themes: { totalCount: number } }>('{ themes { totalCount } }');
    expect(typeof data.themes.totalCount).toBe('number');
  });

  it('stops cleanly on SIGTERM: logs as JSON lines, finishes, closes the driver and exits 0', async () => {
    const c = testConnection();
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot(), 'src/server/main.ts')], {
      cwd: projectRoot(),
      env: { ...process.env, NEO4J_URI: c.uri, NEO4J_USER: c.user, NEO4J_PASSWORD: c.password, PORT: '0', PLANGRAPH_SEED: 'off', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const lines: Record<string, unknown>[] = [];
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const listening = new Promise<void>((resolve) => {
      readline.createInterface({ input: child.stdout }).on('line', (line) => {
        lines.push(JSON.parse(line) as Record<string, unknown>);
        // The schema step is done: applied, or found in place by an earlier start.
        if (/database schema (already )?applied/.test(line)) resolve();
      });
    });
    try {
      await listening;
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      // A wait that failed must not leave the service running after the test (vitest would not exit).
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    const messages = lines.map((l) => l.msg);
    expect(messages).toEqual(expect.arrayContaining(['PlanGraph is listening', 'signal received', 'shutting down: finishing requests in flight', 'stopped']));
    expect(messages.indexOf('stopped')).toBeGreaterThan(messages.indexOf('signal received'));
    for (const l of lines) expect(l).toMatchObject({ time: expect.any(String), level: expect.any(String), msg: expect.any(String) });
  });

  it('refuses to start on a port already in use, saying which and what to do', async () => {
    const blocker = http.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const { port } = blocker.address() as { port: number };
    try {
      await expect(startServer(testConfig({ PORT: String(port) }), silentLogger)).rejects.toThrow(PortInUseError);
      await expect(startServer(testConfig({ PORT: String(port) }), silentLogger)).rejects.toThrow(`Port ${port} on 127.0.0.1 is already in use: stop what runs there, or set PORT to another port.`);
    } finally {
      blocker.close();
    }
  });

  it('reports not ready before it drains, and finishes a request in flight before it stops', async () => {
    const other = await startTestServer({ PLANGRAPH_SHUTDOWN_DELAY_MS: '3000' });
    const inFlight = fetch(`${other.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ organisations(first: 100) { totalCount nodes { id plans { totalCount } } } }' }),
    });
    // Stop only once the request is inside a resolver, talking to Neo4j.
    await new Promise<void>((resolve) => {
      const off = other.server.neo4j.db.onStatement(() => {
        off();
        resolve();
      });
    });
    const events: string[] = [];
    const closed = new Promise<void>((resolve) => other.server.httpServer.once('close', () => resolve()));
    void closed.then(() => events.push('closed'));
    const stopping = other.stop();
    const readiness = await fetch(`${other.url}/readyz`);
    events.push(`readyz ${readiness.status}`);
    expect((await readiness.json()) as unknown).toMatchObject({ ready: false, reason: 'the service is shutting down' });
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    await stopping;
    expect(events).toEqual(['readyz 503', 'closed']);
    await expect(fetch(`${other.url}/healthz`)).rejects.toThrow();
  });

  it('reports the URI, never the password, when Neo4j refuses the credentials', async () => {
    // Another user name: Neo4j locks a user out for a while after a few refused attempts, and the
    // files after this one sign in as the test run's user.
    const config = testConfig({ NEO4J_USER: 'someone-else', NEO4J_PASSWORD: 'wrong-password-for-test' });
    const server = await startServer(config, silentLogger);
    try {
      const error = await server.prepared.then(() => undefined, (err: Error) => err);
      expect(error?.message).toMatch(new RegExp(`^Neo4j at ${config.neo4j.mode === 'external' ? config.neo4j.uri : ''} refused the credentials \\(check NEO4J_USER and NEO4J_PASSWORD\\)`));
      expect(error?.message).not.toContain('wrong-password-for-test');
      expect((await fetch(`${server.url}/readyz`)).status).toBe(503);
    } finally {
      await server.stop();
    }
  });

  it('reports the URI and the cause when Neo4j is not reachable, and stays not ready', async () => {
    const server = await startServer(testConfig({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'irrelevant' }), silentLogger);
    try {
      const response = await fetch(`${server.url}/readyz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ ready: false, database: 'down' });
    } finally {
      await server.stop();
    }
  });
});
