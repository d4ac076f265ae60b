import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { ConnectionArgs } from '../common/connection.js';
import { NodeKind, StakeholderCategory } from '../common/enums.js';
import { OrderBy } from '../common/filters.js';
import { planOf } from '../common/planField.js';
import { linkConnection, linkedNode, listConnection } from '../common/resolve.js';
import { OrganisationLinkConnection } from '../organisation/organisation.type.js';
import { Plan } from '../plan/plan.type.js';
import { StakeholderGroup, StakeholderGroupConnection, StakeholderGroupLinkConnection } from './stakeholderGroup.type.js';

@InputType()
export class StakeholderGroupFilter {
  @Field(() => String, { nullable: true }) text?: string | null;
  @Field(() => [ID], { nullable: true }) organisations?: string[] | null;
  @Field(() => [ID], { nullable: true }) plans?: string[] | null;
  @Field(() => [StakeholderCategory], { nullable: true }) categories?: StakeholderCategory[] | null;
}

@Resolver(() => StakeholderGroup)
export class StakeholderGroupResolver {
  @Query(() => StakeholderGroupConnection)
  stakeholderGroups(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => StakeholderGroupFilter, { nullable: true }) filter: StakeholderGroupFilter | null,
    @Arg('orderBy', () => OrderBy, { nullable: true }) orderBy: OrderBy | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return listConnection(ctx, NodeKind.STAKEHOLDER_GROUP, { text: filter?.text, organisationIds: filter?.organisations, planIds: filter?.plans, categories: filter?.categories }, orderBy, args);
  }

  @FieldResolver(() => Plan, { nullable: true })
  plan(@Root() g: StakeholderGroup, @Ctx() ctx: GraphQLContext) {
    return planOf(ctx, g);
  }

  @FieldResolver(() => OrganisationLinkConnection, { description: 'The organisations the document lists in the group; edges carry the wording.' })
  members(@Root() g: StakeholderGroup, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, g.id, { type: 'MEMBER_OF', direction: 'IN', kind: NodeKind.ORGANISATION }, args);
  }

  @FieldResolver(() => StakeholderGroup, { nullable: true })
  parent(@Root() g: StakeholderGroup, @Ctx() ctx: GraphQLContext) {
    return linkedNode(ctx, g.id, { type: 'PART_OF', direction: 'OUT', kind: NodeKind.STAKEHOLDER_GROUP });
  }

  @FieldResolver(() => StakeholderGroupLinkConnection)
  subgroups(@Root() g: StakeholderGroup, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, g.id, { type: 'PART_OF', direction: 'IN', kind: NodeKind.STAKEHOLDER_GROUP }, args);
  }
}
