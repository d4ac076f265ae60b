import { ENTITY_PROPS, PROVENANCE_PROPS } from '../../model/entity.js';
import { KINDS, propOf } from '../../model/kinds.js';
import type { KindDef, LinkFieldDef, RefFieldDef } from '../../model/types.js';

/**
 * For every kind, what each of its API fields reads: stored properties, a relationship field, or
 * a node reached through a property. Built once from the model table; the planner looks fields
 * up here instead of knowing any kind.
 */
export type FieldRead =
  | { readonly as: 'props'; readonly props: readonly string[] }
  | { readonly as: 'link'; readonly link: LinkFieldDef }
  | { readonly as: 'ref'; readonly ref: RefFieldDef };

const PROVENANCE: FieldRead = { as: 'props', props: [...PROVENANCE_PROPS, 'planId'] };

function indexKind(k: KindDef): Map<string, FieldRead> {
  const fields = new Map<string, FieldRead>();
  for (const p of ENTITY_PROPS) fields.set(p.name, { as: 'props', props: [propOf(p)] });
  fields.set('provenance', PROVENANCE);
  for (const p of k.props) fields.set(p.name, { as: 'props', props: [propOf(p)] });
  for (const c of k.computed) fields.set(c.name, { as: 'props', props: c.needs });
  for (const link of k.links) fields.set(link.name, { as: 'link', link });
  for (const ref of k.refs) fields.set(ref.name, { as: 'ref', ref });
  return fields;
}

const INDEX = new Map(KINDS.map((k) => [k.kind as string, indexKind(k)]));

/** How a field of a kind is read; undefined for fields with resolvers of their own. */
export function fieldRead(kind: string, field: string): FieldRead | undefined {
  return INDEX.get(kind)?.get(field);
}

/** Every kind's field that a Node/Entity-typed selection may name, for planning interfaces. */
export const ALL_KINDS: readonly string[] = KINDS.map((k) => k.kind);
