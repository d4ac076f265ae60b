import type { Logger } from '../log/logger.js';
import { KINDS } from '../model/kinds.js';
import { FULLTEXT_INDEX, fullTextProps } from '../model/schemaStatements.js';
import { cypher, cypherFilesIn, statementsOf } from './cypher.js';
import type { Db } from './db.js';

const AWAIT_INDEXES = { name: 'schema/await-indexes', text: 'CALL db.awaitIndexes($seconds)' };

/**
 * Applies every statement of `cypher/schema/*.cypher`, in file order. The statements use
 * IF NOT EXISTS, so applying them again changes nothing (see migrate, which skips it when
 * nothing is missing). Returns the number of statements applied.
 */
export async function applySchema(db: Db, logger: Logger): Promise<number> {
  await dropStaleFullText(db, logger);
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

/**
 * The names of the constraints and indexes the schema files make, and those of the start-up
 * steps' own records (cypher/setup/constraints).
 */
export function schemaObjectNames(): string[] {
  const names: string[] = [];
  for (const file of [...cypherFilesIn('schema'), cypher('setup/constraints')]) {
    for (const statement of statementsOf(file)) {
      const match = /^CREATE\s+(?:\w+\s+)?(?:CONSTRAINT|INDEX)\s+(\w+)\s+IF NOT EXISTS/i.exec(statement);
      if (!match) throw new Error(`${file.name}: a schema statement without a name and IF NOT EXISTS: ${statement.slice(0, 80)}`);
      names.push(match[1]!);
    }
  }
  return names;
}

/** The constraints and indexes of the schema files that are not in the database, or not online. */
export async function missingSchemaObjects(db: Db): Promise<string[]> {
  const online = new Set((await db.read(cypher('setup/schema-in-place'))).map((row) => String(row.name)));
  return schemaObjectNames().filter((name) => !online.has(name));
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join('|') === [...b].sort().join('|');

/**
 * IF NOT EXISTS keeps an index whatever it covers, so a full-text index made before the model
 * gained a kind or a searchable field would go on missing them: such an index is dropped first,
 * and the schema files create it again with the model's labels and properties.
 */
async function dropStaleFullText(db: Db, logger: Logger): Promise<void> {
  const [current] = await db.read(cypher('setup/fulltext-index'), { name: FULLTEXT_INDEX });
  if (!current) return;
  const labels = (current.labelsOrTypes as string[] | null) ?? [];
  const props = (current.properties as string[] | null) ?? [];
  if (sameSet(labels, KINDS.map((k) => k.kind)) && sameSet(props, fullTextProps())) return;
  await db.write(cypher('setup/drop-fulltext-index'));
  logger.info('full-text index covers other kinds or fields than the model: rebuilding it', { index: FULLTEXT_INDEX });
}
