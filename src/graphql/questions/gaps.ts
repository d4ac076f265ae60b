import 'reflect-metadata';
import { Arg, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { NodeKind } from '../common/enums.js';
import { hydrate } from '../common/node.js';
import { Objective } from '../objective/objective.type.js';
import { requireIds } from './arguments.js';
import { entityType } from '../entity/entityTypes.js';
import type { Entity } from '../common/node.js';

const SwotItem = entityType(NodeKind.SWOT_ITEM);
type SwotItem = Entity;

@ObjectType({ description: 'What no objective answers, and objectives nothing implements.' })
export class CoverageGaps {
  @Field(() => [SwotItem], { description: 'Threats (and weaknesses) that no objective answers, through a risk domain or directly.' })
  unansweredItems!: SwotItem[];

  @Field(() => [Objective], { description: 'Objectives that no action implements, directly or through the objectives under them.' })
  objectivesWithoutActions!: Objective[];
}

@Resolver()
export class GapsResolver {
  @Query(() => CoverageGaps, { description: 'Question 2. Coverage gaps.' })
  async coverageGaps(
    @Arg('organisations', () => [ID], { nullable: true }) organisations: string[] | null,
    @Arg('includeWeaknesses', () => Boolean, { defaultValue: true }) includeWeaknesses: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CoverageGaps> {
    const organisationIds = await requireIds(ctx, organisations, NodeKind.ORGANISATION, 'organisations');
    const rows = await ctx.questions.coverageGaps({ organisationIds, types: includeWeaknesses ? ['THREAT', 'WEAKNESS'] : ['THREAT'] });
    return Object.assign(new CoverageGaps(), {
      unansweredItems: rows.unansweredItems.map((x) => hydrate<SwotItem>(x.node)),
      objectivesWithoutActions: rows.objectivesWithoutActions.map((x) => hydrate<Objective>(x.node)),
    });
  }
}
