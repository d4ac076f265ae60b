import 'reflect-metadata';
import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { requireWriter } from '../../domain/actor.js';
import { forbidden } from '../../domain/errors.js';
import { decideSuggestion } from '../../domain/suggestions.js';
import { recomputeSuggestions } from '../../suggestions/recompute.js';
import type { GraphQLContext } from '../context.js';
import { Basis } from '../common/enums.js';
import { actorOf, write, writeContext } from '../curation/writes.js';
import { SuggestionStatus } from './alignmentSuggestions.js';

/**
 * Deciding on a suggestion goes through the write path (src/domain/suggestions.ts): roles,
 * the version read, one transaction, a change record.
 */
@ObjectType({ description: 'What a decision on a suggestion did.' })
export class SuggestionDecisionResult {
  @Field(() => ID) id!: string;
  @Field(() => SuggestionStatus) status!: SuggestionStatus;
  @Field(() => ID) from!: string;
  @Field(() => ID) to!: string;
  @Field(() => Basis, { nullable: true, description: 'CURATED for the alignment an accepted suggestion became.' }) basis!: Basis | null;
  @Field(() => String, { nullable: true, description: 'The rationale of the alignment made.' }) rationale!: string | null;
  @Field(() => Int, { description: "Partners' proposals of the same pair that the alignment settled." }) settledProposals!: number;
}

@ObjectType()
export class SuggestionRunResult {
  @Field(() => Int) items!: number;
  @Field(() => Int) words!: number;
  @Field(() => Int) suggestions!: number;
}

async function decide(ctx: GraphQLContext, id: string, version: number, accept: boolean, text: string): Promise<SuggestionDecisionResult> {
  const outcome = await write(() => decideSuggestion(writeContext(ctx), { id, version, text }, accept));
  return Object.assign(new SuggestionDecisionResult(), { ...outcome, status: outcome.status as SuggestionStatus });
}

@Resolver()
export class SuggestionDecisionsResolver {
  @Mutation(() => SuggestionDecisionResult, {
    nullable: true,
    description: 'Accepts a suggested alignment at the version you read: it becomes a CURATED ALIGNED_WITH link whose rationale is yours plus the evidence. Analysts, or partners of an organisation it touches.',
  })
  async acceptSuggestion(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: 'The version you read.' }) version: number,
    @Arg('rationale', () => String, { description: 'Why the alignment holds, in your words.' }) rationale: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SuggestionDecisionResult> {
    return decide(ctx, id, version, true, rationale);
  }

  @Mutation(() => SuggestionDecisionResult, {
    nullable: true,
    description: 'Rejects a suggested alignment at the version you read; the pair is not proposed again. Analysts, or partners of an organisation it touches.',
  })
  async rejectSuggestion(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: 'The version you read.' }) version: number,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SuggestionDecisionResult> {
    return decide(ctx, id, version, false, reason);
  }

  @Mutation(() => SuggestionRunResult, { nullable: true, description: 'Recomputes the suggested alignments of the whole graph now (analysts). Imports and changes to plans do it by themselves.' })
  async recomputeSuggestions(@Ctx() ctx: GraphQLContext): Promise<SuggestionRunResult> {
    await write(async () => {
      const actor = actorOf(ctx);
      requireWriter(actor);
      if (actor.role !== 'analyst') throw forbidden('Only analysts recompute the suggestions of the whole graph.');
    });
    return Object.assign(new SuggestionRunResult(), await recomputeSuggestions(ctx.db));
  }
}
