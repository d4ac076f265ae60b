import 'reflect-metadata';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, ID, Info, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { Status } from '../../model/enums.js';
import type { GraphQLContext } from '../context.js';
import { answerConnectionType, ConnectionArgs } from '../common/connection.js';
import { NodeKind } from '../common/enums.js';
import { Entity } from '../common/node.js';
import { entityType } from '../entity/entityTypes.js';
import { checkId } from '../entity/rootFields.js';
import { answerConnection } from '../read/answers.js';
import { LocalDate } from '../common/scalars.js';
import { dayOf } from './arguments.js';
import { Evidence } from './evidence.js';

export enum Lateness {
  DEADLINE_PASSED = 'DEADLINE_PASSED',
  STATUS_BEHIND = 'STATUS_BEHIND',
  EVALUATION_BEHIND = 'EVALUATION_BEHIND',
}
registerEnumType(Lateness, {
  name: 'Lateness',
  valuesConfig: {
    DEADLINE_PASSED: { description: 'Its deadline (or due date) passed without the status DONE.' },
    STATUS_BEHIND: { description: 'Its own status says it is behind (delayed, postponed, needing adjustment ...).' },
    EVALUATION_BEHIND: { description: 'It follows up an item that an evaluation reported behind.' },
  },
});

export enum ImpactKind {
  OBJECTIVE = 'OBJECTIVE',
  ALIGNED = 'ALIGNED',
  PARTNER = 'PARTNER',
  SYSTEM = 'SYSTEM',
  SYSTEM_ACTION = 'SYSTEM_ACTION',
}
registerEnumType(ImpactKind, {
  name: 'ImpactKind',
  valuesConfig: {
    OBJECTIVE: { description: 'An objective it implements, or one that objective falls under.' },
    ALIGNED: { description: "Another organisation's objective or action an analyst aligned with it or its objectives." },
    PARTNER: { description: 'An organisation it involves (other than as owner).' },
    SYSTEM: { description: 'An IT system it concerns.' },
    SYSTEM_ACTION: { description: "Another organisation's action on a system it concerns." },
  },
});

/** Statuses that say an item is behind. */
export const BEHIND: readonly Status[] = [Status.DELAYED, Status.POSTPONED, Status.NEEDS_ADJUSTMENT, Status.MINOR_DEVIATION, Status.STOPPED];

@ObjectType({ description: 'The evaluation entry that reported an item behind.' })
export class EvaluationFinding {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) code!: string | null;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) status!: string | null;
  @Field(() => String, { nullable: true, description: 'The status as the evaluation words it.' }) statusText!: string | null;
  @Field(() => String, { nullable: true }) source!: string | null;
  @Field(() => String, { nullable: true, description: 'Lines of the source that give the status.' }) lines!: string | null;
}

@ObjectType({ description: 'Something that depends on a late item, and the path that says so.' })
export class SlippageReach {
  @Field(() => Entity) node!: Entity;
  @Field(() => ImpactKind) impact!: ImpactKind;
  @Field(() => entityType(NodeKind.ORGANISATION), { nullable: true, description: 'The other organisation it belongs to, for ALIGNED, PARTNER and SYSTEM_ACTION.' }) organisation!: Entity | null;
  @Field(() => [Evidence], { description: 'The links from the late item to it.' }) path!: Evidence[];
}

@ObjectType({ description: 'A late action or deliverable and what its slippage reaches.' })
export class SlippageImpact {
  @Field(() => Entity, { description: 'The late action or deliverable.' }) item!: Entity;
  @Field(() => entityType(NodeKind.ACTION), { description: 'The action (itself, or the one the deliverable belongs to).' }) action!: Entity;
  @Field(() => entityType(NodeKind.ORGANISATION)) organisation!: Entity;
  @Field(() => Lateness) lateness!: Lateness;
  @Field(() => String, { nullable: true }) due!: string | null;
  @Field(() => String, { nullable: true }) status!: string | null;
  @Field(() => EvaluationFinding, { nullable: true }) finding!: EvaluationFinding | null;
  @Field(() => [SlippageReach]) impacts!: SlippageReach[];
}

const SlippageImpactConnection = answerConnectionType(SlippageImpact, 'SlippageImpact');

@Resolver()
export class SlippageResolver {
  @Query(() => SlippageImpactConnection, {
    description:
      "Question 11. An organisation's late actions and deliverables on a date (deadline passed without DONE, a status or an evaluation that says behind) and what each reaches: its objectives, other organisations' aligned objectives and actions, partners, systems and other organisations' actions on those systems, each with its path.",
  })
  slippageImpact(
    @Arg('organisation', () => ID) organisation: string,
    @Arg('asOf', () => LocalDate, { nullable: true, description: 'The day to judge on; today when left out.' }) asOf: string | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const day = dayOf(asOf);
    return answerConnection(ctx, info, {
      file: 'questions/slippage-impact',
      params: { organisationId: checkId(organisation, 'organisation'), organisationIds: [organisation], asOf: day, behind: BEHIND },
      checks: [{ param: 'organisationIds', kind: NodeKind.ORGANISATION, argument: 'organisation' }],
      answerType: 'SlippageImpact',
      row: {
        item: { node: [NodeKind.ACTION, NodeKind.DELIVERABLE] }, action: { node: [NodeKind.ACTION] }, organisation: { node: [NodeKind.ORGANISATION] },
        lateness: 'value', due: 'value', status: 'value', finding: 'value',
        impacts: {
          maps: 'SlippageReach',
          fields: { node: { node: [NodeKind.OBJECTIVE, NodeKind.ACTION, NodeKind.ORGANISATION, NodeKind.SYSTEM] }, impact: 'value', organisation: { node: [NodeKind.ORGANISATION] }, path: 'links' },
        },
      },
      order: 'item.docKey',
    }, page);
  }
}
