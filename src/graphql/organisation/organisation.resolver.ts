import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { ConnectionArgs } from '../common/connection.js';
import { Country, GovernmentLevel, NodeKind, OrganisationKind } from '../common/enums.js';
import { OrderBy } from '../common/filters.js';
import { linkConnection, linkedNode, listConnection, nodeById } from '../common/resolve.js';
import { ObjectiveLinkConnection } from '../objective/objective.type.js';
import { ActionLinkConnection } from '../action/action.type.js';
import { PlanLinkConnection } from '../plan/plan.type.js';
import { StakeholderGroupLinkConnection } from '../stakeholder/stakeholderGroup.type.js';
import { SystemLinkConnection } from '../system/system.type.js';
import { FigureLinkConnection } from '../figure/figure.type.js';
import { Organisation, OrganisationConnection, OrganisationLinkConnection } from './organisation.type.js';

@InputType()
export class OrganisationFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name, an acronym or an alias (case-insensitive).' }) text?: string | null;
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => [Country], { nullable: true }) countries?: Country[] | null;
  @Field(() => [GovernmentLevel], { nullable: true }) governmentLevels?: GovernmentLevel[] | null;
  @Field(() => [OrganisationKind], { nullable: true }) kinds?: OrganisationKind[] | null;
}

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => Organisation, { nullable: true })
  organisation(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return nodeById<Organisation>(ctx, id).then((n) => (n?.kind === NodeKind.ORGANISATION ? n : null));
  }

  @Query(() => OrganisationConnection)
  organisations(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => OrganisationFilter, { nullable: true }) filter: OrganisationFilter | null,
    @Arg('orderBy', () => OrderBy, { nullable: true }) orderBy: OrderBy | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return listConnection(ctx, NodeKind.ORGANISATION, {
      text: filter?.text, ids: filter?.ids, countries: filter?.countries, governmentLevels: filter?.governmentLevels, organisationKinds: filter?.kinds,
    }, orderBy, args);
  }

  @FieldResolver(() => [String])
  aliases(@Root() o: Organisation): string[] {
    return (o.row.aliases as string[] | undefined) ?? [];
  }

  @FieldResolver(() => GovernmentLevel, { nullable: true })
  governmentLevel(@Root() o: Organisation) {
    return o.row.level ?? null;
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation it is part of.' })
  parent(@Root() o: Organisation, @Ctx() ctx: GraphQLContext) {
    return linkedNode(ctx, o.id, { type: 'PART_OF', direction: 'OUT', kind: NodeKind.ORGANISATION });
  }

  @FieldResolver(() => OrganisationLinkConnection, { description: 'Its departments and services.' })
  units(@Root() o: Organisation, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, o.id, { type: 'PART_OF', direction: 'IN', kind: NodeKind.ORGANISATION }, args);
  }

  @FieldResolver(() => PlanLinkConnection, { description: 'The plans it publishes.' })
  plans(@Root() o: Organisation, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, o.id, { type: 'PUBLISHES', direction: 'OUT', kind: NodeKind.PLAN }, args);
  }

  @FieldResolver(() => PlanLinkConnection, { description: 'The documents that name it; each edge says how (wording) and where.' })
  mentionedIn(@Root() o: Organisation, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, o.id, { type: 'MENTIONS', direction: 'IN', kind: NodeKind.PLAN }, args);
  }

  @FieldResolver(() => ObjectiveLinkConnection, { description: 'Objectives (of any organisation) that involve it as a partner.' })
  involvedInObjectives(@Root() o: Organisation, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, o.id, { type: 'INVOLVES', direction: 'IN', kind: NodeKind.OBJECTIVE }, args);
  }

  @FieldResolver(() => ActionLinkConnection, { description: 'Actions and projects (of any organisation) that involve it as a partner.' })
  involvedInActions(@Root() o: Organisation, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, o.id, { type: 'INVOLVES', direction: 'IN', kind: NodeKind.ACTION }, args);
  }

  @FieldResolver(() => StakeholderGroupLinkConnection, { description: 'Stakeholder groups of plans that list it.' })
  stakeholderOf(@Root() o: Organisation, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, o.id, { type: 'MEMBER_OF', direction: 'OUT', kind: NodeKind.STAKEHOLDER_GROUP }, args);
  }

  @FieldResolver(() => SystemLinkConnection, { description: 'IT systems it runs.' })
  operates(@Root() o: Organisation, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, o.id, { type: 'OPERATES', direction: 'OUT', kind: NodeKind.SYSTEM }, args);
  }

  @FieldResolver(() => SystemLinkConnection, { description: 'IT systems it has access to.' })
  uses(@Root() o: Organisation, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, o.id, { type: 'USES', direction: 'OUT', kind: NodeKind.SYSTEM }, args);
  }

  @FieldResolver(() => FigureLinkConnection, { description: 'Key figures about it.' })
  figures(@Root() o: Organisation, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, o.id, { type: 'ABOUT', direction: 'IN', kind: NodeKind.FIGURE }, args);
  }
}
