import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createLogger } from '../../src/log/logger.js';
import type { Neo4jConnection } from '../../src/neo4j/connection.js';
import { EmbeddedNeo4j } from '../../src/neo4j/embedded/embeddedNeo4j.js';
import { importSeedGraph } from './dataset.js';
import { openTestDatabase } from './neo4j.js';
import { takeSnapshot } from './snapshot.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
    /** The seed graph of this run (see snapshot.ts), for loadSeedGraph. */
    seedSnapshot: string | undefined;
  }
}

/**
 * The integration tests share one Neo4j: when NEO4J_URI is not set, an embedded one in a
 * throwaway folder, started once for the whole run, stopped and deleted afterwards. With
 * NEO4J_URI set, the tests use that database and DELETE EVERYTHING IN IT: point them at a
 * database that holds nothing of value.
 * Before the files run, the dataset is imported once (the real import) and the graph taken
 * into a snapshot in the run's temp folder, which loadSeedGraph puts back (see snapshot.ts).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plangraph-test-run-'));
  let connection: Neo4jConnection;
  let neo4j: EmbeddedNeo4j | undefined;
  if (process.env.NEO4J_URI) {
    connection = {
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE || 'neo4j',
    };
  } else {
    neo4j = new EmbeddedNeo4j(
      { mode: 'embedded', dataDir: path.join(runDir, 'neo4j'), boltPort: 0, heapMb: 1024, pageCacheMb: 128, database: 'neo4j' },
      createLogger(process.env.LOG_LEVEL === 'debug' ? 'debug' : 'warn'),
    );
    connection = await neo4j.start();
  }
  project.provide('neo4j', connection);
  // The seed graph, imported once through the real import, then taken for loadSeedGraph.
  const snapshot = path.join(runDir, 'seed-graph.json');
  const db = openTestDatabase(connection);
  try {
    await importSeedGraph(db);
  } finally {
    await db.close();
  }
  await takeSnapshot(connection, snapshot);
  project.provide('seedSnapshot', snapshot);
  return async () => {
    await neo4j?.stop();
    fs.rmSync(runDir, { recursive: true, force: true });
  };
}
