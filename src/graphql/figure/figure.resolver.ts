import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { ConnectionArgs } from '../common/connection.js';
import { NodeKind } from '../common/enums.js';
import { OrderBy } from '../common/filters.js';
import { planOf } from '../common/planField.js';
import { linkedNode, listConnection } from '../common/resolve.js';
import { Organisation } from '../organisation/organisation.type.js';
import { Plan } from '../plan/plan.type.js';
import { Figure, FigureConnection } from './figure.type.js';

@InputType()
export class FigureFilter {
  @Field(() => String, { nullable: true }) text?: string | null;
  @Field(() => [ID], { nullable: true }) organisations?: string[] | null;
  @Field(() => [ID], { nullable: true }) plans?: string[] | null;
  @Field(() => [Int], { nullable: true }) years?: number[] | null;
}

@Resolver(() => Figure)
export class FigureResolver {
  @Query(() => FigureConnection)
  figures(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => FigureFilter, { nullable: true }) filter: FigureFilter | null,
    @Arg('orderBy', () => OrderBy, { nullable: true }) orderBy: OrderBy | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return listConnection(ctx, NodeKind.FIGURE, { text: filter?.text, organisationIds: filter?.organisations, planIds: filter?.plans, years: filter?.years }, orderBy, args);
  }

  @FieldResolver(() => Plan, { nullable: true })
  plan(@Root() f: Figure, @Ctx() ctx: GraphQLContext) {
    return planOf(ctx, f);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation the number is about.' })
  subject(@Root() f: Figure, @Ctx() ctx: GraphQLContext) {
    return linkedNode(ctx, f.id, { type: 'ABOUT', direction: 'OUT', kind: NodeKind.ORGANISATION });
  }
}
