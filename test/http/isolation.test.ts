import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../src/neo4j/database.js';
import { openTestDatabase } from '../support/neo4j.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { sample } from './prometheus.js';

const KEYS = { ann: 'analyst-ann-0123456789', bob: 'analyst-bob-0123456789', vic: 'viewer-vic-0123456789' };
const API_KEYS = `${KEYS.ann}:ann:analyst,${KEYS.bob}:bob:analyst,${KEYS.vic}:vic:viewer`;
const HELD = 'test/held-node';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] };
}

/** POST /graphql from a given loopback address (each address is another anonymous caller). */
function post(api: TestServer, query: string, options: { from?: string; headers?: Record<string, string>; signal?: AbortSignal } = {}): Promise<Answer> {
  const url = new URL(`${api.url}/graphql`);
  const body = JSON.stringify({ query });
  return new Promise((resolve, reject) => {
    const request = http.request({
      host: url.hostname, port: url.port, path: url.pathname, method: 'POST', localAddress: options.from ?? '127.0.0.1', signal: options.signal,
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'content-length': Buffer.byteLength(body), ...options.headers },
    }, (response) => {
      let text = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk)).on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: JSON.parse(text) }));
    });
    request.on('error', reject);
    request.end(body);
  });
}

const codeOf = (answer: Answer) => answer.body.errors?.[0]?.extensions.code;
const metrics = async (api: TestServer) => (await fetch(`${api.url}/metrics`)).text();
/** Waits until the service has `n` GraphQL requests admitted and running. */
const running = (api: TestServer, n: number) => vi.waitFor(async () => expect(sample(await metrics(api), 'plangraph_limits_requests', { state: 'running' })).toBe(n), { timeout: 20_000 });
const waiting = (api: TestServer, n: number) => vi.waitFor(async () => expect(sample(await metrics(api), 'plangraph_limits_requests', { state: 'waiting' })).toBe(n), { timeout: 20_000 });

/**
 * Holds the write lock of a node in a transaction of its own until released: a mutation of that
 * node waits in the database meanwhile, which keeps its request in flight for as long as a test
 * needs, whatever the speed of the machine.
 */
async function holdLock(db: Database, id: string): Promise<() => Promise<void>> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let locked!: () => void;
  const isLocked = new Promise<void>((resolve) => (locked = resolve));
  const rollback = new Error('rollback');
  const done = db.writeTransaction(async (tx) => {
    await tx.run({ name: 'test/lock', text: 'MATCH (n:Entity {id: $id}) SET n.held = true' }, { id });
    locked();
    await released;
    throw rollback;
  }).catch((err: unknown) => {
    if (err !== rollback) throw err;
  });
  await isLocked;
  return async () => {
    release();
    await done;
  };
}

// A delete naming a version the node is not at: it waits for the lock, then changes nothing.
const BLOCKED_WRITE = `mutation { deleteNode(id: "${HELD}", version: 99) { deleted } }`;

let db: Database;
beforeAll(async () => {
  db = openTestDatabase();
  await db.write({ name: 'test/held-node', text: "MERGE (n:Entity:Theme {id: $id}) SET n.kind = 'Theme', n.version = 1, n.name = 'held'" }, { id: HELD });
});
afterAll(async () => {
  await db.write({ name: 'test/drop-held-node', text: 'MATCH (n:Entity {id: $id}) DETACH DELETE n' }, { id: HELD });
  await db.close();
});

describe('rate limits', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({ PLANGRAPH_RATE_ANONYMOUS: '3', PLANGRAPH_API_KEYS: API_KEYS });
  });
  afterAll(() => api.stop());

  it('answers an anonymous caller past its requests per minute with 429, RATE_LIMITED and Retry-After', async () => {
    for (let i = 0; i < 3; i += 1) expect((await post(api, '{ __typename }', { from: '127.0.0.1' })).status).toBe(200);
    const refused = await post(api, '{ __typename }', { from: '127.0.0.1' });
    expect(refused.status).toBe(429);
    expect(refused.headers['content-type']).toBe('application/graphql-response+json; charset=utf-8');
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    expect(refused.body.errors?.[0]?.extensions.reason).toBe('rate');
    expect(refused.body.data).toBeUndefined();
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.body.errors?.[0]?.extensions.retryAfter).toBe(retryAfter);
  });

  it('counts anonymous callers by address and authenticated ones by subject, each on its own budget', async () => {
    expect((await post(api, '{ __typename }', { from: '127.0.0.2' })).status).toBe(200);
    for (let i = 0; i < 5; i += 1) expect((await post(api, '{ __typename }', { from: '127.0.0.1', headers: { 'x-api-key': KEYS.vic } })).status).toBe(200);
    expect(sample(await metrics(api), 'plangraph_http_rejected_total', { reason: 'rate', caller: 'anonymous' })).toBe(1);
  });

  it('counts invalid credentials against the address they come from', async () => {
    const refused = await post(api, '{ __typename }', { from: '127.0.0.1', headers: { 'x-api-key': 'not-a-key-of-this-service' } });
    expect(refused.status).toBe(429);
  });
});

describe('concurrency limits', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({ PLANGRAPH_CONCURRENCY_AUTHENTICATED: '1', PLANGRAPH_API_KEYS: API_KEYS });
  });
  afterAll(() => api.stop());

  it('lets one caller run its share and wait for as many more, refuses the rest, and serves other callers meanwhile', async () => {
    const release = await holdLock(db, HELD);
    const as = (key: string) => ({ headers: { 'x-api-key': key } });
    const first = post(api, BLOCKED_WRITE, as(KEYS.ann));
    await running(api, 1);
    const second = post(api, BLOCKED_WRITE, as(KEYS.ann));
    await waiting(api, 1);

    const third = await post(api, BLOCKED_WRITE, as(KEYS.ann));
    expect(third.status).toBe(429);
    expect(third.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'concurrency' });
    expect(third.headers['retry-after']).toBe('1');

    // Another caller, and anonymous readers, are not held up by ann's requests.
    expect((await post(api, '{ themes(first: 1) { totalCount } }', as(KEYS.bob))).status).toBe(200);
    expect((await post(api, '{ themes(first: 1) { totalCount } }')).status).toBe(200);

    await release();
    for (const answer of await Promise.all([first, second])) expect(codeOf(answer)).toBe('CONFLICT');
    await running(api, 0);
  });
});

describe('database time', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({ PLANGRAPH_DB_SECONDS_AUTHENTICATED: '1', PLANGRAPH_API_KEYS: API_KEYS });
  });
  afterAll(() => api.stop());

  it('refuses a caller whose requests kept the database busy past its seconds of the minute, and no one else', async () => {
    const release = await holdLock(db, HELD);
    const as = (key: string) => ({ headers: { 'x-api-key': key } });
    const blocked = post(api, BLOCKED_WRITE, as(KEYS.ann));
    await running(api, 1);
    // The statement waits for the lock as long as it is held: more than the second allowed.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await release();
    expect(codeOf(await blocked)).toBe('CONFLICT');

    const refused = await post(api, '{ __typename }', as(KEYS.ann));
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'database' });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect((await post(api, '{ __typename }', as(KEYS.bob))).status).toBe(200);
  });
});

describe('request deadlines', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({ PLANGRAPH_REQUEST_TIMEOUT_MS: '200', PLANGRAPH_MUTATION_TIMEOUT_MS: '400', PLANGRAPH_API_KEYS: API_KEYS });
  });
  afterAll(() => api.stop());

  it('answers 504 DEADLINE_EXCEEDED at the deadline (of mutations, here), and keeps the request counted until its database work has stopped', async () => {
    const release = await holdLock(db, HELD);
    const answer = await post(api, BLOCKED_WRITE, { headers: { 'x-api-key': KEYS.ann } });
    expect(answer.status).toBe(504);
    expect(answer.body.errors?.[0]?.extensions).toEqual({ code: 'DEADLINE_EXCEEDED', timeoutMs: 400 });
    // The write still waits for its lock in the database: its place in the limits is still taken.
    expect(sample(await metrics(api), 'plangraph_limits_requests', { state: 'running' })).toBe(1);
    await release();
    await running(api, 0);
    expect(sample(await metrics(api), 'plangraph_http_rejected_total', { reason: 'deadline', caller: 'authenticated' })).toBe(1);
  });

  it('records a client that leaves before the answer as status 499', async () => {
    const release = await holdLock(db, HELD);
    const controller = new AbortController();
    const gone = post(api, BLOCKED_WRITE, { headers: { 'x-api-key': KEYS.bob }, signal: controller.signal });
    await running(api, 1);
    controller.abort();
    await expect(gone).rejects.toThrow();
    await vi.waitFor(async () => expect(sample(await metrics(api), 'plangraph_http_requests_total', { method: 'POST', route: '/graphql', status: '499' })).toBe(1));
    await release();
    await running(api, 0);
  });
});
