import 'reflect-metadata';
import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { NodeKind } from '../common/enums.js';
import { hydrate, Node, type Entity } from '../common/node.js';
import { nodeById } from '../common/resolve.js';
import { requireRange } from './arguments.js';
import { Evidence, evidence } from './evidence.js';
import { edgeViews, GraphEdgeView, GraphNodeView, nodeViews, graphRepository, viewScope } from './graphView.js';
import { notFoundWithSuggestions } from './lookup.js';

@ObjectType({ description: 'A path through the graph: its nodes in order and the links between them.' })
export class GraphPath {
  @Field(() => Int) length!: number;
  @Field(() => [Node]) nodes!: Entity[];
  @Field(() => [Evidence], { description: 'The links, in path order; a link may point against the direction of travel.' }) links!: Evidence[];
  @Field(() => [GraphNodeView], { description: 'The nodes as graph views, in path order (distance = position in the path).' }) views!: GraphNodeView[];
  @Field(() => [GraphEdgeView], { description: 'The links as graph edges, in path order.' }) edges!: GraphEdgeView[];
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
    for (const [i, node] of ends.entries()) if (!node) throw await notFoundWithSuggestions(ctx, 'node', i === 0 ? from : to, i === 0 ? 'from' : 'to');
    const rows = await ctx.questions.shortestPaths({ from, to, maxHops, excludeKinds, limit });
    const ids = [...new Set(rows.flatMap((r) => r.nodes.map((n) => n.id)))];
    const graphRows = new Map((await graphRepository(ctx).nodes(ids)).map((g) => [g.node.id, g]));
    const scope = viewScope('connection', { from, to, maxHops, excludeKinds });
    return rows.map((r, index) => Object.assign(new GraphPath(), {
      length: r.links.length,
      nodes: r.nodes.map((n) => hydrate(n)),
      links: r.links.map(evidence),
      views: r.nodes.flatMap((n, position) => nodeViews(graphRows.has(n.id) ? [graphRows.get(n.id)!] : [], `${scope}.${index}`, () => position)),
      edges: edgeViews(r.links),
    }));
  }
}
