import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { ConnectionArgs } from '../common/connection.js';
import { NodeKind, PestelCategory } from '../common/enums.js';
import { OrderBy } from '../common/filters.js';
import { planOf } from '../common/planField.js';
import { linkConnection, listConnection } from '../common/resolve.js';
import { Plan } from '../plan/plan.type.js';
import { ThemeLinkConnection } from '../theme/theme.type.js';
import { PestelFactor, PestelFactorConnection } from './pestelFactor.type.js';

@InputType()
export class PestelFactorFilter {
  @Field(() => String, { nullable: true }) text?: string | null;
  @Field(() => [ID], { nullable: true }) organisations?: string[] | null;
  @Field(() => [ID], { nullable: true }) plans?: string[] | null;
  @Field(() => [PestelCategory], { nullable: true }) categories?: PestelCategory[] | null;
  @Field(() => [ID], { nullable: true }) themes?: string[] | null;
}

@Resolver(() => PestelFactor)
export class PestelFactorResolver {
  @Query(() => PestelFactorConnection)
  pestelFactors(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => PestelFactorFilter, { nullable: true }) filter: PestelFactorFilter | null,
    @Arg('orderBy', () => OrderBy, { nullable: true }) orderBy: OrderBy | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return listConnection(ctx, NodeKind.PESTEL_FACTOR, { text: filter?.text, organisationIds: filter?.organisations, planIds: filter?.plans, categories: filter?.categories, themeIds: filter?.themes }, orderBy, args);
  }

  @FieldResolver(() => Plan, { nullable: true })
  plan(@Root() f: PestelFactor, @Ctx() ctx: GraphQLContext) {
    return planOf(ctx, f);
  }

  @FieldResolver(() => ThemeLinkConnection)
  themes(@Root() f: PestelFactor, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    return linkConnection(ctx, f.id, { type: 'HAS_THEME', direction: 'OUT', kind: NodeKind.THEME }, args);
  }
}
