import { cypher } from '../neo4j/cypher.js';
import type { Db, Tx } from '../neo4j/database.js';
import { toDriverProps, type PropValue, type Stamp } from './properties.js';

/**
 * Statements of the import, each one inside the caller's transaction. Nodes are written under
 * their own label and matched by id and label; a node that exists as another kind or in
 * another plan is never written (see upsert-nodes.cypher).
 */

export type { Stamp };

export interface NodeRow {
  readonly id: string;
  readonly label: string;
  readonly planId: string | null;
  readonly hash: string;
  /** false: create when missing, otherwise leave as it is (a shared node a partner's file describes). */
  readonly update: boolean;
  readonly props: Readonly<Record<string, PropValue>>;
}

export interface RelRow {
  readonly type: string;
  readonly from: string;
  readonly fromKind: string;
  readonly to: string;
  readonly toKind: string;
  readonly origin: string;
  readonly key: string;
  readonly hash: string;
  readonly props: Readonly<Record<string, PropValue>>;
}

export interface UpsertCounts {
  readonly total: number;
  readonly created: number;
  readonly updated: number;
}

export interface NodeUpsert extends UpsertCounts {
  /** Shared nodes the file describes differently, left as they are. */
  readonly kept: string[];
  /** Rows that would have landed on a node of another kind or plan (nothing written to those). */
  readonly refused: { id: string; label: string; kind: string | null; planId: string | null }[];
}

const BATCH = 1000;

function batches<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

export async function upsertNodes(tx: Tx, nodes: readonly NodeRow[], stamp: Stamp): Promise<NodeUpsert> {
  const sum: NodeUpsert = { total: 0, created: 0, updated: 0, kept: [], refused: [] };
  for (const batch of batches(nodes)) {
    const [r] = await tx.run(cypher('import/upsert-nodes'), { actor: stamp.actor, now: stamp.now, nodes: batch.map((n) => ({ ...n, props: toDriverProps(n.props) })) });
    Object.assign(sum, {
      total: sum.total + Number(r?.total ?? 0),
      created: sum.created + Number(r?.created ?? 0),
      updated: sum.updated + Number(r?.updated ?? 0),
    });
    sum.kept.push(...((r?.kept as string[]) ?? []));
    sum.refused.push(...((r?.refused as NodeUpsert['refused']) ?? []));
  }
  return sum;
}

export async function upsertRelationships(tx: Tx, rels: readonly RelRow[], stamp: Stamp): Promise<UpsertCounts> {
  const sum = { total: 0, created: 0, updated: 0 };
  for (const batch of batches(rels)) {
    const [r] = await tx.run(cypher('import/upsert-relationships'), { actor: stamp.actor, now: stamp.now, rels: batch.map((x) => ({ ...x, props: toDriverProps(x.props) })) });
    sum.total += Number(r?.total ?? 0);
    sum.created += Number(r?.created ?? 0);
    sum.updated += Number(r?.updated ?? 0);
  }
  return sum;
}

export interface ExistingNode {
  readonly id: string;
  readonly kind: string;
  readonly labels: readonly string[];
  readonly planId: string | null;
  readonly definedIn: string | null;
  readonly owner: string | null;
}

export async function existingNodes(tx: Tx, ids: readonly string[]): Promise<Map<string, ExistingNode>> {
  const found = new Map<string, ExistingNode>();
  for (const batch of batches([...new Set(ids)])) {
    for (const r of await tx.run(cypher('import/facts'), { ids: batch })) {
      found.set(String(r.id), { id: String(r.id), kind: String(r.kind), labels: (r.labels as string[]) ?? [], planId: (r.planId as string | null) ?? null, definedIn: (r.definedIn as string | null) ?? null, owner: (r.owner as string | null) ?? null });
    }
  }
  return found;
}

/** The shared nodes of the graph, as an uploaded plan may refer to them. */
export interface World {
  readonly organisations: { id: string; name: string; definedIn: string | null }[];
  readonly themes: { id: string; name: string; labelEn: string }[];
  readonly audiences: { id: string; name: string; labelEn: string }[];
  readonly systems: { id: string; name: string }[];
  readonly places: { id: string; name: string; kind: string | null; country: string | null }[];
  readonly references: { id: string; title: string; kind: string | null }[];
}

export async function world(tx: Tx): Promise<World> {
  const [r] = await tx.run(cypher('import/world'));
  const list = <K extends keyof World>(key: K) => ((r?.[key] as World[K] | undefined) ?? []) as World[K];
  return { organisations: list('organisations'), themes: list('themes'), audiences: list('audiences'), systems: list('systems'), places: list('places'), references: list('references') };
}

export async function missingIds(tx: Tx, ids: readonly string[]): Promise<string[]> {
  const rows = await tx.run(cypher('import/missing-endpoints'), { ids });
  return (rows[0]?.missing as string[]) ?? [];
}

export async function refreshAliases(tx: Tx, organisationIds: readonly string[]): Promise<void> {
  if (organisationIds.length) await tx.run(cypher('import/refresh-aliases'), { ids: organisationIds });
}

export async function planNodes(tx: Tx, planId: string): Promise<{ id: string; kind: string }[]> {
  return (await tx.run(cypher('import/plan-nodes'), { planId })) as { id: string; kind: string }[];
}

export interface RelKey {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly key: string;
}

export async function originRelationships(tx: Tx, origin: string): Promise<RelKey[]> {
  return (await tx.run(cypher('import/origin-relationships'), { origin })) as unknown as RelKey[];
}

export async function deleteNodes(tx: Tx, planId: string, nodes: readonly { id: string; kind: string }[]): Promise<number> {
  if (nodes.length === 0) return 0;
  const rows = await tx.run(cypher('import/delete-nodes'), { planId, nodes });
  return Number(rows[0]?.deleted ?? 0);
}

export async function deleteRelationships(tx: Tx, origin: string, rels: readonly RelKey[]): Promise<number> {
  if (rels.length === 0) return 0;
  const rows = await tx.run(cypher('import/delete-relationships'), { origin, rels });
  return Number(rows[0]?.deleted ?? 0);
}

export async function recordImport(tx: Tx, entry: { id: string; planId: string; organisationId: string; organisationIds: readonly string[]; summary: string; role: string } & Stamp): Promise<void> {
  await tx.run(cypher('import/record-import'), { ...entry });
}

export async function hasPlans(db: Pick<Db, 'read'>): Promise<boolean> {
  const rows = await db.read(cypher('import/has-plans'));
  return rows[0]?.loaded === true;
}
