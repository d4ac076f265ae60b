/**
 * A read plan: what one request wants from the graph, in the model's terms (kinds, properties,
 * relationship fields, pages), with no GraphQL in it. The GraphQL layer builds it from the
 * selection set; the compiler turns it into one Cypher statement that reads exactly that.
 */

/** Order of a list: a property (derived sort keys included), then `id` as the tiebreaker. */
export interface Order {
  readonly prop: string;
  readonly descending: boolean;
}

/**
 * A page of an ordered list. Forward pages skip `offset` items and take `limit` (the compiler
 * reads one more, to tell whether more follow). Reverse pages (`last` without `before`) take
 * the last `limit` items, which needs the total to know their positions.
 */
export interface Page {
  readonly offset: number;
  readonly limit: number;
  readonly reverse: boolean;
}

/** What to read of a node, and of the nodes reached from it. */
export interface NodeProjection {
  /** Neo4j properties (`id` and `kind` are always read). */
  readonly props: readonly string[];
  readonly links: readonly LinkProjection[];
  readonly refs: readonly RefProjection[];
  /** The node may be of several kinds (an interface field): its links and refs name their kind. */
  readonly polymorphic: boolean;
}

/** A relationship field of a node: the linked nodes, one page of them, with the links' properties. */
export interface LinkProjection {
  /** Where the result goes (the field's response key). */
  readonly key: string;
  /** The kind whose field it is. */
  readonly ownerKind: string;
  readonly rel: string;
  readonly direction: 'OUT' | 'IN' | 'BOTH';
  /** The kinds (labels) at the other end. */
  readonly targets: readonly string[];
  /** Links narrowed by a property of the linked node or of the link (a domain's threats, partners by role). */
  readonly conditions: readonly { readonly on: 'target' | 'link'; readonly prop: string; readonly values: readonly unknown[] }[];
  readonly many: boolean;
  readonly order: Order;
  readonly page: Page;
  readonly total: boolean;
  /** Properties of the relationship itself (the evidence); empty when no edge field is selected. */
  readonly linkProps: readonly string[];
  readonly node: NodeProjection;
}

/** A node reached through a property of this one (an item's plan through `planId`). */
export interface RefProjection {
  readonly key: string;
  readonly ownerKind: string;
  readonly prop: string;
  readonly target: string;
  readonly node: NodeProjection;
}

export type ListFilter =
  | { readonly op: 'in'; readonly prop: string; readonly values: readonly unknown[] }
  | { readonly op: 'dateRange'; readonly prop: string; readonly from: string | null; readonly to: string | null }
  | { readonly op: 'text'; readonly value: string }
  | { readonly op: 'publisher'; readonly ids: readonly string[] }
  | { readonly op: 'plan'; readonly ids: readonly string[] }
  | { readonly op: 'theme'; readonly ids: readonly string[] }
  | { readonly op: 'linked'; readonly rel: string; readonly direction: 'OUT' | 'IN'; readonly ids: readonly string[] };

/** The roots a read can start from. */
export type ReadRoot =
  | { readonly from: 'id'; readonly kind: string | null; readonly id: string; readonly node: NodeProjection }
  | { readonly from: 'ids'; readonly kind: string | null; readonly ids: readonly string[]; readonly node: NodeProjection }
  | {
      readonly from: 'list';
      readonly kind: string;
      readonly filters: readonly ListFilter[];
      readonly order: Order;
      readonly page: Page;
      readonly total: boolean;
      readonly node: NodeProjection;
    };

export const EMPTY_PROJECTION: NodeProjection = { props: [], links: [], refs: [], polymorphic: false };

/** Result key of a link or ref in a node's map: names the kind, so interface fields do not collide. */
export const linkKey = (l: { ownerKind: string; key: string }) => `l_${l.ownerKind}_${l.key}`;
export const refKey = (r: { ownerKind: string; key: string }) => `r_${r.ownerKind}_${r.key}`;

/**
 * What to read of the rows a question's Cypher file returns: per column (or map field), a node
 * to project, a plain value, a list of relationships (the evidence of a path), a nested map or
 * list of maps, or nothing (not selected).
 */
export type SlotProjection =
  | { readonly as: 'node'; readonly node: NodeProjection }
  | { readonly as: 'nodes'; readonly node: NodeProjection }
  | { readonly as: 'value' }
  | { readonly as: 'link' | 'links'; readonly linkProps: readonly string[]; /** Whether the link's ends (`from`, `to`) are selected. */ readonly ends: boolean }
  | { readonly as: 'map'; readonly fields: Readonly<Record<string, SlotProjection>> }
  | { readonly as: 'maps'; readonly fields: Readonly<Record<string, SlotProjection>> }
  | { readonly as: 'skip' };

/** A question's rows: which columns to read, in which order, and which page of them. */
export interface RowsProjection {
  readonly columns: Readonly<Record<string, SlotProjection>>;
  /** ORDER BY of the rows, over the file's columns (from the question's declaration, never input). */
  readonly order: string;
  readonly page: Page | null;
  readonly total: boolean;
}
