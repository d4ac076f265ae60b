import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ConstraintViolationError, DatabaseAuthError, DatabaseUnavailableError } from '../neo4j/errors.js';

/**
 * The errors a client can see, each with its `extensions.code`. Resolvers throw these; anything
 * else is an unexpected failure and reaches the client as INTERNAL_SERVER_ERROR without its
 * message, stack trace or any Cypher (`formatError` below is the one place that decides).
 */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'CONFLICT' | 'DATABASE_UNAVAILABLE';

function clientError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

/** A wrong argument: names the argument (dotted path for fields of inputs) and the reason. */
export function badInput(argumentName: string, reason: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return clientError('BAD_USER_INPUT', `${argumentName}: ${reason}`, { argumentName, ...extensions });
}

export function notFound(what: string, id: string): GraphQLError {
  return clientError('NOT_FOUND', `${what} ${id} does not exist`, { id });
}

export function unauthenticated(reason: string): GraphQLError {
  return clientError('UNAUTHENTICATED', reason);
}

export function forbidden(reason: string): GraphQLError {
  return clientError('FORBIDDEN', reason);
}

export function conflict(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return clientError('CONFLICT', message, extensions);
}

const KNOWN_CODES = new Set([
  'BAD_USER_INPUT', 'NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN', 'CONFLICT', 'DATABASE_UNAVAILABLE',
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE', 'QUERY_TOO_COMPLEX',
]);

/** Apollo's formatError: maps database failures to codes and hides everything unexpected. */
export function createErrorFormatter(options: { exposeDetails: boolean; onUnexpected: (error: unknown) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { locations: formatted.locations, path: formatted.path };
    if (original instanceof DatabaseUnavailableError || original instanceof DatabaseAuthError) {
      return { ...base, message: 'The database is not available right now; try again shortly.', extensions: { code: 'DATABASE_UNAVAILABLE' } };
    }
    if (original instanceof ConstraintViolationError) {
      return { ...base, message: 'The change conflicts with data stored meanwhile (an id or code is already taken).', extensions: { code: 'CONFLICT' } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && KNOWN_CODES.has(code)) {
      const { stacktrace: _omit, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    options.onUnexpected(original);
    return {
      ...base,
      message: options.exposeDetails && original instanceof Error ? original.message : 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
