import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { ConnectionArgs } from '../common/connection.js';
import { NodeKind, ObjectiveLevel } from '../common/enums.js';
import { OrderBy } from '../common/filters.js';
import { planOf } from '../common/planField.js';
import { Period, periodOf, provenanceOf } from '../common/provenance.js';
import { linkConnection, linkedNode, listConnection, nodeById } from '../common/resolve.js';
import { ActionLinkConnection } from '../action/action.type.js';
import { OrganisationLinkConnection } from '../organisation/organisation.type.js';
import { Plan } from '../plan/plan.type.js';
import { RiskDomainLinkConnection, RiskLinkConnection } from '../risk/risk.type.js';
import { SwotItemLinkConnection } from '../swot/swotItem.type.js';
import { ThemeLinkConnection } from '../theme/theme.type.js';
import { Objective, ObjectiveConnection, ObjectiveLinkConnection, ObjectiveResult } from './objective.type.js';

@InputType()
export class ObjectiveFilter {
  @Field(() => String, { nullable: true }) text?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Publishing organisations.' }) organisations?: string[] | null;
  @Field(() => [ID], { nullable: true }) plans?: string[] | null;
  @Field(() => [ObjectiveLevel], { nullable: true }) levels?: ObjectiveLevel[] | null;
  @Field(() => [ID], { nullable: true, description: 'Theme ids (theme/...); any of them.' }) themes?: string[] | null;
}

@Resolver(() => Objective)
export class ObjectiveResolver {
  @Query(() => Objective, { nullable: true })
  objective(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return nodeById<Objective>(ctx, id).then((n) => (n?.kind === NodeKind.OBJECTIVE ? n : null));
  }

  @Query(() => ObjectiveConnection)
  objectives(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => ObjectiveFilter, { nullable: true }) filter: ObjectiveFilter | null,
    @Arg('orderBy', () => OrderBy, { nullable: true }) orderBy: OrderBy | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return listConnection(ctx, NodeKind.OBJECTIVE, { text: filter?.text, organisationIds: filter?.organisations, planIds: filter?.plans, levels: filter?.levels, themeIds: filter?.themes }, orderBy, args);
  }

  @FieldResolver(() => Period, { nullable: true })
  period(@Root() o: Objective) {
    return periodOf(o.row);
  }

  @FieldResolver(() => ObjectiveResult, { nullable: true })
  result(@Root() o: Objective) {
    if (typeof o.row.resultText !== 'string') return null;
    return Object.assign(new ObjectiveResult(), { text: o.row.resultText, provenance: provenanceOf(o.row, o.planId, 'result') });
  }

  @FieldResolver(() => Plan, { nullable: true })
  plan(@Root() o: Objective, @Ctx() ctx: GraphQLContext) {
    return planOf(ctx, o);
  }

  @FieldResolver(() => Objective, { nullable: true, description: 'The objective it falls under.' })
  parent(@Root() o: Objective, @Ctx() ctx: GraphQLContext) {
    return linkedNode(ctx, o.id, { type: 'PART_OF', direction: 'OUT', kind: NodeKind.OBJECTIVE });
  }

  @FieldResolver(() => ObjectiveLinkConnection, { description: 'Objectives that fall under it.' })
  children(@Root() o: Objective, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, o.id, { type: 'PART_OF', direction: 'IN', kind: NodeKind.OBJECTIVE }, args);
  }

  @FieldResolver(() => ActionLinkConnection, { description: 'Actions and projects that implement it.' })
  actions(@Root() o: Objective, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, o.id, { type: 'IMPLEMENTS', direction: 'IN', kind: NodeKind.ACTION }, args);
  }

  @FieldResolver(() => OrganisationLinkConnection, { description: 'Organisations the document involves in it.' })
  partners(@Root() o: Objective, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, o.id, { type: 'INVOLVES', direction: 'OUT', kind: NodeKind.ORGANISATION }, args);
  }

  @FieldResolver(() => SwotItemLinkConnection, { description: 'SWOT items linked to it directly.' })
  addresses(@Root() o: Objective, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, o.id, { type: 'ADDRESSES', direction: 'OUT', kind: NodeKind.SWOT_ITEM }, args);
  }

  @FieldResolver(() => RiskDomainLinkConnection, { description: 'Risk domains it answers.' })
  riskDomains(@Root() o: Objective, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, o.id, { type: 'ANSWERS', direction: 'OUT', kind: NodeKind.RISK_DOMAIN }, args);
  }

  @FieldResolver(() => RiskLinkConnection, { description: 'Risks the document says endanger it.' })
  threatenedBy(@Root() o: Objective, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, o.id, { type: 'THREATENS', direction: 'IN', kind: NodeKind.RISK }, args);
  }

  @FieldResolver(() => ObjectiveLinkConnection, { description: 'Objectives of other organisations an analyst aligned with it (either direction).' })
  alignedWith(@Root() o: Objective, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, o.id, { type: 'ALIGNED_WITH', direction: 'BOTH', kind: NodeKind.OBJECTIVE }, args);
  }

  @FieldResolver(() => ThemeLinkConnection)
  themes(@Root() o: Objective, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, o.id, { type: 'HAS_THEME', direction: 'OUT', kind: NodeKind.THEME }, args);
  }
}
