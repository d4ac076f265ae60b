import { NodeKind } from './enums.js';
import { SHARED_ID_PREFIX } from './namespaces.js';

/**
 * Who owns what. Every item of a plan, and the plan itself, belongs to the organisation that
 * publishes the plan. Organisations, themes and systems (and audiences, places, referenced
 * documents) are shared: one node for all plans,
 * changed only by analysts (a partner may correct its own organisation's node, nothing else).
 * A link needs the right to both of its ends, except the links below: a partner may make
 * them from (or, for MEMBER_OF, to) a node of its own to a shared node or, for alignments, to
 * another organisation's objective, where the link stays a proposal until an analyst or that
 * organisation accepts it.
 */
export const SHARED_KINDS: ReadonlySet<string> = new Set(Object.keys(SHARED_ID_PREFIX));

export interface PartnerLinkRule {
  readonly rel: string;
  /** Which end must be the partner's own; `either` for the symmetric alignment. */
  readonly own: 'from' | 'to' | 'either';
  /** The kinds the other end may be. */
  readonly other: readonly NodeKind[];
  /** The link waits for the other organisation (or an analyst) to accept it. */
  readonly proposal?: boolean;
  readonly meaning: string;
}

export const PARTNER_LINKS: readonly PartnerLinkRule[] = [
  { rel: 'INVOLVES', own: 'from', other: [NodeKind.ORGANISATION], meaning: 'name an organisation as partner of an own objective or action' },
  { rel: 'MENTIONS', own: 'from', other: [NodeKind.ORGANISATION], meaning: 'record how an own plan names an organisation' },
  { rel: 'MEMBER_OF', own: 'to', other: [NodeKind.ORGANISATION], meaning: 'list an organisation in an own stakeholder group' },
  { rel: 'ABOUT', own: 'from', other: [NodeKind.ORGANISATION], meaning: 'say which organisation an own figure is about' },
  { rel: 'HAS_THEME', own: 'from', other: [NodeKind.THEME], meaning: 'tag an own item with a theme' },
  { rel: 'CONCERNS', own: 'from', other: [NodeKind.SYSTEM], meaning: 'say an own action concerns an IT system' },
  { rel: 'DESCRIBES', own: 'from', other: [NodeKind.SYSTEM], meaning: 'say an own plan describes an IT system' },
  { rel: 'USES', own: 'from', other: [NodeKind.SYSTEM], meaning: 'say the own organisation uses an IT system' },
  { rel: 'OPERATES', own: 'from', other: [NodeKind.SYSTEM], meaning: 'say the own organisation runs an IT system' },
  { rel: 'ALIGNED_WITH', own: 'either', other: [NodeKind.OBJECTIVE], proposal: true, meaning: "propose an alignment of an own objective with another organisation's" },
];

/**
 * Links that hold a plan together (an objective under another, an action implementing one, a
 * risk threatening one ...): both ends are items of the same plan, for everyone. Across plans
 * and organisations, objectives meet through alignments only.
 */
export const WITHIN_PLAN_LINKS: ReadonlySet<string> = new Set(['IMPLEMENTS', 'ADDRESSES', 'IN_DOMAIN', 'ANSWERS', 'THREATENS']);

/** Links of which a node has at most one (its parent). */
export const SINGLE_PARENT_LINKS: ReadonlySet<string> = new Set(['PART_OF']);

/** A pending link: what was proposed, waiting to be accepted (it then becomes the link it names). */
export const PROPOSAL_REL = 'PROPOSED';
