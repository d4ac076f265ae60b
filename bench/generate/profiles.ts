/**
 * The shapes of synthetic plans, one per kind of document in the seed graph, with the seed
 * document's sizes as means (each synthetic plan varies them by up to ±40%):
 * a business plan like AJH's (many objectives and actions, deliverables, partners), a strategic
 * plan like Home Affairs' (SWOT, risk domains, stakeholder groups, many figures), a policy plan
 * like the IGO's (PESTEL, SWOT, actions with deadlines), an annual review like the SSR's (many
 * actions without objectives, figures), and a parliamentary question (a few measures, systems).
 */
export type PlanKind = 'BUSINESS_PLAN' | 'STRATEGIC_PLAN' | 'POLICY_PLAN' | 'ANNUAL_REVIEW' | 'PARLIAMENTARY_QUESTION';

export interface Profile {
  readonly kind: PlanKind;
  readonly strategic: number;
  /** Operational objectives under each strategic one. */
  readonly operational: number;
  /** Chance that an operational objective has objectives under it, twice over (trees 4 deep). */
  readonly deep: number;
  readonly actions: number;
  /** Share of actions that implement no objective (annual reviews list activities). */
  readonly actionsWithoutObjective: number;
  readonly deliverablesPerAction: number;
  readonly deadlineShare: number;
  readonly partnersPerAction: number;
  readonly partnersPerObjective: number;
  readonly swotPerType: number;
  readonly pestel: number;
  readonly risks: number;
  readonly riskDomains: number;
  readonly stakeholderGroups: number;
  readonly membersPerGroup: number;
  readonly systems: number;
  readonly figures: number;
  readonly localOrganisations: number;
}

export const PROFILES: readonly Profile[] = [
  { kind: 'BUSINESS_PLAN', strategic: 13, operational: 3.5, deep: 0.25, actions: 207, actionsWithoutObjective: 0.01, deliverablesPerAction: 1.4, deadlineShare: 0.1,
    partnersPerAction: 1, partnersPerObjective: 0.6, swotPerType: 0, pestel: 0, risks: 0, riskDomains: 0, stakeholderGroups: 0, membersPerGroup: 0, systems: 16, figures: 114, localOrganisations: 72 },
  { kind: 'STRATEGIC_PLAN', strategic: 27, operational: 0, deep: 0, actions: 86, actionsWithoutObjective: 0.1, deliverablesPerAction: 0, deadlineShare: 0,
    partnersPerAction: 0.9, partnersPerObjective: 1, swotPerType: 8, pestel: 12, risks: 0, riskDomains: 12, stakeholderGroups: 9, membersPerGroup: 12, systems: 18, figures: 351, localOrganisations: 148 },
  { kind: 'POLICY_PLAN', strategic: 7, operational: 0, deep: 0, actions: 49, actionsWithoutObjective: 0, deliverablesPerAction: 0, deadlineShare: 1,
    partnersPerAction: 0.2, partnersPerObjective: 0, swotPerType: 8, pestel: 20, risks: 3, riskDomains: 0, stakeholderGroups: 0, membersPerGroup: 0, systems: 12, figures: 5, localOrganisations: 19 },
  { kind: 'ANNUAL_REVIEW', strategic: 15, operational: 0, deep: 0, actions: 105, actionsWithoutObjective: 0.9, deliverablesPerAction: 0.2, deadlineShare: 0.1,
    partnersPerAction: 0.4, partnersPerObjective: 0.7, swotPerType: 0, pestel: 0, risks: 2, riskDomains: 0, stakeholderGroups: 0, membersPerGroup: 0, systems: 7, figures: 265, localOrganisations: 68 },
  { kind: 'PARLIAMENTARY_QUESTION', strategic: 0, operational: 0, deep: 0, actions: 10, actionsWithoutObjective: 1, deliverablesPerAction: 0, deadlineShare: 0,
    partnersPerAction: 0.6, partnersPerObjective: 0, swotPerType: 0, pestel: 0, risks: 0, riskDomains: 0, stakeholderGroups: 0, membersPerGroup: 0, systems: 4, figures: 0, localOrganisations: 3 },
];
