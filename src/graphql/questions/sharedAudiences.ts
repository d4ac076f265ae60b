import 'reflect-metadata';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, ID, Info, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { badInput } from '../errors.js';
import { answerConnectionType, ConnectionArgs } from '../common/connection.js';
import { NodeKind, Role } from '../common/enums.js';
import { Node, type Entity } from '../common/node.js';
import { entityType } from '../entity/entityTypes.js';
import { answerConnection } from '../read/answers.js';
import { sharedAmong } from './arguments.js';
import { Evidence } from './evidence.js';

const Organisation = entityType(NodeKind.ORGANISATION);
const StakeholderGroup = entityType(NodeKind.STAKEHOLDER_GROUP);
const Audience = entityType(NodeKind.AUDIENCE);

@ObjectType({ description: 'An objective or action that serves a stakeholder group, and the involvement that says so.' })
export class ServingItem {
  @Field(() => Node, { description: 'The Objective or Action.' }) item!: Entity;
  @Field(() => Evidence, { description: 'The INVOLVES link: role, the document\'s words and lines.' }) evidence!: Evidence;
}

@ObjectType({ description: "A stakeholder group of an organisation's plan, of the audience, with the items that serve it." })
export class ServedGroup {
  @Field(() => StakeholderGroup) group!: Entity;
  @Field(() => Evidence, { description: 'The CLASSIFIED_AS link that puts the group in the audience (curated, with the reason).' }) classification!: Evidence;
  @Field(() => [ServingItem]) items!: ServingItem[];
}

@ObjectType()
export class AudienceService {
  @Field(() => Organisation) organisation!: Entity;
  @Field(() => [ServedGroup], { description: 'Its groups of the audience, in document order.' }) groups!: ServedGroup[];
}

@ObjectType({ description: 'An audience that several of the given organisations serve, each through stakeholder groups of its own plans.' })
export class SharedAudience {
  @Field(() => Audience) audience!: Entity;
  @Field(() => [AudienceService], { description: 'Per organisation that serves it: its groups and the items that serve them.' }) servedBy!: AudienceService[];
}

const SharedAudienceConnection = answerConnectionType(SharedAudience, 'SharedAudience');

@Resolver()
export class SharedAudiencesResolver {
  @Query(() => SharedAudienceConnection, {
    description: 'Which stakeholder groups two or more organisations both serve: the audiences (magistrates, victims, own staff ...) that objectives or actions '
      + 'of each of their plans serve through groups of that audience, with the groups, the items and the evidence; most widely shared first.',
  })
  sharedAudiences(
    @Arg('organisations', () => [ID], { description: 'Two or more organisations.' }) organisations: string[],
    @Arg('atLeast', () => Int, { nullable: true, description: 'Served by at least this many of them (default: all).' }) atLeast: number | null,
    @Arg('roles', () => [Role], { nullable: true, description: 'Involvements in these roles count as serving (default: BENEFICIARY).' }) roles: Role[] | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const { ids, threshold } = sharedAmong(organisations, atLeast);
    if (roles && roles.length === 0) throw badInput('roles', 'name at least one role');
    return answerConnection(ctx, info, {
      file: 'questions/shared-audiences',
      params: { organisationIds: ids, atLeast: threshold, roles: roles ? [...new Set(roles)] : [Role.BENEFICIARY] },
      checks: [{ param: 'organisationIds', kind: NodeKind.ORGANISATION, argument: 'organisations' }],
      answerType: 'SharedAudience',
      row: {
        audience: { node: [NodeKind.AUDIENCE] },
        servedBy: {
          maps: 'AudienceService',
          fields: {
            organisation: { node: [NodeKind.ORGANISATION] },
            groups: {
              maps: 'ServedGroup',
              fields: {
                group: { node: [NodeKind.STAKEHOLDER_GROUP] },
                classification: 'link',
                items: { maps: 'ServingItem', fields: { item: { node: [NodeKind.OBJECTIVE, NodeKind.ACTION] }, evidence: 'link' } },
              },
            },
          },
        },
      },
      order: 'breadth DESC, audience.sortLabel, audience.id',
    }, page);
  }
}
