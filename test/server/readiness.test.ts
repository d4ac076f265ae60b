import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log/logger.js';
import { startServer } from '../../src/server/server.js';
import fs from 'node:fs';
import { loadSeedGraph } from '../support/dataset.js';
import { openTestDatabase, testConfig, testConnection } from '../support/neo4j.js';
import { hostAndPort, TcpRelay } from '../support/proxy.js';
import { next, until } from '../support/wait.js';

async function readyz(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${url}/readyz`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('readiness', () => {
  it('reports not ready while Neo4j is unreachable, answers requests 503 at once, and recovers by itself', async () => {
    // The network to the shared test Neo4j goes through a relay the test can cut.
    const relay = new TcpRelay(hostAndPort(testConnection().uri));
    const port = await relay.open();
    const server = await startServer(testConfig({ NEO4J_URI: `bolt://127.0.0.1:${port}` }), silentLogger);
    const { db } = server.neo4j;
    try {
      await server.prepared;
      expect(await readyz(server.url)).toEqual({ status: 200, body: { ready: true, database: 'up', schema: 'applied', data: 'off' } });

      const down = next(db.availability, 'down');
      await relay.cut();
      // The first request that meets the outage opens the circuit...
      const first = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ themes { totalCount } }' }) });
      expect(first.status).toBe(503);
      await down;
      // ...and from then on readiness says so and every request is refused without waiting.
      const notReady = await readyz(server.url);
      expect(notReady.status).toBe(503);
      expect(notReady.body).toMatchObject({ ready: false, database: 'down', schema: 'applied' });
      const refused = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ themes { totalCount } }' }) });
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('1');
      expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('DATABASE_UNAVAILABLE');
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200); // an external Neo4j may come back: still alive

      const up = next(db.availability, 'up');
      await relay.open();
      await up;
      expect(await until(() => readyz(server.url), (r) => r.status === 200)).toMatchObject({ body: { ready: true, database: 'up' } });
    } finally {
      await server.stop();
      await relay.cut();
    }
  });

  it('says ready only once the cost model has the graph statistics: the nested read with pages of 50 passes at once', async () => {
    const db = openTestDatabase();
    await loadSeedGraph(db);
    await db.close();
    const server = await startServer(testConfig(), silentLogger);
    try {
      await until(() => readyz(server.url), (r) => r.status === 200);
      const query = fs.readFileSync(new URL('../../bench/operations/nested-first.graphql', import.meta.url), 'utf8');
      const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: { id: 'ajh', first: 50 } }) });
      const body = (await response.json()) as { data?: { organisation: { plans: { nodes: unknown[] } } }; errors?: unknown[] };
      expect(body.errors).toBeUndefined();
      expect(body.data!.organisation.plans.nodes.length).toBeGreaterThan(0);
    } finally {
      await server.stop();
    }
  });
});
