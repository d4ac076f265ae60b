import crypto from 'node:crypto';
import neo4j from 'neo4j-driver';
import type { Database } from '../../src/neo4j/database.js';
import { recomputeSettled } from '../../src/suggestions/schedule.js';
import { testConnection } from '../support/neo4j.js';

/**
 * The whole graph as one fingerprint (every node with its labels and properties, every link
 * with its ends and properties, change records included) and its counts: a refused write must
 * leave both exactly as they were.
 */
export interface GraphState {
  readonly nodes: number;
  readonly links: number;
  readonly changeRecords: number;
  readonly fingerprint: string;
}

const NODES = 'MATCH (n) WITH n ORDER BY n.id, elementId(n) RETURN collect([labels(n), properties(n)]) AS all, count(n) AS count, count { MATCH (c:ChangeRecord) } AS records';
const LINKS = 'MATCH (a)-[r]->(b) WITH a, r, b ORDER BY a.id, b.id, type(r), r.origin, r.key RETURN collect([a.id, type(r), b.id, properties(r)]) AS all, count(r) AS count';

/**
 * The last state taken, with the bookmark of the read that took it. Neo4j hands every
 * transaction, a read too, a bookmark naming the last transaction committed: while it is the
 * same, nothing has been committed since, and the graph (so its state) is the one taken then.
 */
let last: { bookmark: string; state: GraphState } | undefined;

/** `db` is a connection to the test run's Neo4j (openTestDatabase()). */
export async function graphState(_db: Database): Promise<GraphState> {
  // An earlier write may have started a recomputation of the suggested alignments in the
  // background (in this process: the test server runs here); the state is taken when it is done.
  await recomputeSettled();
  const connection = testConnection();
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), { disableLosslessIntegers: true, userAgent: 'plangraph-tests' });
  try {
    const session = driver.session({ database: connection.database, defaultAccessMode: neo4j.session.READ });
    try {
      if (last) {
        await session.executeRead((tx) => tx.run('RETURN 1'));
        if (JSON.stringify(session.lastBookmarks()) === last.bookmark) return last.state;
      }
      const [nodes, links] = await session.executeRead(async (tx) => [(await tx.run(NODES)).records[0]!, (await tx.run(LINKS)).records[0]!]);
      const hash = crypto.createHash('sha1').update(JSON.stringify(nodes.get('all'))).update(JSON.stringify(links.get('all'))).digest('hex');
      const state = { nodes: Number(nodes.get('count')), links: Number(links.get('count')), changeRecords: Number(nodes.get('records')), fingerprint: hash };
      last = { bookmark: JSON.stringify(session.lastBookmarks()), state };
      return state;
    } finally {
      await session.close();
    }
  } finally {
    await driver.close();
  }
}

/** The stored properties and version of some nodes, by id. */
export async function nodesById(db: Database, ids: readonly string[]): Promise<Record<string, Record<string, unknown>>> {
  const rows = await db.read({ name: 'test/nodes', text: 'UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN id, properties(n) AS props' }, { ids });
  return Object.fromEntries(rows.map((r) => [String(r.id), r.props as Record<string, unknown>]));
}
