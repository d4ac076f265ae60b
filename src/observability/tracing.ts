import type { IncomingHttpHeaders } from 'node:http';
import { context, defaultTextMapGetter, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Context, type Span, type Tracer } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { detectResources, envDetector, resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, ConsoleSpanExporter, SimpleSpanProcessor, TracerProvider, type SpanExporter } from '@opentelemetry/sdk-trace';
import { ATTR_DB_QUERY_SUMMARY, ATTR_DB_SYSTEM_NAME, ATTR_ERROR_TYPE, ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';

/**
 * OpenTelemetry tracing of requests, GraphQL operations and Cypher statements, off unless
 * PLANGRAPH_TRACING says where spans go. `otlp` sends them to the collector named by the standard
 * OTEL_EXPORTER_OTLP_* variables (the exporter reads them itself); the service is named by
 * OTEL_SERVICE_NAME (default `plangraph`) and OTEL_RESOURCE_ATTRIBUTES. An incoming W3C
 * `traceparent` makes the request's span a child of the caller's.
 *
 * The tracer provider belongs to this service, not to the process: nothing is registered
 * globally except the context manager that lets spans follow asynchronous calls.
 */
export class Tracing {
  readonly tracer: Tracer;
  private readonly propagator = new W3CTraceContextPropagator();

  private constructor(private readonly provider: TracerProvider) {
    this.tracer = provider.getTracer('plangraph');
  }

  /** Tracing as configured, or undefined when it is off. `exporter` replaces the configured one. */
  static create(mode: 'off' | 'otlp' | 'console', exporter?: SpanExporter): Tracing | undefined {
    if (mode === 'off' && !exporter) return undefined;
    // Registered once per process; a second service in the same process shares it.
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    const resource = resourceFromAttributes({ [ATTR_SERVICE_NAME]: 'plangraph' }).merge(detectResources({ detectors: [envDetector] }));
    // A given exporter (tests) gets every span as it ends; a remote one gets them in batches.
    const processor = exporter
      ? new SimpleSpanProcessor({ exporter })
      : mode === 'console'
        ? new SimpleSpanProcessor({ exporter: new ConsoleSpanExporter() })
        : new BatchSpanProcessor({ exporter: new OTLPTraceExporter() });
    return new Tracing(new TracerProvider({ resource, spanProcessors: [processor] }));
  }

  /** The caller's trace context from its `traceparent` header, or a new trace. */
  incoming(headers: IncomingHttpHeaders): Context {
    return this.propagator.extract(ROOT_CONTEXT, headers, defaultTextMapGetter);
  }

  /** A span of an incoming request, child of `parent`; returns it and the context it is active in. */
  startServerSpan(name: string, parent: Context, attributes: Record<string, string | number>): { span: Span; context: Context } {
    const span = this.tracer.startSpan(name, { kind: SpanKind.SERVER, attributes }, parent);
    return { span, context: trace.setSpan(parent, span) };
  }

  /** An internal span (a GraphQL operation) below `parent`. */
  startSpan(name: string, parent: Context, attributes: Record<string, string | number> = {}): { span: Span; context: Context } {
    const span = this.tracer.startSpan(name, { kind: SpanKind.INTERNAL, attributes }, parent);
    return { span, context: trace.setSpan(parent, span) };
  }

  /**
   * A Cypher statement that has just finished, as a client span below whatever span is active
   * (the GraphQL operation it ran for). It is recorded after the fact, with its real duration.
   */
  recordStatement(statement: { name: string; ms: number; rows: number; error?: unknown }, database: string | undefined): void {
    // The clock of the spans (monotonic, since the process started), so the statement's span
    // sits exactly inside its operation's.
    const end = performance.now();
    const span = this.tracer.startSpan(statement.name, {
      kind: SpanKind.CLIENT,
      startTime: end - statement.ms,
      attributes: {
        [ATTR_DB_SYSTEM_NAME]: 'neo4j',
        [ATTR_DB_QUERY_SUMMARY]: statement.name,
        'db.response.returned_rows': statement.rows,
        ...(database ? { 'db.namespace': database } : {}),
      },
    }, context.active());
    if (statement.error) {
      const code = (statement.error as { code?: unknown }).code;
      span.setAttribute(ATTR_ERROR_TYPE, typeof code === 'string' && code ? code : (statement.error as Error).name ?? 'Error');
      span.setStatus({ code: SpanStatusCode.ERROR });
    }
    span.end(end);
  }

  async shutdown(): Promise<void> {
    await this.provider.shutdown();
  }
}
