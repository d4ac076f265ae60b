import { Arg, Ctx, Field, ID, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { NodeKind } from '../common/enums.js';
import { hydrate } from '../common/node.js';
import { Objective } from '../objective/objective.type.js';
import { Organisation } from '../organisation/organisation.type.js';
import { nodeById } from '../common/resolve.js';
import { requireIds } from './arguments.js';
import { Evidence, evidence } from './evidence.js';
import { entityType } from '../entity/entityTypes.js';
import type { Entity } from '../common/node.js';

const RiskDomain = entityType(NodeKind.RISK_DOMAIN);
type RiskDomain = Entity;
const SwotItem = entityType(NodeKind.SWOT_ITEM);
type SwotItem = Entity;

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
  @Field(() => Objective) objective!: Objective;
  @Field(() => AnswerRoute) route!: AnswerRoute;
  @Field(() => RiskDomain, { nullable: true, description: 'The risk domain the route passes through.' }) riskDomain!: RiskDomain | null;
  @Field(() => [Evidence]) evidence!: Evidence[];
}

@ObjectType({ description: 'A threat (or weakness) with every objective that answers it.' })
export class ThreatCoverage {
  @Field(() => SwotItem) item!: SwotItem;
  @Field(() => Organisation) organisation!: Organisation;
  @Field(() => [ThreatAnswer]) answers!: ThreatAnswer[];
}

@Resolver()
export class ThreatsResolver {
  @Query(() => [ThreatCoverage], { description: 'Question 1. Threats mapped to the objectives that answer them, through risk domains or direct links, with the evidence.' })
  async threatsToObjectives(
    @Arg('organisations', () => [ID], { nullable: true, description: 'Publishing organisations; all when left out.' }) organisations: string[] | null,
    @Arg('includeWeaknesses', () => Boolean, { defaultValue: false }) includeWeaknesses: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ThreatCoverage[]> {
    const organisationIds = await requireIds(ctx, organisations, NodeKind.ORGANISATION, 'organisations');
    const rows = await ctx.questions.threatsToObjectives({ organisationIds, types: includeWeaknesses ? ['THREAT', 'WEAKNESS'] : ['THREAT'] });
    // Every organisation, objective and domain is fetched once, in one batch.
    return Promise.all(rows.map(async (r) => {
      const [organisation, answers] = await Promise.all([
        nodeById<Organisation>(ctx, r.organisationId),
        Promise.all(r.answers.map(async (a) => {
          const [objective, riskDomain] = await Promise.all([nodeById<Objective>(ctx, a.objectiveId), nodeById<RiskDomain>(ctx, a.viaId)]);
          return Object.assign(new ThreatAnswer(), { objective, route: a.route, riskDomain, evidence: a.evidence.map(evidence) });
        })),
      ]);
      return Object.assign(new ThreatCoverage(), { item: hydrate<SwotItem>(r.item), organisation, answers });
    }));
  }
}
