import 'reflect-metadata';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, ID, Info, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { NodeKind } from '../common/enums.js';
import type { Entity } from '../common/node.js';
import { entityType } from '../entity/entityTypes.js';
import { allAnswers } from '../read/answers.js';
import { idList } from './arguments.js';

const Theme = entityType(NodeKind.THEME);
const Organisation = entityType(NodeKind.ORGANISATION);

@ObjectType({ description: 'How many items of one organisation carry one theme.' })
export class ThemeMatrixCell {
  @Field(() => Theme) theme!: Entity;
  @Field(() => Organisation) organisation!: Entity;
  @Field(() => Int) objectives!: number;
  @Field(() => Int) actions!: number;
  @Field(() => Int) swotItems!: number;
  @Field(() => Int) pestelFactors!: number;
  @Field(() => Int) total!: number;
}

@ObjectType({ description: 'The data behind a theme × organisation heatmap: the axes and the non-empty cells.' })
export class ThemeMatrix {
  @Field(() => [Theme], { description: 'Themes with at least one cell, by English label.' }) themes!: Entity[];
  @Field(() => [Organisation], { description: 'Organisations with at least one cell, by name.' }) organisations!: Entity[];
  @Field(() => [ThemeMatrixCell]) cells!: ThemeMatrixCell[];
}

@Resolver()
export class ThemeMatrixResolver {
  @Query(() => ThemeMatrix, { description: 'Question 5. Per theme, per organisation, the number of objectives, actions, SWOT items and PESTEL factors.' })
  async themeMatrix(
    @Arg('themes', () => [ID], { nullable: true }) themes: string[] | null,
    @Arg('organisations', () => [ID], { nullable: true }) organisations: string[] | null,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const [matrix] = await allAnswers(ctx, info, {
      file: 'questions/theme-matrix',
      params: { themeIds: idList(themes, 'themes'), organisationIds: idList(organisations, 'organisations') },
      checks: [
        { param: 'themeIds', kind: NodeKind.THEME, argument: 'themes' },
        { param: 'organisationIds', kind: NodeKind.ORGANISATION, argument: 'organisations' },
      ],
      answerType: 'ThemeMatrix',
      row: {
        themes: { nodes: [NodeKind.THEME] },
        organisations: { nodes: [NodeKind.ORGANISATION] },
        cells: {
          maps: 'ThemeMatrixCell',
          fields: {
            theme: { node: [NodeKind.THEME] }, organisation: { node: [NodeKind.ORGANISATION] }, objectives: 'value', actions: 'value',
            swotItems: 'value', pestelFactors: 'value', total: 'value',
          },
        },
      },
      order: '',
    });
    return matrix;
  }
}
