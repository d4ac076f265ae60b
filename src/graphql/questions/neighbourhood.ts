import 'reflect-metadata';
import { Arg, Args, ArgsType, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { ConnectionArgs, PageInfo } from '../common/connection.js';
import { finishSlice, pageRequest, sliceOf } from '../read/paging.js';
import { NodeKind } from '../common/enums.js';
import { badInput } from '../errors.js';
import { requireRange } from './arguments.js';
import { edgeViews, GraphEdgeView, GraphNodeView, GraphOmission, graphRepository, KindCount, viewScope, viewsOf } from './graphView.js';
import { budgetStep, type Omission } from './hubBudget.js';
import { notFoundWithSuggestions } from './lookup.js';

@ObjectType({ description: 'The subgraph around a node as nodes and edges, ready for a visualisation library, with what was left out.' })
export class Neighbourhood {
  @Field(() => ID, { description: 'nodeId of the centre.' }) centre!: string;
  @Field(() => [GraphNodeView], { description: 'The centre first, then nearer before farther.' }) nodes!: GraphNodeView[];
  @Field(() => [GraphEdgeView], { description: 'Every link among the nodes (within the relationship filter).' }) edges!: GraphEdgeView[];
  @Field(() => Boolean, { description: 'True when more nodes were in reach than the limit allowed.' }) truncated!: boolean;
  @Field(() => [GraphOmission], { description: 'What did not fit, per node, relationship and kind: "+142 more actions of this plan". Page through them with `neighbours`.' }) omitted!: GraphOmission[];
  @Field(() => [KindCount], { description: 'What did not fit, per kind.' }) omittedByKind!: KindCount[];
}

@ObjectType({ description: 'An edge of a page of neighbours: the neighbour and the link that reaches it.' })
export class GraphNeighbourEdge {
  @Field(() => String) cursor!: string;
  @Field(() => GraphNodeView) node!: GraphNodeView;
  @Field(() => [GraphEdgeView], { description: 'The links between the node asked about and this neighbour.' }) links!: GraphEdgeView[];
}

@ObjectType({ description: 'The neighbours of a node over one relationship and of one kind, page by page (hub paging).' })
export class GraphNeighbourConnection {
  @Field(() => [GraphNeighbourEdge]) edges!: GraphNeighbourEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}

@ArgsType()
class GraphFilterArgs {
  @Field(() => [NodeKind], { nullable: true, description: 'Only nodes of these kinds (the centre always).' }) kinds?: NodeKind[] | null;
  @Field(() => [NodeKind], { nullable: true, description: 'No nodes of these kinds (THEME and FIGURE connect almost anything).' }) excludeKinds?: NodeKind[] | null;
  @Field(() => [String], { nullable: true, description: 'Only links of these relationship types (e.g. PUBLISHES, INVOLVES, MENTIONS).' }) relationships?: string[] | null;
}

const RELATIONSHIP = /^[A-Z][A-Z_]{0,39}$/;

export function checkRelationships(list: readonly string[] | null | undefined, argumentName = 'relationships'): string[] | null {
  if (!list || list.length === 0) return null;
  if (list.length > 40) throw badInput(argumentName, 'may list at most 40 relationship types');
  for (const r of list) if (!RELATIONSHIP.test(r)) throw badInput(argumentName, `${JSON.stringify(r.slice(0, 40))} is not a relationship type (upper case, like INVOLVES)`);
  return [...new Set(list)];
}

async function requireExisting(ctx: GraphQLContext, id: string, argumentName: string): Promise<void> {
  if (!(await ctx.loaders.node.load(id))) throw await notFoundWithSuggestions(ctx, 'node', id, argumentName);
}

function byKind(omitted: readonly Omission[]): KindCount[] {
  const counts = new Map<string, number>();
  for (const o of omitted) counts.set(o.kind, (counts.get(o.kind) ?? 0) + o.count);
  return [...counts].map(([kind, count]) => Object.assign(new KindCount(), { kind: kind as NodeKind, count })).sort((a, b) => b.count - a.count);
}

@Resolver()
export class NeighbourhoodResolver {
  @Query(() => Neighbourhood, { description: 'Question 7. The subgraph around a node, hop by hop to a depth, filtered by kind and relationship; when it does not all fit, every group of neighbours (per node, relationship and kind) keeps its share, and what was left out is counted.' })
  async neighbourhood(
    @Arg('id', () => ID) id: string,
    @Arg('depth', () => Int, { defaultValue: 1, description: '1-3.' }) depth: number,
    @Args(() => GraphFilterArgs) filter: GraphFilterArgs,
    @Arg('limit', () => Int, { defaultValue: 150, description: 'At most this many nodes besides the centre (1-500).' }) limit: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Neighbourhood> {
    requireRange(depth, 1, 3, 'depth');
    requireRange(limit, 1, 500, 'limit');
    const relationships = checkRelationships(filter.relationships);
    await requireExisting(ctx, id, 'id');
    const repo = graphRepository(ctx);
    const graphFilter = { kinds: filter.kinds ?? null, excludeKinds: filter.excludeKinds ?? [], relationships };

    const distance = new Map<string, number>([[id, 0]]);
    const kept = [id];
    const omitted: Omission[] = [];
    let frontier = [id];
    for (let hop = 1; hop <= depth && frontier.length > 0; hop++) {
      const rows = await repo.step(frontier, [...distance.keys()], graphFilter);
      const step = budgetStep(rows, limit - (kept.length - 1));
      for (const reached of step.reached) distance.set(reached, hop);
      kept.push(...step.kept);
      omitted.push(...step.omitted);
      frontier = step.kept;
    }

    const scope = viewScope('neighbourhood', { id, depth, filter: graphFilter, limit });
    const [nodes, links] = await Promise.all([viewsOf(ctx, kept, scope, (n) => distance.get(n) ?? null), repo.links(kept, relationships)]);
    return Object.assign(new Neighbourhood(), {
      centre: id,
      nodes,
      edges: edgeViews(links),
      truncated: omitted.length > 0,
      omitted: omitted.map((o) => Object.assign(new GraphOmission(), o)),
      omittedByKind: byKind(omitted),
    });
  }

  @Query(() => GraphNeighbourConnection, { description: 'Hub paging: the neighbours of a node over one relationship and of one kind, in document order, page by page ("+142 more actions of this plan").' })
  async neighbours(
    @Arg('id', () => ID) id: string,
    @Arg('relationship', () => String, { nullable: true }) relationship: string | null,
    @Arg('kind', () => NodeKind, { nullable: true }) kind: NodeKind | null,
    @Arg('excludeIds', () => [ID], { nullable: true, description: 'Nodes already shown, left out of the pages (at most 1000).' }) excludeIds: string[] | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GraphNeighbourConnection> {
    if (relationship) checkRelationships([relationship], 'relationship');
    if (excludeIds && excludeIds.length > 1000) throw badInput('excludeIds', 'may list at most 1000 ids');
    await requireExisting(ctx, id, 'id');
    const request = pageRequest(args);
    const repo = graphRepository(ctx);
    const page = await repo.neighboursPage({ id, relationship, kind, exclude: excludeIds ?? [], window: sliceOf(request) });
    const paged = finishSlice(request, page.ids, page.total);
    const scope = viewScope('neighbours', { id });
    const ids = paged.items.map((i) => i.item);
    const [views, links] = await Promise.all([viewsOf(ctx, ids, scope, () => 1), repo.links([id, ...ids], relationship ? [relationship] : null)]);
    const edges = edgeViews(links.filter((l) => l.from === id || l.to === id));
    return Object.assign(new GraphNeighbourConnection(), {
      edges: views.map((node, i) => Object.assign(new GraphNeighbourEdge(), {
        cursor: paged.items[i]!.cursor,
        node,
        links: edges.filter((e) => e.source === node.nodeId || e.target === node.nodeId),
      })),
      pageInfo: Object.assign(new PageInfo(), paged.pageInfo),
      totalCount: page.total,
    });
  }
}
