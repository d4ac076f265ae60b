import { cypher } from '../neo4j/cypher.js';
import type { Db } from '../neo4j/database.js';
import { entityRow, type EntityRow } from './rows.js';
import type { Window } from './entityRepository.js';

/**
 * The cross-cutting questions, one named Cypher query each (cypher/questions/). Rows keep the
 * evidence of every answer: the links of the path, with their properties.
 */
export interface PathLink {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly link: Readonly<Record<string, unknown>>;
}

export interface PathRow {
  readonly nodes: EntityRow[];
  readonly links: PathLink[];
}

export interface SearchRow {
  readonly node: EntityRow;
  readonly score: number;
}

const nullable = <T>(list: readonly T[] | null | undefined): readonly T[] | null => (list && list.length ? list : null);

export class QuestionRepository {
  constructor(private readonly db: Db) {}

  async shortestPaths(p: { from: string; to: string; maxHops: number; excludeKinds: readonly string[]; limit: number }): Promise<PathRow[]> {
    const rows = await this.db.read(cypher('questions/shortest-paths'), p);
    return rows.map((r) => ({ nodes: (r.nodes as unknown[]).map(entityRow), links: r.links as PathLink[] }));
  }

  async search(p: { query: string; kinds?: readonly string[] | null; organisationIds?: readonly string[] | null; skip: number; limit: number }): Promise<SearchRow[]> {
    // Filters apply after the index; ask the index for more so that a filtered page can fill up.
    const fetch = p.kinds || p.organisationIds ? Math.min(1000, p.limit * 10) : p.limit;
    const rows = await this.db.read(cypher('questions/search'), { ...p, fetch, kinds: nullable(p.kinds), organisationIds: nullable(p.organisationIds) });
    return rows.map((r) => ({ node: entityRow(r.node), score: Number(r.score) }));
  }

}
