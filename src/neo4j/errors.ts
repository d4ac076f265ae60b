import { Neo4jError, error as driverErrors } from 'neo4j-driver';

/**
 * One place that reads driver errors, by their codes (Neo4j status codes and the driver's own
 * codes), never by their wording. Everything above the neo4j layer sees these classes, never a
 * raw driver error, so the GraphQL layer can map them to codes without knowing the driver.
 */
export class DatabaseUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseUnavailableError';
  }
}

/** Every connection of the pool is in use and none came free in time: the service is too busy. */
export class DatabaseBusyError extends DatabaseUnavailableError {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseBusyError';
  }
}

export class DatabaseAuthError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseAuthError';
  }
}

/** The configured database does not exist on that Neo4j (a wrong NEO4J_DATABASE). */
export class DatabaseNotFoundError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseNotFoundError';
  }
}

/** A write broke a uniqueness or existence constraint. */
export class ConstraintViolationError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ConstraintViolationError';
  }
}

/** The work ran past its time: the transaction timeout or the deadline of its request. */
export class DatabaseTimeoutError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseTimeoutError';
  }
}

/** The request the work belonged to was given up (its client went away); the work was cancelled. */
export class RequestAbortedError extends Error {
  constructor(message = 'the request was cancelled') {
    super(message);
    this.name = 'RequestAbortedError';
  }
}

/** A bookmark sent by the client is not a bookmark of this database. */
export class InvalidBookmarkError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InvalidBookmarkError';
  }
}

/** Driver codes and Neo4j status codes that mean "Neo4j can not be reached or can not serve". */
const UNAVAILABLE_CODES = new Set<string>([
  driverErrors.SERVICE_UNAVAILABLE,
  driverErrors.SESSION_EXPIRED,
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.TransientError.Database.DatabaseUnavailable',
  'Neo.TransientError.General.OutOfMemoryError',
  'Neo.TransientError.General.TransactionMemoryLimit',
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  // A replica that has not caught up with the client's bookmark in time: try again shortly.
  'Neo.TransientError.Transaction.BookmarkTimeout',
]);

/** Of those, the ones that say the server itself is gone (not merely busy or behind). */
const DOWN_CODES = new Set<string>([driverErrors.SERVICE_UNAVAILABLE, driverErrors.SESSION_EXPIRED, 'Neo.TransientError.General.DatabaseUnavailable']);

const AUTH_CODES = new Set(['Neo.ClientError.Security.Unauthorized', 'Neo.ClientError.Security.AuthenticationRateLimit']);
const TIMEOUT_CODES = new Set(['Neo.ClientError.Transaction.TransactionTimedOut', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration']);
const BOOKMARK_CODES = new Set(['Neo.ClientError.Transaction.InvalidBookmark', 'Neo.ClientError.Transaction.InvalidBookmarkMixture']);

function codeOf(err: unknown): string | undefined {
  return err instanceof Neo4jError ? err.code : undefined;
}

export function isUnavailable(err: unknown): boolean {
  const code = codeOf(err);
  return code !== undefined && UNAVAILABLE_CODES.has(code);
}

/** The error says the server is gone: the circuit opens. */
export function meansDatabaseDown(err: unknown): boolean {
  const code = codeOf(err);
  return code !== undefined && DOWN_CODES.has(code);
}

export function isAuthFailure(err: unknown): boolean {
  const code = codeOf(err);
  return code !== undefined && AUTH_CODES.has(code);
}

/** Transient failures that a new attempt of the whole transaction may overcome (deadlocks, leader changes). */
export function isRetryable(err: unknown): boolean {
  return err instanceof Neo4jError && err.retryable && !meansDatabaseDown(err);
}

/** Turns a driver error into one of the classes above; other errors pass through unchanged. */
export function translateDriverError(err: unknown, uri: string): unknown {
  const code = codeOf(err);
  if (code === undefined) return err;
  const message = (err as Error).message;
  if (AUTH_CODES.has(code)) {
    return new DatabaseAuthError(`Neo4j at ${uri} refused the credentials (check NEO4J_USER and NEO4J_PASSWORD): ${message}`, { cause: err });
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new DatabaseNotFoundError(`Neo4j at ${uri} has no such database (check NEO4J_DATABASE): ${message}`, { cause: err });
  }
  if (UNAVAILABLE_CODES.has(code)) {
    return new DatabaseUnavailableError(`Neo4j at ${uri} is not available: ${message}`, { cause: err });
  }
  if (TIMEOUT_CODES.has(code)) {
    return new DatabaseTimeoutError(`the transaction ran longer than its timeout: ${message}`, { cause: err });
  }
  if (BOOKMARK_CODES.has(code)) {
    return new InvalidBookmarkError(`not a bookmark of this database: ${message}`, { cause: err });
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ConstraintViolationError(message, { cause: err });
  }
  return err;
}

/** Creating a schema rule that another process created at the same moment. */
export function isSchemaRaceError(err: unknown): boolean {
  const code = codeOf(err instanceof Error && err.cause instanceof Neo4jError ? err.cause : err);
  return code === 'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists' || code === 'Neo.ClientError.Schema.ConstraintAlreadyExists' || code === 'Neo.ClientError.Schema.IndexAlreadyExists';
}
