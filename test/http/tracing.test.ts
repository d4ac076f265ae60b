import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../src/log/logger.js';
import { startServer, type RunningServer } from '../../src/server/server.js';
import { testConfig } from '../support/neo4j.js';

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const CALLER_SPAN = '00f067aa0ba902b7';

let server: RunningServer;
const exporter = new InMemorySpanExporter();
beforeAll(async () => {
  server = await startServer(testConfig({ PLANGRAPH_TRACING: 'otlp' }), silentLogger, { spanExporter: exporter });
  await server.prepared;
});
afterAll(() => server.stop());

async function post(operation: string, headers: Record<string, string> = {}): Promise<void> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: operation }),
  });
  expect(response.status).toBe(200);
  await response.text();
}

/** The spans of the request whose server span is the first of `traceId`, once it has ended. */
async function spansOf(predicate: (server: ReadableSpan) => boolean): Promise<{ http: ReadableSpan; all: ReadableSpan[] }> {
  // The server span ends when the response is closed, just after the client has read it.
  const http = await vi.waitFor(() => {
    const found = exporter.getFinishedSpans().find((s) => s.kind === SpanKind.SERVER && predicate(s));
    if (!found) throw new Error('the request span has not ended yet');
    return found;
  });
  return { http, all: exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === http.spanContext().traceId) };
}

const nanos = ([seconds, nanoseconds]: [number, number]) => BigInt(seconds) * 1_000_000_000n + BigInt(nanoseconds);
const childrenOf = (spans: ReadableSpan[], parent: ReadableSpan) => spans.filter((s) => s.parentSpanContext?.spanId === parent.spanContext().spanId);

describe('tracing', () => {
  it('traces a request as an HTTP span, its GraphQL operation as a child, and the Cypher it ran below that', async () => {
    await post('query TracedThemes { themes(first: 1) { totalCount } }', { traceparent: `00-${TRACE_ID}-${CALLER_SPAN}-01` });
    const { http, all } = await spansOf((s) => s.spanContext().traceId === TRACE_ID);

    // The caller's traceparent is honoured: same trace, the caller's span as parent.
    expect(http.name).toBe('POST /graphql');
    expect(http.parentSpanContext?.spanId).toBe(CALLER_SPAN);
    expect(http.attributes).toMatchObject({ 'http.request.method': 'POST', 'http.route': '/graphql', 'http.response.status_code': 200 });

    const [graphql, ...others] = childrenOf(all, http);
    expect(others).toEqual([]);
    expect(graphql!.name).toBe('query TracedThemes');
    expect(graphql!.attributes).toMatchObject({ 'graphql.operation.name': 'TracedThemes', 'graphql.operation.type': 'query' });

    const cypher = childrenOf(all, graphql!);
    expect(cypher.length).toBeGreaterThanOrEqual(1);
    for (const statement of cypher) {
      expect(statement.kind).toBe(SpanKind.CLIENT);
      expect(statement.attributes['db.system.name']).toBe('neo4j');
      expect(statement.name).toMatch(/^[\w-]+\/[\w/-]+$/);
      // Inside its operation, in time as in the tree.
      expect(nanos(statement.startTime)).toBeGreaterThanOrEqual(nanos(graphql!.startTime));
      expect(nanos(statement.endTime)).toBeLessThanOrEqual(nanos(graphql!.endTime));
    }
  });

  it('starts a new trace for a request without traceparent', async () => {
    await post('query Untraced { __typename }');
    const { http, all } = await spansOf((s) => s.parentSpanContext === undefined && childrenOf(exporter.getFinishedSpans(), s).some((c) => c.name === 'query Untraced'));
    expect(http.spanContext().traceId).not.toBe(TRACE_ID);
    expect(all.map((s) => s.name).sort()).toEqual(['POST /graphql', 'query Untraced']);
  });
});
