import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createLogger } from '../../src/log/logger.js';
import { silentLogger } from '../../src/log/logger.js';
import type { Neo4jConnection } from '../../src/neo4j/connection.js';
import { EmbeddedNeo4j } from '../../src/neo4j/embedded/embeddedNeo4j.js';
import { applySchema } from '../../src/neo4j/schema.js';
import { importSeedGraph } from './dataset.js';
import { openTestDatabase } from './neo4j.js';
import { restoreSnapshot, takeSnapshot } from './snapshot.js';
import { TEST_LANES } from './lanes.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** One Neo4j per lane of integration files (see lanes.ts). */
    neo4jLanes: Neo4jConnection[];
    /** The seed graph of this run (see snapshot.ts), for loadSeedGraph. */
    seedSnapshot: string | undefined;
  }
}

/**
 * The integration tests run in lanes (see lanes.ts), each lane with a Neo4j of its own: when
 * NEO4J_URI is not set, embedded ones in a throwaway folder, started once for the whole run,
 * stopped and deleted afterwards. With NEO4J_URI set, there is one lane, on that database, and
 * the tests DELETE EVERYTHING IN IT: point them at a database that holds nothing of value.
 * Before the files run, the dataset is imported once (the real import) and the graph taken
 * into a snapshot in the run's temp folder, which loadSeedGraph puts back (see snapshot.ts).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plangraph-test-run-'));
  let connections: Neo4jConnection[];
  const started: EmbeddedNeo4j[] = [];
  const stop = async () => {
    await Promise.all(started.map((neo4j) => neo4j.stop()));
    fs.rmSync(runDir, { recursive: true, force: true });
  };
  try {
    if (process.env.NEO4J_URI) {
      connections = [
        {
          uri: process.env.NEO4J_URI,
          user: process.env.NEO4J_USER ?? 'neo4j',
          password: process.env.NEO4J_PASSWORD ?? '',
          database: process.env.NEO4J_DATABASE || 'neo4j',
        },
      ];
    } else {
      const logger = createLogger(process.env.LOG_LEVEL === 'debug' ? 'debug' : 'warn');
      connections = await Promise.all(
        Array.from({ length: TEST_LANES }, (_, lane) => {
          const neo4j = new EmbeddedNeo4j({ mode: 'embedded', dataDir: path.join(runDir, `neo4j-${lane + 1}`), boltPort: 0, heapMb: 1024, pageCacheMb: 128, database: 'neo4j' }, logger);
          started.push(neo4j);
          return neo4j.start();
        }),
      );
    }
    project.provide('neo4jLanes', connections);
    // The seed graph, imported once through the real import into the first lane's Neo4j, taken,
    // and put into the others from the snapshot.
    const snapshot = path.join(runDir, 'seed-graph.json');
    const [first, ...others] = connections;
    const dbs = connections.map((c) => openTestDatabase(c));
    try {
      await Promise.all([
        (async () => {
          await importSeedGraph(dbs[0]!);
          await takeSnapshot(first!, snapshot);
        })(),
        ...dbs.slice(1).map((db) => applySchema(db, silentLogger)),
      ]);
      for (const connection of others) {
        if (!(await restoreSnapshot(connection, snapshot))) throw new Error(`the seed graph could not be put into ${connection.uri}: its schema differs`);
      }
    } finally {
      await Promise.all(dbs.map((db) => db.close()));
    }
    project.provide('seedSnapshot', snapshot);
  } catch (err) {
    await stop();
    throw err;
  }
  return stop;
}
