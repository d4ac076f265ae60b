import 'reflect-metadata';
import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { NodeKind } from '../common/enums.js';
import { hydrate, Node, type Entity } from '../common/node.js';
import { notFound } from '../errors.js';
import { requireRange } from './arguments.js';
import { Evidence, evidence } from './evidence.js';

@ObjectType({ description: 'A node of a neighbourhood, with what a visualisation needs to draw it.' })
export class GraphNodeView {
  @Field(() => ID) id!: string;
  @Field(() => NodeKind) kind!: NodeKind;
  @Field(() => String, { description: 'A short label: code and title, name, or text.' }) label!: string;
  @Field(() => Int, { description: 'Hops from the centre.' }) distance!: number;
  @Field(() => Node) node!: Entity;
}

@ObjectType({ description: 'A link of a neighbourhood.' })
export class GraphEdgeView {
  @Field(() => ID, { description: 'Stable id of the link: type, ends and origin.' }) id!: string;
  @Field(() => ID) source!: string;
  @Field(() => ID) target!: string;
  @Field(() => Evidence) evidence!: Evidence;
}

@ObjectType({ description: 'The subgraph around a node as nodes and edges, ready for a visualisation library.' })
export class Neighbourhood {
  @Field(() => ID) centre!: string;
  @Field(() => [GraphNodeView]) nodes!: GraphNodeView[];
  @Field(() => [GraphEdgeView]) edges!: GraphEdgeView[];
  @Field(() => Boolean, { description: 'True when more nodes were in reach than the limit allowed.' }) truncated!: boolean;
}

function labelOf(row: Record<string, unknown>): string {
  const text = (row.title ?? row.name ?? row.label ?? row.text ?? row.id) as string;
  const short = text.length > 80 ? `${text.slice(0, 77)}...` : text;
  return row.code && row.kind !== 'Theme' && row.kind !== 'System' ? `${row.code} ${short}` : short;
}

@Resolver()
export class NeighbourhoodResolver {
  @Query(() => Neighbourhood, { description: 'Question 7. The subgraph around a node to a depth, filtered by kind.' })
  async neighbourhood(
    @Arg('id', () => ID) id: string,
    @Arg('depth', () => Int, { defaultValue: 1, description: '1-3.' }) depth: number,
    @Arg('kinds', () => [NodeKind], { nullable: true, description: 'Only nodes of these kinds (the centre always).' }) kinds: NodeKind[] | null,
    @Arg('limit', () => Int, { defaultValue: 150, description: 'At most this many nodes besides the centre (1-500).' }) limit: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Neighbourhood> {
    requireRange(depth, 1, 3, 'depth');
    requireRange(limit, 1, 500, 'limit');
    const row = await ctx.questions.neighbourhood({ id, depth, kinds, limit });
    if (!row) throw notFound('node', id);
    return Object.assign(new Neighbourhood(), {
      centre: id,
      nodes: row.nodes.map((n) => Object.assign(new GraphNodeView(), { id: n.node.id, kind: n.node.kind, label: labelOf(n.node), distance: n.distance, node: hydrate(n.node) })),
      edges: row.links.map((l) => Object.assign(new GraphEdgeView(), {
        id: `${l.type}:${l.from}->${l.to}:${String(l.link.origin ?? '')}:${String(l.link.key ?? '')}`,
        source: l.from,
        target: l.to,
        evidence: evidence(l),
      })),
      truncated: row.truncated,
    });
  }
}
