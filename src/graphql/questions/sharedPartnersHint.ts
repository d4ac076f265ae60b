import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { NodeKind, Role } from '../common/enums.js';
import { badInput } from '../errors.js';
import { requireIds } from './arguments.js';
import { graphRepository } from './graphView.js';
import { partnerRoles } from './sharedPartners.js';

/**
 * Beside question 3, not part of it: when no partner is shared as the documents name them,
 * tell whether counting units for the body they belong to (`rollUp: true`) finds some. IGO and
 * AJH share no partner by name, but both work with units of FOD Justitie.
 */
@ObjectType({ description: 'How many partners the organisations share, named as the documents name them and rolled up to the bodies units belong to, with a hint when the other setting finds more.' })
export class SharedPartnersHint {
  @Field(() => Int, { description: 'Shared partners as named (rollUp: false).' }) asNamed!: number;
  @Field(() => Int, { description: 'Shared partners with units counted for their body (rollUp: true).' }) rolledUp!: number;
  @Field(() => String, { nullable: true, description: 'A sentence for the user when rollUp: true finds more than rollUp: false.' }) hint!: string | null;
  @Field(() => String, { nullable: true, description: 'The same in Dutch.' }) hintNl!: string | null;
  @Field(() => [Role], { description: 'The roles of involvement that counted (by default the partner-like ones).' }) roles!: Role[];
}

@Resolver()
export class SharedPartnersHintResolver {
  @Query(() => SharedPartnersHint, { description: 'Companion of sharedPartners: counts with and without roll-up, and a hint when `rollUp: true` finds more.' })
  async sharedPartnersHint(
    @Arg('organisations', () => [ID]) organisations: string[],
    @Arg('atLeast', () => Int, { nullable: true }) atLeast: number | null,
    @Arg('roles', () => [Role], { nullable: true, description: 'As for sharedPartners (default: the partner-like roles).' }) roles: Role[] | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SharedPartnersHint> {
    const ids = (await requireIds(ctx, organisations, NodeKind.ORGANISATION, 'organisations')) ?? [];
    if (ids.length < 2) throw badInput('organisations', 'name at least two different organisations');
    const threshold = atLeast ?? ids.length;
    if (threshold < 2 || threshold > ids.length) throw badInput('atLeast', `must be from 2 to ${ids.length}`);
    const counted = partnerRoles(roles);
    const repo = graphRepository(ctx);
    const [named, rolled] = await Promise.all([false, true].map((rollUp) => repo.sharedPartnerCount({ organisationIds: ids, atLeast: threshold, rollUp, roles: counted }))) as [number, number];
    const more = rolled > named;
    return Object.assign(new SharedPartnersHint(), {
      asNamed: named,
      rolledUp: rolled,
      hint: more ? `${named === 0 ? 'No partner is shared as the documents name them' : `${named} shared as named`}; with rollUp: true (a unit counts for the body it belongs to) ${rolled} are.` : null,
      roles: counted,
      hintNl: more ? `${named === 0 ? 'Geen gedeelde partner zoals de documenten ze noemen' : `${named} gedeeld zoals genoemd`}; met rollUp: true (een eenheid telt voor het orgaan waartoe ze behoort) zijn het er ${rolled}.` : null,
    });
  }
}
