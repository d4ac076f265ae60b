import 'reflect-metadata';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, Float, ID, Info, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { badInput } from '../errors.js';
import { answerConnectionType, ConnectionArgs } from '../common/connection.js';
import { NodeKind } from '../common/enums.js';
import type { Entity } from '../common/node.js';
import { entityType } from '../entity/entityTypes.js';
import { checkId } from '../entity/rootFields.js';
import { answerConnection } from '../read/answers.js';
import { idList, requireRange } from './arguments.js';
import { Evidence } from './evidence.js';

const Objective = entityType(NodeKind.OBJECTIVE);
const Organisation = entityType(NodeKind.ORGANISATION);

@ObjectType({ description: 'An objective of another organisation that pursues the same thing, and why.' })
export class ObjectiveMatch {
  @Field(() => Objective) objective!: Entity;
  @Field(() => Organisation) organisation!: Entity;
  @Field(() => Float, { description: 'Theme overlap (0-1) plus 1 for each curated alignment.' }) score!: number;
  @Field(() => Float, { description: 'Shared themes / all themes of the two (Jaccard).' }) themeOverlap!: number;
  @Field(() => [entityType(NodeKind.THEME)]) sharedThemes!: Entity[];
  @Field(() => [Evidence], { description: 'Curated alignments between the two, with their rationale.' }) alignments!: Evidence[];
  @Field(() => [String], { description: 'The reasons in words.' }) reasons!: string[];
}

@ObjectType()
export class SharedObjectives {
  @Field(() => Objective) objective!: Entity;
  @Field(() => Organisation) organisation!: Entity;
  @Field(() => [ObjectiveMatch], { description: 'Best first.' }) matches!: ObjectiveMatch[];
}

const SharedObjectivesConnection = answerConnectionType(SharedObjectives, 'SharedObjectives');

@Resolver()
export class SharedObjectivesResolver {
  @Query(() => SharedObjectivesConnection, {
    description: 'Question 4. For an objective, or each objective of an organisation (in document order), the objectives of other organisations that pursue the same themes or are aligned with it, ranked, with why.',
  })
  sharedObjectives(
    @Arg('objective', () => ID, { nullable: true }) objective: string | null,
    @Arg('organisation', () => ID, { nullable: true }) organisation: string | null,
    @Arg('withOrganisations', () => [ID], { nullable: true, description: 'Only matches of these organisations.' }) withOrganisations: string[] | null,
    @Arg('limit', () => Int, { defaultValue: 10, description: 'Matches per objective (1-50).' }) limit: number,
    @Arg('minScore', () => Float, { defaultValue: 0.2 }) minScore: number,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    if ((objective == null) === (organisation == null)) throw badInput('objective', 'give either objective or organisation');
    if (!(minScore >= 0 && minScore <= 10)) throw badInput('minScore', 'must be from 0 to 10');
    return answerConnection(ctx, info, {
      file: 'questions/shared-objectives',
      params: {
        objectiveIds: objective ? [checkId(objective, 'objective')] : null,
        organisationId: organisation ? checkId(organisation, 'organisation') : null,
        organisationIds: organisation ? [organisation] : null,
        otherOrganisationIds: idList(withOrganisations, 'withOrganisations'),
        limit: requireRange(limit, 1, 50, 'limit'),
        minScore,
      },
      checks: [
        { param: 'objectiveIds', kind: NodeKind.OBJECTIVE, argument: 'objective' },
        { param: 'organisationIds', kind: NodeKind.ORGANISATION, argument: 'organisation' },
        { param: 'otherOrganisationIds', kind: NodeKind.ORGANISATION, argument: 'withOrganisations' },
      ],
      answerType: 'SharedObjectives',
      row: {
        objective: { node: [NodeKind.OBJECTIVE] },
        organisation: { node: [NodeKind.ORGANISATION] },
        matches: {
          maps: 'ObjectiveMatch',
          fields: {
            objective: { node: [NodeKind.OBJECTIVE] }, organisation: { node: [NodeKind.ORGANISATION] }, score: 'value', themeOverlap: 'value',
            sharedThemes: { nodes: [NodeKind.THEME] }, alignments: 'links', reasons: 'value',
          },
        },
      },
      order: 'objective.docKey',
    }, page);
  }
}
