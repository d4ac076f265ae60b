import { inject } from 'vitest';
import { loadValidDataset } from '../../src/import/loadDataset.js';
import { importDataset } from '../../src/import/importer.js';
import type { Dataset } from '../../src/import/dataset.js';
import { silentLogger } from '../../src/log/logger.js';
import type { Database } from '../../src/neo4j/database.js';
import { applySchema } from '../../src/neo4j/schema.js';
import { migrate } from '../../src/setup/migrate.js';
import { projectRoot } from '../../src/config/paths.js';
import path from 'node:path';
import { emptyGraph, testConnection } from './neo4j.js';
import { restoreSnapshot } from './snapshot.js';

export const DATA_DIR = path.join(projectRoot(), 'data');

let cached: Dataset | undefined;

/** The repository's dataset, validated (once per test file). */
export function dataset(): Dataset {
  cached ??= loadValidDataset(DATA_DIR);
  return cached;
}

/**
 * An empty graph, migrated (the schema applied and recorded, as a start records it), with the
 * whole dataset imported, as on a first start (the real import, every time).
 */
export async function importSeedGraph(db: Database): Promise<void> {
  await emptyGraph(db);
  await migrate(db, silentLogger);
  await importDataset(db, dataset(), { actor: 'test' });
}

/**
 * The graph importSeedGraph makes, in the test run's Neo4j (`db` is a connection to it): put
 * back from the run's snapshot of the seed graph, which globalSetup took after a real import
 * (see snapshot.ts); the schema is applied first when it is not the snapshot's. Without a
 * snapshot, the dataset is imported.
 */
export async function loadSeedGraph(db: Database): Promise<void> {
  const file = inject('seedSnapshot');
  if (file) {
    if (await restoreSnapshot(testConnection(), file)) return;
    await applySchema(db, silentLogger);
    if (await restoreSnapshot(testConnection(), file)) return;
  }
  await importSeedGraph(db);
}
