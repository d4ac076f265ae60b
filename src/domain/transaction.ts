import type { Tx } from '../neo4j/database.js';
import { ConstraintViolationError } from '../neo4j/errors.js';
import { conflict } from './errors.js';

/**
 * The database as the write path needs it: one write transaction at a time, with a longer
 * timeout where a write waits for a check of its own (an upload), where the database offers one.
 */
export interface Writer {
  writeTransaction<T>(work: (tx: Tx) => Promise<T>, options?: { timeoutMs?: number }): Promise<T>;
}

/**
 * Runs one write in one transaction: it commits when `work` returns and rolls back when it
 * throws, so a refused write leaves nothing behind. A uniqueness constraint that fires because
 * another writer committed the same id or code meanwhile becomes CONFLICT, told in words
 * (the database's own message names labels and properties, and stays in the logs).
 */
export async function inTransaction<T>(db: Writer, work: (tx: Tx) => Promise<T>, onClash = 'an id or code it uses was taken by another change meanwhile', timeoutMs?: number): Promise<T> {
  try {
    return await db.writeTransaction(work, timeoutMs ? { timeoutMs } : undefined);
  } catch (err) {
    if (err instanceof ConstraintViolationError) throw conflict(`The change was not made: ${onClash}. Reload and try again.`);
    throw err;
  }
}
