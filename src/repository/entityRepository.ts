import { cypher } from '../neo4j/cypher.js';
import type { Db } from '../neo4j/database.js';
import { entityRow, type EntityRow, type LinkRow } from './rows.js';

/** A slice of a list a named query collects (`list[$start..$end]`): see sliceOf in src/graphql/read/paging.ts. */
export interface Window {
  /** Index of the first row; negative counts from the end. */
  readonly start: number;
  /** Index after the last row; null: to the end. */
  readonly end: number | null;
}

/**
 * Whole nodes and their links by id, for the write path and argument checks (reads for clients
 * are compiled from their selection: see src/repository/read).
 */
export class EntityRepository {
  constructor(private readonly db: Db) {}

  async byIds(ids: readonly string[]): Promise<EntityRow[]> {
    const rows = await this.db.read(cypher('read/nodes-by-id'), { ids });
    return rows.map((r) => entityRow(r.node));
  }

  /** For each key, the links of its node of one type and direction, in one round trip. */
  async links(keys: readonly LinkKey[]): Promise<LinkRow[][]> {
    const rows = await this.db.read(cypher('read/links'), {
      keys: keys.map((k, index) => ({ index, id: k.id, type: k.type, direction: k.direction, kind: k.kind ?? null })),
    });
    const out: LinkRow[][] = keys.map(() => []);
    for (const r of rows) {
      out[Number(r.index)]!.push({ type: String(r.type), direction: r.direction as 'OUT' | 'IN', link: r.link as Record<string, unknown>, node: entityRow(r.node) });
    }
    return out;
  }
}

export interface LinkKey {
  readonly id: string;
  readonly type: string;
  readonly direction: 'OUT' | 'IN' | 'BOTH';
  readonly kind?: string | undefined;
}
