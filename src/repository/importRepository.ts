import { cypher } from '../neo4j/cypher.js';
import type { Db, Tx } from '../neo4j/database.js';
import { toDriverProps, type PropValue, type Stamp } from './properties.js';

/** Writes of the importer. Each function is one statement inside the caller's transaction. */

export type { Stamp };

export interface NodeRow {
  readonly id: string;
  readonly label: string;
  readonly hash: string;
  readonly props: Readonly<Record<string, PropValue>>;
}

export interface RelRow {
  readonly type: string;
  readonly from: string;
  readonly to: string;
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

const BATCH = 1000;

async function inBatches<T>(rows: readonly T[], work: (batch: readonly T[]) => Promise<UpsertCounts>): Promise<UpsertCounts> {
  const sum = { total: 0, created: 0, updated: 0 };
  for (let i = 0; i < rows.length; i += BATCH) {
    const c = await work(rows.slice(i, i + BATCH));
    sum.total += c.total;
    sum.created += c.created;
    sum.updated += c.updated;
  }
  return sum;
}

function counts(rows: Record<string, unknown>[]): UpsertCounts {
  const r = rows[0] ?? {};
  return { total: Number(r.total ?? 0), created: Number(r.created ?? 0), updated: Number(r.updated ?? 0) };
}

export function upsertNodes(tx: Tx, nodes: readonly NodeRow[], stamp: Stamp): Promise<UpsertCounts> {
  return inBatches(nodes, async (batch) =>
    counts(await tx.run(cypher('import/upsert-nodes'), { ...stamp, nodes: batch.map((n) => ({ ...n, props: toDriverProps(n.props) })) })),
  );
}

export function upsertRelationships(tx: Tx, rels: readonly RelRow[], stamp: Stamp): Promise<UpsertCounts> {
  return inBatches(rels, async (batch) =>
    counts(await tx.run(cypher('import/upsert-relationships'), { ...stamp, rels: batch.map((r) => ({ ...r, props: toDriverProps(r.props) })) })),
  );
}

export async function missingIds(tx: Tx, ids: readonly string[]): Promise<string[]> {
  const rows = await tx.run(cypher('import/missing-endpoints'), { ids });
  return (rows[0]?.missing as string[]) ?? [];
}

export async function refreshAliases(tx: Tx, organisationIds: readonly string[]): Promise<void> {
  await tx.run(cypher('import/refresh-aliases'), { ids: organisationIds });
}

export async function planNodeIds(tx: Tx, planId: string): Promise<{ id: string; kind: string }[]> {
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

export async function deleteNodes(tx: Tx, planId: string, ids: readonly string[]): Promise<number> {
  const rows = await tx.run(cypher('import/delete-nodes'), { planId, ids });
  return Number(rows[0]?.deleted ?? 0);
}

export async function deleteRelationships(tx: Tx, origin: string, rels: readonly RelKey[]): Promise<number> {
  const rows = await tx.run(cypher('import/delete-relationships'), { origin, rels });
  return Number(rows[0]?.deleted ?? 0);
}

export async function recordImport(tx: Tx, entry: { id: string; planId: string; organisationId: string; summary: string } & Stamp): Promise<void> {
  await tx.run(cypher('import/record-import'), { ...entry });
}

export async function hasPlans(db: Db): Promise<boolean> {
  const rows = await db.read(cypher('import/has-plans'));
  return rows[0]?.loaded === true;
}
