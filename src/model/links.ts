import { ENUMS, MembershipRole, NodeKind, PlaceRole, Role } from './enums.js';
import type { RelTypeDef } from './types.js';

/**
 * Every relationship type of the plan graph: the kinds it joins, what it means, and whether the
 * API may make and remove it (structural links, such as a plan's items, come with creating a
 * node). Every link also carries its evidence (basis with provenance or rationale) and `origin`,
 * the file or API that stated it.
 */
const K = NodeKind;
const ENUM = (values: object) => ENUMS.find((e) => e.values === values)!;
/** Items a theme may tag, whose text may name things, that a finding may be about. */
const THEMED = [K.OBJECTIVE, K.ACTION, K.SWOT_ITEM, K.PESTEL_FACTOR, K.RISK, K.FACT, K.FINDING];
const MENTIONING = [K.PLAN, K.FACT, K.PESTEL_FACTOR, K.SWOT_ITEM, K.RISK, K.FINDING, K.QUESTION, K.ANSWER, K.FIGURE];
const MENTIONABLE = [K.ORGANISATION, K.SYSTEM, K.STAKEHOLDER_GROUP, K.PLACE, K.REFERENCE];
const PARTIES = [K.ORGANISATION, K.STAKEHOLDER_GROUP];

export const REL_TYPES: readonly RelTypeDef[] = [
  { type: 'PUBLISHES', from: [K.ORGANISATION], to: [K.PLAN], linkable: false, description: 'An organisation publishes a plan (document).' },
  { type: 'MENTIONS', from: MENTIONING, to: MENTIONABLE, linkable: true, wording: true, description: "A document, or an item's text, names an organisation, system, stakeholder group, place or document, in its own words; organisations' aliases come from these words." },
  {
    type: 'PART_OF', from: [K.OBJECTIVE, K.ORGANISATION, K.STAKEHOLDER_GROUP, K.FINDING, K.QUESTION, K.BUDGET_LINE], to: [K.OBJECTIVE, K.ORGANISATION, K.STAKEHOLDER_GROUP, K.FINDING, K.QUESTION, K.BUDGET_LINE],
    linkable: true, description: 'Falls under (an objective, a unit, a subgroup, an evaluation row, a sub-question, a budget line), within one kind.',
  },
  { type: 'IDENTIFIES', from: [K.PLAN], to: [K.STAKEHOLDER_GROUP, K.SWOT_ITEM, K.PESTEL_FACTOR, K.RISK, K.RISK_DOMAIN], linkable: false, description: 'A plan identifies an item of its analysis.' },
  {
    type: 'MEMBER_OF', from: PARTIES, to: [K.STAKEHOLDER_GROUP, K.ORGANISATION], linkable: true, wording: true, role: ENUM(MembershipRole),
    description: 'A document lists an organisation in a stakeholder group, or says who sits in a body (with the role: chair, member ...).',
  },
  { type: 'THREATENS', from: [K.RISK], to: [K.OBJECTIVE], linkable: true, description: 'A risk endangers an objective.' },
  { type: 'AFFECTS', from: [K.RISK], to: [K.ACTION], linkable: true, description: "An action's success depends on a condition or risk." },
  { type: 'IN_DOMAIN', from: [K.SWOT_ITEM], to: [K.RISK_DOMAIN], linkable: true, description: 'A weakness or threat is filed under a risk domain.' },
  { type: 'ANSWERS', from: [K.OBJECTIVE], to: [K.RISK_DOMAIN], linkable: true, description: 'An objective answers a risk domain.' },
  { type: 'CORRESPONDS_TO', from: [K.RISK_DOMAIN], to: [K.RISK_DOMAIN], linkable: true, description: 'A risk domain of one listing is a domain of the other (IBZ 6.5 and Bijlage 2).' },
  { type: 'SETS', from: [K.PLAN], to: [K.OBJECTIVE], linkable: false, description: 'A plan sets an objective.' },
  {
    type: 'INVOLVES', from: [K.PLAN, K.OBJECTIVE, K.ACTION], to: PARTIES, linkable: true, wording: true, role: ENUM(Role),
    description: 'A plan, objective or action involves an organisation or stakeholder group, in a role (owner, partner, beneficiary ...).',
  },
  { type: 'ADDRESSES', from: [K.OBJECTIVE], to: [K.SWOT_ITEM], linkable: true, description: 'An objective is linked to a SWOT item directly.' },
  { type: 'PLANS', from: [K.PLAN], to: [K.ACTION], linkable: false, description: 'A plan plans an action or project.' },
  { type: 'IMPLEMENTS', from: [K.ACTION], to: [K.OBJECTIVE], linkable: true, description: 'An action implements an objective.' },
  { type: 'HAS_DELIVERABLE', from: [K.ACTION], to: [K.DELIVERABLE], linkable: false, description: 'An action has a dated deliverable.' },
  { type: 'CONCERNS', from: [K.ACTION, K.FACT], to: [K.SYSTEM], linkable: true, wording: true, description: 'An action or fact concerns an IT system.' },
  { type: 'DESCRIBES', from: [K.PLAN], to: [K.SYSTEM], linkable: true, description: "A document describes an IT system (the description, functions and the document's names for it are on the link)." },
  { type: 'OPERATES', from: PARTIES, to: [K.SYSTEM], linkable: true, wording: true, description: 'An organisation runs an IT system.' },
  { type: 'USES', from: PARTIES, to: [K.SYSTEM], linkable: true, wording: true, description: 'An organisation or group has access to an IT system.' },
  { type: 'DEVELOPS', from: PARTIES, to: [K.SYSTEM], linkable: true, wording: true, description: 'An organisation or group builds an IT system.' },
  { type: 'REPORTS', from: [K.PLAN], to: [K.FIGURE, K.FINDING], linkable: false, description: 'A document reports a key figure or a finding.' },
  { type: 'STATES', from: [K.PLAN, K.ANSWER], to: [K.FACT, K.ACTION, K.FIGURE, K.RISK], linkable: true, wording: true, description: 'A document states a fact; an answer states a measure (action), fact, figure or risk.' },
  { type: 'ASKS', from: [K.PLAN], to: [K.QUESTION], linkable: false, description: 'A document asks a (sub-)question.' },
  { type: 'GIVES', from: [K.PLAN], to: [K.ANSWER], linkable: false, description: 'A document gives an answer.' },
  { type: 'BUDGETS', from: [K.PLAN], to: [K.BUDGET_LINE], linkable: false, description: "A plan's financial overview has a budget line." },
  { type: 'DEFINES', from: [K.PLAN], to: [K.INDICATOR], linkable: false, description: 'A plan defines an indicator.' },
  { type: 'ABOUT', from: [K.FIGURE, K.FACT, K.REFERENCE], to: [K.ORGANISATION, K.SYSTEM, K.STAKEHOLDER_GROUP, K.PLACE, K.BUDGET_LINE], linkable: true, wording: true, description: 'A figure or fact is about something; a referenced document was issued by an organisation (curated).' },
  { type: 'HAS_THEME', from: THEMED, to: [K.THEME], linkable: true, description: 'An analyst tagged an item with a theme.' },
  { type: 'ALIGNED_WITH', from: [K.OBJECTIVE], to: [K.OBJECTIVE], linkable: true, description: 'An analyst aligned objectives of different organisations.' },
  { type: 'CLASSIFIED_AS', from: [K.STAKEHOLDER_GROUP], to: [K.AUDIENCE], linkable: true, description: 'An analyst says a stakeholder group is one of the audiences of the cross-document vocabulary.' },
  { type: 'REFERS_TO', from: [K.PLAN, K.OBJECTIVE, K.ACTION, K.FINDING, K.QUESTION], to: [K.REFERENCE], linkable: true, wording: true, description: 'Refers to a document (a law, decree, plan, note ...).' },
  {
    type: 'IN_PLACE', from: [K.OBJECTIVE, K.ACTION], to: [K.PLACE], linkable: true, wording: true, role: ENUM(PlaceRole),
    description: 'An objective or action takes place somewhere, or concerns a country (with the role: venue, participant, target ...).',
  },
  { type: 'DRAWS_ON', from: [K.OBJECTIVE], to: [K.BUDGET_LINE], linkable: true, wording: true, description: 'An objective is funded from a budget line.' },
  { type: 'MEASURED_BY', from: [K.OBJECTIVE], to: [K.INDICATOR], linkable: true, wording: true, description: 'An indicator measures an objective.' },
  { type: 'DRAWS_FROM', from: [K.INDICATOR], to: [K.SYSTEM], linkable: true, wording: true, description: "An indicator's data come from an IT system." },
  { type: 'EVALUATES', from: [K.FINDING], to: [K.FINDING, K.OBJECTIVE, K.ACTION], linkable: true, description: 'A finding is about an objective, action or another finding.' },
  { type: 'FOLLOWED_UP_BY', from: [K.FINDING], to: [K.ACTION], linkable: true, description: 'An action answers a finding or recommendation.' },
  { type: 'MADE_BY', from: [K.FINDING], to: PARTIES, linkable: true, wording: true, description: 'Who made a finding (an audit body).' },
  { type: 'ASKED_BY', from: [K.QUESTION], to: PARTIES, linkable: true, wording: true, description: 'Who asks a question.' },
  { type: 'ADDRESSED_TO', from: [K.QUESTION], to: PARTIES, linkable: true, wording: true, description: 'To whom a question is put.' },
  { type: 'RESPONDS_TO', from: [K.ANSWER], to: [K.QUESTION], linkable: true, description: 'An answer answers a (sub-)question.' },
  { type: 'GIVEN_BY', from: [K.ANSWER], to: PARTIES, linkable: true, wording: true, description: 'Who gives an answer.' },
];

export function relType(type: string): RelTypeDef | undefined {
  return REL_TYPES.find((r) => r.type === type);
}
