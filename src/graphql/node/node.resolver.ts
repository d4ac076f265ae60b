import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { badInput } from '../errors.js';
import { MAX_IDS } from '../common/filters.js';
import { Node } from '../common/node.js';
import { nodeById } from '../common/resolve.js';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any node by its global id.' })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return nodeById(ctx, id);
  }

  @Query(() => [Node], { nullable: 'items', description: 'Nodes by global id, in the order asked; null where an id does not exist.' })
  nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: GraphQLContext) {
    if (ids.length > MAX_IDS) throw badInput('ids', `may list at most ${MAX_IDS} ids`);
    return Promise.all(ids.map((id) => nodeById(ctx, id)));
  }
}
