import { randomUUID } from 'node:crypto';
import { context as otelContext, SpanStatusCode } from '@opentelemetry/api';
import express, { type Request, type RequestHandler, type Response } from 'express';
import type { Identity } from '../graphql/context.js';
import type { Logger } from '../log/logger.js';
import type { Metrics } from '../observability/metrics.js';
import type { RequestScope } from '../observability/requestScope.js';
import type { Tracing } from '../observability/tracing.js';
import { ClientGone, DeadlineExceeded, startDeadline } from './deadline.js';
import { LimitExceeded, type Caller, type RequestLimits } from './limits.js';
import { sendGraphQLError } from './mediaType.js';
import { traceContextOf } from './telemetry.js';

/** What the GraphQL context of a request is built from. */
export interface GraphQLRequest {
  /** Who is calling; rejects when the credentials do not check out. */
  readonly identity: Promise<Identity>;
  readonly scope: RequestScope;
}

export interface GraphQLRouteOptions {
  /** Apollo's express handler, given the request once it is admitted and its body parsed. */
  readonly handler: (req: Request, res: Response, request: GraphQLRequest) => Promise<void>;
  readonly identify: (req: Request) => Promise<Identity>;
  readonly limits: RequestLimits;
  readonly requestTimeoutMs: number;
  readonly bodyLimit: string;
  readonly logger: Logger;
  readonly metrics: Metrics | undefined;
  readonly tracing: Tracing | undefined;
}

/**
 * /graphql: each request gets a deadline (its signal fires then, or when the client leaves), its
 * body is parsed, it is admitted by the limits of its caller, then handed to Apollo with its
 * request scope (which the GraphQL context carries) inside its GraphQL span. At the deadline
 * the client is answered 504 DEADLINE_EXCEEDED at once; the request keeps its places in the
 * limits until its work has really stopped, so the limits bound the work in the database, not
 * only the open connections.
 */
export function graphqlRoute(options: GraphQLRouteOptions): RequestHandler {
  const parseJson = express.json({ limit: options.bodyLimit });
  const { metrics, tracing } = options;

  return async (req, res, next) => {
    const deadline = startDeadline(res, options.requestTimeoutMs);
    const scope: RequestScope = {
      id: String(res.locals.requestId ?? randomUUID()),
      signal: deadline.signal,
      get deadline() {
        return deadline.at;
      },
      extendDeadline: (ms) => deadline.extend(ms),
      statements: 0,
      statementMs: 0,
    };
    // The body first: a client that sends it slowly holds no place in the limits meanwhile.
    try {
      await new Promise<void>((resolve, reject) => parseJson(req, res, (err?: unknown) => (err ? reject(err) : resolve())));
    } catch (err) {
      deadline.clear();
      return next(err);
    }
    const identity = options.identify(req);
    identity.catch(() => {}); // answered by the GraphQL context, as UNAUTHENTICATED
    const caller = await callerOf(req, identity);

    let release: (databaseMs: number) => void;
    try {
      release = await options.limits.admit(caller, deadline.signal);
    } catch (err) {
      deadline.clear();
      return refuse(err, req, res, caller);
    }

    deadline.signal.addEventListener('abort', () => {
      if (deadline.signal.reason instanceof DeadlineExceeded && !res.headersSent) {
        metrics?.rejected.inc({ reason: 'deadline', caller: caller.kind });
        sendGraphQLError(res, 504, `The request took longer than ${deadline.ms} ms and was stopped.`, { code: 'DEADLINE_EXCEEDED', timeoutMs: deadline.ms });
      }
    }, { once: true });

    const span = tracing?.startSpan('graphql', traceContextOf(res) ?? otelContext.active());
    try {
      const run = () => options.handler(req, res, { identity, scope });
      await (span ? otelContext.with(span.context, run) : run());
      metrics?.statementsPerRequest.observe(scope.statements);
    } catch (err) {
      span?.span.setStatus({ code: SpanStatusCode.ERROR });
      // After an answer at the deadline, Apollo's own answer can no longer be sent: expected.
      if (!res.headersSent) next(err);
    } finally {
      span?.span.end();
      deadline.clear();
      release(scope.statementMs);
    }
  };

  function refuse(err: unknown, req: Request, res: Response, caller: Caller): void {
    if (err instanceof LimitExceeded) {
      metrics?.rejected.inc({ reason: err.reason, caller: caller.kind });
      res.set('Retry-After', String(err.retryAfterSeconds));
      return sendGraphQLError(res, 429, err.message, { code: 'RATE_LIMITED', reason: err.reason, retryAfter: err.retryAfterSeconds });
    }
    if (err instanceof DeadlineExceeded) {
      metrics?.rejected.inc({ reason: 'deadline', caller: caller.kind });
      return sendGraphQLError(res, 504, `The request waited ${options.requestTimeoutMs} ms for its turn and was stopped.`, { code: 'DEADLINE_EXCEEDED', timeoutMs: options.requestTimeoutMs });
    }
    if (err instanceof ClientGone) return;
    options.logger.error('admitting a request failed', { error: err, path: req.path });
    if (!res.headersSent) sendGraphQLError(res, 500, 'Internal server error', { code: 'INTERNAL_SERVER_ERROR' });
  }
}

/** The subject of valid credentials; otherwise (none, or invalid ones) the client's address. */
async function callerOf(req: Request, identity: Promise<Identity>): Promise<Caller> {
  const anonymous: Caller = { kind: 'anonymous', key: req.ip ?? req.socket.remoteAddress ?? 'unknown' };
  try {
    const { subject } = await identity;
    return subject ? { kind: 'authenticated', key: subject } : anonymous;
  } catch {
    return anonymous;
  }
}
