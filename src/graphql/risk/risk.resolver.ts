import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { ConnectionArgs } from '../common/connection.js';
import { NodeKind } from '../common/enums.js';
import { OrderBy } from '../common/filters.js';
import { planOf } from '../common/planField.js';
import { linkConnection, listConnection } from '../common/resolve.js';
import { ObjectiveLinkConnection } from '../objective/objective.type.js';
import { Plan } from '../plan/plan.type.js';
import { SwotItemLinkConnection } from '../swot/swotItem.type.js';
import { ThemeLinkConnection } from '../theme/theme.type.js';
import { Risk, RiskConnection, RiskDomain, RiskDomainConnection } from './risk.type.js';

@InputType()
export class RiskFilter {
  @Field(() => String, { nullable: true }) text?: string | null;
  @Field(() => [ID], { nullable: true }) organisations?: string[] | null;
  @Field(() => [ID], { nullable: true }) plans?: string[] | null;
  @Field(() => [ID], { nullable: true }) themes?: string[] | null;
}

@Resolver(() => Risk)
export class RiskResolver {
  @Query(() => RiskConnection)
  risks(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => RiskFilter, { nullable: true }) filter: RiskFilter | null,
    @Arg('orderBy', () => OrderBy, { nullable: true }) orderBy: OrderBy | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return listConnection(ctx, NodeKind.RISK, { text: filter?.text, organisationIds: filter?.organisations, planIds: filter?.plans, themeIds: filter?.themes }, orderBy, args);
  }

  @FieldResolver(() => Plan, { nullable: true })
  plan(@Root() r: Risk, @Ctx() ctx: GraphQLContext) {
    return planOf(ctx, r);
  }

  @FieldResolver(() => ObjectiveLinkConnection, { description: 'Objectives the document says the risk endangers.' })
  threatens(@Root() r: Risk, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, r.id, { type: 'THREATENS', direction: 'OUT', kind: NodeKind.OBJECTIVE }, args);
  }

  @FieldResolver(() => ThemeLinkConnection)
  themes(@Root() r: Risk, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, r.id, { type: 'HAS_THEME', direction: 'OUT', kind: NodeKind.THEME }, args);
  }
}

@InputType()
export class RiskDomainFilter {
  @Field(() => String, { nullable: true }) text?: string | null;
  @Field(() => [ID], { nullable: true }) organisations?: string[] | null;
  @Field(() => [ID], { nullable: true }) plans?: string[] | null;
}

@Resolver(() => RiskDomain)
export class RiskDomainResolver {
  @Query(() => RiskDomainConnection)
  riskDomains(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => RiskDomainFilter, { nullable: true }) filter: RiskDomainFilter | null,
    @Arg('orderBy', () => OrderBy, { nullable: true }) orderBy: OrderBy | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return listConnection(ctx, NodeKind.RISK_DOMAIN, { text: filter?.text, organisationIds: filter?.organisations, planIds: filter?.plans }, orderBy, args);
  }

  @FieldResolver(() => Plan, { nullable: true })
  plan(@Root() d: RiskDomain, @Ctx() ctx: GraphQLContext) {
    return planOf(ctx, d);
  }

  @FieldResolver(() => SwotItemLinkConnection, { description: 'The weaknesses the document lists under the domain.' })
  weaknesses(@Root() d: RiskDomain, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, d.id, { type: 'IN_DOMAIN', direction: 'IN', kind: NodeKind.SWOT_ITEM }, args, (r) => r.node.type === 'WEAKNESS');
  }

  @FieldResolver(() => SwotItemLinkConnection, { description: 'The threats the document lists under the domain.' })
  threats(@Root() d: RiskDomain, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, d.id, { type: 'IN_DOMAIN', direction: 'IN', kind: NodeKind.SWOT_ITEM }, args, (r) => r.node.type === 'THREAT');
  }

  @FieldResolver(() => ObjectiveLinkConnection, { description: 'The objectives that answer the domain.' })
  objectives(@Root() d: RiskDomain, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, d.id, { type: 'ANSWERS', direction: 'IN', kind: NodeKind.OBJECTIVE }, args);
  }
}
