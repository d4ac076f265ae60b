import { loadValidDataset } from '../../src/import/loadDataset.js';
import { importDataset } from '../../src/import/importer.js';
import type { Dataset } from '../../src/import/dataset.js';
import { silentLogger } from '../../src/log/logger.js';
import type { Database } from '../../src/neo4j/database.js';
import { applySchema } from '../../src/neo4j/schema.js';
import { projectRoot } from '../../src/config/paths.js';
import path from 'node:path';
import { emptyGraph } from './neo4j.js';

export const DATA_DIR = path.join(projectRoot(), 'data');

let cached: Dataset | undefined;

/** The repository's dataset, validated (once per test file). */
export function dataset(): Dataset {
  cached ??= loadValidDataset(DATA_DIR);
  return cached;
}

/** An empty graph with the schema and the whole dataset imported, as on a first start. */
export async function loadSeedGraph(db: Database): Promise<void> {
  await applySchema(db, silentLogger);
  await emptyGraph(db);
  await importDataset(db, dataset(), { actor: 'test' });
}
