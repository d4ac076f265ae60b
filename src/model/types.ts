import type { EnumMeta, NodeKind, SortField } from './enums.js';

/**
 * The shape of the model table (kinds.ts, links.ts): what the plan graph holds, declared once.
 * The GraphQL types, filters and mutation inputs, the read compiler, the import's checks, the
 * constraints and indexes and the search index are all generated from these declarations.
 */

export type PropType = 'text' | 'longText' | 'int' | 'float' | 'boolean' | 'date' | 'datetime' | 'enum' | 'textList';

/** A property of a node (or link) and the field it is in the API. */
export interface PropDef {
  /** GraphQL field name. */
  readonly name: string;
  /** Neo4j property, when it differs from the field name. */
  readonly prop?: string;
  readonly type: PropType;
  readonly enum?: EnumMeta;
  /** Every node of the kind has it: non-null in the API, needed to create one. */
  readonly required?: boolean;
  /** Set by PlanGraph (e.g. `definedIn`), never through a mutation. */
  readonly readOnly?: boolean;
  /** Stored and writable, but read through a computed field (periodFrom and periodTo make `period`). */
  readonly internal?: boolean;
  /** Part of the text that search and the `text` filter look at. */
  readonly searchable?: boolean;
  /** Has an index (it is filtered or sorted on). */
  readonly indexed?: boolean;
  readonly description?: string;
}

/**
 * A relationship field of a kind: the links of one type and direction to nodes of one kind.
 * `many` fields are Relay connections whose edges carry the link's evidence.
 */
export interface LinkFieldDef {
  readonly name: string;
  readonly rel: string;
  readonly direction: 'OUT' | 'IN' | 'BOTH';
  /** The kind at the other end; several kinds make a field of `Entity` nodes. */
  readonly target: NodeKind | readonly NodeKind[];
  readonly many: boolean;
  /** Only the targets whose property equals the value (a domain's weaknesses are its WEAKNESS items). */
  readonly where?: { readonly prop: string; readonly equals: string };
  /** Optional arguments that narrow the links by a property of the linked node or of the link. */
  readonly args?: readonly LinkArgDef[];
  readonly description?: string;
}

/** An argument of a relationship field: only links whose (target's or own) property is one of the values. */
export interface LinkArgDef {
  readonly name: string;
  readonly on: 'target' | 'link';
  readonly prop: string;
  readonly enum: EnumMeta;
  /** `[Enum!]` (any of them) rather than one value. */
  readonly list?: boolean;
  readonly description?: string;
}

/** The kinds a relationship field reaches. */
export const targetsOf = (link: Pick<LinkFieldDef, 'target'>): readonly NodeKind[] => (Array.isArray(link.target) ? link.target : [link.target as NodeKind]);

/** A field computed from stored properties by the kind's own resolver (period, status report ...). */
export interface ComputedFieldDef {
  readonly name: string;
  /** The Neo4j properties it is computed from: the read compiler fetches them when it is selected. */
  readonly needs: readonly string[];
}

/** A filter of a kind's top-level list. */
export type FilterDef =
  | { readonly name: string; readonly op: 'in'; readonly prop: string; readonly type: 'id' | 'text' | 'int' | 'enum'; readonly enum?: EnumMeta; readonly description?: string }
  | { readonly name: string; readonly op: 'dateRange'; readonly prop: string; readonly description?: string }
  | { readonly name: 'text'; readonly op: 'text'; readonly description?: string }
  | { readonly name: 'organisations'; readonly op: 'publisher'; readonly description?: string }
  | { readonly name: 'plans'; readonly op: 'plan'; readonly description?: string }
  | { readonly name: 'themes'; readonly op: 'theme'; readonly description?: string }
  /** Nodes with a link of the type to any of the given nodes (by id). */
  | { readonly name: string; readonly op: 'linked'; readonly rel: string; readonly direction: 'OUT' | 'IN'; readonly description?: string };

/** A node reached through one of its own properties (an item's plan, through planId). */
export interface RefFieldDef {
  readonly name: string;
  readonly prop: string;
  readonly target: NodeKind;
  readonly description?: string;
}

/** What a mutation may link a new node to when it creates it (a deliverable's action ...). */
export interface CreateRefDef {
  readonly name: string;
  readonly rel: string;
  readonly target: NodeKind;
  /** `out`: new node → target; `in`: target → new node. */
  readonly direction: 'out' | 'in';
  readonly required?: boolean;
  readonly description: string;
}

export interface KindDef {
  readonly kind: NodeKind;
  readonly description: string;
  /** `plan`: the node belongs to a plan (id `<plan>/<key>`); `shared`: one node for all plans. */
  readonly scope: 'plan' | 'shared';
  /** The plan's link to its items of this kind. */
  readonly containedBy?: 'IDENTIFIES' | 'SETS' | 'PLANS' | 'REPORTS' | 'STATES' | 'ASKS' | 'GIVES' | 'BUDGETS' | 'DEFINES';
  /** Shared nodes' ids: organisations keep their key, themes and systems get a prefix. */
  readonly idPrefix?: string;
  /** Only analysts create (and delete) nodes of the kind. */
  readonly analystsOnly?: boolean;
  readonly props: readonly PropDef[];
  readonly links: readonly LinkFieldDef[];
  readonly refs: readonly RefFieldDef[];
  readonly computed: readonly ComputedFieldDef[];
  readonly filters: readonly FilterDef[];
  /** The sorts its list offers, and the property each sorts on. DOCUMENT is always offered. */
  readonly sorts: Partial<Record<SortField, string>>;
  readonly defaultSort: SortField;
  readonly createRefs: readonly CreateRefDef[];
  /** GraphQL names of its single and list root fields. */
  readonly single: string;
  readonly list: string;
}

/** A relationship type: the kinds it joins and what its own properties mean. */
export interface RelTypeDef {
  readonly type: string;
  readonly from: readonly NodeKind[];
  readonly to: readonly NodeKind[];
  readonly description: string;
  /** Whether the API may make and remove it (structural links come with creating a node). */
  readonly linkable: boolean;
  /** Links carry the document's wording of the other end (`as`). */
  readonly wording?: boolean;
  /** Links carry a role of this enumeration (`role`), with the document's words for it in `roleText`. */
  readonly role?: EnumMeta;
}
