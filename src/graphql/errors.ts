import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  ConstraintViolationError,
  DatabaseAuthError,
  DatabaseNotFoundError,
  DatabaseTimeoutError,
  DatabaseUnavailableError,
  InvalidBookmarkError,
  RequestAbortedError,
} from '../neo4j/errors.js';

/** Errors the query limits raised (limits/queryLimits.ts): the formatter reports them as QUERY_TOO_COMPLEX with their limit. */
const limitErrors = new WeakMap<object, Record<string, number>>();

export function markLimit(error: object, limit: Record<string, number>): void {
  limitErrors.set(error, limit);
}

export function limitOf(error: unknown): Record<string, number> | undefined {
  return error !== null && typeof error === 'object' ? limitErrors.get(error) : undefined;
}

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

/** Apollo's formatError: maps database failures to codes and hides everything unexpected. */
export function createErrorFormatter(options: { exposeDetails: boolean; onUnexpected: (error: unknown) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { locations: formatted.locations, path: formatted.path };
    if (original instanceof DatabaseUnavailableError || original instanceof DatabaseAuthError || original instanceof DatabaseNotFoundError || original instanceof RequestAbortedError) {
      return { ...base, message: 'The database is not available right now; try again shortly.', extensions: { code: 'DATABASE_UNAVAILABLE' } };
    }
    if (original instanceof DatabaseTimeoutError) {
      return { ...base, message: 'The request needed more database time than it may take; ask for less (fewer items, fewer hops).', extensions: { code: 'QUERY_TOO_COMPLEX' } };
    }
    if (original instanceof InvalidBookmarkError) {
      return { ...base, message: 'The X-PlanGraph-Bookmark header holds a bookmark this database does not know.', extensions: { code: 'BAD_USER_INPUT', header: 'X-PlanGraph-Bookmark' } };
    }
    const limit = limitOf(original) ?? limitOf((original as GraphQLError | undefined)?.originalError);
    if (limit) {
      return { ...base, message: formatted.message.replace(/^Syntax Error: /, ''), extensions: { code: 'QUERY_TOO_COMPLEX', ...limit } };
    }
    if (original instanceof ConstraintViolationError) {
      return { ...base, message: 'The change conflicts with data stored meanwhile (an id or code is already taken).', extensions: { code: 'CONFLICT' } };
    }
    // Errors GraphQL itself raises (syntax, validation, variable values) and the ones resolvers
    // throw on purpose are for the client; anything else is a failure of ours.
    if (original instanceof GraphQLError && !(original.originalError && !(original.originalError instanceof GraphQLError))) {
      const { stacktrace: _omit, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: { ...extensions, code: extensions.code ?? 'BAD_USER_INPUT' } };
    }
    options.onUnexpected(original);
    return {
      ...base,
      message: options.exposeDetails && original instanceof Error ? original.message : 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
