import 'reflect-metadata';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, ID, Info, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { answerConnectionType, ConnectionArgs } from '../common/connection.js';
import { NodeKind } from '../common/enums.js';
import type { Entity } from '../common/node.js';
import { entityType } from '../entity/entityTypes.js';
import { answerConnection } from '../read/answers.js';
import { idList } from './arguments.js';
import { Evidence } from './evidence.js';

export enum AnswerRoute {
  RISK_DOMAIN = 'RISK_DOMAIN',
  DIRECT = 'DIRECT',
}
registerEnumType(AnswerRoute, {
  name: 'AnswerRoute',
  valuesConfig: {
    RISK_DOMAIN: { description: 'The item is filed under a risk domain that the objective answers.' },
    DIRECT: { description: 'The objective is linked to the item itself.' },
  },
});

@ObjectType({ description: 'An objective that answers a threat or weakness, and the path that says so.' })
export class ThreatAnswer {
  @Field(() => entityType(NodeKind.OBJECTIVE)) objective!: Entity;
  @Field(() => AnswerRoute) route!: AnswerRoute;
  @Field(() => entityType(NodeKind.RISK_DOMAIN), { nullable: true, description: 'The risk domain the route passes through.' }) riskDomain!: Entity | null;
  @Field(() => [Evidence], { description: 'The links of the route, with their basis and provenance.' }) evidence!: Evidence[];
}

@ObjectType({ description: 'An objective that answers something, with the link that says so.' })
export class AnsweringObjective {
  @Field(() => entityType(NodeKind.OBJECTIVE)) objective!: Entity;
  @Field(() => [Evidence], { description: 'The link from the objective (ANSWERS to a risk domain, or ADDRESSES to the item), with its basis and provenance.' }) evidence!: Evidence[];
}

@ObjectType({ description: 'A risk domain that files a threat or weakness, and the objectives that answer the domain.' })
export class ThreatRiskDomain {
  @Field(() => entityType(NodeKind.RISK_DOMAIN)) riskDomain!: Entity;
  @Field(() => [Evidence], { description: 'The IN_DOMAIN link from the item to the domain, with its basis and provenance.' }) evidence!: Evidence[];
  @Field(() => [AnsweringObjective], { description: 'The objectives that answer the domain, in document order.' }) objectives!: AnsweringObjective[];
}

@ObjectType({ description: 'A threat (or weakness) with every objective that answers it.' })
export class ThreatCoverage {
  @Field(() => entityType(NodeKind.SWOT_ITEM)) item!: Entity;
  @Field(() => entityType(NodeKind.ORGANISATION)) organisation!: Entity;
  @Field(() => [ThreatRiskDomain], { description: 'The routes through risk domains, grouped by domain: each link is given once.' }) riskDomains!: ThreatRiskDomain[];
  @Field(() => [AnsweringObjective], { description: 'The objectives linked to the item itself (route DIRECT).' }) directAnswers!: AnsweringObjective[];
  @Field(() => [ThreatAnswer], { description: 'Every route as one flat list, ordered by objective: a domain\'s link is repeated for each objective that answers the domain.' }) answers!: ThreatAnswer[];
}

const ANSWERING = { objective: { node: [NodeKind.OBJECTIVE] }, evidence: 'links' } as const;

const ThreatCoverageConnection = answerConnectionType(ThreatCoverage, 'ThreatCoverage');

@Resolver()
export class ThreatsResolver {
  @Query(() => ThreatCoverageConnection, {
    description: 'Question 1. Threats mapped to the objectives that answer them, through risk domains or direct links, with the evidence; by organisation, in document order.',
  })
  threatsToObjectives(
    @Arg('organisations', () => [ID], { nullable: true, description: 'Publishing organisations; all when left out.' }) organisations: string[] | null,
    @Arg('includeWeaknesses', () => Boolean, { defaultValue: false }) includeWeaknesses: boolean,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return answerConnection(ctx, info, {
      file: 'questions/threats-to-objectives',
      params: { organisationIds: idList(organisations, 'organisations'), types: includeWeaknesses ? ['THREAT', 'WEAKNESS'] : ['THREAT'] },
      checks: [{ param: 'organisationIds', kind: NodeKind.ORGANISATION, argument: 'organisations' }],
      answerType: 'ThreatCoverage',
      row: {
        item: { node: [NodeKind.SWOT_ITEM] },
        organisation: { node: [NodeKind.ORGANISATION] },
        riskDomains: { maps: 'ThreatRiskDomain', fields: { riskDomain: { node: [NodeKind.RISK_DOMAIN] }, evidence: 'links', objectives: { maps: 'AnsweringObjective', fields: ANSWERING } } },
        directAnswers: { maps: 'AnsweringObjective', fields: ANSWERING },
        answers: { maps: 'ThreatAnswer', fields: { objective: { node: [NodeKind.OBJECTIVE] }, route: 'value', riskDomain: { node: [NodeKind.RISK_DOMAIN] }, evidence: 'links' } },
      },
      order: 'organisation.id, item.docKey',
    }, page);
  }
}
