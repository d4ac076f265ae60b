import 'reflect-metadata';
import crypto from 'node:crypto';
import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import * as curation from '../../repository/curationRepository.js';
import * as repo from '../../repository/suggestionRepository.js';
import { recomputeSuggestions } from '../../suggestions/recompute.js';
import type { GraphQLContext } from '../context.js';
import { Basis } from '../common/enums.js';
import { requireWriter } from '../curation/curation.service.js';
import { badInput, conflict, forbidden, notFound } from '../errors.js';
import { SuggestionStatus } from './alignmentSuggestions.js';

/**
 * Deciding on a suggestion, under the rules of every write: an identity that may write (an
 * analyst, or a partner of an organisation that owns one of its ends), the version that was read
 * (a recomputation with other evidence makes it stale: CONFLICT), one transaction, a change
 * record. Accepting makes a CURATED ALIGNED_WITH link whose rationale keeps the evidence;
 * rejecting keeps the refusal, and neither pair is proposed again.
 */
const MIN_TEXT = 10;
const MAX_TEXT = 5000;

@ObjectType({ description: 'What a decision on a suggestion did.' })
export class SuggestionDecisionResult {
  @Field(() => ID) id!: string;
  @Field(() => SuggestionStatus) status!: SuggestionStatus;
  @Field(() => ID) from!: string;
  @Field(() => ID) to!: string;
  @Field(() => Basis, { nullable: true, description: 'CURATED for the alignment an accepted suggestion became.' }) basis!: Basis | null;
  @Field(() => String, { nullable: true, description: 'The rationale of the alignment made.' }) rationale!: string | null;
}

@ObjectType()
export class SuggestionRunResult {
  @Field(() => Int) items!: number;
  @Field(() => Int) words!: number;
  @Field(() => Int) suggestions!: number;
}

function checkText(value: string, argument: string): string {
  const text = value.trim();
  if (text.length < MIN_TEXT) throw badInput(argument, `must be at least ${MIN_TEXT} characters`);
  if (text.length > MAX_TEXT) throw badInput(argument, `must be at most ${MAX_TEXT} characters`);
  return text;
}

async function decide(ctx: GraphQLContext, id: string, version: number, accept: boolean, text: string): Promise<SuggestionDecisionResult> {
  requireWriter(ctx.identity);
  const stamp = { actor: ctx.identity.subject ?? ctx.identity.role, role: ctx.identity.role, now: new Date().toISOString() };
  return ctx.db.writeTransaction(async (tx) => {
    const locked = await repo.lockSuggestion(tx, id);
    if (!locked) {
      const decided = await repo.suggestionDecision(tx, id);
      if (decided) throw conflict(`suggestion ${id} was already ${String(decided.status).toLowerCase()} by ${String(decided.decidedBy)}`, { status: decided.status });
      throw notFound('suggestion', id);
    }
    const s = locked.suggestion;
    const current = Number(s.version ?? 1);
    if (current !== version) throw conflict(`suggestion ${id} is at version ${current} (recomputed with other evidence), not ${version}: read it again`, { currentVersion: current });
    const owners = [locked.fromOwner, locked.toOwner];
    if (ctx.identity.role === 'partner' && !owners.includes(ctx.identity.organisation)) {
      throw forbidden(`suggestion ${id} joins items of ${owners.join(' and ')}; a partner of ${ctx.identity.organisation} decides only on suggestions that touch its own organisation.`);
    }
    const reasons = (s.reasonTexts as string[] | undefined) ?? [];
    let rationale: string | null = null;
    if (accept) {
      // The judgement is the person's; the evidence it rests on stays with it.
      rationale = `${text} (Suggested by PlanGraph, score ${Number(s.score).toFixed(2)}: ${reasons.join('; ')})`.slice(0, MAX_TEXT);
      await curation.link(tx, {
        type: 'ALIGNED_WITH', from: locked.from, to: locked.to, origin: 'api', key: '',
        props: { basis: Basis.CURATED, rationale, relation: String(s.relation), source: null, lineFrom: null, lineTo: null, quote: null, as: null, suggestion: id },
      }, stamp);
    }
    const status = accept ? SuggestionStatus.ACCEPTED : SuggestionStatus.REJECTED;
    await repo.decideSuggestion(tx, id, { status, decidedBy: stamp.actor, decidedRole: stamp.role, decisionReason: text });
    await curation.recordChanges(tx, [{
      id: crypto.randomUUID(),
      operation: accept ? 'ACCEPT' : 'REJECT',
      nodeId: locked.from,
      nodeKind: locked.fromKind,
      organisationId: locked.fromOwner,
      otherId: locked.to,
      relationship: accept ? 'ALIGNED_WITH' : 'SUGGESTED_ALIGNMENT',
      before: JSON.stringify({ suggestion: id, version: current, score: s.score, relation: s.relation, reasons }),
      after: JSON.stringify(accept ? { basis: Basis.CURATED, relation: s.relation, rationale } : { rejected: text }),
      summary: `${accept ? 'accepted' : 'rejected'} suggestion ${id}: ${locked.from} ${String(s.relation)} ${locked.to}`,
    }], stamp);
    return Object.assign(new SuggestionDecisionResult(), { id, status, from: locked.from, to: locked.to, basis: accept ? Basis.CURATED : null, rationale });
  });
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
    return decide(ctx, id, version, true, checkText(rationale, 'rationale'));
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
    return decide(ctx, id, version, false, checkText(reason, 'reason'));
  }

  @Mutation(() => SuggestionRunResult, { nullable: true, description: 'Recomputes the suggested alignments of the whole graph now (analysts). Imports and changes to plans do it by themselves.' })
  async recomputeSuggestions(@Ctx() ctx: GraphQLContext): Promise<SuggestionRunResult> {
    requireWriter(ctx.identity);
    if (ctx.identity.role !== 'analyst') throw forbidden('Only analysts recompute the suggestions of the whole graph.');
    return Object.assign(new SuggestionRunResult(), await recomputeSuggestions(ctx.db));
  }
}
