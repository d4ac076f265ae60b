import { Arg, Args, Ctx, Field, FieldResolver, InputType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { ConnectionArgs } from '../common/connection.js';
import { NodeKind } from '../common/enums.js';
import { OrderBy } from '../common/filters.js';
import { linkConnection, listConnection } from '../common/resolve.js';
import { ActionLinkConnection } from '../action/action.type.js';
import { ObjectiveLinkConnection } from '../objective/objective.type.js';
import { PestelFactorLinkConnection } from '../pestel/pestelFactor.type.js';
import { SwotItemLinkConnection } from '../swot/swotItem.type.js';
import { Theme, ThemeConnection } from './theme.type.js';

@InputType()
export class ThemeFilter {
  @Field(() => String, { nullable: true }) text?: string | null;
}

@Resolver(() => Theme)
export class ThemeResolver {
  @Query(() => ThemeConnection)
  themes(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => ThemeFilter, { nullable: true }) filter: ThemeFilter | null,
    @Arg('orderBy', () => OrderBy, { nullable: true }) orderBy: OrderBy | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return listConnection(ctx, NodeKind.THEME, { text: filter?.text }, orderBy, args);
  }

  @FieldResolver(() => ObjectiveLinkConnection, { description: 'Objectives tagged with the theme (curated; each edge has the rationale).' })
  objectives(@Root() t: Theme, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, t.id, { type: 'HAS_THEME', direction: 'IN', kind: NodeKind.OBJECTIVE }, args);
  }

  @FieldResolver(() => ActionLinkConnection)
  actions(@Root() t: Theme, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, t.id, { type: 'HAS_THEME', direction: 'IN', kind: NodeKind.ACTION }, args);
  }

  @FieldResolver(() => SwotItemLinkConnection)
  swotItems(@Root() t: Theme, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, t.id, { type: 'HAS_THEME', direction: 'IN', kind: NodeKind.SWOT_ITEM }, args);
  }

  @FieldResolver(() => PestelFactorLinkConnection)
  pestelFactors(@Root() t: Theme, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, t.id, { type: 'HAS_THEME', direction: 'IN', kind: NodeKind.PESTEL_FACTOR }, args);
  }
}
