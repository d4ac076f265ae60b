import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/config/paths.js';
import { plainValues } from '../src/domain/fields.js';
import { planImport } from '../src/import/batchImport.js';
import { alignmentImport, registryImport } from '../src/import/importer.js';
import { loadValidDataset } from '../src/import/loadDataset.js';
import { silentLogger } from '../src/log/logger.js';
import { derivedProps } from '../src/model/derived.js';
import { createDriver, type Neo4jConnection } from '../src/neo4j/connection.js';
import { Database, toCypherParams } from '../src/neo4j/database.js';
import { applySchema } from '../src/neo4j/schema.js';
import { SETUP_TX_TIMEOUT_MS } from '../src/setup/lock.js';
import { toDriverProps } from '../src/repository/properties.js';

/**
 * The import's floor: the same nodes and links, with the same properties, written by the raw
 * driver into the same schema with the plainest statements that can write them
 * (bench/cypher/import-*.cypher: UNWIND ... CREATE, rows of 1,000, transactions of about
 * 20,000 elements as the import groups them), and nothing else: no checks of lanes or ids, no
 * fingerprints, versions, codes, aliases or change records. What the import does beyond that
 * is its own cost; what the floor costs is the database's, with the indexes the reads need.
 */
export interface FloorMeasurement {
  readonly nodes: number;
  readonly relationships: number;
  readonly writeMs: number;
  readonly elementsPerSecond: number;
}

const ROWS = 1_000;
const TRANSACTION_ELEMENTS = 20_000;

const statement = (name: string) => fs.readFileSync(path.join(projectRoot(), 'bench', 'cypher', `${name}.cypher`), 'utf8');

/** Into an empty graph (the schema is applied first); the caller empties it again before the import. */
export async function measureImportFloor(connection: Neo4jConnection, dataDir: string): Promise<FloorMeasurement> {
  const dataset = loadValidDataset(dataDir);
  const nodes = new Map<string, { id: string; label: string; props: Record<string, unknown> }>();
  const rels = new Map<string, { type: string; from: string; to: string; origin: string; key: string; props: Record<string, unknown> }>();
  // The files as the import cuts them (each plan's own links, the registry, the alignments).
  const files = [registryImport(dataset, false), ...dataset.plans.map((p) => planImport(p, dataset, 'createOnly', false)), alignmentImport(dataset, false)];
  for (const batch of files) {
    for (const n of batch.nodes) {
      if (n.mode === 'reference' || nodes.has(n.id)) continue;
      nodes.set(n.id, { id: n.id, label: n.label, props: toDriverProps({ ...n.props, ...derivedProps(n.label, n.id, plainValues(n.props)) }) });
    }
    for (const r of batch.rels) rels.set(`${r.type}|${r.from}|${r.to}|${r.origin}|${r.key}`, { ...r, props: toDriverProps(r.props) });
  }
  const schema = new Database(createDriver(connection, silentLogger), connection, silentLogger);
  try {
    await applySchema(schema.withTimeout(SETUP_TX_TIMEOUT_MS), silentLogger);
  } finally {
    await schema.close();
  }
  const driver = createDriver(connection, silentLogger);
  const [nodeText, relText] = [statement('import-nodes'), statement('import-relationships')];
  const started = performance.now();
  try {
    for (const [text, rows] of [[nodeText, [...nodes.values()]], [relText, [...rels.values()]]] as const) {
      for (let t = 0; t < rows.length; t += TRANSACTION_ELEMENTS) {
        const session = driver.session({ database: connection.database });
        try {
          await session.executeWrite(async (tx) => {
            for (let i = t; i < Math.min(rows.length, t + TRANSACTION_ELEMENTS); i += ROWS) {
              await tx.run(text, toCypherParams({ rows: rows.slice(i, Math.min(i + ROWS, t + TRANSACTION_ELEMENTS)) }) as Record<string, unknown>);
            }
          });
        } finally {
          await session.close();
        }
      }
    }
  } finally {
    await driver.close();
  }
  const writeMs = performance.now() - started;
  return { nodes: nodes.size, relationships: rels.size, writeMs, elementsPerSecond: ((nodes.size + rels.size) * 1000) / writeMs };
}
