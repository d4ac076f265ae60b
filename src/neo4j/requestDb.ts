import neo4j, { type BookmarkManager, type Transaction } from 'neo4j-driver';
import type { CypherQuery } from './cypher.js';
import type { Database, OpenSession } from './database.js';
import type { Db, Params, Row, StatementListener, Tx } from './db.js';
import { DatabaseTimeoutError, RequestAbortedError } from './errors.js';
import { abortReason } from './sessionSlots.js';

export interface RequestDbOptions {
  /** Aborts when the client goes away; the request's database work is then cancelled. */
  readonly signal?: AbortSignal | undefined;
  /** The request's deadline, from now: its database work is cancelled when it passes. */
  readonly deadlineMs?: number | undefined;
  /** Bookmarks the client sent: its reads see at least what those writes wrote. */
  readonly bookmarks?: readonly string[] | undefined;
  /** Called after each statement of this request. */
  readonly onStatement?: StatementListener | undefined;
}

interface ReadTransaction {
  readonly open: OpenSession;
  readonly tx: Transaction;
}

/**
 * The database as one HTTP request sees it. All reads of the request run, one after another,
 * in ONE read transaction, opened at the first read and committed when the request ends, so an
 * answer comes from one transaction and holds one connection however many queries it needs.
 * A write first ends that read transaction, runs in a write transaction of its own, and the
 * reads after it open a new one that is causally after the write (same bookmark manager).
 * The request's AbortSignal and deadline cancel whatever is running: the session is closed and
 * Neo4j terminates the query. `statements` counts this request's Cypher statements.
 */
export class RequestDb implements Db {
  private count = 0;
  private wrote = false;
  private closed = false;
  private readonly controller = new AbortController();
  private readonly bookmarkManager: BookmarkManager;
  private readonly deadline: NodeJS.Timeout | undefined;
  private readTx: Promise<ReadTransaction> | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly countStatement: StatementListener;
  private readonly unlink: () => void;

  constructor(private readonly database: Database, private readonly options: RequestDbOptions = {}) {
    this.bookmarkManager = neo4j.bookmarkManager({ initialBookmarks: [...(options.bookmarks ?? [])] });
    this.countStatement = (event) => {
      this.count += 1;
      options.onStatement?.(event);
    };
    const outer = options.signal;
    const onOuterAbort = () => this.abort(outer ? abortReason(outer) : new RequestAbortedError());
    if (outer?.aborted) onOuterAbort();
    else outer?.addEventListener('abort', onOuterAbort, { once: true });
    this.unlink = () => outer?.removeEventListener('abort', onOuterAbort);
    if (options.deadlineMs !== undefined) {
      const ms = options.deadlineMs;
      this.deadline = setTimeout(() => this.abort(new DatabaseTimeoutError(`the request ran longer than the ${ms} ms it may take`)), ms);
      this.deadline.unref();
    }
  }

  /** Cypher statements this request has sent so far. */
  get statements(): number {
    return this.count;
  }

  /** Did the request write (and so has a bookmark for its client)? */
  get hasWritten(): boolean {
    return this.wrote;
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** The bookmarks after this request's writes, for the client to send with its next request. */
  async bookmarks(): Promise<string[]> {
    return [...(await this.bookmarkManager.getBookmarks())];
  }

  /** Cancels the request's database work: the running statement is terminated by Neo4j. */
  abort(reason: Error = new RequestAbortedError()): void {
    if (!this.controller.signal.aborted) this.controller.abort(reason);
  }

  read(query: CypherQuery, params: Params = {}): Promise<Row[]> {
    return this.readTransaction((tx) => tx.run(query, params));
  }

  write(query: CypherQuery, params: Params = {}): Promise<Row[]> {
    return this.writeTransaction((tx) => tx.run(query, params));
  }

  /** `work` runs its statements in the request's read transaction (shared with every other read). */
  async readTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    this.assertUsable();
    return work({ run: (query, params) => this.enqueue(() => this.runRead(query, params)) });
  }

  async writeTransaction<T>(work: (tx: Tx) => Promise<T>, options: { readonly timeoutMs?: number } = {}): Promise<T> {
    this.assertUsable();
    await this.enqueue(() => this.endRead());
    this.wrote = true;
    return this.database.transaction('WRITE', work, { signal: this.signal, bookmarkManager: this.bookmarkManager, onStatement: this.countStatement, timeoutMs: options.timeoutMs });
  }

  /** Ends the request: commits the read transaction and gives its connection back. Idempotent. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.deadline) clearTimeout(this.deadline);
    this.unlink();
    await this.enqueue(() => this.endRead());
  }

  private assertUsable(): void {
    if (this.signal.aborted) throw abortReason(this.signal);
    if (this.closed) throw new RequestAbortedError('the request has ended; its database handle is closed');
  }

  private async runRead(query: CypherQuery, params: Params | undefined): Promise<Row[]> {
    this.assertUsable();
    const { tx } = await this.openRead();
    try {
      return await this.database.txHandle(tx, 'READ', { signal: this.signal, onStatement: this.countStatement }).run(query, params);
    } catch (err) {
      // A failed statement ends its transaction in Neo4j: the next read opens a fresh one.
      await this.discardRead();
      throw err;
    }
  }

  private openRead(): Promise<ReadTransaction> {
    this.readTx ??= (async () => {
      const open = await this.database.openSession('READ', { signal: this.signal, bookmarkManager: this.bookmarkManager });
      try {
        // Not awaited: BEGIN goes out with the first statement instead of a round trip before
        // it (the driver's pipelined begin). A BEGIN that fails fails that statement.
        const tx: Transaction = open.session.beginTransaction({ timeout: this.database.txTimeoutMs });
        return { open, tx };
      } catch (err) {
        await open.close();
        throw this.database.failure(err, this.signal);
      }
    })();
    const pending = this.readTx;
    pending.catch(() => {
      if (this.readTx === pending) this.readTx = undefined;
    });
    return pending;
  }

  private async endRead(): Promise<void> {
    const pending = this.readTx;
    this.readTx = undefined;
    if (!pending) return;
    const read = await pending.catch(() => undefined);
    if (!read) return;
    try {
      if (!this.signal.aborted && read.tx.isOpen()) await read.tx.commit();
    } catch {
      // A read transaction that can not commit changed nothing; the session is closed below.
    } finally {
      await read.open.close();
    }
  }

  private async discardRead(): Promise<void> {
    const pending = this.readTx;
    this.readTx = undefined;
    const read = await pending?.catch(() => undefined);
    await read?.open.close();
  }

  /** Statements of one request run one after another: one transaction, one connection. */
  private enqueue<T>(step: () => Promise<T>): Promise<T> {
    const next = this.queue.then(step, step);
    this.queue = next.catch(() => {});
    return next;
  }
}
