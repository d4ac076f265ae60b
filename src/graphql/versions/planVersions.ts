import 'reflect-metadata';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, ID, Info, Int, Mutation, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { linkPlanVersions, VERSIONED_KINDS } from '../../domain/versions.js';
import type { GraphQLContext } from '../context.js';
import { answerConnectionType, ConnectionArgs } from '../common/connection.js';
import { NodeKind } from '../common/enums.js';
import { Entity } from '../common/node.js';
import { write, writeContext } from '../curation/writes.js';
import { checkId } from '../entity/rootFields.js';
import { answerConnection } from '../read/answers.js';
import { Evidence } from '../questions/evidence.js';

/** Plan versions (src/domain/versions.ts) and the difference between two of them. */

export enum PlanChange {
  ADDED = 'ADDED',
  DROPPED = 'DROPPED',
  REWORDED = 'REWORDED',
  RESCHEDULED = 'RESCHEDULED',
  STATUS_CHANGED = 'STATUS_CHANGED',
}
registerEnumType(PlanChange, {
  name: 'PlanChange',
  valuesConfig: {
    ADDED: { description: 'In the new version, with no predecessor in the old.' },
    DROPPED: { description: 'In the old version, with no successor in the new.' },
    REWORDED: { description: 'Its title or description changed.' },
    RESCHEDULED: { description: 'Its deadline or due date changed.' },
    STATUS_CHANGED: { description: 'Its status changed.' },
  },
});

@ObjectType()
export class FieldChange {
  @Field(() => String) field!: string;
  @Field(() => String, { nullable: true }) before!: string | null;
  @Field(() => String, { nullable: true }) after!: string | null;
}

@ObjectType({ description: 'One change between two versions of a plan.' })
export class PlanDiffEntry {
  @Field(() => PlanChange) change!: PlanChange;
  @Field(() => Entity, { nullable: true, description: 'The item in the old version (none when ADDED).' }) before!: Entity | null;
  @Field(() => Entity, { nullable: true, description: 'The item in the new version (none when DROPPED).' }) after!: Entity | null;
  @Field(() => Evidence, { nullable: true, description: 'The SUCCEEDS link that pairs them, with how it matched (basis SUGGESTED).' }) match!: Evidence | null;
  @Field(() => String, { nullable: true, description: 'CODE or TEXT: how the two were paired.' }) matchedBy!: string | null;
  @Field(() => [FieldChange]) fields!: FieldChange[];
}

@ObjectType({ description: 'What linkPlanVersions did.' })
export class PlanVersionLink {
  @Field(() => ID) plan!: string;
  @Field(() => ID) previous!: string;
  @Field(() => Int, { description: 'Items paired with their predecessor by code.' }) byCode!: number;
  @Field(() => Int, { description: 'Items paired with their predecessor by their words.' }) byText!: number;
}

const PlanDiffEntryConnection = answerConnectionType(PlanDiffEntry, 'PlanDiffEntry');

@Resolver()
export class PlanVersionsResolver {
  @Mutation(() => PlanVersionLink, {
    nullable: true,
    description:
      'Links a plan to the version before it (same publisher): SUPERSEDES, with your rationale; then pairs each item with its predecessor by code, else by its words (SUCCEEDS, basis SUGGESTED), replacing earlier pairs. Analysts, or partners of the publisher. The earlier version stays as it is.',
  })
  async linkPlanVersions(
    @Arg('plan', () => ID, { description: 'The new version.' }) plan: string,
    @Arg('previous', () => ID, { description: 'The version it replaces.' }) previous: string,
    @Arg('rationale', () => String) rationale: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PlanVersionLink> {
    return Object.assign(new PlanVersionLink(), await write(() => linkPlanVersions(writeContext(ctx), { plan, previous, rationale })));
  }

  @Query(() => PlanDiffEntryConnection, {
    description: 'Question 13. What changed from one version of a plan to another (linked with linkPlanVersions): items added, dropped, reworded, rescheduled or with another status, in document order.',
  })
  planDiff(
    @Arg('from', () => ID, { description: 'The earlier version.' }) from: string,
    @Arg('to', () => ID, { description: 'The later version.' }) to: string,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return answerConnection(ctx, info, {
      file: 'questions/plan-diff',
      params: { fromId: checkId(from, 'from'), toId: checkId(to, 'to'), fromIds: [from], toIds: [to], kinds: VERSIONED_KINDS },
      checks: [
        { param: 'fromIds', kind: NodeKind.PLAN, argument: 'from' },
        { param: 'toIds', kind: NodeKind.PLAN, argument: 'to' },
      ],
      answerType: 'PlanDiffEntry',
      row: { change: 'value', before: { node: VERSIONED_KINDS }, after: { node: VERSIONED_KINDS }, match: 'link', matchedBy: 'value', fields: 'value' },
      order: 'changeRank, sortKey',
    }, page);
  }
}
