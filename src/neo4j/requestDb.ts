import neo4j, { type BookmarkManager } from 'neo4j-driver';
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

/**
 * The database as one HTTP request sees it. All reads of the request run, one after another, on
 * ONE read session (one slot of the pool, at most one connection), opened at the first read and
 * closed when the request ends; each is an auto-commit query with the transaction timeout, so a
 * read that compiles into one statement costs one Bolt round trip (no BEGIN, no COMMIT). Several
 * reads in one explicit transaction would see no more consistent a state: Neo4j's isolation is
 * read-committed, a later statement of a transaction sees what was committed after an earlier
 * one. The session's bookmark manager keeps the reads causally ordered through a cluster.
 * A write first closes that read session, runs in a write transaction of its own, and the reads
 * after it open a new session that is causally after the write (same bookmark manager).
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
  private readSession: Promise<OpenSession> | undefined;
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

  /** `work` runs its statements on the request's read session (shared with every other read). */
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

  /** Ends the request: closes its read session, giving its slot back. Idempotent. */
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
    const open = await this.openRead();
    try {
      return await this.database.sessionHandle(open.session, 'READ', { signal: this.signal, onStatement: this.countStatement }).run(query, params);
    } catch (err) {
      // A failed statement may leave its connection in need of a reset: the next read opens a fresh session.
      await this.endRead();
      throw err;
    }
  }

  private openRead(): Promise<OpenSession> {
    this.readSession ??= this.database.openSession('READ', { signal: this.signal, bookmarkManager: this.bookmarkManager });
    const pending = this.readSession;
    pending.catch(() => {
      if (this.readSession === pending) this.readSession = undefined;
    });
    return pending;
  }

  private async endRead(): Promise<void> {
    const pending = this.readSession;
    this.readSession = undefined;
    const open = await pending?.catch(() => undefined);
    await open?.close();
  }

  /** Statements of one request run one after another: one session, at most one connection. */
  private enqueue<T>(step: () => Promise<T>): Promise<T> {
    const next = this.queue.then(step, step);
    this.queue = next.catch(() => {});
    return next;
  }
}
