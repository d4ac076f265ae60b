import { Basis, NodeKind } from '../model/enums.js';
import { relType } from '../model/links.js';
import { SINGLE_PARENT_LINKS, WITHIN_PLAN_LINKS } from '../model/ownership.js';
import * as repo from '../repository/curationRepository.js';
import { refreshAliases } from '../repository/importRepository.js';
import { requireWriter, stampOf, type Actor } from './actor.js';
import { changeEntry } from './changeLog.js';
import { describeClash, refreshCodes } from './codes.js';
import { badInput, conflict, forbidden, notFound } from './errors.js';
import { evidenceProps, requirePlanSource, type ProvenanceInput } from './evidence.js';
import { checkId, checkText, MAX_TEXT, type Props } from './fields.js';
import type { WriteContext } from './nodes.js';
import { linkAccess, ownsNode } from './ownership.js';
import { inTransaction } from './transaction.js';

/**
 * Links made and removed through the API. A link needs the right to both of its ends; a
 * partner's links to shared nodes follow the model's list, and its alignments with another
 * organisation's objectives are proposals (PROPOSED links) until an analyst or that
 * organisation accepts them (or anyone entitled rejects them).
 */
export interface LinkRequest {
  readonly from: string;
  readonly to: string;
  readonly relationship: string;
  readonly basis: unknown;
  readonly provenance?: ProvenanceInput | null;
  readonly rationale?: unknown;
  readonly wording?: unknown;
  readonly relation?: string | null;
}

export interface LinkOutcome {
  readonly basis: Basis;
  readonly wording: string | null;
  /** LINKED: the link is in the graph; PROPOSED: it waits for the other organisation or an analyst. */
  readonly status: 'LINKED' | 'PROPOSED';
}

/** Links whose change can change a child's parent, and so its code's scope. */
const PARENT_LINKS = new Set(['PART_OF', 'IMPLEMENTS']);

function endsOf(facts: Map<string, repo.NodeFacts>, from: string, to: string): [repo.NodeFacts, repo.NodeFacts] {
  const a = facts.get(from);
  const b = facts.get(to);
  if (!a) throw notFound('node', from);
  if (!b) throw notFound('node', to);
  return [a, b];
}

/** The kinds a link joins. */
function checkKinds(rel: string, from: repo.NodeFacts, to: repo.NodeFacts): void {
  const def = relType(rel);
  if (!def || !def.linkable) throw badInput('input.relationship', `${rel} links are made with the nodes they belong to, not on their own`);
  if (!def.from.some((k) => from.labels.includes(k))) throw badInput('input.from', `${rel} starts at ${def.from.join(' or ')}, not at ${from.kind}`);
  if (!def.to.some((k) => to.labels.includes(k))) throw badInput('input.to', `${rel} ends at ${def.to.join(' or ')}, not at ${to.kind}`);
  if (rel === 'PART_OF' && from.kind !== to.kind) throw badInput('input.to', `PART_OF links a ${from.kind} to another ${from.kind}`);
}

/** One plan for a plan's structure; alignments across organisations. */
function checkShape(rel: string, from: repo.NodeFacts, to: repo.NodeFacts): void {
  checkKinds(rel, from, to);
  const planStructure = WITHIN_PLAN_LINKS.has(rel) || (rel === 'PART_OF' && from.kind !== NodeKind.ORGANISATION);
  if (planStructure && from.planId !== to.planId) {
    throw badInput('input.to', `${rel} links items of one plan (${from.id} is in ${from.planId}, ${to.id} in ${to.planId}); across plans, objectives meet through alignments`);
  }
  if (rel === 'ALIGNED_WITH' && (from.owner === to.owner || !from.owner || !to.owner)) throw badInput('input.to', 'an alignment links objectives of different organisations');
}

export async function linkNodes(ctx: WriteContext, input: LinkRequest): Promise<LinkOutcome> {
  requireWriter(ctx.actor);
  const from = checkId(input.from, 'input.from');
  const to = checkId(input.to, 'input.to');
  const rel = input.relationship;
  const def = relType(rel);
  if (!def?.linkable) throw badInput('input.relationship', `${String(rel)} links can not be made on their own`);
  const evidence = evidenceProps(ctx.sources, input.basis, input.provenance, input.rationale, 'input');
  const wording = input.wording == null || input.wording === '' ? null : checkText(input.wording, 'input.wording', MAX_TEXT);
  if (wording && !def.wording) throw badInput('input.wording', `${rel} links carry no wording`);
  if (input.relation && rel !== 'ALIGNED_WITH') throw badInput('input.relation', 'only ALIGNED_WITH links have a relation');
  if (from === to) throw badInput('input.to', 'a node can not be linked to itself');
  const stamp = stampOf(ctx.actor);

  return inTransaction(ctx.db, async (tx) => {
    const [a, b] = endsOf(await repo.lockNodes(tx, [from, to]), from, to);
    checkKinds(rel, a, b);
    const access = linkAccess(ctx.actor, rel, a, b);
    checkShape(rel, a, b);
    // A stated link quotes the document of the plan it belongs to: its own end's plan.
    const planEnd = a.planSource ? a : b;
    requirePlanSource(evidence, planEnd.planId, planEnd.planSource, 'input.provenance');
    const props: Props = { ...evidence, as: wording, relation: rel === 'ALIGNED_WITH' ? (input.relation ?? 'SAME_AIM') : null };
    const touches = [a.owner, b.owner];

    if (access.kind === 'proposal') {
      await repo.propose(tx, {
        relationship: rel, from, fromKind: a.kind, to, toKind: b.kind, origin: 'api',
        props: { ...props, proposedBy: stamp.actor, proposedByOrganisation: ctx.actor.organisation, proposedAt: stamp.now },
      }, stamp);
      await repo.recordChanges(tx, [changeEntry({
        operation: 'PROPOSE', nodeId: from, nodeKind: a.kind, organisationId: a.owner, touches, otherId: to, relationship: rel,
        after: props, summary: `proposed ${from} -[${rel}]-> ${to}, waiting for ${ownsNode(ctx.actor, b) ? a.owner : b.owner} or an analyst`,
      })], stamp);
      return { basis: evidence.basis as Basis, wording, status: 'PROPOSED' as const };
    }

    const context = await repo.linkContext(tx, from, to);
    if (SINGLE_PARENT_LINKS.has(rel) && context.otherParent) {
      throw conflict(`${from} already falls under ${context.otherParent}; unlink that first (a node has one parent)`, { parent: context.otherParent });
    }
    if (rel === 'PART_OF' && context.cycle) throw badInput('input.to', `${to} already falls under ${from}: the link would make a circle`);
    // An action's first objective (key '') is the one its code is numbered under; more are "also".
    const key = rel === 'IMPLEMENTS' ? (context.hasFirstObjective ? 'also' : '') : (wording ?? '');
    await repo.link(tx, { type: rel, from, fromKind: a.kind, to, toKind: b.kind, origin: 'api', key, props }, stamp);
    // A document's wording for an organisation is one of its aliases.
    if (rel === 'MENTIONS') await refreshAliases(tx, [to]);
    // An alignment an analyst makes settles any proposal of the same pair.
    const settled = rel === 'ALIGNED_WITH' ? await repo.takeProposals(tx, { relationship: rel, from, fromKind: a.kind, to, toKind: b.kind }) : [];
    if (PARENT_LINKS.has(rel)) {
      const clash = (await refreshCodes(tx, [from]))[0];
      if (clash) throw conflict(describeClash(clash), { holder: clash.codeHolder ?? clash.planCodeHolder });
    }
    await repo.recordChanges(tx, [changeEntry({
      operation: 'LINK', nodeId: from, nodeKind: a.kind, organisationId: a.owner, touches, otherId: to, relationship: rel,
      after: props, summary: `linked ${from} -[${rel}]-> ${to}${settled.length ? ` (settling ${settled.length} proposal${settled.length === 1 ? '' : 's'} of the pair)` : ''}`,
    })], stamp);
    return { basis: evidence.basis as Basis, wording, status: 'LINKED' as const };
  });
}

export interface UnlinkRequest {
  readonly from: string;
  readonly to: string;
  readonly relationship: string;
  readonly wording?: string | null;
}

export async function unlinkNodes(ctx: WriteContext, input: UnlinkRequest): Promise<number> {
  requireWriter(ctx.actor);
  const from = checkId(input.from, 'input.from');
  const to = checkId(input.to, 'input.to');
  if (!relType(input.relationship)?.linkable) throw badInput('input.relationship', `${String(input.relationship)} links are removed with the nodes they belong to`);
  const wording = input.wording == null ? null : checkText(input.wording, 'input.wording', MAX_TEXT);
  const stamp = stampOf(ctx.actor);
  return inTransaction(ctx.db, async (tx) => {
    const [a, b] = endsOf(await repo.lockNodes(tx, [from, to]), from, to);
    linkAccess(ctx.actor, input.relationship, a, b, true);
    const removed = await repo.unlink(tx, { type: input.relationship, from, fromKind: a.kind, to, toKind: b.kind, wording });
    if (removed.length === 0) throw notFound(`${input.relationship} link from ${from} to`, to);
    if (input.relationship === 'MENTIONS') await refreshAliases(tx, [to]);
    if (PARENT_LINKS.has(input.relationship)) {
      const clash = (await refreshCodes(tx, [from]))[0];
      if (clash) throw conflict(`the link can not be removed: ${describeClash(clash)}`, { holder: clash.codeHolder ?? clash.planCodeHolder });
    }
    await repo.recordChanges(tx, removed.map((link) => changeEntry({
      operation: 'UNLINK', nodeId: from, nodeKind: a.kind, organisationId: a.owner, touches: [b.owner], otherId: to, relationship: input.relationship,
      before: link, summary: `unlinked ${from} -[${input.relationship}]-> ${to}`,
    })), stamp);
    return removed.length;
  });
}

// --- proposals ----------------------------------------------------------------------------

export interface Decision {
  readonly from: string;
  readonly to: string;
  readonly relationship: string;
}

/**
 * Who decides on a proposal: an analyst, or a partner of an organisation that owns one of its
 * ends and did not propose it. Rejecting is open to the proposer too (withdrawing it).
 */
function requireMayDecide(actor: Actor, proposal: Record<string, unknown>, ends: repo.NodeFacts[], accepting: boolean): void {
  if (actor.role === 'analyst') return;
  const proposer = (proposal.proposedByOrganisation as string | null | undefined) ?? null;
  const own = ends.some((e) => e.owner === actor.organisation);
  if (own && (actor.organisation !== proposer || !accepting)) return;
  throw forbidden(accepting
    ? `Only an analyst or the other organisation (${ends.map((e) => e.owner).filter((o) => o && o !== proposer).join(', ') || 'none'}) may accept this proposal.`
    : `Only an analyst, the proposer or the other organisation may reject this proposal.`);
}

export async function decideProposal(ctx: WriteContext, input: Decision, accept: boolean): Promise<{ basis: Basis; status: 'LINKED' | 'REJECTED' }> {
  requireWriter(ctx.actor);
  const from = checkId(input.from, 'input.from');
  const to = checkId(input.to, 'input.to');
  const rel = input.relationship;
  const stamp = stampOf(ctx.actor);
  return inTransaction(ctx.db, async (tx) => {
    const facts = await repo.lockNodes(tx, [from, to]);
    const [x, y] = endsOf(facts, from, to);
    const taken = await repo.takeProposals(tx, { relationship: rel, from, fromKind: x.kind, to, toKind: y.kind });
    if (taken.length === 0) throw notFound(`proposed ${rel} link between ${from} and`, to);
    let basis = Basis.CURATED;
    for (const { from: start, to: end, proposal } of taken) {
      const [a, b] = [facts.get(start)!, facts.get(end)!];
      requireMayDecide(ctx.actor, proposal, [a, b], accept);
      const touches = [a.owner, b.owner];
      if (accept) {
        checkShape(rel, a, b);
        // A suggestion someone accepts becomes their judgement: CURATED, with the suggestion's reasons.
        basis = proposal.basis === Basis.STATED ? Basis.STATED : Basis.CURATED;
        const props: Props = {
          basis, rationale: (proposal.rationale as string | null) ?? null, relation: (proposal.relation as string | null) ?? null, as: (proposal.as as string | null) ?? null,
          source: (proposal.source as string | null) ?? null, lineFrom: (proposal.lineFrom as number | null) ?? null, lineTo: (proposal.lineTo as number | null) ?? null, quote: (proposal.quote as string | null) ?? null,
          proposedBy: (proposal.proposedBy as string | null) ?? null, acceptedBy: stamp.actor, acceptedAt: stamp.now,
        };
        await repo.link(tx, { type: rel, from: start, fromKind: a.kind, to: end, toKind: b.kind, origin: 'api', key: '', props }, stamp);
      }
      await repo.recordChanges(tx, [changeEntry({
        operation: accept ? 'ACCEPT' : 'REJECT', nodeId: start, nodeKind: a.kind, organisationId: a.owner, touches, otherId: end, relationship: rel,
        before: proposal, summary: `${accept ? 'accepted' : 'rejected'} the proposed ${start} -[${rel}]-> ${end}`,
      })], stamp);
    }
    return { basis, status: accept ? ('LINKED' as const) : ('REJECTED' as const) };
  });
}
