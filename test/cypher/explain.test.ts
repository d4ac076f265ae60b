import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log/logger.js';
import { createDriver } from '../../src/neo4j/connection.js';
import type { Database } from '../../src/neo4j/database.js';
import { loadSeedGraph } from '../support/dataset.js';
import { emptyGraph, openTestDatabase, testConnection } from '../support/neo4j.js';
import { nodeIndexes, planProblems, type NodeIndexes, type PlanOperator } from './planCheck.js';
import { STATEMENT_SOURCES, type StatementToExplain } from './statements.js';

/**
 * Every Cypher statement of the project, planned by Neo4j against the real schema and the seed
 * graph: none may scan the whole graph, nor scan a label where one of its indexes could serve
 * the lookup. EXPLAIN only plans, it runs nothing; but the planner chooses by the graph's
 * statistics (on an empty graph every plan looks cheap and scans win), so the seed graph is
 * loaded first and the plan cache emptied.
 */
const statements: StatementToExplain[] = (await Promise.all(STATEMENT_SOURCES.map((source) => source()))).flat();

let db: Database;
let indexes: NodeIndexes;
const connection = testConnection();
const driver = createDriver(connection, silentLogger);

beforeAll(async () => {
  db = openTestDatabase();
  // The seed graph of the run: what the import makes (test/import/seedSnapshot.test.ts), put
  // back in seconds instead of imported again.
  await loadSeedGraph(db);
  await db.write({ name: 'test/clear-query-caches', text: 'CALL db.clearQueryCaches()' });
  indexes = await nodeIndexes(db);
});
afterAll(async () => {
  await driver.close();
  await db.close();
});

async function explain(statement: StatementToExplain): Promise<PlanOperator> {
  const session = driver.session({ database: connection.database });
  try {
    const result = await session.run(`EXPLAIN ${statement.text}`, statement.params ?? {});
    if (!result.summary.plan) throw new Error(`no plan for ${statement.name}`);
    return result.summary.plan as unknown as PlanOperator;
  } finally {
    await session.close();
  }
}

describe('query plans', () => {
  it('covers the statements of cypher/ and of the benchmark', () => {
    expect(statements.map((s) => s.name)).toEqual(expect.arrayContaining(['read/nodes-by-id', 'questions/threats-to-objectives', 'import/upsert-nodes', 'bench/nested']));
  });

  it.each(statements.map((s) => [s.name, s] as const))('%s reads only what it needs (no scan of the whole graph, no label scan an index could replace)', async (_name, statement) => {
    expect(planProblems(await explain(statement), indexes)).toEqual([]);
  });
});

// Runs last: it empties the graph.
describe('query plans of the import on an empty graph', () => {
  // A first import is planned with the statistics of an empty graph, and the plan is cached
  // while the graph grows: a statement that scans every relationship per row then costs the
  // whole graph for every link it writes (a MERGE whose type is a value is planned so).
  const writes = statements.filter((s) => s.name.startsWith('import/'));

  it.each(writes.map((s) => [s.name, s] as const))('%s does not scan the whole graph when planned on an empty graph', async (_name, statement) => {
    await emptyGraph(db);
    await db.write({ name: 'test/clear-query-caches', text: 'CALL db.clearQueryCaches()' });
    expect(planProblems(await explain(statement), indexes).filter((p) => /reads the whole graph/.test(p))).toEqual([]);
  });
});

describe('the plan check itself', () => {
  it('flags a scan of every node, a scan of :Entity, and a label scan filtered on an indexed property', async () => {
    const problems = async (text: string) => planProblems(await explain({ name: 'probe', text }), indexes);
    expect(await problems('MATCH (n) WHERE n.id = $id RETURN n')).toEqual([expect.stringMatching(/^AllNodesScan/)]);
    expect(await problems('MATCH (n:Entity) WHERE n.title CONTAINS $word RETURN n')).toEqual([expect.stringMatching(/^NodeByLabelScan of :Entity/)]);
    // An optional filter written as one predicate: the planner can not use the index for it.
    expect(await problems('MATCH (a:Action) WHERE ($statuses IS NULL OR a.status IN $statuses) RETURN a')).toEqual([expect.stringMatching(/filter on a\.status, which an index of :Action covers/)]);
    expect(await problems('MATCH (n:Entity {id: $id}) RETURN n')).toEqual([]);
  });
});
