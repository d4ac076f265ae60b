import 'reflect-metadata';
import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { NodeKind } from '../common/enums.js';
import { hydrate, Node, type Entity } from '../common/node.js';
import { notFound } from '../errors.js';
import { nodeById } from '../common/resolve.js';
import { requireRange } from './arguments.js';
import { Evidence, evidence } from './evidence.js';

@ObjectType({ description: 'A path through the graph: its nodes in order and the links between them.' })
export class GraphPath {
  @Field(() => Int) length!: number;
  @Field(() => [Node]) nodes!: Entity[];
  @Field(() => [Evidence], { description: 'The links, in path order; a link may point against the direction of travel.' }) links!: Evidence[];
}

export const MAX_HOPS = 8;

@Resolver()
export class PathsResolver {
  @Query(() => [GraphPath], { description: 'Question 6. The shortest paths between two nodes, up to a bound of hops.' })
  async connection(
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Arg('maxHops', () => Int, { defaultValue: 4, description: `1-${MAX_HOPS}.` }) maxHops: number,
    @Arg('excludeKinds', () => [NodeKind], { defaultValue: [], description: 'Kinds the path may not pass through (e.g. THEME, PLAN).' }) excludeKinds: NodeKind[],
    @Arg('limit', () => Int, { defaultValue: 10, description: 'At most this many paths (1-50).' }) limit: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GraphPath[]> {
    requireRange(maxHops, 1, MAX_HOPS, 'maxHops');
    requireRange(limit, 1, 50, 'limit');
    const ends = await Promise.all([from, to].map((id) => nodeById(ctx, id)));
    ends.forEach((node, i) => {
      if (!node) throw notFound('node', i === 0 ? from : to);
    });
    const rows = await ctx.questions.shortestPaths({ from, to, maxHops, excludeKinds, limit });
    return rows.map((r) => Object.assign(new GraphPath(), { length: r.links.length, nodes: r.nodes.map((n) => hydrate(n)), links: r.links.map(evidence) }));
  }
}
