import { REL_TYPES } from '../model/links.js';
import { cypher, statementsOf, type CypherQuery } from '../neo4j/cypher.js';
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
  /** The nodes this write created. */
  readonly createdIds: string[];
}

/** Rows per statement: several small files share one, a large file takes several. */
const BATCH = 1000;

/** The rows of several files, numbered by file, cut into statements of at most BATCH rows. */
function batches<T>(files: readonly (readonly T[])[]): (T & { file: number })[][] {
  const out: (T & { file: number })[][] = [];
  let current: (T & { file: number })[] = [];
  files.forEach((rows, file) => {
    for (const row of rows) {
      current.push({ ...row, file });
      if (current.length === BATCH) {
        out.push(current);
        current = [];
      }
    }
  });
  if (current.length) out.push(current);
  return out;
}

/**
 * Writes the nodes of several files, in order; counts per file. A shared node that several files
 * describe is written once per file, in file order, each time by its own statement: rows of one
 * statement are matched before any is written (the statement is eager), so a second row of the
 * same id would not see the first.
 */
export async function upsertNodes(tx: Tx, files: readonly (readonly NodeRow[])[], stamp: Stamp): Promise<NodeUpsert[]> {
  const sums = files.map((): NodeUpsert => ({ total: 0, created: 0, updated: 0, kept: [], refused: [], createdIds: [] }));
  for (const round of rounds(files)) {
    for (const batch of batches(round)) {
      const rows = await tx.run(cypher('import/upsert-nodes'), { actor: stamp.actor, now: stamp.now, nodes: batch.map((n) => ({ ...n, props: toDriverProps(n.props) })) });
      for (const r of rows) {
        const sum = sums[Number(r.file)]!;
        Object.assign(sum, { total: sum.total + Number(r.total), created: sum.created + Number(r.created), updated: sum.updated + Number(r.updated) });
        sum.kept.push(...(r.kept as string[]));
        sum.refused.push(...(r.refused as NodeUpsert['refused']));
        sum.createdIds.push(...(r.createdIds as string[]));
      }
    }
  }
  return sums;
}

/** The rows of the files split so that no id comes twice in one round: the first row of every id, then the second, ... (files keep their numbers). */
function rounds(files: readonly (readonly NodeRow[])[]): NodeRow[][][] {
  const seen = new Map<string, number>();
  const out: NodeRow[][][] = [];
  files.forEach((rows, file) => {
    for (const row of rows) {
      const round = seen.get(row.id) ?? 0;
      seen.set(row.id, round + 1);
      out[round] ??= files.map(() => []);
      out[round]![file]!.push(row);
    }
  });
  return out;
}

/**
 * Writes the links of several files (after their nodes); counts per file. `fresh` links have an
 * end this transaction created, so they are created outright; the others are merged.
 */
export async function upsertRelationships(tx: Tx, files: readonly { readonly fresh: readonly RelRow[]; readonly known: readonly RelRow[] }[], stamp: Stamp): Promise<UpsertCounts[]> {
  const sums = files.map(() => ({ total: 0, created: 0, updated: 0 }));
  await writeRelationships(tx, cypher('import/create-relationships'), files.map((f) => f.fresh), stamp, sums);
  // The known links by type, each file keeping its number.
  const byType = new Map<string, RelRow[][]>();
  files.forEach((f, file) => {
    for (const r of f.known) {
      if (!byType.has(r.type)) byType.set(r.type, files.map(() => []));
      byType.get(r.type)![file]!.push(r);
    }
  });
  const merges = mergeByType();
  for (const [type, known] of byType) {
    const query = merges.get(type);
    if (!query) throw new Error(`no merge statement for links of type ${type}`);
    await writeRelationships(tx, query, known, stamp, sums);
  }
  return sums;
}

let mergeStatements: Map<string, CypherQuery> | undefined;

/** The merge of links of each type: the statements of import/upsert-relationships, one per type in the model's order. */
function mergeByType(): Map<string, CypherQuery> {
  if (mergeStatements) return mergeStatements;
  const file = cypher('import/upsert-relationships');
  const statements = statementsOf(file);
  if (statements.length !== REL_TYPES.length) throw new Error(`${file.name} has ${statements.length} statements for ${REL_TYPES.length} link types: run npm run cypher:emit`);
  mergeStatements = new Map(REL_TYPES.map((r, i) => {
    if (!statements[i]!.includes(`[r:${r.type} `)) throw new Error(`${file.name}: statement ${i + 1} is not the merge of ${r.type}: run npm run cypher:emit`);
    return [r.type, { name: `${file.name}#${r.type}`, text: statements[i]! }];
  }));
  return mergeStatements;
}

async function writeRelationships(tx: Tx, query: CypherQuery, files: readonly (readonly RelRow[])[], stamp: Stamp, sums: { total: number; created: number; updated: number }[]): Promise<void> {
  for (const batch of batches(files)) {
    const rows = await tx.run(query, { actor: stamp.actor, now: stamp.now, rels: batch.map((x) => ({ ...x, props: toDriverProps(x.props) })) });
    for (const r of rows) {
      const sum = sums[Number(r.file)]!;
      sum.total += Number(r.total);
      sum.created += Number(r.created);
      sum.updated += Number(r.updated);
    }
  }
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
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += BATCH) {
    for (const r of await tx.run(cypher('import/facts'), { ids: unique.slice(i, i + BATCH) })) {
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

/** The nodes of each plan, by plan id. */
export async function planNodes(tx: Tx, planIds: readonly string[]): Promise<Map<string, { id: string; kind: string }[]>> {
  const byPlan = new Map(planIds.map((id) => [id, [] as { id: string; kind: string }[]]));
  if (planIds.length === 0) return byPlan;
  for (const r of await tx.run(cypher('import/plan-nodes'), { planIds })) byPlan.get(String(r.planId))?.push({ id: String(r.id), kind: String(r.kind) });
  return byPlan;
}

export interface RelKey {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly key: string;
}

/** How many links each origin states in the graph. */
export async function originRelationshipCounts(tx: Tx, origins: readonly string[]): Promise<Map<string, number>> {
  const counts = new Map(origins.map((o) => [o, 0]));
  if (origins.length === 0) return counts;
  for (const r of await tx.run(cypher('import/origin-relationship-counts'), { origins })) {
    const origin = String(r.origin);
    if (counts.has(origin)) counts.set(origin, counts.get(origin)! + Number(r.links));
  }
  return counts;
}

/** The links each origin states in the graph, by origin. */
export async function originRelationships(tx: Tx, origins: readonly string[]): Promise<Map<string, RelKey[]>> {
  const byOrigin = new Map(origins.map((o) => [o, [] as RelKey[]]));
  if (origins.length === 0) return byOrigin;
  for (const r of await tx.run(cypher('import/origin-relationships'), { origins })) {
    byOrigin.get(String(r.origin))?.push({ type: String(r.type), from: String(r.from), to: String(r.to), key: String(r.key) });
  }
  return byOrigin;
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

export interface ImportRecord {
  readonly id: string;
  readonly planId: string;
  readonly organisationId: string;
  readonly organisationIds: readonly string[];
  readonly summary: string;
}

/** The change records of the plan files of one transaction. */
export async function recordImports(tx: Tx, records: readonly ImportRecord[], stamp: Stamp & { role: string }): Promise<void> {
  if (records.length) await tx.run(cypher('import/record-import'), { actor: stamp.actor, now: stamp.now, role: stamp.role, records });
}

export async function hasPlans(db: Pick<Db, 'read'>): Promise<boolean> {
  const rows = await db.read(cypher('import/has-plans'));
  return rows[0]?.loaded === true;
}
