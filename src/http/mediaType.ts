import type { Response } from 'express';
import Negotiator from 'negotiator';

export const APPLICATION_JSON = 'application/json; charset=utf-8';
export const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json; charset=utf-8';

/**
 * The media type of a GraphQL response for this `Accept` header, chosen as Apollo Server
 * chooses it (no header means application/json), so that answers given outside Apollo (limits,
 * deadlines) and status codes adjusted for it agree with Apollo's own.
 */
export function responseMediaType(accept: string | undefined): typeof APPLICATION_JSON | typeof GRAPHQL_RESPONSE_JSON | undefined {
  if (!accept) return APPLICATION_JSON;
  const preferred = new Negotiator({ headers: { accept } }).mediaType([APPLICATION_JSON, GRAPHQL_RESPONSE_JSON]);
  return preferred === APPLICATION_JSON || preferred === GRAPHQL_RESPONSE_JSON ? preferred : undefined;
}

/** Answers with one GraphQL error (no data), in the media type the client accepts. */
export function sendGraphQLError(res: Response, status: number, message: string, extensions: Record<string, unknown>): void {
  const type = responseMediaType(res.req.get('accept')) ?? APPLICATION_JSON;
  res.status(status).set('Content-Type', type).send(JSON.stringify({ errors: [{ message, extensions }] }));
}
