import 'reflect-metadata';
import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { badInput } from '../errors.js';
import { NodeKind } from '../common/enums.js';
import { hydrate, Node, type Entity } from '../common/node.js';
import { nodeById } from '../common/resolve.js';
import { Organisation } from '../organisation/organisation.type.js';
import { requireIds } from './arguments.js';
import { Evidence, evidence } from './evidence.js';

@ObjectType({ description: 'An objective or action in which an organisation involves the partner.' })
export class Involvement {
  @Field(() => Node, { description: 'The Objective or Action.' }) item!: Entity;
  @Field(() => Organisation, { description: 'The organisation named in the item: the partner itself, or one of its units when rolled up.' }) involved!: Organisation;
  @Field(() => Evidence) evidence!: Evidence;
}

@ObjectType()
export class PartnerInvolvements {
  @Field(() => Organisation) organisation!: Organisation;
  @Field(() => [Involvement]) involvements!: Involvement[];
}

@ObjectType({ description: 'A partner that several of the given organisations involve.' })
export class SharedPartner {
  @Field(() => Organisation) partner!: Organisation;
  @Field(() => [PartnerInvolvements], { description: 'Per organisation that involves it, where.' }) involvedBy!: PartnerInvolvements[];
}

@Resolver()
export class SharedPartnersResolver {
  @Query(() => [SharedPartner], { description: 'Question 3. Partners that two or more organisations both involve, with the objectives and actions where each does so.' })
  async sharedPartners(
    @Arg('organisations', () => [ID], { description: 'Two or more organisations.' }) organisations: string[],
    @Arg('atLeast', () => Int, { nullable: true, description: 'Involved by at least this many of them (default: all).' }) atLeast: number | null,
    @Arg('rollUp', () => Boolean, { defaultValue: false, description: 'Count a unit (directorate, service) for the body it belongs to.' }) rollUp: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SharedPartner[]> {
    const ids = (await requireIds(ctx, organisations, NodeKind.ORGANISATION, 'organisations')) ?? [];
    if (ids.length < 2) throw badInput('organisations', 'name at least two different organisations');
    const threshold = atLeast ?? ids.length;
    if (threshold < 2 || threshold > ids.length) throw badInput('atLeast', `must be from 2 to ${ids.length}`);
    const rows = await ctx.questions.sharedPartners({ organisationIds: ids, atLeast: threshold, rollUp });
    return Promise.all(rows.map(async (r) => Object.assign(new SharedPartner(), {
      partner: hydrate<Organisation>(r.partner),
      involvedBy: await Promise.all(r.byOrganisation.map(async (b) => Object.assign(new PartnerInvolvements(), {
        organisation: await nodeById<Organisation>(ctx, b.organisationId),
        involvements: await Promise.all(b.involvements.map(async (i) => Object.assign(new Involvement(), {
          item: hydrate(i.item),
          involved: await nodeById<Organisation>(ctx, i.partnerId),
          evidence: evidence({ type: 'INVOLVES', from: i.item.id, to: i.partnerId, link: i.link }),
        }))),
      }))),
    })));
  }
}
