import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { NodeKind, Role } from '../common/enums.js';
import { requireIds, sharedAmong } from './arguments.js';
import { graphRepository } from './graphView.js';
import { partnerRoles } from './sharedPartners.js';

/**
 * Beside question 3, not part of it: when no partner is shared as the documents name them,
 * tell whether counting units for the body they belong to (`rollUp: true`) finds some, or
 * counting every role of involvement. IGO and AJH share no partner by name, but both work with
 * units of FOD Justitie; IGO and SSR share none in a partner-like role, but both involve EJTN
 * (SSR as a partner, IGO organising its General Assembly: EJTN is what that action is about).
 */
@ObjectType({ description: 'How many partners the organisations share, named as the documents name them and rolled up to the bodies units belong to, with a hint when the other setting finds more.' })
export class SharedPartnersHint {
  @Field(() => Int, { description: 'Shared partners as named (rollUp: false).' }) asNamed!: number;
  @Field(() => Int, { description: 'Shared partners with units counted for their body (rollUp: true).' }) rolledUp!: number;
  @Field(() => Int, { description: 'Shared partners as named, counting every role of involvement (beneficiaries, subjects, addressees, approvers too).' }) inAnyRole!: number;
  @Field(() => String, { nullable: true, description: 'A sentence for the user when rollUp: true, or counting every role, finds more than the question as asked.' }) hint!: string | null;
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
    const { ids, threshold } = sharedAmong(organisations, atLeast);
    await requireIds(ctx, ids, NodeKind.ORGANISATION, 'organisations');
    const counted = partnerRoles(roles);
    const counts = await graphRepository(ctx).sharedPartnerCounts({ organisationIds: ids, atLeast: threshold, roles: counted });
    return Object.assign(new SharedPartnersHint(), { ...counts, roles: counted, ...hints(counts.asNamed, counts.rolledUp, counts.inAnyRole) });
  }
}

/** The sentence for the setting that finds more: roll-up first (same roles), else every role. */
function hints(named: number, rolled: number, anyRole: number): { hint: string | null; hintNl: string | null } {
  const asNamed = named === 0 ? 'No partner is shared as the documents name them' : `${named} shared as named`;
  const asNamedNl = named === 0 ? 'Geen gedeelde partner zoals de documenten ze noemen' : `${named} gedeeld zoals genoemd`;
  if (rolled > named) {
    return {
      hint: `${asNamed}; with rollUp: true (a unit counts for the body it belongs to) ${rolled} are.`,
      hintNl: `${asNamedNl}; met rollUp: true (een eenheid telt voor het orgaan waartoe ze behoort) zijn het er ${rolled}.`,
    };
  }
  if (anyRole > named) {
    return {
      hint: `${asNamed} in a partner-like role; counting every role (roles: all, e.g. what an action is about or whom it serves) ${anyRole} are.`,
      hintNl: `${asNamedNl} in een partnerrol; wie elke rol meetelt (ook waarover een actie gaat of wie ze dient) vindt er ${anyRole}.`,
    };
  }
  return { hint: null, hintNl: null };
}
