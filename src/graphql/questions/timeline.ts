import 'reflect-metadata';
import { Arg, Args, Ctx, Field, ID, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { badInput } from '../errors.js';
import { buildPageInfo, ConnectionArgs, encodeCursor, PageInfo, windowOf } from '../common/connection.js';
import { NodeKind } from '../common/enums.js';
import { hydrate } from '../common/node.js';
import { nodeById } from '../common/resolve.js';
import { LocalDate } from '../common/scalars.js';
import { Action, Deliverable } from '../action/action.type.js';
import { Organisation } from '../organisation/organisation.type.js';
import { requireIds } from './arguments.js';

export enum TimelineEntryKind {
  ACTION = 'ACTION',
  DELIVERABLE = 'DELIVERABLE',
}
registerEnumType(TimelineEntryKind, { name: 'TimelineEntryKind' });

@ObjectType({ description: 'Something due on a date: an action (its deadline) or a deliverable.' })
export class TimelineEntry {
  @Field(() => LocalDate) date!: string;
  @Field(() => String, { nullable: true, description: 'The date as the document words it.' }) dateText!: string | null;
  @Field(() => TimelineEntryKind) kind!: TimelineEntryKind;
  @Field(() => Action) action!: Action;
  @Field(() => Deliverable, { nullable: true }) deliverable!: Deliverable | null;
  @Field(() => Organisation) organisation!: Organisation;
}

@ObjectType()
export class TimelineEdge {
  @Field(() => String) cursor!: string;
  @Field(() => TimelineEntry) node!: TimelineEntry;
}

@ObjectType()
export class TimelineConnection {
  @Field(() => [TimelineEdge]) edges!: TimelineEdge[];
  @Field(() => [TimelineEntry]) nodes!: TimelineEntry[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}

@Resolver()
export class TimelineResolver {
  @Query(() => TimelineConnection, { description: 'Question 9. Actions and deliverables due in a date window, across organisations, in date order.' })
  async timeline(
    @Arg('from', () => LocalDate) from: string,
    @Arg('to', () => LocalDate) to: string,
    @Arg('organisations', () => [ID], { nullable: true }) organisations: string[] | null,
    @Arg('themes', () => [ID], { nullable: true }) themes: string[] | null,
    @Arg('kinds', () => [TimelineEntryKind], { nullable: true }) kinds: TimelineEntryKind[] | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TimelineConnection> {
    if (from > to) throw badInput('to', 'lies before from');
    const organisationIds = await requireIds(ctx, organisations, NodeKind.ORGANISATION, 'organisations');
    const themeIds = await requireIds(ctx, themes, NodeKind.THEME, 'themes');
    const window = windowOf(args);
    const { total, rows } = await ctx.questions.timeline({ from, to, organisationIds, themeIds, kinds, window });
    const start = window.start < 0 ? Math.max(0, total + window.start) : window.start;
    const nodes = await Promise.all(rows.map(async (r) => Object.assign(new TimelineEntry(), {
      date: r.date,
      dateText: r.dateText,
      kind: r.kind,
      action: hydrate<Action>(r.action),
      deliverable: r.deliverable ? hydrate<Deliverable>(r.deliverable) : null,
      organisation: await nodeById<Organisation>(ctx, r.organisationId),
    })));
    return Object.assign(new TimelineConnection(), {
      edges: nodes.map((node, i) => Object.assign(new TimelineEdge(), { cursor: encodeCursor(start + i), node })),
      nodes,
      pageInfo: buildPageInfo(start, nodes.length, total),
      totalCount: total,
    });
  }
}
