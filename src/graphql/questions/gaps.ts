import 'reflect-metadata';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { answerConnectionType, ConnectionArgs } from '../common/connection.js';
import { NodeKind } from '../common/enums.js';
import type { Entity } from '../common/node.js';
import { entityType } from '../entity/entityTypes.js';
import { answerConnection } from '../read/answers.js';
import { idList } from './arguments.js';

@ObjectType({ description: 'A threat or weakness that no objective answers.' })
export class UnansweredItem {
  @Field(() => entityType(NodeKind.SWOT_ITEM)) item!: Entity;
  @Field(() => entityType(NodeKind.ORGANISATION), { description: 'The organisation whose plan names it.' }) organisation!: Entity;
}

@ObjectType({ description: 'An objective that no action implements.' })
export class ObjectiveWithoutAction {
  @Field(() => entityType(NodeKind.OBJECTIVE)) objective!: Entity;
  @Field(() => entityType(NodeKind.ORGANISATION), { description: 'The organisation whose plan sets it.' }) organisation!: Entity;
}

const UnansweredItemConnection = answerConnectionType(UnansweredItem, 'UnansweredItem');
const ObjectiveWithoutActionConnection = answerConnectionType(ObjectiveWithoutAction, 'ObjectiveWithoutAction');

@ObjectType({ description: 'What no objective answers, and objectives nothing implements; each list is paged on its own.' })
export class CoverageGaps {
  organisationIds!: string[] | null;
  types!: string[];
}

@Resolver(() => CoverageGaps)
export class GapsResolver {
  @Query(() => CoverageGaps, { description: 'Question 2. Coverage gaps of the given organisations (all when left out).' })
  coverageGaps(
    @Arg('organisations', () => [ID], { nullable: true }) organisations: string[] | null,
    @Arg('includeWeaknesses', () => Boolean, { defaultValue: true }) includeWeaknesses: boolean,
  ): CoverageGaps {
    return Object.assign(new CoverageGaps(), { organisationIds: idList(organisations, 'organisations'), types: includeWeaknesses ? ['THREAT', 'WEAKNESS'] : ['THREAT'] });
  }

  @FieldResolver(() => UnansweredItemConnection, { description: 'Threats (and weaknesses) that no objective answers, through a risk domain or directly; by organisation, in document order.' })
  unansweredItems(@Root() gaps: CoverageGaps, @Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return answerConnection(ctx, info, {
      file: 'questions/unanswered-items',
      params: { organisationIds: gaps.organisationIds, types: gaps.types },
      checks: [{ param: 'organisationIds', kind: NodeKind.ORGANISATION, argument: 'organisations' }],
      answerType: 'UnansweredItem',
      row: { item: { node: [NodeKind.SWOT_ITEM] }, organisation: { node: [NodeKind.ORGANISATION] } },
      order: 'organisation.id, item.docKey',
    }, page);
  }

  @FieldResolver(() => ObjectiveWithoutActionConnection, { description: 'Objectives that no action implements, directly or through the objectives under them; in document order.' })
  objectivesWithoutActions(@Root() gaps: CoverageGaps, @Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return answerConnection(ctx, info, {
      file: 'questions/objectives-without-actions',
      params: { organisationIds: gaps.organisationIds },
      checks: [{ param: 'organisationIds', kind: NodeKind.ORGANISATION, argument: 'organisations' }],
      answerType: 'ObjectiveWithoutAction',
      row: { objective: { node: [NodeKind.OBJECTIVE] }, organisation: { node: [NodeKind.ORGANISATION] } },
      order: 'organisation.id, objective.docKey',
    }, page);
  }
}
