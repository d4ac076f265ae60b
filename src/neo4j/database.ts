import neo4j, { type BookmarkManager, type Driver, type Result, type Session, type Transaction } from 'neo4j-driver';
import type { Logger } from '../log/logger.js';
import { Availability } from './availability.js';
import { createDriver, type Neo4jConnection } from './connection.js';
import type { CypherQuery } from './cypher.js';
import type { Db, Params, Row, StatementListener, Tx } from './db.js';
import { DatabaseUnavailableError, isRetryable, meansDatabaseDown, translateDriverError } from './errors.js';
import { RequestDb, type RequestDbOptions } from './requestDb.js';
import { abortReason, SessionSlots } from './sessionSlots.js';

export type { Db, Params, Row, StatementEvent, StatementListener, Tx } from './db.js';

export interface DatabaseOptions {
  /** Timeout of every transaction, enforced by Neo4j (it terminates the transaction). */
  readonly txTimeoutMs?: number;
  /** Sessions holding a connection at a time (the driver's pool gets two more, for probes). */
  readonly poolSize?: number;
  /** How long work waits for a free connection before it fails with DatabaseBusyError. */
  readonly acquireTimeoutMs?: number;
  /** How long a transaction is retried after transient failures (deadlocks, leader changes). */
  readonly maxRetryMs?: number;
  /** Called after every statement (ops hooks: logs, metrics, traces). */
  readonly onStatement?: StatementListener;
}

export interface TransactionOptions {
  readonly signal?: AbortSignal | undefined;
  readonly bookmarkManager?: BookmarkManager | undefined;
  readonly timeoutMs?: number | undefined;
  /** Extra listener for the statements of this transaction only (a request's own count). */
  readonly onStatement?: StatementListener | undefined;
}

/** A session holding a slot of the pool; `close` releases both. */
export interface OpenSession {
  readonly session: Session;
  close(): Promise<void>;
}

const DEFAULTS = { txTimeoutMs: 10_000, poolSize: 50, acquireTimeoutMs: 1_000, maxRetryMs: 5_000 };
const PROBE_MIN_MS = 100;
const PROBE_MAX_MS = 2_000;

/**
 * The process-wide door to Neo4j. Reads run in read transactions and writes in write
 * transactions on sessions that name the database, so a `neo4j://` routing URI sends reads to
 * the followers of a cluster. Every transaction has a timeout; transient failures are retried
 * within a bound; a database known to be down fails work at once (see Availability); at most
 * `poolSize` sessions run at a time. HTTP requests use `forRequest`, which gives each request its
 * own handle (one read session, cancellation, bookmarks, its own statement count).
 */
export class Database implements Db {
  readonly availability = new Availability();
  readonly slots: SessionSlots;
  private readonly options: Required<Omit<DatabaseOptions, 'onStatement'>>;
  private readonly listeners = new Set<StatementListener>();
  private probeTimer: NodeJS.Timeout | undefined;
  private probeDelay = PROBE_MIN_MS;
  private closed = false;

  constructor(
    private driver: Driver,
    private connection: Neo4jConnection,
    private readonly logger: Logger,
    options: DatabaseOptions = {},
  ) {
    this.options = {
      txTimeoutMs: options.txTimeoutMs ?? DEFAULTS.txTimeoutMs,
      poolSize: options.poolSize ?? DEFAULTS.poolSize,
      acquireTimeoutMs: options.acquireTimeoutMs ?? DEFAULTS.acquireTimeoutMs,
      maxRetryMs: options.maxRetryMs ?? DEFAULTS.maxRetryMs,
    };
    this.slots = new SessionSlots(this.options.poolSize, this.options.acquireTimeoutMs);
    if (options.onStatement) this.listeners.add(options.onStatement);
    this.availability.on('down', (reason) => {
      this.logger.warn('database down', { uri: this.uri, reason });
      this.scheduleProbe();
    });
    this.availability.on('up', () => this.logger.info('database up again', { uri: this.uri }));
  }

  get uri(): string {
    return this.connection.uri;
  }

  /** The database every session names (never left to the server's default). */
  get name(): string {
    return this.connection.database ?? 'neo4j';
  }

  get txTimeoutMs(): number {
    return this.options.txTimeoutMs;
  }

  /** Subscribes to every statement of this database and of its request handles. */
  onStatement(listener: StatementListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A handle for one HTTP request; close it when the request ends. */
  /** Sessions of the pool: in use, free, the most that run at a time, and work waiting for one. */
  poolUse(): { inUse: number; idle: number; waiting: number; max: number } {
    return { inUse: this.slots.inUse, idle: Math.max(0, this.slots.size - this.slots.inUse), waiting: this.slots.waiting, max: this.slots.size };
  }

  forRequest(options: RequestDbOptions = {}): RequestDb {
    return new RequestDb(this, options);
  }

  /** The same database with another transaction timeout (longer, for start-up steps and jobs). */
  withTimeout(timeoutMs: number): Db {
    return {
      read: (query, params = {}) => this.transaction('READ', (tx) => tx.run(query, params), { timeoutMs }),
      write: (query, params = {}) => this.transaction('WRITE', (tx) => tx.run(query, params), { timeoutMs }),
      readTransaction: (work) => this.transaction('READ', work, { timeoutMs }),
      writeTransaction: (work) => this.transaction('WRITE', work, { timeoutMs }),
    };
  }

  read(query: CypherQuery, params: Params = {}): Promise<Row[]> {
    return this.readTransaction((tx) => tx.run(query, params));
  }

  write(query: CypherQuery, params: Params = {}): Promise<Row[]> {
    return this.writeTransaction((tx) => tx.run(query, params));
  }

  readTransaction<T>(work: (tx: Tx) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    return this.transaction('READ', work, options);
  }

  writeTransaction<T>(work: (tx: Tx) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    return this.transaction('WRITE', work, options);
  }

  /**
   * Runs `work` in one transaction, retried as a whole after transient failures until
   * `maxRetryMs` has passed. Never retried: a database that is down (fails fast instead), a
   * cancelled request, and a failed commit (the write may have happened).
   */
  async transaction<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    const started = Date.now();
    for (let attempt = 1; ; attempt += 1) {
      const open = await this.openSession(mode, options);
      let committing = false;
      try {
        const tx = await this.guard(open.session.beginTransaction({ timeout: options.timeoutMs ?? this.options.txTimeoutMs }), options.signal);
        const result = await work(this.txHandle(tx, mode, options));
        committing = true;
        await this.guard(tx.commit(), options.signal);
        return result;
      } catch (err) {
        const failure = this.failure(err, options.signal);
        const retry = !committing && isRetryable(err) && Date.now() - started < this.options.maxRetryMs && !options.signal?.aborted;
        if (!retry) throw failure;
        this.logger.debug('retrying a transaction after a transient failure', { attempt, error: failure });
        await new Promise((resolve) => setTimeout(resolve, Math.min(1_000, 25 * 2 ** attempt) * (0.5 + Math.random())));
      } finally {
        await open.close();
      }
    }
  }

  /**
   * A session on a slot of the pool, closed (and so its transaction rolled back and its running
   * query terminated by Neo4j) as soon as `signal` aborts.
   */
  async openSession(mode: 'READ' | 'WRITE', options: { signal?: AbortSignal | undefined; bookmarkManager?: BookmarkManager | undefined } = {}): Promise<OpenSession> {
    if (this.closed) throw new DatabaseUnavailableError('the database connection is closed (the service is stopping)');
    this.availability.assertUp(this.uri);
    const release = await this.slots.acquire(options.signal);
    let session: Session;
    try {
      this.availability.assertUp(this.uri);
      session = this.driver.session({
        database: this.name,
        defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
        bookmarkManager: options.bookmarkManager,
      });
    } catch (err) {
      release();
      throw err;
    }
    let closing: Promise<void> | undefined;
    const close = () => {
      closing ??= session.close().catch(() => {}).finally(() => {
        options.signal?.removeEventListener('abort', onAbort);
        release();
      });
      return closing;
    };
    const onAbort = () => void close();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    return { session, close };
  }

  /** The statements of an open transaction: counted, timed, reported to the listeners. */
  txHandle(tx: Transaction, mode: 'READ' | 'WRITE', options: TransactionOptions = {}): Tx {
    return this.statements((text, params) => tx.run(text, params), mode, options);
  }

  /**
   * The statements of a session, each an auto-commit query with the transaction timeout: a read
   * that is one statement costs one Bolt message pair (RUN and PULL, one write), where an
   * explicit transaction adds BEGIN and COMMIT.
   */
  sessionHandle(session: Session, mode: 'READ' | 'WRITE', options: TransactionOptions = {}): Tx {
    const config = { timeout: options.timeoutMs ?? this.options.txTimeoutMs };
    return this.statements((text, params) => session.run(text, params, config), mode, options);
  }

  private statements(send: (text: string, params: Params) => Result, mode: 'READ' | 'WRITE', options: TransactionOptions): Tx {
    return {
      run: async (query, params = {}) => {
        const started = performance.now();
        try {
          const result = await this.guard(withoutCallerStack(() => send(query.text, toCypherParams(params) as Params)), options.signal);
          const rows = result.records.map((record) => toPlain(record.toObject()) as Row);
          this.emit({ name: query.name, mode, ms: performance.now() - started, rows: rows.length }, options.onStatement);
          return rows;
        } catch (err) {
          const failure = this.failure(err, options.signal);
          this.emit({ name: query.name, mode, ms: performance.now() - started, rows: 0, error: failure }, options.onStatement);
          throw failure;
        }
      },
    };
  }

  /** Fails with DatabaseUnavailableError, DatabaseAuthError or DatabaseNotFoundError when Neo4j can not be used. */
  async ping(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.name });
      this.availability.markUp();
    } catch (err) {
      const failure = translateDriverError(err, this.uri);
      if (meansDatabaseDown(err)) this.availability.markDown((failure as Error).message);
      throw failure;
    }
  }

  /** Points the database at a new address (the embedded Neo4j restarted on another port). */
  async reconnect(connection: Neo4jConnection): Promise<void> {
    const old = this.driver;
    this.connection = connection;
    this.driver = createDriver(connection, this.logger, { poolSize: this.options.poolSize, acquireTimeoutMs: this.options.acquireTimeoutMs });
    await old.close().catch(() => {});
    this.probeDelay = PROBE_MIN_MS;
    await this.ping().catch(() => this.scheduleProbe());
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.probeTimer) clearTimeout(this.probeTimer);
    await this.driver.close();
  }

  /** Translates a failure; cancellation wins over whatever the driver reports for it. */
  failure(err: unknown, signal: AbortSignal | undefined): unknown {
    if (signal?.aborted) return abortReason(signal);
    if (meansDatabaseDown(err)) this.availability.markDown(`${(err as Error).message}`);
    return translateDriverError(err, this.uri);
  }

  /** Rejects as soon as `signal` aborts, without waiting for the driver to notice. */
  private guard<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
    if (!signal) return promise;
    if (signal.aborted) {
      promise.catch(() => {});
      return Promise.reject(abortReason(signal));
    }
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => reject(abortReason(signal));
      signal.addEventListener('abort', onAbort, { once: true });
      promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }

  private emit(event: Parameters<StatementListener>[0], extra: StatementListener | undefined): void {
    for (const listener of [...this.listeners, ...(extra ? [extra] : [])]) {
      try {
        listener(event);
      } catch (err) {
        this.logger.warn('a statement listener failed', { error: err });
      }
    }
  }

  /** While down, probe with growing pauses until Neo4j answers again. */
  private scheduleProbe(): void {
    if (this.closed || this.probeTimer) return;
    this.probeTimer = setTimeout(() => {
      this.probeTimer = undefined;
      if (this.closed || this.availability.state === 'up') {
        this.probeDelay = PROBE_MIN_MS;
        return;
      }
      this.probeDelay = Math.min(PROBE_MAX_MS, this.probeDelay * 2);
      this.ping().then(() => (this.probeDelay = PROBE_MIN_MS), () => this.scheduleProbe());
    }, this.probeDelay);
    this.probeTimer.unref();
  }
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

/**
 * Driver values to plain data: temporal values as ISO strings, nodes and paths are not expected.
 * Lists and maps are converted in place: they are the driver's fresh objects of one record, and
 * a read's rows can be large (copying them doubled the garbage of a big answer).
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toPlain(value[i]);
    return value;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto === Object.prototype || proto === null) {
    const map = value as Record<string, unknown>;
    for (const k of Object.keys(map)) map[k] = toPlain(map[k]);
    return map;
  }
  if (neo4j.isDate(value as never)) return String(value);
  if (neo4j.isDateTime(value as never)) return (value as unknown as { toStandardDate(): Date }).toStandardDate().toISOString();
  if (neo4j.isLocalDateTime(value as never)) return String(value);
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
  return out;
}

/**
 * Calls the driver with V8's stack capture off. The driver records the caller's stack for every
 * statement (a new Error whose `stack` it formats at once, to append to an error it may report
 * later): about 4% of the service's CPU on small reads. Its errors keep their own stack.
 */
function withoutCallerStack<T>(call: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return call();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
