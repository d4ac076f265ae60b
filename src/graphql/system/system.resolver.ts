import { Arg, Args, Ctx, Field, FieldResolver, InputType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { ConnectionArgs } from '../common/connection.js';
import { NodeKind } from '../common/enums.js';
import { OrderBy } from '../common/filters.js';
import { linkConnection, links, listConnection } from '../common/resolve.js';
import { ActionLinkConnection } from '../action/action.type.js';
import { OrganisationLinkConnection } from '../organisation/organisation.type.js';
import { PlanLinkConnection } from '../plan/plan.type.js';
import { System, SystemConnection } from './system.type.js';

@InputType()
export class SystemFilter {
  @Field(() => String, { nullable: true }) text?: string | null;
}

@Resolver(() => System)
export class SystemResolver {
  @Query(() => SystemConnection)
  systems(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => SystemFilter, { nullable: true }) filter: SystemFilter | null,
    @Arg('orderBy', () => OrderBy, { nullable: true }) orderBy: OrderBy | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return listConnection(ctx, NodeKind.SYSTEM, { text: filter?.text }, orderBy, args);
  }

  @FieldResolver(() => String, { nullable: true, description: 'How the first document that describes it does so (see describedBy for all).' })
  async description(@Root() s: System, @Ctx() ctx: GraphQLContext) {
    const rows = await links(ctx, s.id, { type: 'DESCRIBES', direction: 'IN', kind: NodeKind.PLAN });
    return (rows.find((r) => r.link.description)?.link.description as string | undefined) ?? null;
  }

  @FieldResolver(() => PlanLinkConnection, { description: 'Documents that describe it; each edge quotes the description.' })
  describedBy(@Root() s: System, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, s.id, { type: 'DESCRIBES', direction: 'IN', kind: NodeKind.PLAN }, args);
  }

  @FieldResolver(() => OrganisationLinkConnection, { description: 'Who runs it.' })
  operators(@Root() s: System, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, s.id, { type: 'OPERATES', direction: 'IN', kind: NodeKind.ORGANISATION }, args);
  }

  @FieldResolver(() => OrganisationLinkConnection, { description: 'Who has access to it.' })
  users(@Root() s: System, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, s.id, { type: 'USES', direction: 'IN', kind: NodeKind.ORGANISATION }, args);
  }

  @FieldResolver(() => ActionLinkConnection, { description: 'Actions and projects that concern it.' })
  actions(@Root() s: System, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, s.id, { type: 'CONCERNS', direction: 'IN', kind: NodeKind.ACTION }, args);
  }
}
