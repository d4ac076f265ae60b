/** A node as the repository returns it: its properties, `id` and `kind` (its label) included. */
export interface EntityRow {
  readonly id: string;
  readonly kind: string;
  readonly [property: string]: unknown;
}

/** A link as the repository returns it: the relationship's properties and the node at the other end. */
export interface LinkRow {
  readonly type: string;
  readonly direction: 'OUT' | 'IN';
  readonly link: Readonly<Record<string, unknown>>;
  readonly node: EntityRow;
}

/** Internal bookkeeping that no reader needs. */
const HIDDEN = ['contentHash'];

export function entityRow(value: unknown): EntityRow {
  const row = { ...(value as Record<string, unknown>) };
  for (const key of HIDDEN) delete row[key];
  return row as unknown as EntityRow;
}
