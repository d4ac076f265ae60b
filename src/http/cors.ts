import cors from 'cors';
import type { RequestHandler } from 'express';

/**
 * Response headers a browser script may read besides the safelisted ones: the bookmark of a
 * write (to read one's own writes on a cluster), the request id (to quote in a report), and how
 * long to wait after a 429.
 */
export const EXPOSED_HEADERS = ['X-PlanGraph-Bookmark', 'X-Request-Id', 'Retry-After', 'Server-Timing'] as const;

/**
 * CORS for the origins of PLANGRAPH_CORS_ORIGINS (`*` for any). For an allowed origin, a
 * preflight is answered with the request headers it asks for (Access-Control-Request-Headers),
 * so that clients may send what they need (API keys, tokens, `traceparent`, Apollo Client's
 * `apollographql-client-name`) without a list here to keep in step. Other origins get no CORS
 * headers at all, which browsers read as a refusal. No cookies are used, so no credentials mode.
 */
export function corsPolicy(origins: readonly string[]): RequestHandler {
  const anyOrigin = origins.includes('*');
  return cors({
    origin: anyOrigin ? '*' : (origin, allow) => allow(null, origin !== undefined && origins.includes(origin)),
    methods: ['GET', 'POST', 'OPTIONS'],
    exposedHeaders: [...EXPOSED_HEADERS],
    maxAge: 600,
    optionsSuccessStatus: 204,
  });
}
