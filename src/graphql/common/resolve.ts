import type { LinkKey } from '../../repository/entityRepository.js';
import type { LinkRow } from '../../repository/rows.js';
import type { GraphQLContext } from '../context.js';
import { notFound } from '../errors.js';
import { NodeKind } from './enums.js';
import { hydrate, type Entity } from './node.js';

/**
 * Whole-node look-ups for the write path and argument checks (a mutation returns the node it
 * wrote; a question checks that the ids it was given exist). Reads for clients go through the
 * compiled read path (src/graphql/read) instead.
 */
export type LinkSpec = Omit<LinkKey, 'id'>;

export async function links(ctx: GraphQLContext, id: string, spec: LinkSpec): Promise<LinkRow[]> {
  return ctx.loaders.links.load({ id, ...spec });
}

export async function linkedNode<N extends Entity>(ctx: GraphQLContext, id: string, spec: LinkSpec): Promise<N | null> {
  const rows = await links(ctx, id, spec);
  return rows[0] ? hydrate<N>(rows[0].node) : null;
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
