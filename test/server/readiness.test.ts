import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log/logger.js';
import { EmbeddedNeo4j } from '../../src/neo4j/embedded/embeddedNeo4j.js';
import { startServer } from '../../src/server/server.js';
import { testConfig } from '../support/neo4j.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plangraph-readiness-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function readyz(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${url}/readyz`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function eventually<T>(probe: () => Promise<T>, ok: (value: T) => boolean, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  let value = await probe();
  while (!ok(value) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 500));
    value = await probe();
  }
  return value;
}

describe('readiness', () => {
  it('reports not ready while Neo4j is away and recovers by itself when it returns', async () => {
    const boltPort = await freePort();
    // A fixed port and password, so that the restarted Neo4j is the same server to the service.
    const config = { mode: 'embedded' as const, dataDir, boltPort, heapMb: 512, pageCacheMb: 32, database: undefined, password: 'readiness-test-password' };
    const neo4j = new EmbeddedNeo4j(config, silentLogger);
    const connection = await neo4j.start();
    const server = await startServer(testConfig({}, connection), silentLogger);
    try {
      await server.prepared;
      expect((await readyz(server.url)).status).toBe(200);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

      await neo4j.stop();
      const down = await eventually(() => readyz(server.url), (r) => r.status === 503);
      expect(down).toEqual({ status: 503, body: { ready: false, database: 'down', schema: 'applied', reason: 'Neo4j is not reachable' } });
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

      const restarted = new EmbeddedNeo4j(config, silentLogger);
      await restarted.start();
      try {
        const up = await eventually(() => readyz(server.url), (r) => r.status === 200);
        expect(up.body).toEqual({ ready: true, database: 'up', schema: 'applied' });
      } finally {
        await restarted.stop();
      }
    } finally {
      await server.stop();
      await neo4j.stop();
    }
  });
});
