import { NodeKind } from '../model/enums.js';
import { PARTNER_LINKS, SHARED_KINDS, type PartnerLinkRule } from '../model/ownership.js';
import type { NodeFacts } from '../repository/curationRepository.js';
import type { Actor } from './actor.js';
import { forbidden } from './errors.js';

/**
 * The lanes of the write path (the rules are declared in src/model/ownership.ts): analysts
 * change anything; a partner changes what its organisation owns, refers to shared nodes, and
 * links to them only as the model's list of partner links allows.
 */
const describe = (n: Pick<NodeFacts, 'kind' | 'id'>) => `${n.kind} ${n.id}`;

export function isShared(kind: string): boolean {
  return SHARED_KINDS.has(kind);
}

export function ownsNode(actor: Actor, node: Pick<NodeFacts, 'owner'>): boolean {
  return actor.role === 'analyst' || (actor.role === 'partner' && node.owner !== null && node.owner === actor.organisation);
}

/** Creating a node of a kind: shared kinds are for analysts; a partner's items go to its own plans. */
export function requireMayCreate(actor: Actor, kind: string): void {
  if (actor.role !== 'analyst' && isShared(kind)) {
    throw forbidden(`Only analysts create ${kind} nodes: organisations, themes and systems are shared by every plan.`);
  }
}

/** Changing (or deleting) an existing node. A partner may correct its own organisation's node, never delete it. */
export function requireMayChange(actor: Actor, node: NodeFacts, operation: 'update' | 'delete'): void {
  if (actor.role === 'analyst') return;
  if (isShared(node.kind)) {
    const ownOrganisation = node.kind === NodeKind.ORGANISATION && node.id === actor.organisation;
    if (!(ownOrganisation && operation === 'update')) {
      throw forbidden(`${describe(node)} is shared by every plan: only analysts ${operation === 'delete' ? 'delete' : 'change'} it${ownOrganisation ? '' : ` (a partner of ${actor.organisation} may correct its own organisation's node)`}.`);
    }
    return;
  }
  if (!ownsNode(actor, node)) {
    throw forbidden(`${describe(node)} belongs to ${node.owner ?? 'no organisation'}; a partner of ${actor.organisation} can only change that organisation's items.`);
  }
}

/** What a link between these two nodes becomes for this actor: made at once, or a proposal. */
export type LinkAccess = { readonly kind: 'direct' } | { readonly kind: 'proposal'; readonly rule: PartnerLinkRule };

export function linkAccess(actor: Actor, rel: string, from: NodeFacts, to: NodeFacts, removing = false): LinkAccess {
  if (actor.role === 'analyst') return { kind: 'direct' };
  const ownFrom = ownsNode(actor, from);
  const ownTo = ownsNode(actor, to);
  // Two nodes of its own: but an organisation linked to an organisation is the shared structure.
  if (ownFrom && ownTo && !(isShared(from.kind) && isShared(to.kind))) return { kind: 'direct' };
  for (const rule of PARTNER_LINKS) {
    if (rule.rel !== rel) continue;
    const fits = (own: boolean, other: NodeFacts) => own && rule.other.includes(other.kind as NodeKind) && (rule.proposal || isShared(other.kind));
    const ok = rule.own === 'from' ? fits(ownFrom, to) : rule.own === 'to' ? fits(ownTo, from) : fits(ownFrom, to) || fits(ownTo, from);
    if (!ok) continue;
    if (rule.proposal) {
      if (removing) break;
      return { kind: 'proposal', rule };
    }
    return { kind: 'direct' };
  }
  const foreign = [from, to].filter((n) => !ownsNode(actor, n)).map(describe);
  throw forbidden(
    `A partner of ${actor.organisation} may ${removing ? 'remove' : 'make'} ${rel} links only between its own organisation's items` +
      `${PARTNER_LINKS.some((r) => r.rel === rel) ? ' or as the list of partner links allows (see the README)' : ''}; ${foreign.join(' and ')} ${foreign.length === 1 ? 'is' : 'are'} not its own.`,
  );
}
