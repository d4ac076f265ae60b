import { cypher } from '../neo4j/cypher.js';
import type { Db, Tx } from '../neo4j/database.js';
import type { Window } from './entityRepository.js';
import { toDriverProps, type PropValue, type Stamp } from './properties.js';
import { entityRow, type EntityRow } from './rows.js';

export type { PropValue, Stamp };

/**
 * The writes of curation, each one statement inside the caller's transaction. The caller takes
 * the node's lock first (`lockNode`), checks, and only then changes anything.
 */
export interface LockedNode {
  readonly node: EntityRow;
  /** The organisation whose item it is (publisher of its plan, or itself), if any. */
  readonly owner: string | null;
}

export async function lockNode(tx: Tx, id: string): Promise<LockedNode | null> {
  const [row] = await tx.run(cypher('curation/lock-node'), { id });
  return row ? { node: entityRow(row.node), owner: (row.owner as string | null) ?? null } : null;
}

export interface NodeFacts {
  readonly kind: string;
  readonly planId: string | null;
  /** The source document of the node's plan, the only one its stated items may quote. */
  readonly planSource: string | null;
  readonly owner: string | null;
}

export async function nodeFacts(tx: Tx, ids: readonly string[]): Promise<Map<string, NodeFacts>> {
  const rows = await tx.run(cypher('curation/node-owner'), { ids });
  return new Map(rows.map((r) => [String(r.id), {
    kind: String(r.kind),
    planId: (r.planId as string | null) ?? null,
    planSource: (r.planSource as string | null) ?? null,
    owner: (r.owner as string | null) ?? null,
  }]));
}

export async function createNode(tx: Tx, node: { id: string; label: string; props: Record<string, PropValue> }, stamp: Stamp): Promise<EntityRow> {
  const [row] = await tx.run(cypher('curation/create-node'), { id: node.id, label: node.label, props: toDriverProps(node.props), ...stamp });
  return entityRow(row!.node);
}

export async function updateNode(tx: Tx, id: string, props: Record<string, PropValue>, stamp: Stamp): Promise<EntityRow> {
  const [row] = await tx.run(cypher('curation/update-node'), { id, props: toDriverProps(props), ...stamp });
  return entityRow(row!.node);
}

export async function codeTaken(tx: Tx, p: { planId: string; kind: string; code: string; id: string }): Promise<string | null> {
  const [row] = await tx.run(cypher('curation/code-taken'), p);
  return (row?.id as string | undefined) ?? null;
}

export async function dependents(tx: Tx, id: string): Promise<EntityRow[]> {
  return (await tx.run(cypher('curation/dependents'), { id })).map((r) => entityRow(r.node));
}

export async function deleteNodes(tx: Tx, ids: readonly string[]): Promise<number> {
  const [row] = await tx.run(cypher('curation/delete-nodes'), { ids });
  return Number(row?.deleted ?? 0);
}

export interface LinkWrite {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly origin: string;
  readonly key: string;
  readonly props: Record<string, PropValue>;
}

export async function link(tx: Tx, l: LinkWrite, stamp: Stamp): Promise<Record<string, unknown>> {
  const [row] = await tx.run(cypher('curation/link'), { ...l, props: toDriverProps(l.props), ...stamp });
  return row!.link as Record<string, unknown>;
}

export async function unlink(tx: Tx, l: { type: string; from: string; to: string; wording: string | null }): Promise<Record<string, unknown>[]> {
  const [row] = await tx.run(cypher('curation/unlink'), l);
  return (row?.removed as Record<string, unknown>[]) ?? [];
}

export interface ChangeEntry {
  readonly id: string;
  readonly operation: 'CREATE' | 'UPDATE' | 'DELETE' | 'LINK' | 'UNLINK' | 'IMPORT';
  readonly nodeId: string;
  readonly nodeKind: string;
  readonly organisationId: string | null;
  readonly otherId: string | null;
  readonly relationship: string | null;
  /** JSON of the changed properties before and after the change. */
  readonly before: string | null;
  readonly after: string | null;
  readonly summary: string;
}

export async function recordChanges(tx: Tx, changes: readonly ChangeEntry[], stamp: Stamp & { role: string }): Promise<void> {
  if (changes.length) await tx.run(cypher('curation/record-change'), { changes, ...stamp });
}

export async function changes(db: Db, filter: { nodeId: string | null; organisationId: string | null }, window: Window): Promise<{ total: number; rows: Record<string, unknown>[] }> {
  const [row] = await db.read(cypher('curation/changes'), { ...filter, start: window.start, end: window.end });
  return { total: Number(row?.total ?? 0), rows: (row?.page as Record<string, unknown>[]) ?? [] };
}
