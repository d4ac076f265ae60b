import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/database.js';
import { importSeedGraph, loadSeedGraph } from '../support/dataset.js';
import { openTestDatabase, testConnection } from '../support/neo4j.js';
import { canonicalGraph, lastCommittedIn } from '../support/snapshot.js';

/**
 * The test files start from the seed graph put back from a snapshot of the run (see
 * test/support/snapshot.ts) instead of importing the dataset each: that graph must be the one
 * the real import makes, node for node and link for link, with the same value types.
 */
let db: Database;
beforeAll(() => {
  db = openTestDatabase();
});
afterAll(async () => {
  await db.close();
});

describe('the seed graph the test files start from', () => {
  it('is the graph a real import of the dataset makes: every node, link, property and value type', async () => {
    await importSeedGraph(db);
    const imported = await canonicalGraph(testConnection());
    expect(imported.nodes.length).toBeGreaterThan(1000);
    await loadSeedGraph(db);
    const restored = await canonicalGraph(testConnection());
    expect(restored.nodes).toEqual(imported.nodes);
    expect(restored.links).toEqual(imported.links);
  });

  it('is put back only when something was committed since: loading it again writes nothing', async () => {
    await loadSeedGraph(db);
    const before = await lastCommittedIn(testConnection());
    await loadSeedGraph(db);
    expect(await lastCommittedIn(testConnection())).toBe(before);
    await db.write({ name: 'test/touch', text: "MATCH (p:Plan {id: 'ajh-ondernemingsplan-2025'}) SET p.touched = true" });
    await loadSeedGraph(db);
    expect(await count()).toBe(0);
  });
});

async function count(): Promise<number> {
  const rows = await db.read({ name: 'test/touched', text: 'MATCH (n) WHERE n.touched IS NOT NULL RETURN count(n) AS n' });
  return Number(rows[0]!.n);
}
