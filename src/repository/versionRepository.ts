import { cypher } from '../neo4j/cypher.js';
import type { Tx } from '../neo4j/database.js';
import type { VersionItem, VersionMatch } from '../versions/match.js';

/** The statements of plan versions (cypher/versions/), inside the caller's write transaction. */
export interface VersionPlans {
  readonly plan: string;
  readonly previous: string;
  readonly publisher: string | null;
  readonly previousPublisher: string | null;
  readonly cycle: boolean;
}

export async function lockPlans(tx: Tx, planId: string, previousId: string): Promise<VersionPlans | null> {
  const [row] = await tx.run(cypher('versions/plans'), { planId, previousId });
  return (row as unknown as VersionPlans | undefined) ?? null;
}

export async function versionItems(tx: Tx, planId: string, previousId: string, kinds: readonly string[]): Promise<VersionItem[]> {
  return (await tx.run(cypher('versions/items'), { planId, previousId, kinds })) as unknown as VersionItem[];
}

export async function textHits(tx: Tx, planId: string, previousId: string, queries: readonly { id: string; kind: string; text: string }[]): Promise<Map<string, [string, number][]>> {
  if (!queries.length) return new Map();
  const rows = await tx.run(cypher('versions/text-match'), { planId, previousId, queries });
  return new Map(rows.map((r) => [String(r.id), (r.hits as [string, unknown][]).map(([id, s]) => [id, Number(s)] as [string, number])]));
}

export async function linkVersions(tx: Tx, p: { planId: string; previousId: string; rationale: string; matches: readonly VersionMatch[]; actor: string; now: string }): Promise<number> {
  const [row] = await tx.run(cypher('versions/link'), { ...p, matches: p.matches.map((m) => ({ ...m })) });
  return Number(row?.linked ?? 0);
}
