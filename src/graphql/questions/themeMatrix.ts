import 'reflect-metadata';
import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { NodeKind } from '../common/enums.js';
import { nodeById } from '../common/resolve.js';
import { Organisation } from '../organisation/organisation.type.js';
import { requireIds } from './arguments.js';
import { entityType } from '../entity/entityTypes.js';
import type { Entity } from '../common/node.js';

const Theme = entityType(NodeKind.THEME);
type Theme = Entity;

@ObjectType({ description: 'How many items of one organisation carry one theme.' })
export class ThemeMatrixCell {
  @Field(() => Theme) theme!: Theme;
  @Field(() => Organisation) organisation!: Organisation;
  @Field(() => Int) objectives!: number;
  @Field(() => Int) actions!: number;
  @Field(() => Int) swotItems!: number;
  @Field(() => Int) pestelFactors!: number;
  @Field(() => Int) total!: number;
}

@ObjectType({ description: 'The data behind a theme × organisation heatmap: the axes and the non-empty cells.' })
export class ThemeMatrix {
  @Field(() => [Theme]) themes!: Theme[];
  @Field(() => [Organisation]) organisations!: Organisation[];
  @Field(() => [ThemeMatrixCell]) cells!: ThemeMatrixCell[];
}

@Resolver()
export class ThemeMatrixResolver {
  @Query(() => ThemeMatrix, { description: 'Question 5. Per theme, per organisation, the number of objectives, actions, SWOT items and PESTEL factors.' })
  async themeMatrix(
    @Arg('themes', () => [ID], { nullable: true }) themes: string[] | null,
    @Arg('organisations', () => [ID], { nullable: true }) organisations: string[] | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ThemeMatrix> {
    const themeIds = await requireIds(ctx, themes, NodeKind.THEME, 'themes');
    const organisationIds = await requireIds(ctx, organisations, NodeKind.ORGANISATION, 'organisations');
    const rows = await ctx.questions.themeMatrix({ themeIds, organisationIds });
    const cells = await Promise.all(rows.map(async (r) => {
      // Both lookups in the same tick, so all cells share one batched query.
      const [theme, organisation] = await Promise.all([nodeById<Theme>(ctx, r.themeId), nodeById<Organisation>(ctx, r.organisationId)]);
      const counts = { objectives: r.objectives, actions: r.actions, swotItems: r.swotItems, pestelFactors: r.pestelFactors };
      return Object.assign(new ThemeMatrixCell(), { theme, organisation, ...counts, total: r.objectives + r.actions + r.swotItems + r.pestelFactors });
    }));
    const unique = <T extends { id: string }>(list: T[]) => [...new Map(list.map((x) => [x.id, x])).values()];
    return Object.assign(new ThemeMatrix(), {
      themes: unique(cells.map((c) => c.theme)).sort((a, b) => String(a.row.labelEn).localeCompare(String(b.row.labelEn))),
      organisations: unique(cells.map((c) => c.organisation)).sort((a, b) => String(a.row.name).localeCompare(String(b.row.name))),
      cells,
    });
  }
}
