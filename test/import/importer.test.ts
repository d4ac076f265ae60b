import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/paths.js';
import { importDataset, ImportError } from '../../src/import/importer.js';
import { loadValidDataset } from '../../src/import/loadDataset.js';
import { planBatch } from '../../src/import/graphModel.js';
import { silentLogger } from '../../src/log/logger.js';
import type { Database } from '../../src/neo4j/database.js';
import { applySchema } from '../../src/neo4j/schema.js';
import { DATA_DIR, dataset } from '../support/dataset.js';
import { count, emptyGraph, openTestDatabase, testConnection } from '../support/neo4j.js';

let db: Database;
const temp: string[] = [];
beforeAll(async () => {
  db = openTestDatabase();
  await applySchema(db, silentLogger);
});
afterAll(async () => {
  await db.close();
  for (const dir of temp) fs.rmSync(dir, { recursive: true, force: true });
});

/** A copy of the data folder that a test may change. */
function dataCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plangraph-data-'));
  temp.push(dir);
  fs.cpSync(DATA_DIR, dir, { recursive: true });
  return dir;
}

const graphSize = async () => ({
  nodes: await count(db, 'MATCH (n:Entity) RETURN count(n)'),
  links: await count(db, 'MATCH (:Entity)-[r]->(:Entity) RETURN count(r)'),
});

function cli(args: string[], dataDir: string): { status: number | null; stdout: string; stderr: string } {
  const c = testConnection();
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(projectRoot(), 'src/cli/main.ts'), ...args], {
    cwd: projectRoot(),
    encoding: 'utf8',
    env: { ...process.env, NEO4J_URI: c.uri, NEO4J_USER: c.user, NEO4J_PASSWORD: c.password, PLANGRAPH_DATA_DIR: dataDir, LOG_LEVEL: 'error' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('import', () => {
  it('writes every node and link of the files, and a second import changes nothing', { timeout: 240_000 }, async () => {
    await emptyGraph(db);
    const first = await importDataset(db, dataset(), { actor: 'test' });
    const after = await graphSize();
    const expectedNodes = new Set(dataset().plans.flatMap((p) => planBatch(p, dataset()).nodes.map((n) => n.id)));
    expect(after.nodes).toBeGreaterThanOrEqual(expectedNodes.size);
    expect(first.reduce((n, r) => n + r.nodes.created, 0)).toBe(after.nodes);

    const second = await importDataset(db, dataset(), { actor: 'test' });
    for (const r of second) {
      expect(r.nodes, r.file).toMatchObject({ created: 0, updated: 0 });
      expect(r.relationships, r.file).toMatchObject({ created: 0, updated: 0 });
      expect(r.stale, r.file).toEqual({ nodes: [], relationships: 0 });
    }
    expect(await graphSize()).toEqual(after);
    expect(await count(db, "MATCH (n:Objective {id: 'igo-beleidsplan-2023-2028/SO1'}) RETURN n.version")).toBe(1);
  });

  it('rolls a failing plan file back entirely, leaving the graph as it was', async () => {
    await emptyGraph(db);
    const before = await graphSize();
    // A node that breaks a uniqueness constraint halfway through the plan's transaction.
    await db.write({ name: 'test/trap', text: "CREATE (:Objective {id: 'igo-beleidsplan-2023-2028/SO4'})" });
    const igo = dataset().plans.find((p) => p.data.plan.id === 'igo-beleidsplan-2023-2028')!;
    await expect(importDataset(db, dataset(), { actor: 'test', plans: [igo.data.plan.id] })).rejects.toThrow(ImportError);
    await expect(importDataset(db, dataset(), { actor: 'test', plans: [igo.data.plan.id] })).rejects.toThrow(/plans\/igo-beleidsplan-2023-2028\.yaml: import failed and was rolled back/);
    expect(await count(db, "MATCH (n:Entity {planId: 'igo-beleidsplan-2023-2028'}) RETURN count(n)")).toBe(0);
    await db.write({ name: 'test/untrap', text: "MATCH (n:Objective {id: 'igo-beleidsplan-2023-2028/SO4'}) DELETE n" });
    // The registry file, imported before the plan in its own transaction, stays.
    expect((await graphSize()).nodes).toBeGreaterThan(before.nodes);
  });

  it('reports what a changed file no longer has (items and links), and deletes it only when asked to prune', async () => {
    await emptyGraph(db);
    await importDataset(db, dataset(), { actor: 'test', plans: ['vp-vraag-siset-sipar'] });
    const droppedLinks = await count(db, "MATCH (:Entity {id: 'vp-vraag-siset-sipar/A3.1'})-[r]-() WHERE r.origin = 'vp-vraag-siset-sipar' RETURN count(r)");
    expect(droppedLinks).toBeGreaterThan(0);
    const dir = dataCopy();
    const file = path.join(dir, 'plans', 'vp-vraag-siset-sipar.yaml');
    const text = fs.readFileSync(file, 'utf8');
    // Drop measure A3.1, and the answer's statement of it, so the edited file is still valid.
    const changed = text.replace(/\n  - id: A3\.1\n[\s\S]*?(?=\n  - id: )/, '\n').replace(/\n +- \{ ref: A3\.1 \}/, '');
    expect(changed).not.toBe(text);
    fs.writeFileSync(file, changed);
    const edited = loadValidDataset(dir);

    const [, kept] = await importDataset(db, edited, { actor: 'test', plans: ['vp-vraag-siset-sipar'] });
    expect(kept!.stale.nodes).toEqual(['vp-vraag-siset-sipar/A3.1']);
    expect(kept!.stale.relationships).toBe(droppedLinks);
    expect(await count(db, "MATCH (n {id: 'vp-vraag-siset-sipar/A3.1'}) RETURN count(n)")).toBe(1);

    const [, pruned] = await importDataset(db, edited, { actor: 'test', plans: ['vp-vraag-siset-sipar'], prune: true });
    expect(pruned!.stale.nodes).toEqual(['vp-vraag-siset-sipar/A3.1']);
    expect(await count(db, "MATCH (n {id: 'vp-vraag-siset-sipar/A3.1'}) RETURN count(n)")).toBe(0);
  });

  it('records who imported which plan in the audit trail', async () => {
    await emptyGraph(db);
    await importDataset(db, dataset(), { actor: 'cli:tester', plans: ['vp-vraag-siset-sipar'] });
    const rows = await db.read({ name: 'test/audit', text: "MATCH (c:ChangeRecord {nodeId: 'vp-vraag-siset-sipar'}) RETURN c.actor AS actor, c.operation AS operation, c.organisationId AS org" });
    expect(rows).toEqual([{ actor: 'cli:tester', operation: 'IMPORT', org: 'vlaams-parlement' }]);
  });

  describe('from the command line', () => {
    it('refuses an invalid file with its name, the path in it, the line and the reason, and writes nothing', async () => {
      await emptyGraph(db);
      const dir = dataCopy();
      const file = path.join(dir, 'plans', 'vp-vraag-siset-sipar.yaml');
      const text = fs.readFileSync(file, 'utf8').replace('kind: PARLIAMENTARY_QUESTION', 'kind: PARLIAMENTARY_ANSWER');
      fs.writeFileSync(file, text);
      const line = text.split('\n').findIndex((l) => l.includes('PARLIAMENTARY_ANSWER')) + 1;
      const result = cli(['import'], dir);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`plans/vp-vraag-siset-sipar.yaml:${line}: plan.kind: Invalid option`);
      expect(result.stderr).toContain('Nothing was imported.');
      expect((await graphSize()).nodes).toBe(0);
    });

    it('refuses a quote that is not in the cited lines', () => {
      const dir = dataCopy();
      const file = path.join(dir, 'plans', 'vp-vraag-siset-sipar.yaml');
      const text = fs.readFileSync(file, 'utf8');
      fs.writeFileSync(file, text.replace('title: Werkprocessen, zowel inhoudelijk als digitaal, kunnen altijd geoptimaliseerd worden.', 'title: Werkprocessen worden volledig geautomatiseerd.'));
      const result = cli(['validate'], dir);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/plans\/vp-vraag-siset-sipar\.yaml:\d+: actions\[\d+\]\.provenance: "Werkprocessen worden volledig geautomatiseerd\. Dit wordt binnen de justitiehu\.\.\." is not in 004_293a34e3a9b67a1d\.txt lines 76-77/);
    });

    it('imports, prints what it created, and then prints that nothing changed', async () => {
      await emptyGraph(db);
      const first = cli(['import', 'data/plans/vp-vraag-siset-sipar.yaml'], DATA_DIR);
      expect(first.status, first.stderr).toBe(0);
      expect(first.stdout).toMatch(/plans\/vp-vraag-siset-sipar\.yaml: nodes [1-9]\d* created, 0 updated, \d+ unchanged/);
      const second = cli(['import', 'vp-vraag-siset-sipar'], DATA_DIR);
      expect(second.stdout).toMatch(/plans\/vp-vraag-siset-sipar\.yaml: nodes 0 created, 0 updated, \d+ unchanged; links 0 created, 0 updated/);
    });
  });
});
