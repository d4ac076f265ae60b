import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createLogger } from '../../src/log/logger.js';
import type { Neo4jConnection } from '../../src/neo4j/connection.js';
import { EmbeddedNeo4j } from '../../src/neo4j/embedded/embeddedNeo4j.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

/**
 * The integration tests share one Neo4j: when NEO4J_URI is not set, an embedded one in a
 * throwaway folder, started once for the whole run, stopped and deleted afterwards. With
 * NEO4J_URI set, the tests use that database and DELETE EVERYTHING IN IT: point them at a
 * database that holds nothing of value.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.NEO4J_URI) {
    project.provide('neo4j', {
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE || 'neo4j',
    });
    return async () => {};
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plangraph-test-neo4j-'));
  const neo4j = new EmbeddedNeo4j(
    { mode: 'embedded', dataDir, boltPort: 0, heapMb: 1024, pageCacheMb: 128, database: 'neo4j' },
    createLogger(process.env.LOG_LEVEL === 'debug' ? 'debug' : 'warn'),
  );
  project.provide('neo4j', await neo4j.start());
  return async () => {
    await neo4j.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
