import 'reflect-metadata';
import { Arg, Ctx, Field, Float, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { badInput } from '../errors.js';
import { NodeKind } from '../common/enums.js';
import { hydrate } from '../common/node.js';
import { nodeById, requireNode } from '../common/resolve.js';
import { Objective } from '../objective/objective.type.js';
import { Organisation } from '../organisation/organisation.type.js';
import { requireIds, requireRange } from './arguments.js';
import { Evidence, evidence } from './evidence.js';
import { entityType } from '../entity/entityTypes.js';
import type { Entity } from '../common/node.js';

const Theme = entityType(NodeKind.THEME);
type Theme = Entity;

@ObjectType({ description: 'An objective of another organisation that pursues the same thing, and why.' })
export class ObjectiveMatch {
  @Field(() => Objective) objective!: Objective;
  @Field(() => Organisation) organisation!: Organisation;
  @Field(() => Float, { description: 'Theme overlap (0-1) plus 1 for each curated alignment.' }) score!: number;
  @Field(() => Float, { description: 'Shared themes / all themes of the two (Jaccard).' }) themeOverlap!: number;
  @Field(() => [Theme]) sharedThemes!: Theme[];
  @Field(() => [Evidence], { description: 'Curated alignments between the two, with their rationale.' }) alignments!: Evidence[];
  @Field(() => [String], { description: 'The reasons in words.' }) reasons!: string[];
}

@ObjectType()
export class SharedObjectives {
  @Field(() => Objective) objective!: Objective;
  @Field(() => Organisation) organisation!: Organisation;
  @Field(() => [ObjectiveMatch], { description: 'Best first.' }) matches!: ObjectiveMatch[];
}

@Resolver()
export class SharedObjectivesResolver {
  @Query(() => [SharedObjectives], { description: 'Question 4. For an objective, or each objective of an organisation, the objectives of other organisations that pursue the same themes or are aligned with it, ranked, with why.' })
  async sharedObjectives(
    @Arg('objective', () => ID, { nullable: true }) objective: string | null,
    @Arg('organisation', () => ID, { nullable: true }) organisation: string | null,
    @Arg('withOrganisations', () => [ID], { nullable: true, description: 'Only matches of these organisations.' }) withOrganisations: string[] | null,
    @Arg('limit', () => Int, { defaultValue: 10, description: 'Matches per objective (1-50).' }) limit: number,
    @Arg('minScore', () => Float, { defaultValue: 0.2 }) minScore: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SharedObjectives[]> {
    if ((objective == null) === (organisation == null)) throw badInput('objective', 'give either objective or organisation');
    if (objective) await requireNode(ctx, objective, NodeKind.OBJECTIVE);
    if (organisation) await requireNode(ctx, organisation, NodeKind.ORGANISATION);
    const others = await requireIds(ctx, withOrganisations, NodeKind.ORGANISATION, 'withOrganisations');
    if (!(minScore >= 0 && minScore <= 10)) throw badInput('minScore', 'must be from 0 to 10');
    const rows = await ctx.questions.sharedObjectives({ objectiveId: objective, organisationId: organisation, otherOrganisationIds: others, limit: requireRange(limit, 1, 50, 'limit'), minScore });
    return Promise.all(rows.map(async (r) => Object.assign(new SharedObjectives(), {
      objective: hydrate<Objective>(r.source),
      organisation: await nodeById<Organisation>(ctx, r.organisationId),
      matches: await Promise.all(r.matches.map(async (m) => {
        const themes = (await Promise.all(m.sharedThemes.map((id) => nodeById<Theme>(ctx, id)))).filter((t): t is Theme => t !== null);
        const alignments = m.alignments.map(evidence);
        return Object.assign(new ObjectiveMatch(), {
          objective: hydrate<Objective>(m.objective),
          organisation: await nodeById<Organisation>(ctx, m.organisationId),
          score: m.score,
          themeOverlap: m.overlap,
          sharedThemes: themes,
          alignments,
          reasons: [
            ...alignments.map((a) => `curated alignment (${a.relation ?? 'aligned'}): ${a.rationale ?? ''}`.trim()),
            ...(themes.length ? [`shares ${themes.length} theme${themes.length === 1 ? '' : 's'}: ${themes.map((t) => String(t.row.labelEn)).join(', ')}`] : []),
          ],
        });
      })),
    })));
  }
}
