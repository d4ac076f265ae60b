import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

// What Apollo Client and a traced browser app send besides the body.
const ASKED = 'content-type,x-api-key,authorization,traceparent,apollographql-client-name,apollographql-client-version';

const preflight = (api: TestServer, origin: string, headers = ASKED) =>
  fetch(`${api.url}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': headers } });

describe('CORS with any origin allowed (the default)', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer();
  });
  afterAll(() => api.stop());

  it('answers a preflight from any origin with the headers it asks for, so client-awareness and trace headers pass', async () => {
    const response = await preflight(api, 'https://viz.example');
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-headers')).toBe(ASKED);
    expect(response.headers.get('access-control-allow-methods')).toBe('GET,POST,OPTIONS');
    expect(response.headers.get('access-control-max-age')).toBe('600');
  });

  it('lets scripts read the bookmark, request id and Retry-After headers of an answer', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { origin: 'https://viz.example', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-expose-headers')).toBe('X-PlanGraph-Bookmark,X-Request-Id,Retry-After,Server-Timing');
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('CORS with a list of origins', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({ PLANGRAPH_CORS_ORIGINS: 'https://explorer.example, https://viz.example' });
  });
  afterAll(() => api.stop());

  it('answers a preflight from a listed origin with that origin and the headers it asks for', async () => {
    const response = await preflight(api, 'https://explorer.example', 'content-type,traceparent');
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://explorer.example');
    expect(response.headers.get('vary')).toMatch(/Origin/);
    expect(response.headers.get('access-control-allow-headers')).toBe('content-type,traceparent');
  });

  it('gives no CORS headers to an origin that is not listed, so browsers refuse the call', async () => {
    const response = await preflight(api, 'https://elsewhere.example');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-headers')).toBeNull();
    const simple = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { origin: 'https://elsewhere.example' } });
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers a listed origin on the actual request too', async () => {
    const response = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { origin: 'https://viz.example' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://viz.example');
    expect(response.headers.get('access-control-expose-headers')).toMatch(/X-PlanGraph-Bookmark/);
  });
});
