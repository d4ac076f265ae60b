import type { FieldNode } from 'graphql';
import { LINK_EVIDENCE_PROPS } from '../../model/entity.js';
import type { SlotProjection } from '../../repository/read/readPlan.js';
import type { Entity } from '../common/node.js';
import { planNode } from './planner.js';
import { subfields, type SelectionContext } from './selection.js';
import { shapeNode } from './shape.js';

/**
 * The answers of a question as rows, declared once per question: which GraphQL field of its
 * answer type is which column of its Cypher file, and what the column holds. From the
 * declaration and the client's selection, the planner says what to project (nodes with their
 * selected fields, evidence with its selected properties, nothing for what is not selected);
 * the shaper turns the projected rows back into the answer objects.
 */
export type SlotDecl =
  | { readonly node: readonly string[] }
  | { readonly nodes: readonly string[] }
  | 'value'
  | 'link'
  | 'links'
  | { readonly map: string; readonly fields: RowDecl }
  | { readonly maps: string; readonly fields: RowDecl };

/** GraphQL field of the answer type → what its column holds. */
export type RowDecl = Readonly<Record<string, SlotDecl>>;

/** Every field with the same name counts, whatever its alias: one column serves them all. */
function byFieldName(sc: SelectionContext, typeName: string, fieldNodes: readonly FieldNode[]): Map<string, FieldNode[]> {
  const out = new Map<string, FieldNode[]>();
  for (const nodes of subfields(sc, typeName, fieldNodes).values()) {
    const name = nodes[0]!.name.value;
    out.set(name, [...(out.get(name) ?? []), ...nodes]);
  }
  return out;
}

function planSlot(sc: SelectionContext, decl: SlotDecl, nodes: readonly FieldNode[]): SlotProjection {
  if (decl === 'value') return { as: 'value' };
  if (decl === 'links' || decl === 'link') {
    const props = new Set<string>();
    const selected = byFieldName(sc, 'Evidence', nodes);
    for (const name of selected.keys()) LINK_EVIDENCE_PROPS[name]?.forEach((p) => props.add(p));
    return { as: decl, linkProps: [...props].sort(), ends: selected.has('from') || selected.has('to') };
  }
  if ('node' in decl) return { as: 'node', node: planNode(sc, decl.node, nodes) };
  if ('nodes' in decl) return { as: 'nodes', node: planNode(sc, decl.nodes, nodes) };
  const fields = planRow(sc, 'map' in decl ? decl.map : decl.maps, nodes, decl.fields);
  return 'map' in decl ? { as: 'map', fields } : { as: 'maps', fields };
}

/** What to project of each column, for the fields selected on `typeName` below `fieldNodes`. */
export function planRow(sc: SelectionContext, typeName: string, fieldNodes: readonly FieldNode[], decl: RowDecl): Record<string, SlotProjection> {
  const selected = byFieldName(sc, typeName, fieldNodes);
  const out: Record<string, SlotProjection> = {};
  for (const [field, slotDecl] of Object.entries(decl)) {
    const nodes = selected.get(field);
    out[field] = nodes ? planSlot(sc, slotDecl, nodes) : { as: 'skip' };
  }
  return out;
}

/** One piece of evidence as projected: a link's type, its ends (when selected) and selected properties. */
export interface RawLink {
  readonly type: string;
  readonly from?: string;
  readonly to?: string;
  readonly r?: Readonly<Record<string, unknown>>;
}

export type Shaped = Record<string, unknown>;

function shapeSlot(value: unknown, projection: SlotProjection, links: (l: RawLink) => unknown): unknown {
  if (value == null) return null;
  switch (projection.as) {
    case 'skip':
    case 'value':
      return value;
    case 'node':
      return shapeNode<Entity>(value as Record<string, unknown>, projection.node);
    case 'nodes':
      return (value as Record<string, unknown>[]).map((v) => shapeNode<Entity>(v, projection.node));
    case 'link':
      return links(value as RawLink);
    case 'links':
      return (value as RawLink[]).map(links);
    case 'map':
      return shapeRow(value as Record<string, unknown>, projection.fields, links);
    case 'maps':
      return (value as Record<string, unknown>[]).map((v) => shapeRow(v, projection.fields, links));
  }
}

/** A projected row as the answer object: nodes become their GraphQL types, evidence its objects. */
export function shapeRow(raw: Record<string, unknown>, columns: Readonly<Record<string, SlotProjection>>, links: (l: RawLink) => unknown): Shaped {
  const out: Shaped = {};
  for (const [field, projection] of Object.entries(columns)) out[field] = shapeSlot(raw[field], projection, links);
  return out;
}
