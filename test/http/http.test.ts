import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.stop());

describe('GraphQL over HTTP', () => {
  it('passes every MUST and every SHOULD of the GraphQL over HTTP audits, so standard clients work unchanged', async () => {
    const results = await auditServer({ url: `${api.url}/graphql` });
    expect(results.filter((r) => r.name.startsWith('MUST')).length).toBeGreaterThan(10);
    expect(results.filter((r) => r.name.startsWith('SHOULD')).length).toBeGreaterThan(10);
    const failed = results.filter((r) => r.status !== 'ok' && !r.name.startsWith('MAY')).map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(failed).toEqual([]);
  });

  const post = (body: unknown, accept: string, headers: Record<string, string> = {}) =>
    fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept, ...headers }, body: JSON.stringify(body) });

  it.each([
    ['does not parse', { query: '{ themes { ' }, 'GRAPHQL_PARSE_FAILED'],
    ['does not validate', { query: '{ noSuchField }' }, 'GRAPHQL_VALIDATION_FAILED'],
    ['has variables of the wrong type', { query: 'query($n: Int) { themes(first: $n) { totalCount } }', variables: { n: 'many' } }, 'BAD_USER_INPUT'],
    // A fan-out through hubs: themes tag many objectives, organisations take part in many actions.
    ['would cost more than allowed', { query: 'query($n: Int) { themes(first: $n) { nodes { objectives(first: $n) { nodes { actions(first: $n) { nodes { partners(first: $n) { nodes { involvedInActions(first: $n) { nodes { id } } } } } } } } } } }', variables: { n: 100 } }, 'QUERY_TOO_COMPLEX'],
  ])('answers a document that %s with its errors: 200 for application/json, 400 for application/graphql-response+json', async (_what, body, code) => {
    const asJson = await post(body, 'application/json');
    const asGraphQL = await post(body, 'application/graphql-response+json');
    const jsonBody = (await asJson.json()) as { data?: unknown; errors?: { extensions: { code: string } }[] };
    const graphqlBody = (await asGraphQL.json()) as { data?: unknown; errors?: { extensions: { code: string } }[] };
    expect([asJson.status, asJson.headers.get('content-type')]).toEqual([200, 'application/json; charset=utf-8']);
    expect([asGraphQL.status, asGraphQL.headers.get('content-type')]).toEqual([400, 'application/graphql-response+json; charset=utf-8']);
    expect(jsonBody.errors?.[0]?.extensions.code).toBe(code);
    expect(graphqlBody.errors?.[0]?.extensions.code).toBe(code);
    expect('data' in jsonBody).toBe(false);
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

  it('refuses a document of more tokens than the limit before parsing it, with QUERY_TOO_COMPLEX and 400', async () => {
    const response = await post({ query: `{ ${'__typename '.repeat(3_001)} }` }, 'application/graphql-response+json');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { extensions: Record<string, unknown> }[] }).errors[0]!.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', maxTokens: 3000 });
  });

  it('keeps other statuses for application/json: 401 for credentials that do not check out', async () => {
    const response = await post({ query: '{ themes(first: 1) { totalCount } }' }, 'application/json', { 'x-api-key': 'not-a-key-of-this-service' });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
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
