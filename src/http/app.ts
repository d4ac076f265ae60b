import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer, BaseContext } from '@apollo/server';
import express, { type Express, type Request, type Router } from 'express';
import type { Logger } from '../log/logger.js';
import { graphiqlRouter, type ExampleOperation } from './graphiql.js';

export interface ReadinessProbe {
  check(): Promise<{ ready: boolean; [detail: string]: unknown }>;
  /** Liveness: false only when the process can not recover by itself. */
  live(): { alive: boolean; [detail: string]: unknown };
}

export interface AppOptions<C extends BaseContext> {
  readonly apollo: ApolloServer<C>;
  readonly context: (req: Request) => Promise<C>;
  readonly readiness: ReadinessProbe;
  readonly logger: Logger;
  readonly graphiql: { readonly examples: readonly ExampleOperation[] } | undefined;
  readonly corsOrigins: readonly string[];
  readonly bodyLimit: string;
  /** Pages for people: /, /explore, /sources, and a browser's GET of /graphql (see pages.ts). */
  readonly pages?: Router;
}

/**
 * The HTTP surface: GraphQL at /graphql (GET and POST, per GraphQL over HTTP), GraphiQL at
 * /graphiql, /healthz (the process answers) and /readyz (Neo4j reachable, schema applied).
 */
export function createApp<C extends BaseContext>(options: AppOptions<C>): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use((req, res, next) => {
    res.set('X-Content-Type-Options', 'nosniff');
    cors(options.corsOrigins, req, res);
    if (req.method === 'OPTIONS') return void res.status(204).end();
    next();
  });

  app.get('/healthz', (_req, res) => {
    const { alive, ...detail } = options.readiness.live();
    res.status(alive ? 200 : 503).json({ status: alive ? 'ok' : 'failing', ...detail });
  });
  app.get('/readyz', async (_req, res) => {
    const report = await options.readiness.check();
    res.status(report.ready ? 200 : 503).json(report);
  });
  if (options.graphiql) app.use('/graphiql', graphiqlRouter({ endpoint: '/graphql', examples: options.graphiql.examples }));
  if (options.pages) app.use(options.pages);

  app.use('/graphql', express.json({ limit: options.bodyLimit }), expressMiddleware(options.apollo, { context: ({ req }) => options.context(req) }));

  app.use((_req, res) => void res.status(404).json({ error: 'not found', endpoints: ['/graphql', '/graphiql', '/healthz', '/readyz'] }));
  app.use((err: Error & { status?: number; type?: string }, _req: Request, res: express.Response, _next: express.NextFunction) => {
    // Body parser failures (malformed JSON, too large) are the client's; anything else is ours.
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) options.logger.error('unhandled HTTP error', { error: err });
    res.status(status).json({ errors: [{ message: status === 500 ? 'Internal server error' : err.message, extensions: { code: status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
  });
  return app;
}

function cors(origins: readonly string[], req: Request, res: express.Response): void {
  const origin = req.get('origin');
  if (!origin || origins.length === 0) return;
  if (origins.includes('*') || origins.includes(origin)) {
    res.set('Access-Control-Allow-Origin', origins.includes('*') ? '*' : origin);
    res.set('Vary', 'Origin');
    res.set('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    res.set('Access-Control-Allow-Headers', 'Content-Type, Accept, Authorization, X-API-Key, Apollo-Require-Preflight, X-PlanGraph-Bookmark');
    res.set('Access-Control-Expose-Headers', 'X-PlanGraph-Bookmark, Server-Timing, Retry-After');
    res.set('Access-Control-Max-Age', '600');
  }
}
