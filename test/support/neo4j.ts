import { inject } from 'vitest';
import { loadConfig, type Config } from '../../src/config/config.js';
import { silentLogger } from '../../src/log/logger.js';
import { createDriver, type Neo4jConnection } from '../../src/neo4j/connection.js';
import { Database, type DatabaseOptions } from '../../src/neo4j/database.js';
import { recomputeSettled } from '../../src/suggestions/schedule.js';
import { laneOfThisFile } from './lanes.js';

/** The Neo4j of this test file's lane (see globalSetup and lanes.ts). */
export function testConnection(): Neo4jConnection {
  const lanes = inject('neo4jLanes');
  return lanes[laneOfThisFile(lanes.length)]!;
}

/**
 * Time limits of the service are set for production machines; a test must not fail because a
 * busy machine is slow, so tests get limits far beyond any run (tests of the limits set theirs).
 */
const TEST_TIMEOUT_MS = '600000';

export function openTestDatabase(connection: Neo4jConnection = testConnection(), options: DatabaseOptions = {}): Database {
  const all = { txTimeoutMs: Number(TEST_TIMEOUT_MS), ...options };
  return new Database(createDriver(connection, silentLogger, all), connection, silentLogger, all);
}

/**
 * Deletes every node and relationship (the schema stays), in batches: one transaction that
 * deletes a large graph (a benchmark's 100x, say) runs out of Neo4j's transaction memory.
 */
export async function emptyGraph(db: Database): Promise<void> {
  // Links first: a hub's links all go with it in one DETACH DELETE, however many.
  for (const text of ['MATCH ()-[r]->() WITH r LIMIT 50000 DELETE r RETURN count(*) AS deleted', 'MATCH (n) WITH n LIMIT 50000 DETACH DELETE n RETURN count(*) AS deleted']) {
    for (;;) {
      const [row] = await db.write({ name: 'test/empty-graph', text });
      if (Number(row?.['deleted'] ?? 0) === 0) break;
    }
  }
}

export async function count(db: Database, text: string, params: Record<string, unknown> = {}): Promise<number> {
  // A write through the test server (it runs in this process) may have started a recomputation
  // of the suggested alignments in the background; a count taken during it would count its links.
  await recomputeSettled();
  const rows = await db.read({ name: 'test/count', text }, params);
  return Number(Object.values(rows[0] ?? {})[0] ?? 0);
}

/** A configuration for tests: the test Neo4j, a free port, quiet logs, plus overrides. */
export function testConfig(env: Record<string, string> = {}, connection: Neo4jConnection = testConnection()): Config {
  return loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    LOG_LEVEL: 'silent',
    NEO4J_URI: connection.uri,
    NEO4J_USER: connection.user,
    NEO4J_PASSWORD: connection.password,
    ...(connection.database ? { NEO4J_DATABASE: connection.database } : {}),
    PLANGRAPH_SEED: 'off',
    PLANGRAPH_TX_TIMEOUT_MS: TEST_TIMEOUT_MS,
    PLANGRAPH_REQUEST_TIMEOUT_MS: TEST_TIMEOUT_MS,
    // Test files send requests back to back from one address for minutes; the per-caller budgets
    // would stop them on a slow machine. Tests of the limits set their own.
    PLANGRAPH_RATE_ANONYMOUS: '1000000',
    PLANGRAPH_DB_SECONDS_ANONYMOUS: '1000000',
    // A run after every write would score the whole graph again and again while the tests of
    // writes run; the tests of suggestions ask for it.
    PLANGRAPH_SUGGESTIONS: 'manual',
    ...env,
  });
}
