import { cypher } from '../neo4j/cypher.js';
import type { Db } from '../neo4j/database.js';
import { entityRow, type EntityRow, type LinkRow } from './rows.js';

export interface EntityFilter {
  readonly ids?: readonly string[] | null;
  readonly planIds?: readonly string[] | null;
  readonly organisationIds?: readonly string[] | null;
  readonly swotTypes?: readonly string[] | null;
  readonly levels?: readonly string[] | null;
  readonly actionKinds?: readonly string[] | null;
  readonly planKinds?: readonly string[] | null;
  readonly categories?: readonly string[] | null;
  readonly statuses?: readonly string[] | null;
  readonly countries?: readonly string[] | null;
  readonly governmentLevels?: readonly string[] | null;
  readonly organisationKinds?: readonly string[] | null;
  readonly years?: readonly number[] | null;
  readonly themeIds?: readonly string[] | null;
  readonly deadlineFrom?: string | null;
  readonly deadlineTo?: string | null;
  readonly text?: string | null;
}

export type SortKey = 'DOCUMENT' | 'TITLE' | 'NAME' | 'CODE' | 'DEADLINE' | 'YEAR';

export interface Window {
  /** Index of the first row; negative counts from the end. */
  readonly start: number;
  /** Index after the last row. */
  readonly end: number;
}

export interface Page {
  readonly total: number;
  readonly rows: EntityRow[];
}

const FILTER_KEYS: (keyof EntityFilter)[] = [
  'ids', 'planIds', 'organisationIds', 'swotTypes', 'levels', 'actionKinds', 'planKinds', 'categories', 'statuses',
  'countries', 'governmentLevels', 'organisationKinds', 'years', 'themeIds', 'deadlineFrom', 'deadlineTo', 'text',
];

/** Reads of nodes and their links; the GraphQL layer batches calls through DataLoaders. */
export class EntityRepository {
  constructor(private readonly db: Db) {}

  async byIds(ids: readonly string[]): Promise<EntityRow[]> {
    const rows = await this.db.read(cypher('read/nodes-by-id'), { ids });
    return rows.map((r) => entityRow(r.node));
  }

  async list(kind: string, filter: EntityFilter, sort: SortKey, descending: boolean, window: Window): Promise<Page> {
    const params: Record<string, unknown> = { kind, sort, descending, start: window.start, end: window.end };
    for (const key of FILTER_KEYS) {
      const value = filter[key];
      params[key] = value === undefined || (Array.isArray(value) && value.length === 0) ? null : value;
    }
    const [row] = await this.db.read(cypher('read/list-entities'), params);
    return { total: Number(row?.total ?? 0), rows: ((row?.page as unknown[]) ?? []).map(entityRow) };
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
