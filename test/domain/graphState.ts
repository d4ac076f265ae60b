import crypto from 'node:crypto';
import type { Database } from '../../src/neo4j/database.js';
import { recomputeSettled } from '../../src/suggestions/schedule.js';

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

export async function graphState(db: Database): Promise<GraphState> {
  // An earlier write may have started a recomputation of the suggested alignments in the
  // background (in this process: the test server runs here); the state is taken when it is done.
  await recomputeSettled();
  const nodes = await db.read({
    name: 'test/state-nodes',
    text: 'MATCH (n) WITH n ORDER BY n.id, elementId(n) RETURN collect([labels(n), properties(n)]) AS all, count(n) AS count, count { MATCH (c:ChangeRecord) } AS records',
  });
  const links = await db.read({
    name: 'test/state-links',
    text: 'MATCH (a)-[r]->(b) WITH a, r, b ORDER BY a.id, b.id, type(r), r.origin, r.key RETURN collect([a.id, type(r), b.id, properties(r)]) AS all, count(r) AS count',
  });
  const hash = crypto.createHash('sha1').update(JSON.stringify(nodes[0]!.all)).update(JSON.stringify(links[0]!.all)).digest('hex');
  return { nodes: Number(nodes[0]!.count), links: Number(links[0]!.count), changeRecords: Number(nodes[0]!.records), fingerprint: hash };
}

/** The stored properties and version of some nodes, by id. */
export async function nodesById(db: Database, ids: readonly string[]): Promise<Record<string, Record<string, unknown>>> {
  const rows = await db.read({ name: 'test/nodes', text: 'UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN id, properties(n) AS props' }, { ids });
  return Object.fromEntries(rows.map((r) => [String(r.id), r.props as Record<string, unknown>]));
}
