import crypto from 'node:crypto';
import type { Logger } from '../log/logger.js';
import { cypherFilesIn, statementsOf } from '../neo4j/cypher.js';
import type { Db } from '../neo4j/db.js';
import { applySchema, missingSchemaObjects } from '../neo4j/schema.js';
import { recordSchema, setupState } from '../repository/setupRepository.js';
import { withSetupLock } from './lock.js';

/** The version of the schema this code expects: a digest of every statement of cypher/schema. */
export function schemaVersion(): string {
  const hash = crypto.createHash('sha256');
  for (const file of cypherFilesIn('schema')) for (const statement of statementsOf(file)) hash.update(statement).update('\n');
  return hash.digest('hex').slice(0, 16);
}

/**
 * `plangraph migrate`: applies the schema (constraints and indexes, all IF NOT EXISTS, so
 * applying again changes nothing) under the setup lock, and records its version in the graph.
 * Replicas started with PLANGRAPH_MIGRATE=require wait for that record instead of applying.
 * Nothing is applied (statements: 0) when the graph records this version and every constraint
 * and index is there and online: a start against a migrated database reads two things instead
 * of running some two hundred schema commands; one dropped by hand is made again.
 */
export async function migrate(db: Db, logger: Logger): Promise<{ version: string; statements: number }> {
  const version = schemaVersion();
  if ((await isMigrated(db)) && (await missingSchemaObjects(db)).length === 0) {
    logger.info('database schema already applied', { version });
    return { version, statements: 0 };
  }
  return withSetupLock(db, logger, async (owner) => {
    const statements = await applySchema(db, logger);
    await recordSchema(db, version, owner);
    return { version, statements };
  });
}

export async function isMigrated(db: Db): Promise<boolean> {
  return (await setupState(db)).schemaVersion === schemaVersion();
}
