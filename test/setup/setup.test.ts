import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportError } from '../../src/import/importer.js';
import { silentLogger } from '../../src/log/logger.js';
import type { Database } from '../../src/neo4j/database.js';
import { missingSchemaObjects } from '../../src/neo4j/schema.js';
import { setupState } from '../../src/repository/setupRepository.js';
import { isMigrated, migrate, schemaVersion } from '../../src/setup/migrate.js';
import { isSeeded, seed } from '../../src/setup/seed.js';
import { DATA_DIR, dataset } from '../support/dataset.js';
import { count, emptyGraph, openTestDatabase } from '../support/neo4j.js';
import { startTestServer } from '../support/server.js';
import { until } from '../support/wait.js';

let db: Database;
beforeAll(() => {
  db = openTestDatabase();
});
afterAll(() => db.close());

/** The units of the seed, in order: the registry, each plan file, the alignments. */
function units(): string[] {
  const d = dataset();
  return [`${d.registry.file} + ${d.themes.file}`, ...d.plans.map((p) => p.file), d.alignments.file];
}

async function readyz(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${url}/readyz`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('migrate', () => {
  it('applies the schema and records its version, which replicas that require it then see', async () => {
    await emptyGraph(db);
    expect(await isMigrated(db)).toBe(false);
    const { version } = await migrate(db, silentLogger);
    expect(version).toBe(schemaVersion());
    expect(await isMigrated(db)).toBe(true);
    expect(await count(db, 'MATCH (l:PlanGraphLock) RETURN count(l)')).toBe(0);
  });

  it('applies nothing to a migrated database, and makes a constraint or index dropped by hand again', async () => {
    await emptyGraph(db);
    const first = await migrate(db, silentLogger);
    expect(first.statements).toBeGreaterThan(100);
    expect(await migrate(db, silentLogger)).toEqual({ version: schemaVersion(), statements: 0 });
    await db.write({ name: 'test/drop-index', text: 'DROP INDEX objective_sort_label' });
    await db.write({ name: 'test/drop-constraint', text: 'DROP CONSTRAINT plangraph_setup_step' });
    expect(await missingSchemaObjects(db)).toEqual(['objective_sort_label', 'plangraph_setup_step']);
    expect((await migrate(db, silentLogger)).statements).toBe(first.statements);
    expect(await missingSchemaObjects(db)).toEqual([]);
  });
});

describe('seed', () => {
  it('imports each file once even when two processes seed at the same time', async () => {
    await emptyGraph(db);
    await migrate(db, silentLogger);
    const other = openTestDatabase();
    try {
      const [a, b] = await Promise.all([seed(db, DATA_DIR, silentLogger), seed(other, DATA_DIR, silentLogger)]);
      expect([...a.imported, ...b.imported].sort()).toEqual(units().sort());
      expect([...a.imported, ...b.imported]).toHaveLength(units().length);
      expect(await isSeeded(db)).toBe(true);
      const again = await seed(db, DATA_DIR, silentLogger);
      expect(again).toEqual({ imported: [], skipped: units(), changed: [] });
    } finally {
      await other.close();
    }
  });

  it('leaves a seed that failed inside a file incomplete (not ready), and the next run completes it', async () => {
    await emptyGraph(db);
    await migrate(db, silentLogger);
    const failing = dataset().plans[2]!;
    // A node that takes the plan's id under the Plan constraint: the file validates, but its
    // transaction fails in Neo4j.
    await db.write({ name: 'test/trap', text: 'CREATE (:Plan {id: $id})' }, { id: failing.data.plan.id });
    const error = await seed(db, DATA_DIR, silentLogger).then(() => undefined, (err: unknown) => err);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toContain(failing.file);
    const state = await setupState(db);
    expect(state.seedComplete).toBe(false);
    expect(state.seededFiles.map((f) => f.slice(0, f.lastIndexOf('@')))).toEqual(units().slice(0, 3));

    // A replica that requires the seed is not ready while it is incomplete...
    const replica = await startTestServer({ PLANGRAPH_MIGRATE: 'require', PLANGRAPH_SEED: 'require' }, { waitUntilReady: false });
    try {
      const waiting = await until(() => readyz(replica.url), (r) => r.body.schema === 'applied');
      expect(waiting).toMatchObject({ status: 503, body: { ready: false, schema: 'applied', data: 'pending', reason: 'the dataset is being loaded' } });

      // ...and becomes ready by itself once the next run has completed it, importing only the rest.
      await db.write({ name: 'test/untrap', text: 'MATCH (p:Plan {id: $id}) WHERE NOT p:Entity DELETE p' }, { id: failing.data.plan.id });
      const report = await seed(db, DATA_DIR, silentLogger);
      expect(report.imported).toEqual(units().slice(3));
      expect(report.skipped).toEqual(units().slice(0, 3));
      const ready = await until(() => readyz(replica.url), (r) => r.status === 200);
      expect(ready.body).toEqual({ ready: true, database: 'up', schema: 'applied', data: 'loaded' });
    } finally {
      await replica.stop();
    }
    expect(await count(db, 'MATCH (p:Plan:Entity) RETURN count(p)')).toBe(dataset().plans.length);
    expect(await count(db, "MATCH ()-[r:ALIGNED_WITH]->() WHERE r.basis = 'CURATED' RETURN count(r)")).toBeGreaterThan(0);
  });
});
