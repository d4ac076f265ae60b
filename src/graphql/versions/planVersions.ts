import 'reflect-metadata';
import crypto from 'node:crypto';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, ID, Info, Int, Mutation, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import * as curation from '../../repository/curationRepository.js';
import * as repo from '../../repository/versionRepository.js';
import { matchByCode, matchByText, plainQuery } from '../../versions/match.js';
import type { GraphQLContext } from '../context.js';
import { answerConnectionType, ConnectionArgs } from '../common/connection.js';
import { NodeKind } from '../common/enums.js';
import { Entity } from '../common/node.js';
import { requireWriter } from '../curation/curation.service.js';
import { checkId } from '../entity/rootFields.js';
import { badInput, forbidden, notFound } from '../errors.js';
import { answerConnection } from '../read/answers.js';
import { Evidence } from '../questions/evidence.js';

/**
 * Plan versions: a plan linked to the version before it (SUPERSEDES, the judgement of whoever
 * links them), each item to its predecessor by code or words (SUCCEEDS, computed: SUGGESTED),
 * and the difference between two versions.
 */
const VERSIONED_KINDS = [NodeKind.OBJECTIVE, NodeKind.ACTION, NodeKind.SWOT_ITEM, NodeKind.RISK, NodeKind.RISK_DOMAIN, NodeKind.PESTEL_FACTOR, NodeKind.STAKEHOLDER_GROUP];

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
    requireWriter(ctx.identity);
    const planId = checkId(plan, 'plan');
    const previousId = checkId(previous, 'previous');
    if (planId === previousId) throw badInput('previous', 'a plan is not its own previous version');
    const why = rationale.trim();
    if (why.length < 10 || why.length > 5000) throw badInput('rationale', 'must be 10 to 5000 characters');
    const stamp = { actor: ctx.identity.subject ?? ctx.identity.role, role: ctx.identity.role, now: new Date().toISOString() };
    return ctx.db.writeTransaction(async (tx) => {
      const plans = await repo.lockPlans(tx, planId, previousId);
      if (!plans) {
        throw notFound('plan', planId === previousId ? planId : `${planId} or ${previousId}`);
      }
      if (plans.publisher !== plans.previousPublisher) throw badInput('previous', `${previousId} is published by ${plans.previousPublisher}, ${planId} by ${plans.publisher}: versions of a plan have one publisher`);
      if (plans.cycle) throw badInput('previous', `${previousId} already follows ${planId}`);
      if (ctx.identity.role === 'partner' && ctx.identity.organisation !== plans.publisher) {
        throw forbidden(`The plans are published by ${plans.publisher}; a partner of ${ctx.identity.organisation} links only its own organisation's plans.`);
      }
      const items = await repo.versionItems(tx, planId, previousId, VERSIONED_KINDS);
      const byCode = matchByCode(items, planId, previousId);
      const done = new Set(byCode.map((m) => m.item));
      const queries = items
        .filter((i) => i.planId === planId && !done.has(i.id))
        .map((i) => ({ id: i.id, kind: i.kind, text: plainQuery(i.text) }))
        .filter((q): q is { id: string; kind: string; text: string } => q.text !== null);
      const byText = matchByText(await repo.textHits(tx, planId, previousId, queries), items, previousId, new Set(byCode.map((m) => m.predecessor)));
      await repo.linkVersions(tx, { planId, previousId, rationale: why, matches: [...byCode, ...byText], actor: stamp.actor, now: stamp.now });
      await curation.recordChanges(tx, [{
        id: crypto.randomUUID(), operation: 'LINK', nodeId: planId, nodeKind: NodeKind.PLAN, organisationId: plans.publisher, otherId: previousId, relationship: 'SUPERSEDES',
        before: null, after: JSON.stringify({ basis: 'CURATED', rationale: why, byCode: byCode.length, byText: byText.length }),
        summary: `linked ${planId} as the next version of ${previousId} (${byCode.length} items paired by code, ${byText.length} by words)`,
      }], stamp);
      return Object.assign(new PlanVersionLink(), { plan: planId, previous: previousId, byCode: byCode.length, byText: byText.length });
    });
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
