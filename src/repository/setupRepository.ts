import { cypher, statementsOf } from '../neo4j/cypher.js';
import type { Db } from '../neo4j/db.js';
import { isSchemaRaceError } from '../neo4j/errors.js';

/** Queries of the start-up steps (cypher/setup/): their lock and what the graph records of them. */

export interface SetupState {
  readonly schemaVersion: string | null;
  /** Units of the dataset imported so far, as `name@fingerprint`. */
  readonly seededFiles: readonly string[];
  readonly seedComplete: boolean;
}

export async function ensureSetupConstraints(db: Db): Promise<void> {
  for (const text of statementsOf(cypher('setup/constraints'))) {
    try {
      await db.write({ name: 'setup/constraints', text });
    } catch (err) {
      // Two processes creating the same constraint at once: the other one won, which is fine.
      if (!isSchemaRaceError(err)) throw err;
    }
  }
}

export async function acquireLock(db: Db, name: string, owner: string, leaseMs: number): Promise<{ acquired: boolean; owner: string }> {
  const [row] = await db.write(cypher('setup/acquire-lock'), { name, owner, leaseMs });
  return { acquired: row?.acquired === true, owner: String(row?.owner ?? '') };
}

export async function renewLock(db: Db, name: string, owner: string, leaseMs: number): Promise<boolean> {
  const [row] = await db.write(cypher('setup/renew-lock'), { name, owner, leaseMs });
  return row?.held === true;
}

export async function releaseLock(db: Db, name: string, owner: string): Promise<void> {
  await db.write(cypher('setup/release-lock'), { name, owner });
}

export async function setupState(db: Db): Promise<SetupState> {
  const [row] = await db.read(cypher('setup/state'));
  return {
    schemaVersion: (row?.schemaVersion as string | null) ?? null,
    seededFiles: (row?.seededFiles as string[] | undefined) ?? [],
    seedComplete: row?.seedComplete === true,
  };
}

export async function recordSchema(db: Db, version: string, owner: string): Promise<void> {
  await db.write(cypher('setup/record-schema'), { version, owner });
}

export async function recordSeedFile(db: Db, name: string, fingerprint: string, owner: string): Promise<void> {
  await db.write(cypher('setup/record-seed-file'), { name, file: `${name}@${fingerprint}`, owner });
}

export async function recordSeedComplete(db: Db, owner: string): Promise<void> {
  await db.write(cypher('setup/record-seed-complete'), { owner });
}
