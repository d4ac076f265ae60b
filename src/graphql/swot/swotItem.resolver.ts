import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { ConnectionArgs } from '../common/connection.js';
import { NodeKind, SwotType } from '../common/enums.js';
import { OrderBy } from '../common/filters.js';
import { planOf } from '../common/planField.js';
import { linkConnection, listConnection } from '../common/resolve.js';
import { ObjectiveLinkConnection } from '../objective/objective.type.js';
import { Plan } from '../plan/plan.type.js';
import { RiskDomainLinkConnection } from '../risk/risk.type.js';
import { ThemeLinkConnection } from '../theme/theme.type.js';
import { SwotItem, SwotItemConnection } from './swotItem.type.js';

@InputType()
export class SwotItemFilter {
  @Field(() => String, { nullable: true }) text?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Publishing organisations.' }) organisations?: string[] | null;
  @Field(() => [ID], { nullable: true }) plans?: string[] | null;
  @Field(() => [SwotType], { nullable: true }) types?: SwotType[] | null;
  @Field(() => [ID], { nullable: true, description: 'Theme ids (theme/...); any of them.' }) themes?: string[] | null;
}

@Resolver(() => SwotItem)
export class SwotItemResolver {
  @Query(() => SwotItemConnection)
  swotItems(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => SwotItemFilter, { nullable: true }) filter: SwotItemFilter | null,
    @Arg('orderBy', () => OrderBy, { nullable: true }) orderBy: OrderBy | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return listConnection(ctx, NodeKind.SWOT_ITEM, { text: filter?.text, organisationIds: filter?.organisations, planIds: filter?.plans, swotTypes: filter?.types, themeIds: filter?.themes }, orderBy, args);
  }

  @FieldResolver(() => Plan, { nullable: true })
  plan(@Root() s: SwotItem, @Ctx() ctx: GraphQLContext) {
    return planOf(ctx, s);
  }

  @FieldResolver(() => RiskDomainLinkConnection, { description: 'Risk domains the document files it under.' })
  riskDomains(@Root() s: SwotItem, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, s.id, { type: 'IN_DOMAIN', direction: 'OUT', kind: NodeKind.RISK_DOMAIN }, args);
  }

  @FieldResolver(() => ObjectiveLinkConnection, { description: 'Objectives linked to it directly.' })
  addressedBy(@Root() s: SwotItem, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, s.id, { type: 'ADDRESSES', direction: 'IN', kind: NodeKind.OBJECTIVE }, args);
  }

  @FieldResolver(() => ThemeLinkConnection)
  themes(@Root() s: SwotItem, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, s.id, { type: 'HAS_THEME', direction: 'OUT', kind: NodeKind.THEME }, args);
  }
}
