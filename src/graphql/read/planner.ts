import { getArgumentValues, isObjectType, type FieldNode } from 'graphql';
import { LINK_EVIDENCE_PROPS } from '../../model/entity.js';
import { targetsOf, type LinkFieldDef, type RefFieldDef } from '../../model/types.js';
import type { LinkProjection, NodeProjection, RefProjection } from '../../repository/read/readPlan.js';
import { pageRequest, type ConnectionWindow } from './paging.js';
import { fieldRead } from './fieldIndex.js';
import { subfields, type SelectionContext } from './selection.js';

/**
 * From a selection set to a read plan: the properties and relationship fields the client asked
 * for, recursively, with each connection's page. What the planner does not know (fields with
 * resolvers of their own) is left to those resolvers, which fetch through the request's batched
 * loaders.
 */

/** Document order for the nodes of a relationship field (plan, position, id). */
export const LINK_ORDER = { prop: 'docKey', descending: false } as const;

function argsOf(sc: SelectionContext, kind: string, fieldName: string, node: FieldNode): Record<string, unknown> {
  const type = sc.schema.getType(kind);
  const def = isObjectType(type) ? type.getFields()[fieldName] : undefined;
  return def ? getArgumentValues(def, node, sc.variables as Record<string, unknown>) : {};
}

/** What to read of a node that may be of any of `kinds`, for the fields selected below `fieldNodes`. */
export function planNode(sc: SelectionContext, kinds: readonly string[], fieldNodes: readonly FieldNode[]): NodeProjection {
  const props = new Set<string>();
  const links: LinkProjection[] = [];
  const refs: RefProjection[] = [];
  for (const kind of kinds) {
    for (const [key, nodes] of subfields(sc, kind, fieldNodes)) {
      const read = fieldRead(kind, nodes[0]!.name.value);
      if (!read) continue;
      if (read.as === 'props') read.props.forEach((p) => props.add(p));
      else if (read.as === 'link') links.push(planLink(sc, kind, read.link, key, nodes));
      else refs.push(planRef(sc, kind, read.ref, key, nodes));
    }
  }
  return { props: [...props].sort(), links, refs, polymorphic: kinds.length > 1 };
}

function planRef(sc: SelectionContext, kind: string, ref: RefFieldDef, key: string, nodes: readonly FieldNode[]): RefProjection {
  return { key, ownerKind: kind, prop: ref.prop, target: ref.target, node: planNode(sc, [ref.target], nodes) };
}

/** A connection's selection: the nodes (under edges.node and nodes), edge evidence, totalCount. */
export interface ConnectionSelection {
  readonly node: NodeProjection;
  readonly linkProps: readonly string[];
  readonly total: boolean;
}

export function planConnection(sc: SelectionContext, connectionType: string, nodeKinds: readonly string[], fieldNodes: readonly FieldNode[]): ConnectionSelection {
  const top = subfields(sc, connectionType, fieldNodes);
  const nodeFields: FieldNode[] = [...(top.get('nodes') ?? [])];
  const linkProps = new Set<string>();
  const edgeType = connectionType.replace(/Connection$/, 'Edge');
  const edges = top.get('edges');
  if (edges) {
    for (const [, nodes] of subfields(sc, edgeType, edges)) {
      const name = nodes[0]!.name.value;
      if (name === 'node') nodeFields.push(...nodes);
      else LINK_EVIDENCE_PROPS[name]?.forEach((p) => linkProps.add(p));
    }
  }
  // Fields under `nodes` and `edges.node` are collected the same way: one projection for both.
  const merged = nodeFields.length ? planNode(sc, nodeKinds, nodeFields) : planNode(sc, nodeKinds, []);
  return { node: merged, linkProps: [...linkProps].sort(), total: [...top.keys()].some((k) => top.get(k)![0]!.name.value === 'totalCount') };
}

export function planLink(sc: SelectionContext, kind: string, link: LinkFieldDef, key: string, nodes: readonly FieldNode[]): LinkProjection {
  const args = argsOf(sc, kind, link.name, nodes[0]!);
  const conditions: LinkProjection['conditions'][number][] = link.where ? [{ on: 'target', prop: link.where.prop, values: [link.where.equals] }] : [];
  for (const arg of link.args ?? []) {
    const value = args[arg.name];
    const values = Array.isArray(value) ? value : value == null ? [] : [value];
    if (values.length) conditions.push({ on: arg.on, prop: arg.prop, values });
  }
  const targets = targetsOf(link);
  if (!link.many) {
    return {
      key, ownerKind: kind, rel: link.rel, direction: link.direction, targets, conditions, many: false,
      order: LINK_ORDER, page: { offset: 0, limit: 1, reverse: false }, total: false, linkProps: [],
      node: planNode(sc, targets, nodes),
    };
  }
  const request = pageRequest(args as ConnectionWindow, `${link.name}.`);
  const selection = planConnection(sc, `${targets.length === 1 ? targets[0] : 'Entity'}LinkConnection`, targets, nodes);
  return {
    key, ownerKind: kind, rel: link.rel, direction: link.direction, targets, conditions, many: true,
    order: LINK_ORDER, page: request.page, total: selection.total || request.needsTotal, linkProps: selection.linkProps,
    node: selection.node,
  };
}
