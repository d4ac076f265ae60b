import { NodeKind } from '../model/enums.js';
import * as repo from '../repository/curationRepository.js';
import * as versions from '../repository/versionRepository.js';
import { matchByCode, matchByText, plainQuery } from '../versions/match.js';
import { requireWriter, stampOf } from './actor.js';
import { changeEntry } from './changeLog.js';
import { badInput, forbidden, notFound } from './errors.js';
import { checkRationale } from './evidence.js';
import { checkId } from './fields.js';
import type { WriteContext } from './nodes.js';
import { inTransaction } from './transaction.js';

/**
 * Plan versions: a plan linked to the version before it (SUPERSEDES, the judgement of whoever
 * links them, with a rationale), and each item to its predecessor by code or by words (SUCCEEDS,
 * computed: SUGGESTED). Versions have one publisher; analysts link any, partners their own
 * organisation's. Linking again replaces the pairs. The earlier version is not changed.
 */
export const VERSIONED_KINDS: readonly string[] = [
  NodeKind.OBJECTIVE, NodeKind.ACTION, NodeKind.SWOT_ITEM, NodeKind.RISK, NodeKind.RISK_DOMAIN, NodeKind.PESTEL_FACTOR, NodeKind.STAKEHOLDER_GROUP,
];

export interface PlanVersionRequest {
  readonly plan: unknown;
  readonly previous: unknown;
  readonly rationale: unknown;
}

export interface PlanVersionOutcome {
  readonly plan: string;
  readonly previous: string;
  readonly byCode: number;
  readonly byText: number;
}

export async function linkPlanVersions(ctx: WriteContext, input: PlanVersionRequest): Promise<PlanVersionOutcome> {
  requireWriter(ctx.actor);
  const planId = checkId(input.plan, 'plan');
  const previousId = checkId(input.previous, 'previous');
  if (planId === previousId) throw badInput('previous', 'a plan is not its own previous version');
  const rationale = checkRationale(input.rationale, 'rationale');
  const stamp = stampOf(ctx.actor);
  return inTransaction(ctx.db, async (tx) => {
    const plans = await versions.lockPlans(tx, planId, previousId);
    if (!plans) throw notFound('plan', `${planId} or ${previousId}`);
    if (plans.publisher !== plans.previousPublisher) {
      throw badInput('previous', `${previousId} is published by ${plans.previousPublisher}, ${planId} by ${plans.publisher}: versions of a plan have one publisher`);
    }
    if (plans.cycle) throw badInput('previous', `${previousId} already follows ${planId}`);
    if (ctx.actor.role === 'partner' && ctx.actor.organisation !== plans.publisher) {
      throw forbidden(`The plans are published by ${plans.publisher}; a partner of ${ctx.actor.organisation} links only its own organisation's plans.`);
    }
    const items = await versions.versionItems(tx, planId, previousId, VERSIONED_KINDS);
    const byCode = matchByCode(items, planId, previousId);
    const done = new Set(byCode.map((m) => m.item));
    const queries = items
      .filter((i) => i.planId === planId && !done.has(i.id))
      .map((i) => ({ id: i.id, kind: i.kind, text: plainQuery(i.text) }))
      .filter((q): q is { id: string; kind: string; text: string } => q.text !== null);
    const hits = await versions.textHits(tx, planId, previousId, queries);
    const byText = matchByText(hits, items, previousId, new Set(byCode.map((m) => m.predecessor)));
    await versions.linkVersions(tx, { planId, previousId, rationale, matches: [...byCode, ...byText], actor: stamp.actor, now: stamp.now });
    await repo.recordChanges(tx, [changeEntry({
      operation: 'LINK', nodeId: planId, nodeKind: NodeKind.PLAN, organisationId: plans.publisher, otherId: previousId, relationship: 'SUPERSEDES',
      after: { basis: 'CURATED', rationale, byCode: byCode.length, byText: byText.length },
      summary: `linked ${planId} as the next version of ${previousId} (${byCode.length} items paired by code, ${byText.length} by words)`,
    })], stamp);
    return { plan: planId, previous: previousId, byCode: byCode.length, byText: byText.length };
  });
}
