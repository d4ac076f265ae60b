import 'reflect-metadata';
import { Arg, Args, Ctx, Field, ID, Info, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { badInput } from '../errors.js';
import type { GraphQLResolveInfo } from 'graphql';
import { answerConnectionType, ConnectionArgs } from '../common/connection.js';
import { NodeKind } from '../common/enums.js';
import { LocalDate } from '../common/scalars.js';
import { Action, Deliverable } from '../action/action.type.js';
import { Organisation } from '../organisation/organisation.type.js';
import { answerConnection } from '../read/answers.js';
import { idList } from './arguments.js';

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

const TimelineConnection = answerConnectionType(TimelineEntry, 'Timeline');

@Resolver()
export class TimelineResolver {
  @Query(() => TimelineConnection, { description: 'Question 9. Actions and deliverables due in a date window, across organisations, in date order.' })
  timeline(
    @Arg('from', () => LocalDate) from: string,
    @Arg('to', () => LocalDate) to: string,
    @Arg('organisations', () => [ID], { nullable: true }) organisations: string[] | null,
    @Arg('themes', () => [ID], { nullable: true }) themes: string[] | null,
    @Arg('kinds', () => [TimelineEntryKind], { nullable: true }) kinds: TimelineEntryKind[] | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    if (from > to) throw badInput('to', 'lies before from');
    return answerConnection(ctx, info, {
      file: 'questions/timeline',
      params: { from, to, organisationIds: idList(organisations, 'organisations'), themeIds: idList(themes, 'themes'), kinds: kinds?.length ? kinds : null },
      checks: [
        { param: 'organisationIds', kind: NodeKind.ORGANISATION, argument: 'organisations' },
        { param: 'themeIds', kind: NodeKind.THEME, argument: 'themes' },
      ],
      answerType: 'TimelineEntry',
      row: {
        date: 'value', dateText: 'value', kind: 'value', action: { node: [NodeKind.ACTION] }, deliverable: { node: [NodeKind.DELIVERABLE] },
        organisation: { node: [NodeKind.ORGANISATION] },
      },
      order: 'date, organisation.id, action.docKey, deliverable.position',
    }, page);
  }
}
