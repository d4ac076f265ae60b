import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../../src/neo4j/database.js';
import { loadSeedGraph } from './dataset.js';
import { openTestDatabase } from './neo4j.js';
import { startTestServer, type TestServer } from './server.js';

/**
 * For a test file that reads the seed graph over HTTP: before its tests, the seed graph in the
 * shared Neo4j and a test server on it (handed to `receive`); after them, both closed.
 */
export function useSeededServer(env: Record<string, string>, receive: (db: Database, api: TestServer) => void): void {
  let db: Database | undefined;
  let api: TestServer | undefined;
  beforeAll(async () => {
    db = openTestDatabase();
    await loadSeedGraph(db);
    api = await startTestServer(env);
    receive(db, api);
  });
  afterAll(async () => {
    await api?.stop();
    await db?.close();
  });
}
