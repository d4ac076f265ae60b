import { NodeKind } from './enums.js';
import type { RelTypeDef } from './types.js';

/**
 * Every relationship type of the plan graph: the kinds it joins, what it means, and whether the
 * API may make and remove it (structural links, such as a plan's items, come with creating a
 * node). Every link also carries its evidence (basis with provenance or rationale) and `origin`,
 * the file or API that stated it.
 */
const K = NodeKind;
const ITEMS = [K.OBJECTIVE, K.ACTION, K.SWOT_ITEM, K.PESTEL_FACTOR, K.RISK];

export const REL_TYPES: readonly RelTypeDef[] = [
  { type: 'PUBLISHES', from: [K.ORGANISATION], to: [K.PLAN], linkable: false, description: 'An organisation publishes a plan (document).' },
  { type: 'MENTIONS', from: [K.PLAN], to: [K.ORGANISATION], linkable: true, wording: true, description: 'A document names an organisation, in its own words.' },
  { type: 'PART_OF', from: [K.OBJECTIVE, K.ORGANISATION, K.STAKEHOLDER_GROUP], to: [K.OBJECTIVE, K.ORGANISATION, K.STAKEHOLDER_GROUP], linkable: true, description: 'Falls under (an objective, a unit, a subgroup), within one kind.' },
  { type: 'IDENTIFIES', from: [K.PLAN], to: [K.STAKEHOLDER_GROUP, K.SWOT_ITEM, K.PESTEL_FACTOR, K.RISK, K.RISK_DOMAIN], linkable: false, description: 'A plan identifies an item of its analysis.' },
  { type: 'MEMBER_OF', from: [K.ORGANISATION], to: [K.STAKEHOLDER_GROUP], linkable: true, wording: true, description: 'A document lists an organisation in a stakeholder group.' },
  { type: 'THREATENS', from: [K.RISK], to: [K.OBJECTIVE], linkable: true, description: 'A risk endangers an objective.' },
  { type: 'IN_DOMAIN', from: [K.SWOT_ITEM], to: [K.RISK_DOMAIN], linkable: true, description: 'A weakness or threat is filed under a risk domain.' },
  { type: 'ANSWERS', from: [K.OBJECTIVE], to: [K.RISK_DOMAIN], linkable: true, description: 'An objective answers a risk domain.' },
  { type: 'SETS', from: [K.PLAN], to: [K.OBJECTIVE], linkable: false, description: 'A plan sets an objective.' },
  { type: 'INVOLVES', from: [K.OBJECTIVE, K.ACTION], to: [K.ORGANISATION], linkable: true, wording: true, description: 'An objective or action involves an organisation.' },
  { type: 'ADDRESSES', from: [K.OBJECTIVE], to: [K.SWOT_ITEM], linkable: true, description: 'An objective is linked to a SWOT item directly.' },
  { type: 'PLANS', from: [K.PLAN], to: [K.ACTION], linkable: false, description: 'A plan plans an action or project.' },
  { type: 'IMPLEMENTS', from: [K.ACTION], to: [K.OBJECTIVE], linkable: true, description: 'An action implements an objective.' },
  { type: 'HAS_DELIVERABLE', from: [K.ACTION], to: [K.DELIVERABLE], linkable: false, description: 'An action has a dated deliverable.' },
  { type: 'CONCERNS', from: [K.ACTION], to: [K.SYSTEM], linkable: true, description: 'An action concerns an IT system.' },
  { type: 'DESCRIBES', from: [K.PLAN], to: [K.SYSTEM], linkable: true, description: 'A document describes an IT system (the description is on the link).' },
  { type: 'OPERATES', from: [K.ORGANISATION], to: [K.SYSTEM], linkable: true, wording: true, description: 'An organisation runs an IT system.' },
  { type: 'USES', from: [K.ORGANISATION], to: [K.SYSTEM], linkable: true, wording: true, description: 'An organisation has access to an IT system.' },
  { type: 'REPORTS', from: [K.PLAN], to: [K.FIGURE], linkable: false, description: 'A document reports a key figure.' },
  { type: 'ABOUT', from: [K.FIGURE], to: [K.ORGANISATION], linkable: true, description: 'A figure is about an organisation.' },
  { type: 'HAS_THEME', from: ITEMS, to: [K.THEME], linkable: true, description: 'An analyst tagged an item with a theme.' },
  { type: 'ALIGNED_WITH', from: [K.OBJECTIVE], to: [K.OBJECTIVE], linkable: true, description: "An analyst aligned objectives of different organisations." },
];

export function relType(type: string): RelTypeDef | undefined {
  return REL_TYPES.find((r) => r.type === type);
}
