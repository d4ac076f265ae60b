import { cypher } from '../neo4j/cypher.js';
import type { Db, Tx } from '../neo4j/database.js';
import type { Window } from './entityRepository.js';
import { toDriverProps, type PropValue, type Stamp } from './properties.js';
import { entityRow, type EntityRow } from './rows.js';

export type { PropValue, Stamp };

/**
 * The statements of the write path, each one inside the caller's transaction. Every node is
 * matched by its id and its own label, never by the id alone; the caller locks what it changes
 * first (`lockNodes`), checks, and only then writes.
 */
export interface NodeFacts {
  readonly id: string;
  readonly kind: string;
  readonly labels: readonly string[];
  readonly planId: string | null;
  /** The source document of the node's plan, the only one its stated items may quote. */
  readonly planSource: string | null;
  /** The organisation whose node it is (publisher of its plan, or itself), if any. */
  readonly owner: string | null;
  readonly node: EntityRow;
}

/** Locks the nodes (in id order) and returns them as they are once locked; absent ids are missing from the map. */
export async function lockNodes(tx: Tx, ids: readonly string[]): Promise<Map<string, NodeFacts>> {
  const sorted = [...new Set(ids)].sort();
  if (sorted.length === 0) return new Map();
  await tx.run(cypher('curation/lock-nodes'), { ids: sorted });
  const rows = await tx.run(cypher('curation/node-facts'), { ids: sorted });
  const found = new Map<string, NodeFacts>();
  for (const r of rows) {
    if (!r.node) continue;
    const node = entityRow(r.node);
    found.set(String(r.id), {
      id: String(r.id),
      kind: String(node.kind),
      labels: (r.labels as string[]) ?? [],
      planId: (node.planId as string | null | undefined) ?? null,
      planSource: (r.planSource as string | null) ?? null,
      owner: (r.owner as string | null) ?? null,
      node,
    });
  }
  return found;
}

export async function createNode(tx: Tx, node: { id: string; label: string; props: Record<string, PropValue> }, stamp: Stamp): Promise<EntityRow> {
  const [row] = await tx.run(cypher('curation/create-node'), { id: node.id, label: node.label, props: toDriverProps(node.props), actor: stamp.actor, now: stamp.now });
  return entityRow(row!.node);
}

export async function updateNode(tx: Tx, node: { id: string; label: string }, props: Record<string, PropValue>, stamp: Stamp): Promise<EntityRow | null> {
  const [row] = await tx.run(cypher('curation/update-node'), { id: node.id, label: node.label, props: toDriverProps(props), actor: stamp.actor, now: stamp.now });
  return row ? entityRow(row.node) : null;
}

export async function dependents(tx: Tx, node: { id: string; kind: string }): Promise<EntityRow[]> {
  return (await tx.run(cypher('curation/dependents'), { id: node.id, kind: node.kind })).map((r) => entityRow(r.node));
}

export interface OutsideLink {
  readonly nodeId: string;
  readonly otherId: string;
  readonly type: string;
  readonly outgoing: boolean;
  readonly link: Record<string, unknown>;
  readonly otherOwner: string | null;
}

/** Links from these nodes to nodes that are not among them. */
export async function outsideLinks(tx: Tx, ids: readonly string[]): Promise<OutsideLink[]> {
  if (ids.length === 0) return [];
  return (await tx.run(cypher('curation/outside-links'), { ids })) as unknown as OutsideLink[];
}

export async function deleteNodes(tx: Tx, nodes: readonly { id: string; kind: string }[]): Promise<number> {
  if (nodes.length === 0) return 0;
  const [row] = await tx.run(cypher('curation/delete-nodes'), { nodes: nodes.map((n) => ({ id: n.id, kind: n.kind })) });
  return Number(row?.deleted ?? 0);
}

export interface LinkWrite {
  readonly type: string;
  readonly from: string;
  readonly fromKind: string;
  readonly to: string;
  readonly toKind: string;
  readonly origin: string;
  readonly key: string;
  readonly props: Record<string, PropValue>;
}

export async function link(tx: Tx, l: LinkWrite, stamp: Stamp): Promise<Record<string, unknown> | null> {
  const [row] = await tx.run(cypher('curation/link'), { ...l, props: toDriverProps(l.props), actor: stamp.actor, now: stamp.now });
  return (row?.link as Record<string, unknown> | undefined) ?? null;
}

export async function unlink(tx: Tx, l: { type: string; from: string; fromKind: string; to: string; toKind: string; wording: string | null }): Promise<Record<string, unknown>[]> {
  const [row] = await tx.run(cypher('curation/unlink'), l);
  return (row?.removed as Record<string, unknown>[]) ?? [];
}

export interface LinkContext {
  /** A parent the `from` node already has (other than `to`). */
  readonly otherParent: string | null;
  /** `to` already falls under `from`: the PART_OF would close a circle. */
  readonly cycle: boolean;
  /** The action already implements another objective as its first. */
  readonly hasFirstObjective: boolean;
}

export async function linkContext(tx: Tx, from: string, to: string): Promise<LinkContext> {
  const [row] = await tx.run(cypher('curation/link-context'), { from, to });
  return { otherParent: (row?.otherParent as string | null) ?? null, cycle: row?.cycle === true, hasFirstObjective: row?.hasFirstObjective === true };
}

export async function nextPosition(tx: Tx, planId: string, actionId: string | null): Promise<number> {
  const [row] = await tx.run(cypher('curation/next-position'), { planId, actionId });
  return Number(row?.position ?? 1);
}

export interface CodeClash {
  readonly id: string;
  readonly kind: string;
  readonly code: string | null;
  readonly normalizedCode: string | null;
  /** The node that already holds the code among the same siblings. */
  readonly codeHolder: string | null;
  /** The node that already holds the normalised code in the plan. */
  readonly planCodeHolder: string | null;
}

/** Stores the uniqueness keys of the nodes (rules: kind → scope rule); returns the nodes whose keys are taken. */
export async function refreshCodeScope(tx: Tx, ids: readonly string[], rules: Record<string, unknown>): Promise<CodeClash[]> {
  if (ids.length === 0) return [];
  return (await tx.run(cypher('curation/refresh-code-scope'), { ids, rules })) as unknown as CodeClash[];
}

export async function clearCodeScope(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length) await tx.run(cypher('curation/clear-code-scope'), { ids });
}

// --- proposals ----------------------------------------------------------------------------

export interface ProposalWrite {
  readonly relationship: string;
  readonly from: string;
  readonly fromKind: string;
  readonly to: string;
  readonly toKind: string;
  readonly origin: string;
  readonly props: Record<string, PropValue>;
}

export async function propose(tx: Tx, p: ProposalWrite, stamp: Stamp): Promise<Record<string, unknown> | null> {
  const [row] = await tx.run(cypher('curation/propose'), { ...p, props: toDriverProps(p.props), actor: stamp.actor, now: stamp.now });
  return (row?.proposal as Record<string, unknown> | undefined) ?? null;
}

/** Removes the proposals of a relationship between two nodes (either direction); returns them. */
export async function takeProposals(tx: Tx, p: { relationship: string; from: string; fromKind: string; to: string; toKind: string }): Promise<{ from: string; to: string; proposal: Record<string, unknown> }[]> {
  return (await tx.run(cypher('curation/take-proposals'), p)) as { from: string; to: string; proposal: Record<string, unknown> }[];
}

export interface ProposalRow {
  readonly from: string;
  readonly to: string;
  readonly fromOwner: string | null;
  readonly toOwner: string | null;
  readonly proposal: Record<string, unknown>;
}

export async function proposals(db: Pick<Db, 'read'>, filter: { organisationId: string | null }, window: Window): Promise<{ total: number; rows: ProposalRow[] }> {
  const [row] = await db.read(cypher('curation/proposals'), { ...filter, start: window.start, end: window.end });
  return { total: Number(row?.total ?? 0), rows: (row?.page as ProposalRow[]) ?? [] };
}

// --- the audit trail ----------------------------------------------------------------------

export interface ChangeEntry {
  readonly id: string;
  readonly operation: 'CREATE' | 'UPDATE' | 'DELETE' | 'LINK' | 'UNLINK' | 'IMPORT' | 'PROPOSE' | 'ACCEPT' | 'REJECT';
  readonly nodeId: string;
  readonly nodeKind: string;
  /** The organisation whose node it is. */
  readonly organisationId: string | null;
  /** Every organisation the change touches (sorted, without repeats). */
  readonly organisationIds: readonly string[];
  readonly otherId: string | null;
  readonly relationship: string | null;
  /** JSON of the changed properties before and after the change. */
  readonly before: string | null;
  readonly after: string | null;
  readonly summary: string;
}

export async function recordChanges(tx: Tx, changes: readonly ChangeEntry[], stamp: Stamp & { role: string }): Promise<void> {
  if (changes.length) await tx.run(cypher('curation/record-change'), { changes, actor: stamp.actor, now: stamp.now, role: stamp.role });
}

export async function changes(db: Db, filter: { nodeId: string | null; organisationId: string | null }, window: Window): Promise<{ total: number; rows: Record<string, unknown>[] }> {
  const [row] = await db.read(cypher('curation/changes'), { ...filter, start: window.start, end: window.end });
  return { total: Number(row?.total ?? 0), rows: (row?.page as Record<string, unknown>[]) ?? [] };
}
