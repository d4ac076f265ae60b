import { Neo4jError, error as driverErrors } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import {
  ConstraintViolationError,
  DatabaseAuthError,
  DatabaseNotFoundError,
  DatabaseTimeoutError,
  DatabaseUnavailableError,
  InvalidBookmarkError,
  isRetryable,
  meansDatabaseDown,
  translateDriverError,
} from '../../src/neo4j/errors.js';

const uri = 'bolt://db.example:7687';
const neo4jError = (code: string, message = 'whatever the server says') => new Neo4jError(message, code, 'N/A', 'N/A');

describe('driver errors are read by their code', () => {
  it('maps each code to the class the GraphQL layer understands', () => {
    expect(translateDriverError(neo4jError(driverErrors.SERVICE_UNAVAILABLE), uri)).toBeInstanceOf(DatabaseUnavailableError);
    expect(translateDriverError(neo4jError(driverErrors.SESSION_EXPIRED), uri)).toBeInstanceOf(DatabaseUnavailableError);
    expect(translateDriverError(neo4jError('Neo.TransientError.General.DatabaseUnavailable'), uri)).toBeInstanceOf(DatabaseUnavailableError);
    expect(translateDriverError(neo4jError('Neo.TransientError.Transaction.BookmarkTimeout'), uri)).toBeInstanceOf(DatabaseUnavailableError);
    expect(translateDriverError(neo4jError('Neo.ClientError.Security.Unauthorized'), uri)).toBeInstanceOf(DatabaseAuthError);
    expect(translateDriverError(neo4jError('Neo.ClientError.Database.DatabaseNotFound'), uri)).toBeInstanceOf(DatabaseNotFoundError);
    expect(translateDriverError(neo4jError('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'), uri)).toBeInstanceOf(DatabaseTimeoutError);
    expect(translateDriverError(neo4jError('Neo.ClientError.Transaction.InvalidBookmark'), uri)).toBeInstanceOf(InvalidBookmarkError);
    expect(translateDriverError(neo4jError('Neo.ClientError.Schema.ConstraintValidationFailed'), uri)).toBeInstanceOf(ConstraintViolationError);
  });

  it('never reads the wording: a message that sounds like an outage does not make one', () => {
    const syntax = neo4jError('Neo.ClientError.Statement.SyntaxError', 'connection refused: ECONNREFUSED, Failed to connect');
    expect(translateDriverError(syntax, uri)).toBe(syntax);
    const plain = new Error('ECONNREFUSED connection closed');
    expect(translateDriverError(plain, uri)).toBe(plain);
    expect(meansDatabaseDown(plain)).toBe(false);
  });

  it('names the URI and never the password when the credentials are refused', () => {
    const translated = translateDriverError(neo4jError('Neo.ClientError.Security.Unauthorized', 'auth failed'), uri) as Error;
    expect(translated.message).toMatch(/^Neo4j at bolt:\/\/db\.example:7687 refused the credentials \(check NEO4J_USER and NEO4J_PASSWORD\)/);
  });

  it('opens the circuit only for codes that say the server is gone, and retries only other transient failures', () => {
    expect(meansDatabaseDown(neo4jError(driverErrors.SERVICE_UNAVAILABLE))).toBe(true);
    expect(meansDatabaseDown(neo4jError('Neo.TransientError.Transaction.BookmarkTimeout'))).toBe(false);
    expect(isRetryable(neo4jError('Neo.TransientError.Transaction.DeadlockDetected'))).toBe(true);
    expect(isRetryable(neo4jError(driverErrors.SERVICE_UNAVAILABLE))).toBe(false);
    expect(isRetryable(neo4jError('Neo.ClientError.Statement.SyntaxError'))).toBe(false);
  });
});

