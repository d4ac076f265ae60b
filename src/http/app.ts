import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer, BaseContext } from '@apollo/server';
import express, { type Express, type Request, type Router } from 'express';
import type { LimitsConfig } from '../config/config.js';
import type { Identity } from '../graphql/context.js';
import type { Logger } from '../log/logger.js';
import type { Telemetry } from '../observability/telemetry.js';
import { corsPolicy } from './cors.js';
import { graphiqlRouter, type ExampleOperation } from './graphiql.js';
import { graphqlRoute, type GraphQLRequest } from './graphqlRoute.js';
import { RequestLimits } from './limits.js';
import { sendGraphQLError } from './mediaType.js';
import { metricsRoute } from './metricsRoute.js';
import { requestTelemetry } from './telemetry.js';

export interface ReadinessProbe {
  check(): Promise<{ ready: boolean; [detail: string]: unknown }>;
  /** Liveness: false only when the process can not recover by itself. */
  live(): { alive: boolean; [detail: string]: unknown };
}

export interface AppOptions<C extends BaseContext> {
  readonly apollo: ApolloServer<C>;
  /** Who is calling, from the request's headers (rejects for credentials that do not check out). */
  readonly identify: (req: Request) => Promise<Identity>;
  readonly context: (req: Request, request: GraphQLRequest) => Promise<C>;
  readonly readiness: ReadinessProbe;
  readonly logger: Logger;
  readonly graphiql: { readonly examples: readonly ExampleOperation[] } | undefined;
  readonly corsOrigins: readonly string[];
  readonly bodyLimit: string;
  readonly limits: LimitsConfig;
  readonly telemetry: Telemetry;
  /** /metrics is served when metrics are on; with a token, only to whom sends it. */
  readonly metricsToken: string | undefined;
  /** Pages for people: /, /explore, /sources, and a browser's GET of /graphql (see pages.ts). */
  readonly pages?: Router;
}

const ROUTES = ['/graphql', '/graphiql', '/healthz', '/readyz', '/metrics'];

/**
 * The HTTP surface: GraphQL at /graphql (GET and POST, per GraphQL over HTTP, within the limits
 * of each caller), GraphiQL at /graphiql, /healthz (the process answers), /readyz (Neo4j
 * reachable, schema applied) and /metrics (Prometheus).
 */
export function createApp<C extends BaseContext>(options: AppOptions<C>): Express {
  const { metrics, tracing } = options.telemetry;
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('trust proxy', options.limits.trustProxy);
  app.use(requestTelemetry({ metrics, tracing, routes: ROUTES }));
  app.use((_req, res, next) => {
    res.set('X-Content-Type-Options', 'nosniff');
    next();
  });
  app.use(corsPolicy(options.corsOrigins));
  // Preflights of origins that are not allowed end here, without CORS headers.
  app.options('/{*path}', (_req, res) => void res.status(204).end());

  app.get('/healthz', (_req, res) => {
    const { alive, ...detail } = options.readiness.live();
    res.status(alive ? 200 : 503).json({ status: alive ? 'ok' : 'failing', ...detail });
  });
  app.get('/readyz', async (_req, res) => {
    const report = await options.readiness.check();
    res.status(report.ready ? 200 : 503).json(report);
  });
  if (metrics) app.get('/metrics', metricsRoute(metrics, options.metricsToken));
  if (options.graphiql) app.use('/graphiql', graphiqlRouter({ endpoint: '/graphql', examples: options.graphiql.examples }));
  if (options.pages) app.use(options.pages);

  const limits = new RequestLimits(options.limits);
  metrics?.gauge('plangraph_limits_requests', 'GraphQL requests admitted and running (all callers, and anonymous ones), and waiting for their turn.', 'state', () => {
    const usage = limits.usage();
    return { running: usage.running, anonymous_running: usage.anonymousRunning, waiting: usage.waiting };
  });
  const contexts = new WeakMap<Request, GraphQLRequest>();
  const apollo = expressMiddleware(options.apollo, { context: ({ req }) => options.context(req, contexts.get(req)!) });
  app.use('/graphql', graphqlRoute({
    handler: async (req, res, request) => {
      contexts.set(req, request);
      await apollo(req, res, () => {});
    },
    identify: options.identify,
    limits,
    requestTimeoutMs: options.limits.requestTimeoutMs,
    bodyLimit: options.bodyLimit,
    logger: options.logger,
    metrics,
    tracing,
  }));

  app.use((_req, res) => void res.status(404).json({ error: 'not found', endpoints: ROUTES }));
  app.use((err: Error & { status?: number; type?: string }, req: Request, res: express.Response, _next: express.NextFunction) => {
    if (res.headersSent) return;
    // Body parser failures (malformed JSON, too large) are the client's; anything else is ours.
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) options.logger.error('unhandled HTTP error', { error: err, path: req.path });
    sendGraphQLError(res, status, status === 500 ? 'Internal server error' : err.message, { code: status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' });
  });
  return app;
}
