import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import type { Logger } from '../log/logger.js';
import type { Neo4jConnection } from './connection.js';
import type { CypherQuery } from './cypher.js';
import { translateDriverError } from './errors.js';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** The statements of one transaction; each `run` is one round trip to the database. */
export interface Tx {
  run(query: CypherQuery, params?: Params): Promise<Row[]>;
}

/** What one Cypher statement did: observers (metrics, traces, per-request counts) receive it. */
export interface StatementEvent {
  /** The query's name (its file under cypher/). */
  readonly name: string;
  readonly mode: 'READ' | 'WRITE';
  readonly ms: number;
  readonly rows: number;
  /** The error the statement failed with, if it did. */
  readonly error?: unknown;
}

/** Connections of the driver's pool: in use, idle, and requests waiting for one. */
export interface PoolUse {
  readonly inUse: number;
  readonly idle: number;
  readonly waiting: number;
  readonly max: number;
}

/**
 * The only door to Neo4j. Reads go through `executeRead` and writes through `executeWrite`, so a
 * `neo4j://` routing URI sends reads to the followers of a cluster and the driver retries
 * transient failures. Values come back as plain JSON-like data (temporal types as ISO strings).
 */
export class Database {
  /** Statements sent since start; tests read it to pin the number of round trips of a request. */
  roundTrips = 0;
  private readonly statementObservers = new Set<(event: StatementEvent) => void>();

  constructor(
    private readonly driver: Driver,
    private readonly connection: Neo4jConnection,
    private readonly logger: Logger,
  ) {}

  get uri(): string {
    return this.connection.uri;
  }

  read(query: CypherQuery, params: Params = {}): Promise<Row[]> {
    return this.readTransaction((tx) => tx.run(query, params));
  }

  write(query: CypherQuery, params: Params = {}): Promise<Row[]> {
    return this.writeTransaction((tx) => tx.run(query, params));
  }

  readTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.withSession('READ', (session) => session.executeRead((tx) => work(this.wrap(tx, 'READ'))));
  }

  /** One transaction for all of `work`: it commits when `work` resolves, rolls back when it throws. */
  writeTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.withSession('WRITE', (session) => session.executeWrite((tx) => work(this.wrap(tx, 'WRITE'))));
  }

  /** Fails with DatabaseUnavailableError or DatabaseAuthError when Neo4j can not be used. */
  async ping(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.connection.database });
    } catch (err) {
      throw translateDriverError(err, this.connection.uri);
    }
  }

  /** Calls `observer` after every statement (also after a failed one); returns how to stop. */
  onStatement(observer: (event: StatementEvent) => void): () => void {
    this.statementObservers.add(observer);
    return () => this.statementObservers.delete(observer);
  }

  /**
   * The driver's pool, summed over the servers it talks to. The driver has no public API for it,
   * so this reads its internals (neo4j-driver is pinned): undefined if they ever look different.
   */
  poolUse(): PoolUse | undefined {
    const pool = (this.driver as unknown as { _connectionProvider?: { _connectionPool?: RawPool } })._connectionProvider?._connectionPool;
    if (!pool || typeof pool._activeResourceCounts !== 'object' || typeof pool._pools !== 'object') return undefined;
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    return {
      inUse: sum(Object.values(pool._activeResourceCounts)),
      idle: sum(Object.values(pool._pools).map((p) => p.length)),
      waiting: sum(Object.values(pool._acquireRequests ?? {}).map((r) => r.length)),
      max: pool._maxSize ?? Number.NaN,
    };
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private notify(event: StatementEvent): void {
    for (const observer of this.statementObservers) {
      try {
        observer(event);
      } catch (err) {
        // Observing must never change what a statement returns.
        this.logger.warn('a statement observer failed', { error: err });
      }
    }
  }

  private async withSession<T>(mode: 'READ' | 'WRITE', work: (session: Session) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.connection.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      return await work(session);
    } catch (err) {
      throw translateDriverError(err, this.connection.uri);
    } finally {
      await session.close();
    }
  }

  private wrap(tx: ManagedTransaction, mode: 'READ' | 'WRITE'): Tx {
    return {
      run: async (query, params = {}) => {
        this.roundTrips += 1;
        const started = performance.now();
        let rows = 0;
        let error: unknown;
        try {
          const result = await tx.run(query.text, toCypherParams(params) as Params);
          rows = result.records.length;
          this.logger.debug('cypher', { query: query.name, ms: Math.round(performance.now() - started), rows });
          return result.records.map((record) => toPlain(record.toObject()) as Row);
        } catch (err) {
          error = err;
          throw err;
        } finally {
          this.notify({ name: query.name, mode, ms: performance.now() - started, rows, ...(error === undefined ? {} : { error }) });
        }
      },
    };
  }
}

interface RawPool {
  _activeResourceCounts: Record<string, number>;
  _pools: Record<string, { length: number }>;
  _acquireRequests?: Record<string, unknown[]>;
  _maxSize?: number;
}

/**
 * JavaScript has one number type; the driver sends every number as a Cypher FLOAT, which
 * LIMIT, SKIP and list indexes refuse. Whole numbers go as INTEGER instead.
 */
export function toCypherParams(value: unknown): unknown {
  // An absent optional argument arrives as undefined, which the driver would drop: send null.
  if (value === undefined) return null;
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toCypherParams(v);
    return out;
  }
  return value;
}

/** Driver values to plain data: temporal values as ISO strings, nodes and paths are not expected. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    if (neo4j.isDate(value as never)) return String(value);
    if (neo4j.isDateTime(value as never)) return (value as unknown as { toStandardDate(): Date }).toStandardDate().toISOString();
    if (neo4j.isLocalDateTime(value as never)) return String(value);
    if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
    return out;
  }
  return value;
}
