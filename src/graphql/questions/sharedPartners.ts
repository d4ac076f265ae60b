import 'reflect-metadata';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, ID, Info, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { badInput } from '../errors.js';
import { answerConnectionType, ConnectionArgs } from '../common/connection.js';
import { NodeKind, PARTNER_ROLES, Role } from '../common/enums.js';
import { Node, type Entity } from '../common/node.js';
import { entityType } from '../entity/entityTypes.js';
import { answerConnection } from '../read/answers.js';
import { sharedAmong } from './arguments.js';
import { Evidence } from './evidence.js';

const Organisation = entityType(NodeKind.ORGANISATION);

@ObjectType({ description: 'An objective or action in which an organisation involves the partner.' })
export class Involvement {
  @Field(() => Node, { description: 'The Objective or Action.' }) item!: Entity;
  @Field(() => Organisation, { description: 'The organisation named in the item: the partner itself, or one of its units when rolled up.' }) involved!: Entity;
  @Field(() => Evidence) evidence!: Evidence;
}

@ObjectType()
export class PartnerInvolvements {
  @Field(() => Organisation) organisation!: Entity;
  @Field(() => [Involvement]) involvements!: Involvement[];
}

@ObjectType({ description: 'A partner that several of the given organisations involve.' })
export class SharedPartner {
  @Field(() => Organisation) partner!: Entity;
  @Field(() => [PartnerInvolvements], { description: 'Per organisation that involves it, where.' }) involvedBy!: PartnerInvolvements[];
  @Field(() => [Role], { description: 'The roles in which the organisations involve it (of the roles that counted).' }) roles!: Role[];
}

/** The roles question 3 counts by default: partner-like ones (see PARTNER_ROLES). */
export const PARTNER_ROLES_TEXT = `${PARTNER_ROLES.join(', ')}; not ${Object.values(Role).filter((r) => !PARTNER_ROLES.includes(r)).join(', ')}`;

/** The roles asked for, checked: at least one, each once. */
export function partnerRoles(roles: readonly Role[] | null | undefined): Role[] {
  if (roles == null) return [...PARTNER_ROLES];
  if (roles.length === 0) throw badInput('roles', 'name at least one role');
  return [...new Set(roles)];
}

const SharedPartnerConnection = answerConnectionType(SharedPartner, 'SharedPartner');

@Resolver()
export class SharedPartnersResolver {
  @Query(() => SharedPartnerConnection, {
    description: 'Question 3. Partners that two or more organisations both involve, with the objectives and actions where each does so; most widely shared first. '
      + `A partner is involved in a partner-like role (${PARTNER_ROLES_TEXT}): a group or body an item serves or is about is no partner; \`roles\` chooses others.`,
  })
  sharedPartners(
    @Arg('organisations', () => [ID], { description: 'Two or more organisations.' }) organisations: string[],
    @Arg('atLeast', () => Int, { nullable: true, description: 'Involved by at least this many of them (default: all).' }) atLeast: number | null,
    @Arg('rollUp', () => Boolean, { defaultValue: false, description: 'Count a unit (directorate, service) for the body it belongs to.' }) rollUp: boolean,
    @Arg('roles', () => [Role], { nullable: true, description: `Involvements in these roles count (default: the partner-like roles, ${PARTNER_ROLES_TEXT}).` }) roles: Role[] | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const { ids, threshold } = sharedAmong(organisations, atLeast);
    return answerConnection(ctx, info, {
      file: 'questions/shared-partners',
      params: { organisationIds: ids, atLeast: threshold, rollUp, roles: partnerRoles(roles) },
      checks: [{ param: 'organisationIds', kind: NodeKind.ORGANISATION, argument: 'organisations' }],
      answerType: 'SharedPartner',
      row: {
        partner: { node: [NodeKind.ORGANISATION] },
        involvedBy: {
          maps: 'PartnerInvolvements',
          fields: {
            organisation: { node: [NodeKind.ORGANISATION] },
            involvements: { maps: 'Involvement', fields: { item: { node: [NodeKind.OBJECTIVE, NodeKind.ACTION] }, involved: { node: [NodeKind.ORGANISATION] }, evidence: 'link' } },
          },
        },
        roles: 'value',
      },
      order: 'breadth DESC, partner.sortLabel, partner.id',
    }, page);
  }
}
