import { KINDS as MODEL_KINDS, propOf } from '../../model/kinds.js';
import { REL_TYPES } from '../../model/links.js';
import type { NodeKind } from '../../model/enums.js';
import type { CreateRefDef, KindDef, PropType } from '../../model/types.js';

/**
 * What can be written for each kind of node, derived from the model table: the fields a
 * mutation may set (not the ones PlanGraph sets itself), the links creating a node makes, and
 * which relationships the API may make. The mutation inputs and their checks follow from this.
 */
export type FieldType = Exclude<PropType, 'boolean' | 'datetime' | 'textList'>;

export interface FieldSpec {
  readonly name: string;
  /** Neo4j property, when it differs from the GraphQL name. */
  readonly prop?: string;
  readonly type: FieldType;
  readonly enumType?: object;
  readonly required?: boolean;
  readonly description?: string;
}

export type RefSpec = CreateRefDef;

export interface KindSpec {
  readonly kind: NodeKind;
  readonly scope: KindDef['scope'];
  readonly containedBy?: KindDef['containedBy'];
  readonly fields: readonly FieldSpec[];
  readonly refs: readonly RefSpec[];
  readonly idPrefix?: string;
  readonly analystsOnly?: boolean;
}

function spec(def: KindDef): KindSpec {
  return {
    kind: def.kind,
    scope: def.scope,
    containedBy: def.containedBy,
    idPrefix: def.idPrefix,
    analystsOnly: def.analystsOnly,
    refs: def.createRefs,
    fields: def.props
      .filter((p) => !p.readOnly && p.type !== 'boolean' && p.type !== 'datetime' && p.type !== 'textList')
      .map((p) => ({ name: p.name, prop: propOf(p) !== p.name ? propOf(p) : undefined, type: p.type as FieldType, enumType: p.enum?.values, required: p.required, description: p.description })),
  };
}

export const KINDS: readonly KindSpec[] = MODEL_KINDS.map(spec);

export function kindSpec(kind: string): KindSpec | undefined {
  return KINDS.find((k) => k.kind === kind);
}

/** Links that can be made or removed through the API, by relationship: the kinds allowed at each end. */
export const LINKABLE: Readonly<Record<string, { from: readonly NodeKind[]; to: readonly NodeKind[]; wording?: boolean }>> = Object.fromEntries(
  REL_TYPES.filter((r) => r.linkable).map((r) => [r.type, { from: r.from, to: r.to, wording: r.wording }]),
);
