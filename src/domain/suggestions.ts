import { Basis } from '../model/enums.js';
import * as repo from '../repository/curationRepository.js';
import * as suggestions from '../repository/suggestionRepository.js';
import { requireWriter, stampOf } from './actor.js';
import { changeEntry } from './changeLog.js';
import { badInput, conflict, notFound } from './errors.js';
import { checkRationale } from './evidence.js';
import { checkId, MAX_LONG_TEXT } from './fields.js';
import { checkShape, requireMayDecide } from './links.js';
import type { WriteContext } from './nodes.js';
import { inTransaction } from './transaction.js';

/**
 * Deciding on an alignment PlanGraph suggests: a proposal like a partner's, made by no
 * organisation, so an analyst or a partner of either end's organisation decides (the rule of
 * proposals). It names the version it read: a recomputation with other evidence makes it stale
 * (CONFLICT). Accepting makes the CURATED ALIGNED_WITH link, whose rationale is the person's
 * with the evidence after it, and settles any partner's proposal of the pair; rejecting keeps
 * the refusal. Either way the suggestion is kept as decided, never proposed again, and the change
 * is recorded for both organisations.
 */
export interface SuggestionDecisionRequest {
  readonly id: string;
  readonly version: number;
  /** The rationale (accepting) or the reason (rejecting). */
  readonly text: unknown;
}

export interface SuggestionDecisionOutcome {
  readonly id: string;
  readonly status: 'ACCEPTED' | 'REJECTED';
  readonly from: string;
  readonly to: string;
  readonly basis: Basis | null;
  readonly rationale: string | null;
  readonly settledProposals: number;
}

export async function decideSuggestion(ctx: WriteContext, input: SuggestionDecisionRequest, accept: boolean): Promise<SuggestionDecisionOutcome> {
  requireWriter(ctx.actor);
  const id = checkId(input.id, 'id');
  if (!Number.isInteger(input.version) || input.version < 1) throw badInput('version', 'must be the version you read (1 or more)');
  const text = checkRationale(input.text, accept ? 'rationale' : 'reason');
  const stamp = stampOf(ctx.actor);
  return inTransaction(ctx.db, async (tx) => {
    const locked = await suggestions.lockSuggestion(tx, id);
    if (!locked) {
      const decided = await suggestions.suggestionDecision(tx, id);
      if (decided) throw conflict(`suggestion ${id} was already ${String(decided.status).toLowerCase()} by ${String(decided.decidedBy)}`, { status: decided.status });
      throw notFound('suggestion', id);
    }
    const s = locked.suggestion;
    const current = Number(s.version ?? 1);
    if (current !== input.version) throw conflict(`suggestion ${id} is at version ${current} (recomputed with other evidence), not ${input.version}: read it again`, { currentVersion: current });
    const facts = await repo.lockNodes(tx, [locked.from, locked.to]);
    const a = facts.get(locked.from);
    const b = facts.get(locked.to);
    if (!a || !b) throw notFound('suggestion', id);
    requireMayDecide(ctx.actor, { proposedByOrganisation: null }, [a, b], accept);
    const reasons = (s.reasonTexts as string[] | undefined) ?? [];
    let rationale: string | null = null;
    let settled = 0;
    if (accept) {
      checkShape('ALIGNED_WITH', a, b);
      rationale = `${text} (Suggested by PlanGraph, score ${Number(s.score).toFixed(2)}: ${reasons.join('; ')})`.slice(0, MAX_LONG_TEXT);
      await repo.link(tx, {
        type: 'ALIGNED_WITH', from: a.id, fromKind: a.kind, to: b.id, toKind: b.kind, origin: 'api', key: '',
        props: {
          basis: Basis.CURATED, rationale, relation: String(s.relation), as: null, source: null, lineFrom: null, lineTo: null, quote: null,
          suggestion: id, proposedBy: 'PlanGraph', acceptedBy: stamp.actor, acceptedAt: stamp.now,
        },
      }, stamp);
      // A partner's proposal of the same pair is settled by the alignment, as when an analyst links it.
      settled = (await repo.takeProposals(tx, { relationship: 'ALIGNED_WITH', from: a.id, fromKind: a.kind, to: b.id, toKind: b.kind })).length;
    }
    const status = accept ? ('ACCEPTED' as const) : ('REJECTED' as const);
    await suggestions.decideSuggestion(tx, id, { status, decidedBy: stamp.actor, decidedRole: stamp.role, decisionReason: text });
    await repo.recordChanges(tx, [changeEntry({
      operation: accept ? 'ACCEPT' : 'REJECT', nodeId: a.id, nodeKind: a.kind, organisationId: a.owner, touches: [a.owner, b.owner], otherId: b.id,
      relationship: accept ? 'ALIGNED_WITH' : 'SUGGESTED_ALIGNMENT',
      before: { suggestion: id, version: current, score: s.score, relation: s.relation, reasons },
      after: accept ? { basis: Basis.CURATED, relation: s.relation, rationale } : { rejected: text },
      summary: `${accept ? 'accepted' : 'rejected'} suggestion ${id}: ${a.id} ${String(s.relation)} ${b.id}${settled ? ` (settling ${settled} proposal${settled === 1 ? '' : 's'} of the pair)` : ''}`,
    })], stamp);
    return { id, status, from: a.id, to: b.id, basis: accept ? Basis.CURATED : null, rationale, settledProposals: settled };
  });
}
