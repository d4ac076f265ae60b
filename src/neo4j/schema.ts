import type { Logger } from '../log/logger.js';
import { cypherFilesIn, statementsOf } from './cypher.js';
import type { Db } from './db.js';

const AWAIT_INDEXES = { name: 'schema/await-indexes', text: 'CALL db.awaitIndexes($seconds)' };

/**
 * Applies every statement of `cypher/schema/*.cypher`, in file order. The statements use
 * IF NOT EXISTS, so applying them again changes nothing; this runs at every start.
 * Returns the number of statements applied.
 */
export async function applySchema(db: Db, logger: Logger): Promise<number> {
  let count = 0;
  for (const file of cypherFilesIn('schema')) {
    for (const statement of statementsOf(file)) {
      // Schema commands can not share a transaction with anything else: one each.
      await db.write({ name: file.name, text: statement });
      count += 1;
    }
  }
  await db.read(AWAIT_INDEXES, { seconds: 300 });
  logger.info('database schema applied', { statements: count });
  return count;
}
