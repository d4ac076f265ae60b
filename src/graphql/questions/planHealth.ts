import 'reflect-metadata';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, ID, Info, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { answerConnectionType, ConnectionArgs } from '../common/connection.js';
import { NodeKind } from '../common/enums.js';
import { Entity } from '../common/node.js';
import { checkId } from '../entity/rootFields.js';
import { answerConnection } from '../read/answers.js';
import { LocalDate } from '../common/scalars.js';
import { dayOf } from './arguments.js';
import { ALL_KINDS } from '../read/fieldIndex.js';

export enum Severity {
  ERROR = 'ERROR',
  WARNING = 'WARNING',
  INFO = 'INFO',
}
registerEnumType(Severity, {
  name: 'Severity',
  valuesConfig: {
    ERROR: { description: 'The plan contradicts itself (a code used twice, an overdue item marked on schedule).' },
    WARNING: { description: 'A gap a reader of the plan would ask about.' },
    INFO: { description: 'Worth knowing; many plans leave it out.' },
  },
});

@ObjectType({ description: 'One finding about a plan: the rule it breaks, how much it matters, and the items.' })
export class PlanHealthFinding {
  @Field(() => String, {
    description: 'OBJECTIVE_WITHOUT_ACTIONS, ACTION_WITHOUT_DEADLINE, ACTION_WITHOUT_OWNER, DEADLINE_OUTSIDE_PERIOD, OVERDUE_ON_SCHEDULE, UNANSWERED_THREAT, UNANSWERED_WEAKNESS, ORPHAN, DUPLICATE_CODE or INCONSISTENT_CODE.',
  })
  rule!: string;
  @Field(() => Severity) severity!: Severity;
  @Field(() => String) message!: string;
  @Field(() => [Entity]) items!: Entity[];
}

const PlanHealthFindingConnection = answerConnectionType(PlanHealthFinding, 'PlanHealthFinding');

@Resolver()
export class PlanHealthResolver {
  @Query(() => PlanHealthFindingConnection, {
    description: 'Question 12. What a careful reader would flag in one plan, most severe first: objectives without actions, actions without deadline or owner, deadlines outside the plan period, overdue items still on schedule, unanswered threats and weaknesses, orphans, duplicated or inconsistent codes.',
  })
  planHealth(
    @Arg('plan', () => ID) plan: string,
    @Arg('asOf', () => LocalDate, { nullable: true, description: 'The day overdue is judged on; today when left out.' }) asOf: string | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const day = dayOf(asOf);
    return answerConnection(ctx, info, {
      file: 'questions/plan-health',
      params: { planId: checkId(plan, 'plan'), planIds: [plan], asOf: day, kinds: ALL_KINDS },
      checks: [{ param: 'planIds', kind: NodeKind.PLAN, argument: 'plan' }],
      answerType: 'PlanHealthFinding',
      row: { rule: 'value', severity: 'value', message: 'value', items: { nodes: ALL_KINDS } },
      order: 'severityRank, rule, firstKey',
    }, page);
  }
}
