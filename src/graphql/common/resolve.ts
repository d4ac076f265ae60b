import type { EntityFilter, LinkKey } from '../../repository/entityRepository.js';
import type { LinkRow } from '../../repository/rows.js';
import type { GraphQLContext } from '../context.js';
import { notFound } from '../errors.js';
import { toConnection, toLinkConnection, windowOf, type ConnectionArgs } from './connection.js';
import { NodeKind, SortField } from './enums.js';
import { checkFilter, sortOf, type OrderBy } from './filters.js';
import { hydrate, type Entity } from './node.js';

/**
 * The few moves every resolver makes, so resolvers stay one line: fetch a node by id, follow a
 * kind of link (batched through the request's DataLoader), list nodes of a kind.
 */
export type LinkSpec = Omit<LinkKey, 'id'>;

export async function links(ctx: GraphQLContext, id: string, spec: LinkSpec): Promise<LinkRow[]> {
  return ctx.loaders.links.load({ id, ...spec });
}

export async function linkConnection<N extends Entity>(ctx: GraphQLContext, id: string, spec: LinkSpec, args: ConnectionArgs, keep?: (row: LinkRow) => boolean) {
  const rows = await links(ctx, id, spec);
  return toLinkConnection<N>(keep ? rows.filter(keep) : rows, args);
}

export async function linkedNodes<N extends Entity>(ctx: GraphQLContext, id: string, spec: LinkSpec): Promise<N[]> {
  return (await links(ctx, id, spec)).map((r) => hydrate<N>(r.node));
}

export async function linkedNode<N extends Entity>(ctx: GraphQLContext, id: string, spec: LinkSpec): Promise<N | null> {
  return (await linkedNodes<N>(ctx, id, spec))[0] ?? null;
}

export async function nodeById<N extends Entity>(ctx: GraphQLContext, id: string | null | undefined): Promise<N | null> {
  if (!id) return null;
  const row = await ctx.loaders.node.load(id);
  return row ? hydrate<N>(row) : null;
}

/** Like nodeById, but the node must exist and be of the given kind. */
export async function requireNode<N extends Entity>(ctx: GraphQLContext, id: string, kind: NodeKind): Promise<N> {
  const node = await nodeById<N>(ctx, id);
  if (!node || node.kind !== kind) throw notFound(kind, id);
  return node;
}

/** A page of the nodes of a kind; shared kinds (organisations, systems, themes) sort by name by default. */
export async function listConnection<N extends Entity>(ctx: GraphQLContext, kind: NodeKind, filter: EntityFilter, orderBy: OrderBy | null | undefined, args: ConnectionArgs) {
  const window = windowOf(args);
  const sort = sortOf(orderBy, [NodeKind.ORGANISATION, NodeKind.SYSTEM, NodeKind.THEME].includes(kind) ? SortField.NAME : SortField.DOCUMENT);
  const page = await ctx.entities.list(kind, checkFilter(filter), sort.key, sort.descending, window);
  return toConnection<N>(page, window);
}
