import { SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/database.js';
import { loadSeedGraph } from '../support/dataset.js';
import { openTestDatabase } from '../support/neo4j.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { graphState } from '../domain/graphState.js';

/**
 * What a client can rely on at the HTTP level: tokens that never expire (or live too long) are
 * refused, a write without an identity is 401 and one from a viewer 403 (for clients accepting
 * application/graphql-response+json), and with reads closed an anonymous caller gets no hints
 * of the schema.
 */
const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';
const KEYS = { viewer: 'viewer-key-0123456789', partner: 'partner-igo-key-0123456789' };
const MUTATION = 'mutation { createTheme(input: {key: "http-test", name: "Test", labelEn: "Test", basis: CURATED, rationale: "a theme for an HTTP test"}) { id } }';

let db: Database;
let api: TestServer;
beforeAll(async () => {
  db = openTestDatabase();
  await loadSeedGraph(db);
  api = await startTestServer({ PLANGRAPH_API_KEYS: `${KEYS.viewer}:vic:viewer,${KEYS.partner}:pia:partner:igo`, PLANGRAPH_JWT_SECRET: SECRET, PLANGRAPH_JWT_MAX_AGE_SECONDS: '3600' });
});
afterAll(async () => {
  await api.stop();
  await db.close();
});

const key = new TextEncoder().encode(SECRET);
const token = (claims: Record<string, unknown>) => new SignJWT({ role: 'analyst', ...claims }).setProtectedHeader({ alg: 'HS256' }).setSubject('tess').setIssuedAt();
const bearer = (jwt: string) => ({ authorization: `Bearer ${jwt}` });

async function post(query: string, headers: Record<string, string>, accept = 'application/graphql-response+json') {
  const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept, ...headers }, body: JSON.stringify({ query }) });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } };
}

describe('bearer tokens', () => {
  it('refuses a token without an expiry, and one that would live longer than the configured maximum', async () => {
    const forever = await token({}).sign(key);
    const noExpiry = await post('{ themes { totalCount } }', bearer(forever));
    expect(noExpiry.status).toBe(401);
    expect(noExpiry.body.errors![0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringContaining('no expiry') });
    const longLived = await post('{ themes { totalCount } }', bearer(await token({}).setExpirationTime('30d').sign(key)));
    expect(longLived.status).toBe(401);
    expect(longLived.body.errors![0]!.message).toMatch(/lives longer than this service allows \(at most 3600 seconds\)/);
    const expired = await post('{ themes { totalCount } }', bearer(await token({}).setIssuedAt(Math.floor(Date.now() / 1000) - 600).setExpirationTime(Math.floor(Date.now() / 1000) - 60).sign(key)));
    expect(expired.status).toBe(401);
    const unsigned = await post('{ themes { totalCount } }', bearer(new UnsecuredJWT({ role: 'analyst' }).setSubject('mallory').setExpirationTime('10m').encode()));
    expect(unsigned.status).toBe(401);
    const fine = await post('{ themes { totalCount } }', bearer(await token({}).setExpirationTime('30m').sign(key)));
    expect(fine.status).toBe(200);
    expect(fine.body.errors).toBeUndefined();
  });
});

describe('statuses of refused writes', () => {
  it('answers a write without an identity with 401 and no data, changing nothing', async () => {
    const before = await graphState(db);
    for (const accept of ['application/graphql-response+json', 'application/json']) {
      const anonymous = await post(MUTATION, {}, accept);
      expect(anonymous.status).toBe(401);
      expect(anonymous.body).toEqual({ errors: [expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } })] });
    }
    expect(await graphState(db)).toEqual(before);
  });

  it("answers a viewer's write with 403 where GraphQL over HTTP allows it, 200 for application/json clients, no data either way", async () => {
    const before = await graphState(db);
    const strict = await post(MUTATION, { 'x-api-key': KEYS.viewer });
    expect(strict.status).toBe(403);
    expect(strict.body).toEqual({ errors: [expect.objectContaining({ extensions: { code: 'FORBIDDEN' } })] });
    const legacy = await post(MUTATION, { 'x-api-key': KEYS.viewer }, 'application/json');
    expect(legacy.status).toBe(200);
    expect(legacy.body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(legacy.body.data).toBeUndefined();
    expect(await graphState(db)).toEqual(before);
  });

  it("answers a partner's refused write with the field null and FORBIDDEN: the check needs the graph, so it runs with the write", async () => {
    const refused = await post(MUTATION, { 'x-api-key': KEYS.partner });
    expect(refused.status).toBe(200);
    expect(refused.body).toMatchObject({ data: { createTheme: null }, errors: [{ extensions: { code: 'FORBIDDEN' } }] });
  });
});

describe('schema hints', () => {
  it('gives an anonymous caller no field suggestions when reads are closed, and keeps them for callers with an identity', async () => {
    const closed = await startTestServer({ PLANGRAPH_READS: 'authenticated', PLANGRAPH_API_KEYS: `${KEYS.viewer}:vic:viewer` });
    try {
      const ask = async (headers: Record<string, string>) => {
        const r = await fetch(`${closed.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: '{ themes(orderBy: {field: NAMES}) { totalCont } }' }) });
        return ((await r.json()) as { errors: { message: string }[] }).errors.map((e) => e.message).join(' ');
      };
      const anonymous = await ask({});
      expect(anonymous).not.toMatch(/Did you mean/);
      expect(anonymous).not.toMatch(/totalCount|"NAME"/);
      expect(await ask({ 'x-api-key': KEYS.viewer })).toMatch(/Did you mean "totalCount"/);
      const open = await api.request('{ themes { totalCont } }');
      expect(open.errors![0]!.message).toMatch(/Did you mean "totalCount"/);
    } finally {
      await closed.stop();
    }
  });
});
