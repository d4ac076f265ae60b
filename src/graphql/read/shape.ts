import type { EntityRow } from '../../repository/rows.js';
import { linkKey, refKey, type NodeProjection } from '../../repository/read/readPlan.js';
import { hydrate, type Entity } from '../common/node.js';

/**
 * Turns the maps a compiled read returns into the API's objects: each node becomes its GraphQL
 * type, and what was read for its relationship fields is kept on it (by response key) for the
 * field resolvers to finish into connections, so they need no further round trip.
 */
export const PREFETCHED = Symbol('prefetched');

/** One relationship field as read: the page's rows (plus one when more follow) and the total if counted. */
export interface RawLinks {
  readonly total: number | null;
  readonly items: readonly { readonly link: Readonly<Record<string, unknown>>; readonly node: Entity }[];
}

export type Prefetched = Map<string, RawLinks | Entity | null>;

type Raw = Record<string, unknown>;

export function shapeNode<N extends Entity>(raw: Raw, projection: NodeProjection): N {
  const entity = hydrate<N>(raw as unknown as EntityRow);
  if (!projection.links.length && !projection.refs.length) return entity;
  const prefetched: Prefetched = new Map();
  for (const link of projection.links) {
    if (link.ownerKind !== entity.kind) continue;
    const value = raw[linkKey(link)] as { total?: number | null; items: { r?: Raw; n: Raw }[] } | null;
    if (!value) continue;
    const items = value.items.map((item) => ({ link: item.r ?? {}, node: shapeNode(item.n, link.node) }));
    prefetched.set(link.key, link.many ? { total: value.total ?? null, items } : (items[0]?.node ?? null));
  }
  for (const ref of projection.refs) {
    if (ref.ownerKind !== entity.kind) continue;
    const value = raw[refKey(ref)] as Raw[] | null;
    if (!value) continue;
    prefetched.set(ref.key, value[0] ? shapeNode(value[0], ref.node) : null);
  }
  (entity as unknown as Record<symbol, Prefetched>)[PREFETCHED] = prefetched;
  return entity;
}

export function prefetchedOf(entity: Entity): Prefetched | undefined {
  return (entity as unknown as Record<symbol, Prefetched | undefined>)[PREFETCHED];
}
