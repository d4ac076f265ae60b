import { KINDS } from '../../model/kinds.js';
import type { LinkFieldDef } from '../../model/types.js';
import type { CypherQuery } from '../../neo4j/cypher.js';
import type { Database } from '../../neo4j/database.js';

/**
 * How big the graph is where a query can reach: nodes per kind, and for every relationship field
 * of every kind the average and largest number of links a node has. The query cost model prices
 * a request with these, so that a nested read of realistic pages passes and a fan-out through
 * hubs does not. Degrees count links of the field's type and direction whatever is at the other
 * end (Neo4j answers those from its degree store without visiting the links): an upper bound.
 */
export interface Degree {
  readonly avg: number;
  readonly max: number;
}

export interface GraphStatistics {
  readonly nodes: ReadonlyMap<string, number>;
  /** By `<Kind>.<field>`. */
  readonly degrees: ReadonlyMap<string, Degree>;
  readonly at: string;
}

function pattern(link: LinkFieldDef): string {
  if (link.direction === 'OUT') return `(n)-[:${link.rel}]->()`;
  if (link.direction === 'IN') return `(n)<-[:${link.rel}]-()`;
  return `(n)-[:${link.rel}]-()`;
}

/** One statement, a row per kind; labels and types come from the model table. */
export function statisticsQuery(): CypherQuery {
  const parts = KINDS.map((k) => {
    const links = k.links.filter((l) => l.many);
    const degrees = links.map((l, i) => `COUNT { ${pattern(l)} } AS d${i}`);
    const summary = links.map((l, i) => `{ field: '${l.name}', avg: avg(d${i}), max: max(d${i}) }`);
    return `MATCH (n:${k.kind}) WHERE n.docKey IS NOT NULL\n` +
      `WITH n${degrees.length ? `, ${degrees.join(', ')}` : ''}\n` +
      `RETURN '${k.kind}' AS kind, count(n) AS nodes, [${summary.join(', ')}] AS degrees`;
  });
  return { name: 'read/graph-statistics', text: parts.join('\nUNION ALL\n') };
}

export async function readStatistics(db: Pick<Database, 'read'>): Promise<GraphStatistics> {
  const rows = await db.read(statisticsQuery());
  const nodes = new Map<string, number>();
  const degrees = new Map<string, Degree>();
  for (const row of rows) {
    const kind = String(row.kind);
    nodes.set(kind, Number(row.nodes ?? 0));
    for (const d of (row.degrees as { field: string; avg: number | null; max: number | null }[]) ?? []) {
      degrees.set(`${kind}.${d.field}`, { avg: Number(d.avg ?? 0), max: Number(d.max ?? 0) });
    }
  }
  return { nodes, degrees, at: new Date().toISOString() };
}
