import { cypher } from '../neo4j/cypher.js';
import type { Db } from '../neo4j/db.js';
import type { PathLink } from './questionRepository.js';
import { entityRow, type EntityRow } from './rows.js';
import type { Window } from './entityRepository.js';

/**
 * The queries behind graph views (neighbourhood, hub paging, the nodes and links of a picture)
 * and the lookup of names. Each is one named query of cypher/questions/; the API composes them.
 */
export interface StepRow {
  /** The frontier node the neighbour was reached from. */
  readonly via: string;
  readonly relationship: string;
  /** Direction of the link seen from `via`. */
  readonly direction: 'OUT' | 'IN';
  readonly id: string;
  readonly kind: string;
  readonly planId: string | null;
  readonly position: number | null;
}

export interface GraphNodeRow {
  readonly node: EntityRow;
  readonly degree: number;
  readonly organisationId: string | null;
}

export interface NamedRow {
  readonly id: string;
  readonly kind: string;
  readonly name: string | null;
  readonly title: string | null;
  readonly acronym: string | null;
  readonly aliases: readonly string[] | null;
  readonly code: string | null;
  readonly labelEn: string | null;
}

export interface GraphFilter {
  readonly kinds: readonly string[] | null;
  readonly excludeKinds: readonly string[];
  readonly relationships: readonly string[] | null;
}

const nullable = <T>(list: readonly T[] | null | undefined): readonly T[] | null => (list && list.length ? list : null);

export class GraphRepository {
  constructor(private readonly db: Db) {}

  /** The links from the frontier to nodes not seen yet, within the filters. */
  async step(frontier: readonly string[], seen: readonly string[], filter: GraphFilter): Promise<StepRow[]> {
    if (frontier.length === 0) return [];
    const rows = await this.db.read(cypher('questions/neighbourhood-step'), {
      frontier, seen, kinds: nullable(filter.kinds), excludeKinds: filter.excludeKinds, relationships: nullable(filter.relationships),
    });
    return rows.map((r) => ({
      via: String(r.via), relationship: String(r.relationship), direction: r.direction as 'OUT' | 'IN', id: String(r.id), kind: String(r.kind),
      planId: (r.planId as string | null) ?? null, position: r.position == null ? null : Number(r.position),
    }));
  }

  /** The nodes by id, with degree and organisation, in the order asked; missing ids are left out. */
  async nodes(ids: readonly string[]): Promise<GraphNodeRow[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.read(cypher('questions/graph-nodes'), { ids });
    const byId = new Map(rows.map((r) => {
      const node = entityRow(r.node);
      return [node.id, { node, degree: Number(r.degree), organisationId: (r.organisationId as string | null) ?? null }] as const;
    }));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** Every link among the nodes. */
  async links(ids: readonly string[], relationships: readonly string[] | null): Promise<PathLink[]> {
    if (ids.length === 0) return [];
    return (await this.db.read(cypher('questions/graph-links'), { ids, relationships: nullable(relationships) })) as unknown as PathLink[];
  }

  /** A page of the neighbours of a node over one relationship and of one kind, in document order. */
  async neighboursPage(p: { id: string; relationship: string | null; kind: string | null; exclude: readonly string[]; window: Window }): Promise<{ total: number; ids: string[] }> {
    const [row] = await this.db.read(cypher('questions/neighbours-page'), {
      id: p.id, relationship: p.relationship, kind: p.kind, exclude: p.exclude, start: p.window.start, end: p.window.end,
    });
    return { total: Number(row?.total ?? 0), ids: (row?.page as string[] | undefined) ?? [] };
  }

  /** The source document of every plan, with its title and publisher. */
  async documents(): Promise<{ source: string; title: string; planId: string; publisherId: string | null; publisher: string | null }[]> {
    const rows = await this.db.read(cypher('questions/graph-documents'));
    return rows.filter((r) => typeof r.source === 'string').map((r) => ({
      source: String(r.source), title: String(r.title ?? r.planId), planId: String(r.planId),
      publisherId: (r.publisherId as string | null) ?? null, publisher: (r.publisher as string | null) ?? null,
    }));
  }

  /** How many partners question 3 finds (its own query, counted), with or without roll-up. */
  /** How many partners the organisations share: as asked, rolled up, and in any role (one statement). */
  async sharedPartnerCounts(p: { organisationIds: readonly string[]; atLeast: number; roles: readonly string[] }): Promise<{ asNamed: number; rolledUp: number; inAnyRole: number }> {
    const [row] = await this.db.read(cypher('questions/shared-partner-counts'), p);
    return { asNamed: Number(row?.asNamed ?? 0), rolledUp: Number(row?.rolledUp ?? 0), inAnyRole: Number(row?.inAnyRole ?? 0) };
  }

  /** The node with exactly this id (if any) and every named node, for the lookup. */
  async named(text: string): Promise<{ exact: string[]; named: NamedRow[] }> {
    const [row] = await this.db.read(cypher('questions/search-lookup'), { text });
    return { exact: (row?.exact as string[] | undefined) ?? [], named: (row?.named as NamedRow[] | undefined) ?? [] };
  }
}
