import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { sample } from './prometheus.js';

async function scrape(api: TestServer, headers: Record<string, string> = {}): Promise<string> {
  const response = await fetch(`${api.url}/metrics`, { headers });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.text();
}

describe('/metrics', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer();
  });
  afterAll(() => api.stop());

  it('shows the GraphQL request it was just sent: by operation, HTTP status, Cypher statements', async () => {
    const operation = `MetricsProbe_${randomUUID().replaceAll('-', '')}`;
    const data = await api.query(`query ${operation} { themes(first: 1) { totalCount } }`);
    expect(data).toEqual({ themes: { totalCount: expect.any(Number) } });

    const text = await scrape(api);
    expect(sample(text, 'plangraph_graphql_operation_duration_seconds_count', { operation, type: 'query' })).toBe(1);
    expect(sample(text, 'plangraph_http_requests_total', { method: 'POST', route: '/graphql', status: '200' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'plangraph_http_request_duration_seconds_count', { method: 'POST', route: '/graphql', status: '200' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'plangraph_db_statements_per_request_count')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'plangraph_db_statements_per_request_sum')).toBeGreaterThanOrEqual(1);
    const statements = text.split('\n').filter((l) => l.startsWith('plangraph_db_statement_duration_seconds_count{'));
    expect(statements.some((l) => /outcome="ok"/.test(l) && /statement="[\w/-]+"/.test(l))).toBe(true);
  });

  it('counts the errors clients receive by extensions.code', async () => {
    const response = await api.request('{ noSuchField }');
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const text = await scrape(api);
    expect(sample(text, 'plangraph_graphql_errors_total', { operation: '(invalid)', code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    expect(sample(text, 'plangraph_http_requests_total', { method: 'POST', route: '/graphql', status: '400' })).toBe(1);
  });

  it('shows requests in flight, the limits, the driver pool and the process', async () => {
    const text = await scrape(api);
    // The scrape itself is in flight while the metrics are read.
    expect(sample(text, 'plangraph_http_requests_in_flight', { route: '/metrics' })).toBe(1);
    expect(sample(text, 'plangraph_limits_requests', { state: 'running' })).toBe(0);
    expect(sample(text, 'plangraph_db_pool_connections', { state: 'max' })).toBe(50);
    expect(sample(text, 'plangraph_db_pool_connections', { state: 'in_use' })).toBe(0);
    expect(sample(text, 'plangraph_db_pool_connections', { state: 'idle' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(sample(text, 'nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
  });

  it('counts operation names past the hundredth distinct one together, so clients can not grow the metrics', async () => {
    for (let i = 0; i < 101; i += 1) await api.query(`query Many${i} { __typename }`);
    const text = await scrape(api);
    expect(sample(text, 'plangraph_graphql_operation_duration_seconds_count', { operation: 'Many0' })).toBe(1);
    expect(sample(text, 'plangraph_graphql_operation_duration_seconds_count', { operation: 'Many100' })).toBeUndefined();
    expect(sample(text, 'plangraph_graphql_operation_duration_seconds_count', { operation: '(other)' })).toBeGreaterThanOrEqual(1);
  });
});

describe('/metrics, protected or off', () => {
  const TOKEN = 'a-metrics-token-0123456789';
  let secured: TestServer;
  let off: TestServer;
  beforeAll(async () => {
    secured = await startTestServer({ PLANGRAPH_METRICS_TOKEN: TOKEN });
    off = await startTestServer({ PLANGRAPH_METRICS: 'off' });
  });
  afterAll(async () => {
    await secured.stop();
    await off.stop();
  });

  it('answers only a scraper that sends the bearer token when PLANGRAPH_METRICS_TOKEN is set', async () => {
    const none = await fetch(`${secured.url}/metrics`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
    expect((await fetch(`${secured.url}/metrics`, { headers: { authorization: 'Bearer not-the-token-0123456789' } })).status).toBe(401);
    expect(sample(await scrape(secured, { authorization: `Bearer ${TOKEN}` }), 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
  });

  it('is not served with PLANGRAPH_METRICS=off', async () => {
    expect((await fetch(`${off.url}/metrics`)).status).toBe(404);
    expect((await off.request('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });
});
