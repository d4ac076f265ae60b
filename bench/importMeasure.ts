import { importDataset } from '../src/import/importer.js';
import { loadValidDataset } from '../src/import/loadDataset.js';
import { silentLogger } from '../src/log/logger.js';
import { createDriver, type Neo4jConnection } from '../src/neo4j/connection.js';
import { Database } from '../src/neo4j/database.js';
import { applySchema } from '../src/neo4j/schema.js';
import { SETUP_TX_TIMEOUT_MS } from '../src/setup/lock.js';

/**
 * Loads a dataset folder through the real import path (the same calls as `npm run import`:
 * read and validate every file, then write them, several files to a transaction) into an empty graph, and
 * measures it: graph elements (nodes + relationships) per second of writing, and where the time
 * went, statement by statement, from the statement events of Database.
 */
export interface StatementTime {
  readonly name: string;
  readonly count: number;
  readonly totalMs: number;
}

export interface ImportMeasurement {
  readonly files: number;
  readonly loadMs: number;
  readonly writeMs: number;
  readonly nodes: number;
  readonly relationships: number;
  readonly elementsPerSecond: number;
  readonly statements: readonly StatementTime[];
  /** Write time per 1,000 elements of each transaction (several files each), in import order: flat when the import scales, rising when each costs more as the graph grows. */
  readonly transactionMsPerThousand: readonly number[];
}

/** The size of the graph already in the database, when the run imports nothing. */
export async function existingGraph(connection: Neo4jConnection): Promise<ImportMeasurement> {
  const db = new Database(createDriver(connection, silentLogger), connection, silentLogger);
  try {
    const [counts] = await db.read({ name: 'bench/graph-size', text: 'MATCH (n:Entity) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships' });
    return { files: 0, loadMs: Number.NaN, writeMs: Number.NaN, nodes: Number(counts?.nodes ?? 0), relationships: Number(counts?.relationships ?? 0), elementsPerSecond: Number.NaN, statements: [], transactionMsPerThousand: [] };
  } finally {
    await db.close();
  }
}

export async function measureImport(connection: Neo4jConnection, dataDir: string, progress: (line: string) => void): Promise<ImportMeasurement> {
  const times = new Map<string, { count: number; totalMs: number }>();
  const db = new Database(createDriver(connection, silentLogger), connection, silentLogger, {
    onStatement: (event) => {
      const t = times.get(event.name) ?? { count: 0, totalMs: 0 };
      t.count += 1;
      t.totalMs += event.ms;
      times.set(event.name, t);
    },
  });
  // The import's transactions get the time `npm run import` gives them.
  const setup = db.withTimeout(SETUP_TX_TIMEOUT_MS);
  try {
    await applySchema(setup, silentLogger);
    times.clear();
    const t0 = performance.now();
    const dataset = loadValidDataset(dataDir);
    const t1 = performance.now();
    let done = 0;
    const files = dataset.plans.length + 2;
    const transactionMsPerThousand: number[] = [];
    let current: { started: number; elements: number } | null = null;
    const closeTransaction = () => {
      if (current) transactionMsPerThousand.push(((performance.now() - current.started) * 1000) / Math.max(1, current.elements));
      current = null;
    };
    await importDataset(setup, dataset, {
      actor: 'bench',
      // The importer announces each transaction ("importing <files>: <n> nodes and links") and then reports each file.
      onProgress: (line) => {
        if (line.startsWith('importing')) {
          closeTransaction();
          current = { started: performance.now(), elements: Number(/(\d+) nodes and links$/.exec(line)?.[1] ?? 0) };
          return;
        }
        if (line.startsWith('the ')) return;
        done += 1;
        if (done % 50 === 0 || done === files) progress(`  imported ${done}/${files} files`);
      },
    });
    closeTransaction();
    const t2 = performance.now();
    const [counts] = await db.read({ name: 'bench/graph-size', text: 'MATCH (n:Entity) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships' });
    const nodes = Number(counts?.nodes ?? 0);
    const relationships = Number(counts?.relationships ?? 0);
    return {
      files,
      loadMs: t1 - t0,
      writeMs: t2 - t1,
      nodes,
      relationships,
      elementsPerSecond: ((nodes + relationships) * 1000) / (t2 - t1),
      statements: [...times].filter(([name]) => !name.startsWith('bench/')).map(([name, t]) => ({ name, ...t })).sort((a, b) => b.totalMs - a.totalMs),
      transactionMsPerThousand,
    };
  } finally {
    await db.close();
  }
}
