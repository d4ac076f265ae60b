import neo4j from 'neo4j-driver';

/** A property value as the layers above write it; `{ date }` is a calendar date. */
export type PropValue = string | number | boolean | null | readonly string[] | { readonly date: string };

/** Who writes, and when (ISO instant): stamped on every node and link a write touches. */
export interface Stamp {
  readonly actor: string;
  readonly now: string;
}

/** Properties as the driver must send them: `{ date }` values become Neo4j DATEs. */
export function toDriverProps(props: Readonly<Record<string, PropValue>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (value !== null && typeof value === 'object' && 'date' in value) {
      const [y, m, d] = value.date.split('-').map(Number);
      out[key] = new neo4j.types.Date(y!, m!, d!);
    } else out[key] = value;
  }
  return out;
}
