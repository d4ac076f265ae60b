import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { ConnectionArgs } from '../common/connection.js';
import { NodeKind, ObjectiveLevel, PlanKind, SwotType } from '../common/enums.js';
import { OrderBy } from '../common/filters.js';
import { linkConnection, linkedNode, listConnection, nodeById } from '../common/resolve.js';
import { Organisation, OrganisationLinkConnection } from '../organisation/organisation.type.js';
import { StakeholderGroupLinkConnection } from '../stakeholder/stakeholderGroup.type.js';
import { SwotItemLinkConnection } from '../swot/swotItem.type.js';
import { PestelFactorLinkConnection } from '../pestel/pestelFactor.type.js';
import { RiskDomainLinkConnection, RiskLinkConnection } from '../risk/risk.type.js';
import { ObjectiveLinkConnection } from '../objective/objective.type.js';
import { ActionLinkConnection } from '../action/action.type.js';
import { SystemLinkConnection } from '../system/system.type.js';
import { FigureLinkConnection } from '../figure/figure.type.js';
import { periodOf } from '../common/provenance.js';
import { Period } from '../common/provenance.js';
import { Plan, PlanConnection } from './plan.type.js';

@InputType()
export class PlanFilter {
  @Field(() => String, { nullable: true }) text?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Publishing organisations.' }) organisations?: string[] | null;
  @Field(() => [PlanKind], { nullable: true }) kinds?: PlanKind[] | null;
}

@Resolver(() => Plan)
export class PlanResolver {
  @Query(() => Plan, { nullable: true })
  plan(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return nodeById<Plan>(ctx, id).then((n) => (n?.kind === NodeKind.PLAN ? n : null));
  }

  @Query(() => PlanConnection)
  plans(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => PlanFilter, { nullable: true }) filter: PlanFilter | null,
    @Arg('orderBy', () => OrderBy, { nullable: true }) orderBy: OrderBy | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return listConnection(ctx, NodeKind.PLAN, { text: filter?.text, organisationIds: filter?.organisations, planKinds: filter?.kinds }, orderBy, args);
  }

  @FieldResolver(() => Period, { nullable: true })
  period(@Root() p: Plan) {
    return periodOf(p.row);
  }

  @FieldResolver(() => Organisation, { nullable: true })
  publisher(@Root() p: Plan, @Ctx() ctx: GraphQLContext) {
    return linkedNode(ctx, p.id, { type: 'PUBLISHES', direction: 'IN', kind: NodeKind.ORGANISATION });
  }

  @FieldResolver(() => OrganisationLinkConnection, { description: 'Every organisation the document names; each edge has the wording it uses.' })
  mentions(@Root() p: Plan, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, p.id, { type: 'MENTIONS', direction: 'OUT', kind: NodeKind.ORGANISATION }, args);
  }

  @FieldResolver(() => StakeholderGroupLinkConnection)
  stakeholderGroups(@Root() p: Plan, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, p.id, { type: 'IDENTIFIES', direction: 'OUT', kind: NodeKind.STAKEHOLDER_GROUP }, args);
  }

  @FieldResolver(() => SwotItemLinkConnection)
  swotItems(
    @Root() p: Plan,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('type', () => SwotType, { nullable: true }) type: SwotType | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return linkConnection(ctx, p.id, { type: 'IDENTIFIES', direction: 'OUT', kind: NodeKind.SWOT_ITEM }, args, (r) => !type || r.node.type === type);
  }

  @FieldResolver(() => PestelFactorLinkConnection)
  pestelFactors(@Root() p: Plan, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, p.id, { type: 'IDENTIFIES', direction: 'OUT', kind: NodeKind.PESTEL_FACTOR }, args);
  }

  @FieldResolver(() => RiskLinkConnection)
  risks(@Root() p: Plan, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, p.id, { type: 'IDENTIFIES', direction: 'OUT', kind: NodeKind.RISK }, args);
  }

  @FieldResolver(() => RiskDomainLinkConnection)
  riskDomains(@Root() p: Plan, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, p.id, { type: 'IDENTIFIES', direction: 'OUT', kind: NodeKind.RISK_DOMAIN }, args);
  }

  @FieldResolver(() => ObjectiveLinkConnection)
  objectives(
    @Root() p: Plan,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('level', () => ObjectiveLevel, { nullable: true }) level: ObjectiveLevel | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return linkConnection(ctx, p.id, { type: 'SETS', direction: 'OUT', kind: NodeKind.OBJECTIVE }, args, (r) => !level || r.node.level === level);
  }

  @FieldResolver(() => ActionLinkConnection)
  actions(@Root() p: Plan, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, p.id, { type: 'PLANS', direction: 'OUT', kind: NodeKind.ACTION }, args);
  }

  @FieldResolver(() => SystemLinkConnection, { description: 'IT systems the document describes; each edge has its description there.' })
  systems(@Root() p: Plan, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, p.id, { type: 'DESCRIBES', direction: 'OUT', kind: NodeKind.SYSTEM }, args);
  }

  @FieldResolver(() => FigureLinkConnection)
  figures(@Root() p: Plan, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, p.id, { type: 'REPORTS', direction: 'OUT', kind: NodeKind.FIGURE }, args);
  }
}
