import { cypher } from '../neo4j/cypher.js';
import type { Database } from '../neo4j/database.js';
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

export interface ThreatAnswerRow {
  readonly objectiveId: string;
  readonly route: 'RISK_DOMAIN' | 'DIRECT';
  readonly viaId: string | null;
  readonly evidence: PathLink[];
}

export interface ThreatRow {
  readonly organisationId: string;
  readonly item: EntityRow;
  readonly answers: ThreatAnswerRow[];
}

export interface GapRows {
  readonly unansweredItems: { organisationId: string; node: EntityRow }[];
  readonly objectivesWithoutActions: { organisationId: string; node: EntityRow }[];
}

export interface SharedPartnerRow {
  readonly partner: EntityRow;
  readonly byOrganisation: { organisationId: string; involvements: { item: EntityRow; partnerId: string; link: Record<string, unknown> }[] }[];
}

export interface SharedObjectiveMatchRow {
  readonly objective: EntityRow;
  readonly organisationId: string;
  readonly score: number;
  readonly overlap: number;
  readonly sharedThemes: string[];
  readonly alignments: PathLink[];
}

export interface SharedObjectivesRow {
  readonly source: EntityRow;
  readonly organisationId: string;
  readonly matches: SharedObjectiveMatchRow[];
}

export interface ThemeMatrixRow {
  readonly themeId: string;
  readonly organisationId: string;
  readonly objectives: number;
  readonly actions: number;
  readonly swotItems: number;
  readonly pestelFactors: number;
}

export interface PathRow {
  readonly nodes: EntityRow[];
  readonly links: PathLink[];
}

export interface SearchRow {
  readonly node: EntityRow;
  readonly score: number;
}

export interface TimelineEntryRow {
  readonly date: string;
  readonly dateText: string | null;
  readonly kind: 'ACTION' | 'DELIVERABLE';
  readonly action: EntityRow;
  readonly deliverable: EntityRow | null;
  readonly organisationId: string;
}

const nullable = <T>(list: readonly T[] | null | undefined): readonly T[] | null => (list && list.length ? list : null);

export class QuestionRepository {
  constructor(private readonly db: Database) {}

  async threatsToObjectives(p: { organisationIds?: readonly string[] | null; types: readonly string[] }): Promise<ThreatRow[]> {
    const rows = await this.db.read(cypher('questions/threats-to-objectives'), { organisationIds: nullable(p.organisationIds), types: p.types });
    return rows.map((r) => ({ organisationId: String(r.organisationId), item: entityRow(r.item), answers: r.answers as ThreatAnswerRow[] }));
  }

  async coverageGaps(p: { organisationIds?: readonly string[] | null; types: readonly string[] }): Promise<GapRows> {
    const [row] = await this.db.read(cypher('questions/coverage-gaps'), { organisationIds: nullable(p.organisationIds), types: p.types });
    const items = (list: unknown) => ((list as { organisationId: string; node: unknown }[]) ?? []).map((x) => ({ organisationId: x.organisationId, node: entityRow(x.node) }));
    return { unansweredItems: items(row?.unansweredItems), objectivesWithoutActions: items(row?.objectivesWithoutActions) };
  }

  async sharedPartners(p: { organisationIds: readonly string[]; atLeast: number; rollUp: boolean }): Promise<SharedPartnerRow[]> {
    const rows = await this.db.read(cypher('questions/shared-partners'), p);
    return rows.map((r) => ({
      partner: entityRow(r.partner),
      byOrganisation: (r.byOrganisation as SharedPartnerRow['byOrganisation']).map((b) => ({
        organisationId: b.organisationId,
        involvements: b.involvements.map((i) => ({ ...i, item: entityRow(i.item) })),
      })),
    }));
  }

  async sharedObjectives(p: { objectiveId: string | null; organisationId: string | null; otherOrganisationIds?: readonly string[] | null; limit: number; minScore: number }): Promise<SharedObjectivesRow[]> {
    const rows = await this.db.read(cypher('questions/shared-objectives'), { ...p, otherOrganisationIds: nullable(p.otherOrganisationIds) });
    return rows.map((r) => ({
      source: entityRow(r.source),
      organisationId: String(r.organisationId),
      matches: (r.matches as Record<string, unknown>[]).map((m) => ({ ...(m as unknown as SharedObjectiveMatchRow), objective: entityRow(m.objective) })),
    }));
  }

  async themeMatrix(p: { themeIds?: readonly string[] | null; organisationIds?: readonly string[] | null }): Promise<ThemeMatrixRow[]> {
    const rows = await this.db.read(cypher('questions/theme-matrix'), { themeIds: nullable(p.themeIds), organisationIds: nullable(p.organisationIds) });
    return rows as unknown as ThemeMatrixRow[];
  }

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

  async timeline(p: { from: string; to: string; organisationIds?: readonly string[] | null; themeIds?: readonly string[] | null; kinds?: readonly string[] | null; window: Window }): Promise<{ total: number; rows: TimelineEntryRow[] }> {
    const [row] = await this.db.read(cypher('questions/timeline'), {
      from: p.from, to: p.to, organisationIds: nullable(p.organisationIds), themeIds: nullable(p.themeIds), kinds: nullable(p.kinds), start: p.window.start, end: p.window.end,
    });
    const page = ((row?.page as Record<string, unknown>[]) ?? []).map((e) => ({
      ...(e as unknown as TimelineEntryRow),
      action: entityRow(e.action),
      deliverable: e.deliverable ? entityRow(e.deliverable) : null,
    }));
    return { total: Number(row?.total ?? 0), rows: page };
  }
}
