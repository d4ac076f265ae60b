import 'reflect-metadata';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import { shapeNode } from '../read/shape.js';
import type { GraphQLContext } from '../context.js';
import { badInput } from '../errors.js';
import { Node } from '../common/node.js';
import { ALL_KINDS } from '../read/fieldIndex.js';
import { planNode } from '../read/planner.js';
import { selectionContext } from '../read/reader.js';
import { checkId, MAX_VALUES, readOne } from '../entity/rootFields.js';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any node by its global id.' })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return readOne(ALL_KINDS, id, ctx, info);
  }

  @Query(() => [Node], { nullable: 'items', description: 'Nodes by global id, in the order asked; null where an id does not exist.' })
  async nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    if (ids.length > MAX_VALUES) throw badInput('ids', `may list at most ${MAX_VALUES} ids`);
    ids.forEach((id) => checkId(id, 'ids'));
    if (ids.length === 0) return [];
    const { root, rows } = await ctx.reader.root(info, () => ({ from: 'ids', kind: null, ids: [...new Set(ids)], node: planNode(selectionContext(info), ALL_KINDS, info.fieldNodes) }));
    const byId = new Map(rows.map((r) => {
      const raw = r.result as Record<string, unknown>;
      return [String(raw.id), shapeNode(raw, root.node)] as const;
    }));
    return ids.map((id) => byId.get(id) ?? null);
  }
}
