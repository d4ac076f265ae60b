import type { CypherQuery } from './cypher.js';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** The statements of one transaction; each `run` is one round trip to the database. */
export interface Tx {
  run(query: CypherQuery, params?: Params): Promise<Row[]>;
}

/**
 * What repositories need from the database. Two implementations: the process-wide `Database`
 * (start-up steps, command line, tests) and the `RequestDb` of one HTTP request, which runs all
 * reads of that request on one read session and cancels its work with the request.
 */
export interface Db {
  read(query: CypherQuery, params?: Params): Promise<Row[]>;
  write(query: CypherQuery, params?: Params): Promise<Row[]>;
  readTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * One transaction for all of `work`: it commits when `work` resolves, rolls back when it throws.
   * `timeoutMs`: a longer timeout for a write that waits for a check of its own (an upload).
   */
  writeTransaction<T>(work: (tx: Tx) => Promise<T>, options?: { readonly timeoutMs?: number }): Promise<T>;
}

/** What a statement did, for logs, metrics and traces (the `onStatement` hook). */
export interface StatementEvent {
  /** The name of the query file (`read/list-entities`). */
  readonly name: string;
  readonly mode: 'READ' | 'WRITE';
  readonly ms: number;
  readonly rows: number;
  /** The error the statement failed with, already translated (see errors.ts). */
  readonly error?: unknown;
}

export type StatementListener = (event: StatementEvent) => void;
