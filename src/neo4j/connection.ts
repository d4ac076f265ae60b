import neo4j, { type Driver } from 'neo4j-driver';
import type { Logger } from '../log/logger.js';
import { joinChunkedMessages } from './boltMessages.js';

/** Where and how to reach a Neo4j: the embedded one, a container, or any server or cluster. */
export interface Neo4jConnection {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database: string | undefined;
}

export interface PoolOptions {
  /** Sessions the database layer lets run at a time (see SessionSlots). */
  readonly poolSize?: number;
  readonly acquireTimeoutMs?: number;
}

let warnedUnjoined = false;

export function createDriver(connection: Neo4jConnection, logger: Logger, pool: PoolOptions = {}): Driver {
  if (!joinChunkedMessages() && !warnedUnjoined) {
    warnedUnjoined = true;
    logger.warn('large records are read chunk by chunk: the neo4j driver is not the version boltMessages.ts was written for');
  }
  const poolSize = pool.poolSize ?? 50;
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    // Counts and sizes in a plan graph stay far below 2^53: plain numbers are safe and simpler.
    disableLosslessIntegers: true,
    userAgent: 'plangraph',
    connectionTimeout: 5_000,
    // The database layer hands out at most poolSize sessions and times out waiters itself, with
    // an error of its own; the two extra connections keep readiness probes answering when busy.
    maxConnectionPoolSize: poolSize + 2,
    connectionAcquisitionTimeout: (pool.acquireTimeoutMs ?? 1_000) + 10_000,
    logging: {
      level: 'warn',
      logger: (level, message) => (level === 'error' ? logger.error('neo4j driver', { message }) : logger.warn('neo4j driver', { message })),
    },
  });
}
