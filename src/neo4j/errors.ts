import { Neo4jError } from 'neo4j-driver';

/**
 * One place that reads driver errors. Everything above the neo4j layer sees these classes, never
 * a raw driver error, so the GraphQL layer can map them to codes without knowing the driver.
 */
export class DatabaseUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseUnavailableError';
  }
}

export class DatabaseAuthError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseAuthError';
  }
}

/** A write broke a uniqueness or existence constraint. */
export class ConstraintViolationError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ConstraintViolationError';
  }
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT']);

export function isUnavailable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = String((err as { code?: unknown }).code ?? '');
  return UNAVAILABLE_CODES.has(code) || code.startsWith('Neo.TransientError.General.DatabaseUnavailable') || /ECONNREFUSED|connection.*(closed|refused)|Could not perform discovery|Failed to connect/i.test(err.message);
}

export function isAuthFailure(err: unknown): boolean {
  return err instanceof Neo4jError && (err.code === 'Neo.ClientError.Security.Unauthorized' || err.code === 'Neo.ClientError.Security.AuthenticationRateLimit');
}

/** Turns a driver error into one of the classes above; other errors pass through unchanged. */
export function translateDriverError(err: unknown, uri: string): unknown {
  if (isAuthFailure(err)) {
    return new DatabaseAuthError(`Neo4j at ${uri} refused the credentials (check NEO4J_USER and NEO4J_PASSWORD): ${(err as Error).message}`, { cause: err });
  }
  if (isUnavailable(err)) {
    return new DatabaseUnavailableError(`Neo4j at ${uri} is not reachable: ${(err as Error).message}`, { cause: err });
  }
  if (err instanceof Neo4jError && err.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ConstraintViolationError(err.message, { cause: err });
  }
  return err;
}
