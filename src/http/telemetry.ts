import { randomUUID } from 'node:crypto';
import { SpanStatusCode, type Context } from '@opentelemetry/api';
import { ATTR_CLIENT_ADDRESS, ATTR_HTTP_REQUEST_METHOD, ATTR_HTTP_RESPONSE_STATUS_CODE, ATTR_HTTP_ROUTE, ATTR_URL_PATH, ATTR_USER_AGENT_ORIGINAL } from '@opentelemetry/semantic-conventions';
import type { RequestHandler, Response } from 'express';
import type { Metrics } from '../observability/metrics.js';
import type { Tracing } from '../observability/tracing.js';

/** Status recorded for a request whose client left before it was answered (nginx's convention). */
const CLIENT_CLOSED = 499;

/**
 * Every HTTP request: an id (X-Request-Id, also in the logs), a server span (child of the
 * caller's `traceparent`) when tracing is on, and its count, duration and status in the metrics.
 * `routes` are the paths the service serves; others are counted together as `other`, so that
 * scanners probing random paths do not multiply the metrics.
 */
export function requestTelemetry(options: { metrics: Metrics | undefined; tracing: Tracing | undefined; routes: readonly string[] }): RequestHandler {
  const { metrics, tracing } = options;
  const routeOf = (path: string) => options.routes.find((r) => path === r || path.startsWith(`${r}/`)) ?? 'other';
  return (req, res, next) => {
    const started = performance.now();
    const route = routeOf(req.path);
    const id = randomUUID();
    res.locals.requestId = id;
    res.set('X-Request-Id', id);
    metrics?.httpInFlight.inc({ route });
    const traced = tracing?.startServerSpan(`${req.method} ${route}`, tracing.incoming(req.headers), {
      [ATTR_HTTP_REQUEST_METHOD]: req.method,
      [ATTR_HTTP_ROUTE]: route,
      [ATTR_URL_PATH]: req.path,
      [ATTR_CLIENT_ADDRESS]: req.ip ?? '',
      [ATTR_USER_AGENT_ORIGINAL]: req.get('user-agent') ?? '',
      'plangraph.request_id': id,
    });
    if (traced) res.locals.traceContext = traced.context;
    res.once('close', () => {
      const status = res.writableFinished ? res.statusCode : CLIENT_CLOSED;
      const labels = { method: req.method, route, status: String(status) };
      metrics?.httpInFlight.dec({ route });
      metrics?.httpRequests.inc(labels);
      metrics?.httpDuration.observe(labels, (performance.now() - started) / 1000);
      if (traced) {
        traced.span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, status);
        if (status >= 500) traced.span.setStatus({ code: SpanStatusCode.ERROR });
        traced.span.end();
      }
    });
    next();
  };
}

/** The trace context of the request's server span, when tracing is on. */
export function traceContextOf(res: Response): Context | undefined {
  return res.locals.traceContext as Context | undefined;
}
