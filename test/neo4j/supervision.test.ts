import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { silentLogger } from '../../src/log/logger.js';
import { EmbeddedNeo4j } from '../../src/neo4j/embedded/embeddedNeo4j.js';
import { startServer, type RunningServer } from '../../src/server/server.js';
import { next, until } from '../support/wait.js';

// One embedded Neo4j of this file's own, killed and restarted: it shares nothing with the other
// tests. Its JVM boots twice (start, restart); the last test boots a third that must fail.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plangraph-supervision-'));
const KEY = crypto.randomBytes(16).toString('hex');
let server: RunningServer;
let firstPid: number;

beforeAll(async () => {
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    LOG_LEVEL: 'silent',
    PLANGRAPH_NEO4J_DIR: dataDir,
    PLANGRAPH_NEO4J_HEAP_MB: '512',
    PLANGRAPH_NEO4J_PAGECACHE_MB: '32',
    // One restart: the first crash is survived, the second spends the budget.
    PLANGRAPH_NEO4J_RESTARTS: '1',
    PLANGRAPH_SEED: 'off',
    PLANGRAPH_API_KEYS: `${KEY}:ann:analyst`,
    PLANGRAPH_TX_TIMEOUT_MS: '600000',
    PLANGRAPH_REQUEST_TIMEOUT_MS: '600000',
  });
  server = await startServer(config, silentLogger);
  await server.prepared;
  firstPid = server.neo4j.embedded!.pid!;
});
afterAll(async () => {
  await server?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function readyz(): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${server.url}/readyz`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function graphql(query: string): Promise<{ status: number; data?: Record<string, unknown>; code?: string }> {
  const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': KEY }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] };
  return { status: response.status, data: body.data ?? undefined, code: body.errors?.[0]?.extensions?.code };
}

/** Writers that create themes one after another and remember which writes were acknowledged. */
function writeLoad(writers: number) {
  const acknowledged: string[] = [];
  const refusals: string[] = [];
  let running = true;
  const loops = Array.from({ length: writers }, async (_, w) => {
    for (let n = 0; running; n += 1) {
      const key = `load-${w}-${n}`;
      const result = await graphql(`mutation { createTheme(input: {key: "${key}", name: "Last ${key}", labelEn: "Load", basis: CURATED, rationale: "write load"}) { id } }`).catch(() => ({ status: 0, code: 'NETWORK' }));
      if (result.status === 200 && !result.code) acknowledged.push(`theme/${key}`);
      else refusals.push(`${result.status} ${result.code}`);
    }
  });
  return { acknowledged, refusals, stop: async () => ((running = false), await Promise.all(loops)) };
}

describe('the embedded Neo4j under supervision', () => {
  it('starts on loopback with a password of its own, and refuses a second Neo4j on the same folder', async () => {
    const connection = server.neo4j.embedded!.connection!;
    expect(connection.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    expect(connection.password.length).toBeGreaterThanOrEqual(24);
    const second = new EmbeddedNeo4j({ mode: 'embedded', dataDir, boltPort: 0, heapMb: 256, pageCacheMb: 16 }, silentLogger);
    await expect(second.start()).rejects.toThrow(/the Neo4j data folder .* is in use by another Neo4j process/);
    expect(fs.readFileSync(`/proc/${firstPid}/environ`, 'utf8')).not.toContain(connection.password);
  });

  it('survives kill -9 of its JVM under a write load: not ready at once, 503 while down, ready again by itself, no acknowledged write lost', async () => {
    const { supervisor } = server.neo4j;
    const events: string[] = [];
    supervisor!.once('crashed', () => events.push('crashed'));
    const restarted = next(supervisor!, 'restarted').then(() => events.push('restarted'));
    const load = writeLoad(3);
    await until(() => load.acknowledged.length, (n) => n >= 10);

    const crashed = next(supervisor!, 'crashed');
    process.kill(firstPid, 'SIGKILL');
    await crashed;
    // Straight after the exit event, before any restart: not ready, and requests refused.
    const down = await readyz();
    events.push(`readyz ${down.status}`);
    expect(down.body).toMatchObject({ ready: false, database: 'down' });
    const refused = await graphql('{ themes { totalCount } }');
    events.push(`request ${refused.status} ${refused.code}`);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

    await restarted;
    const up = await until(readyz, (r) => r.status === 200);
    expect(up.body).toMatchObject({ ready: true, database: 'up' });
    const acknowledgedBefore = load.acknowledged.length;
    await until(() => load.acknowledged.length, (n) => n >= acknowledgedBefore + 5); // writes flow again
    await load.stop();

    expect(events).toEqual(['crashed', 'readyz 503', 'request 503 DATABASE_UNAVAILABLE', 'restarted']);
    expect(server.neo4j.embedded!.pid).not.toBe(firstPid);
    expect(alive(firstPid)).toBe(false);
    expect(new Set(load.refusals.map((r) => r.split(' ')[1]))).toEqual(new Set(load.refusals.length ? ['DATABASE_UNAVAILABLE'] : []));
    const stored = await graphql(`{ nodes(ids: ${JSON.stringify(load.acknowledged)}) { id } }`);
    expect((stored.data?.nodes as ({ id: string } | null)[]).filter(Boolean)).toHaveLength(load.acknowledged.length);
  }, 600_000);

  it('gives up when the restart budget is spent: /healthz and /readyz answer 503', async () => {
    const { supervisor } = server.neo4j;
    const gaveUp = next(supervisor!, 'gave-up');
    process.kill(server.neo4j.embedded!.pid!, 'SIGKILL');
    const [error] = await gaveUp;
    expect((error as Error).message).toMatch(/exited with SIGKILL; gave up after 1 restart within the restart window$/);
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: 'failing', reason: expect.stringMatching(/gave up/) });
    expect((await readyz()).status).toBe(503);
  });

  it('names the store file it can not open, at once, instead of retrying (the cause is read from Neo4j)', async () => {
    await server.stop();
    const store = path.join(dataDir, 'data', 'databases', 'neo4j', 'neostore.nodestore.db');
    fs.rmSync(store);
    fs.mkdirSync(store); // a store file Neo4j can not open (permissions do not stop root)
    const broken = new EmbeddedNeo4j({ mode: 'embedded', dataDir, boltPort: 0, heapMb: 256, pageCacheMb: 16 }, silentLogger);
    const starting = broken.start();
    await until(() => broken.pid, (pid) => pid !== undefined);
    const pid = broken.pid!;
    await expect(starting).rejects.toThrow(/its database neo4j could not start: .*Unable to open store file: .*neostore\.nodestore\.db/);
    await until(() => alive(pid), (up) => !up); // and its JVM ends
  }, 600_000);
});
