import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.stop());

describe('GraphQL over HTTP', () => {
  it('passes every MUST of the GraphQL over HTTP audits, so standard clients work unchanged', async () => {
    const results = await auditServer({ url: `${api.url}/graphql` });
    expect(results.filter((r) => r.name.startsWith('MUST')).length).toBeGreaterThan(10);
    const failedMusts = results.filter((r) => r.status !== 'ok' && r.name.startsWith('MUST')).map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(failedMusts).toEqual([]);
  });

  it('answers a query sent with GET', async () => {
    const response = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ themes(first: 1) { totalCount } }')}`, { headers: { accept: 'application/graphql-response+json' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(((await response.json()) as { data: unknown }).data).toEqual({ themes: { totalCount: expect.any(Number) } });
  });

  it('answers application/json to clients that ask for it', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: '{ themes(first: 1) { totalCount } }' }),
    });
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('answers 400 to a request that is not GraphQL, with the reason', async () => {
    const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body: '{"query": "{ themes { "}' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    const malformed = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' });
    expect(malformed.status).toBe(400);
  });

  it('lets browsers of other origins call it (no cookies are involved)', async () => {
    const response = await fetch(`${api.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://viz.example', 'access-control-request-method': 'POST' } });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-headers')).toMatch(/X-API-Key/);
  });
});

describe('GraphiQL', () => {
  it('is served by the service itself, opening with the example operations', async () => {
    const response = await fetch(`${api.url}/graphiql/`);
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('query ThreatsToObjectives');
    expect(page).toContain('query Timeline');
    expect(page).not.toMatch(/https?:\/\/(?!localhost)[^"']*\.(js|css)/);
    const scripts = [...page.matchAll(/<(?:script src|link rel="stylesheet" href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(4);
    for (const src of scripts) {
      const asset = await fetch(new URL(src, `${api.url}/graphiql/`));
      expect(asset.status, src).toBe(200);
      expect((await asset.text()).length, src).toBeGreaterThan(1000);
    }
  });

  it('redirects /graphiql to /graphiql/ so relative assets resolve', async () => {
    const response = await fetch(`${api.url}/graphiql`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/graphiql/');
  });
});
