import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { ConnectionArgs } from '../common/connection.js';
import { ActionKind, NodeKind, Status } from '../common/enums.js';
import { DateRange, OrderBy } from '../common/filters.js';
import { planOf } from '../common/planField.js';
import { Period, periodOf, provenanceOf } from '../common/provenance.js';
import { linkConnection, linkedNode, listConnection, nodeById } from '../common/resolve.js';
import { ObjectiveLinkConnection } from '../objective/objective.type.js';
import { OrganisationLinkConnection } from '../organisation/organisation.type.js';
import { Plan } from '../plan/plan.type.js';
import { SystemLinkConnection } from '../system/system.type.js';
import { ThemeLinkConnection } from '../theme/theme.type.js';
import { Action, ActionConnection, Deliverable, DeliverableConnection, DeliverableLinkConnection, StatusReport } from './action.type.js';

@InputType()
export class ActionFilter {
  @Field(() => String, { nullable: true }) text?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Publishing organisations.' }) organisations?: string[] | null;
  @Field(() => [ID], { nullable: true }) plans?: string[] | null;
  @Field(() => [ActionKind], { nullable: true }) kinds?: ActionKind[] | null;
  @Field(() => [ID], { nullable: true, description: 'Theme ids (theme/...); any of them.' }) themes?: string[] | null;
  @Field(() => [Status], { nullable: true }) statuses?: Status[] | null;
  @Field(() => DateRange, { nullable: true }) deadline?: DateRange | null;
}

@InputType()
export class DeliverableFilter {
  @Field(() => String, { nullable: true }) text?: string | null;
  @Field(() => [ID], { nullable: true }) organisations?: string[] | null;
  @Field(() => [ID], { nullable: true }) plans?: string[] | null;
  @Field(() => [Status], { nullable: true }) statuses?: Status[] | null;
  @Field(() => DateRange, { nullable: true }) due?: DateRange | null;
}

@Resolver(() => Action)
export class ActionResolver {
  @Query(() => Action, { nullable: true })
  action(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return nodeById<Action>(ctx, id).then((n) => (n?.kind === NodeKind.ACTION ? n : null));
  }

  @Query(() => ActionConnection)
  actions(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => ActionFilter, { nullable: true }) filter: ActionFilter | null,
    @Arg('orderBy', () => OrderBy, { nullable: true }) orderBy: OrderBy | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return listConnection(ctx, NodeKind.ACTION, {
      text: filter?.text, organisationIds: filter?.organisations, planIds: filter?.plans, actionKinds: filter?.kinds,
      themeIds: filter?.themes, statuses: filter?.statuses, deadlineFrom: filter?.deadline?.from, deadlineTo: filter?.deadline?.to,
    }, orderBy, args);
  }

  @FieldResolver(() => ActionKind)
  actionKind(@Root() a: Action) {
    return a.row.actionKind;
  }

  @FieldResolver(() => Period, { nullable: true })
  period(@Root() a: Action) {
    return periodOf(a.row);
  }

  @FieldResolver(() => StatusReport, { nullable: true })
  statusReport(@Root() a: Action) {
    if (typeof a.row.status !== 'string') return null;
    return Object.assign(new StatusReport(), { value: a.row.status, text: a.row.statusText, provenance: provenanceOf(a.row, a.planId, 'status') });
  }

  @FieldResolver(() => Plan, { nullable: true })
  plan(@Root() a: Action, @Ctx() ctx: GraphQLContext) {
    return planOf(ctx, a);
  }

  @FieldResolver(() => ObjectiveLinkConnection, { description: 'The objectives it implements.' })
  objectives(@Root() a: Action, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, a.id, { type: 'IMPLEMENTS', direction: 'OUT', kind: NodeKind.OBJECTIVE }, args);
  }

  @FieldResolver(() => DeliverableLinkConnection)
  deliverables(@Root() a: Action, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, a.id, { type: 'HAS_DELIVERABLE', direction: 'OUT', kind: NodeKind.DELIVERABLE }, args);
  }

  @FieldResolver(() => OrganisationLinkConnection, { description: 'Organisations the document involves in it.' })
  partners(@Root() a: Action, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, a.id, { type: 'INVOLVES', direction: 'OUT', kind: NodeKind.ORGANISATION }, args);
  }

  @FieldResolver(() => SystemLinkConnection, { description: 'IT systems it concerns.' })
  systems(@Root() a: Action, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, a.id, { type: 'CONCERNS', direction: 'OUT', kind: NodeKind.SYSTEM }, args);
  }

  @FieldResolver(() => ThemeLinkConnection)
  themes(@Root() a: Action, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, a.id, { type: 'HAS_THEME', direction: 'OUT', kind: NodeKind.THEME }, args);
  }
}

@Resolver(() => Deliverable)
export class DeliverableResolver {
  @Query(() => DeliverableConnection)
  deliverables(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => DeliverableFilter, { nullable: true }) filter: DeliverableFilter | null,
    @Arg('orderBy', () => OrderBy, { nullable: true }) orderBy: OrderBy | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return listConnection(ctx, NodeKind.DELIVERABLE, {
      text: filter?.text, organisationIds: filter?.organisations, planIds: filter?.plans, statuses: filter?.statuses,
      deadlineFrom: filter?.due?.from, deadlineTo: filter?.due?.to,
    }, orderBy, args);
  }

  @FieldResolver(() => Action, { nullable: true })
  action(@Root() d: Deliverable, @Ctx() ctx: GraphQLContext) {
    return linkedNode(ctx, d.id, { type: 'HAS_DELIVERABLE', direction: 'IN', kind: NodeKind.ACTION });
  }

  @FieldResolver(() => Plan, { nullable: true })
  plan(@Root() d: Deliverable, @Ctx() ctx: GraphQLContext) {
    return planOf(ctx, d);
  }
}
