/**
 * Hub-aware truncation of a graph view. A neighbourhood grows one hop at a time; when the nodes
 * of a hop do not all fit, they are grouped by the node they hang off, the relationship and
 * their kind ("the actions this plan PLANS"), and the groups take turns, one node each, so
 * that a group of 145 actions cannot crowd out the single organisation that publishes the plan.
 * Groups of the links that give a picture its structure (who publishes, who is part of what)
 * and of the kinds that hold it together (organisations, plans) go first in every turn.
 * What did not fit is counted per group, for "+142 more actions of this plan".
 */
export interface StepCandidate {
  readonly via: string;
  readonly relationship: string;
  readonly direction: 'OUT' | 'IN';
  readonly id: string;
  readonly kind: string;
  readonly planId: string | null;
  readonly position: number | null;
}

export interface Omission {
  readonly via: string;
  readonly relationship: string;
  readonly direction: 'OUT' | 'IN';
  readonly kind: string;
  readonly count: number;
}

export interface BudgetedStep {
  /** The nodes kept, in the order they were taken. */
  readonly kept: string[];
  /** Every node this hop reached, kept or not (they are at this distance either way). */
  readonly reached: string[];
  readonly omitted: Omission[];
}

const RELATIONSHIP_RANK: Record<string, number> = {
  PUBLISHES: 0, PART_OF: 1, MEMBER_OF: 2, OPERATES: 2, USES: 2, DEVELOPS: 2,
  INVOLVES: 3, ALIGNED_WITH: 3, ANSWERS: 3, IN_DOMAIN: 3, THREATENS: 3, ADDRESSES: 3, CORRESPONDS_TO: 3, RESPONDS_TO: 3, GIVEN_BY: 3,
  ASKED_BY: 3, ADDRESSED_TO: 3, MADE_BY: 3,
  IMPLEMENTS: 4, SETS: 4, CONCERNS: 4, CLASSIFIED_AS: 4, FOLLOWED_UP_BY: 4, EVALUATES: 4, AFFECTS: 4, ASKS: 4, GIVES: 4,
  IDENTIFIES: 5, DESCRIBES: 5, DRAWS_ON: 5, MEASURED_BY: 5, DRAWS_FROM: 5,
  MENTIONS: 6, PLANS: 6, STATES: 6, IN_PLACE: 6, BUDGETS: 6, DEFINES: 6,
  HAS_DELIVERABLE: 7, ABOUT: 7, REFERS_TO: 7, REPORTS: 8, HAS_THEME: 8,
};

const KIND_RANK: Record<string, number> = {
  Organisation: 0, Plan: 1, System: 2, Objective: 3, RiskDomain: 3, Risk: 4, SwotItem: 4, StakeholderGroup: 4, Audience: 4,
  Question: 4, Answer: 4, PestelFactor: 5, Action: 5, Finding: 5, Indicator: 5, Theme: 6, Place: 6, Reference: 6, Fact: 6,
  Deliverable: 7, BudgetLine: 7, Figure: 8,
};

const rank = (table: Record<string, number>, key: string) => table[key] ?? 5;

function candidateOrder(a: StepCandidate, b: StepCandidate): number {
  return rank(RELATIONSHIP_RANK, a.relationship) - rank(RELATIONSHIP_RANK, b.relationship)
    || rank(KIND_RANK, a.kind) - rank(KIND_RANK, b.kind)
    || (a.planId ?? '').localeCompare(b.planId ?? '')
    || (a.position ?? Number.MAX_SAFE_INTEGER) - (b.position ?? Number.MAX_SAFE_INTEGER)
    || a.id.localeCompare(b.id);
}

const groupKey = (c: StepCandidate) => `${c.via}\u0000${c.relationship}\u0000${c.direction}\u0000${c.kind}`;

export function budgetStep(rows: readonly StepCandidate[], budget: number): BudgetedStep {
  // Each node counts once, in the group of its strongest link.
  const best = new Map<string, StepCandidate>();
  for (const row of rows) {
    const current = best.get(row.id);
    if (!current || candidateOrder(row, current) < 0) best.set(row.id, row);
  }
  const groups = new Map<string, StepCandidate[]>();
  for (const c of best.values()) groups.set(groupKey(c), [...(groups.get(groupKey(c)) ?? []), c]);
  const ordered = [...groups.values()]
    .map((members) => members.sort((a, b) => (a.planId ?? '').localeCompare(b.planId ?? '') || (a.position ?? Number.MAX_SAFE_INTEGER) - (b.position ?? Number.MAX_SAFE_INTEGER) || a.id.localeCompare(b.id)))
    .sort((a, b) => candidateOrder(a[0]!, b[0]!) || a.length - b.length || a[0]!.via.localeCompare(b[0]!.via));

  const kept: string[] = [];
  const taken = ordered.map(() => 0);
  let left = Math.max(0, budget);
  for (let progress = true; left > 0 && progress;) {
    progress = false;
    ordered.forEach((members, i) => {
      if (left > 0 && taken[i]! < members.length) {
        kept.push(members[taken[i]!]!.id);
        taken[i]! += 1;
        left -= 1;
        progress = true;
      }
    });
  }
  const omitted = ordered.flatMap((members, i) => {
    const count = members.length - taken[i]!;
    if (count === 0) return [];
    const { via, relationship, direction, kind } = members[0]!;
    return [{ via, relationship, direction, kind, count }];
  });
  return { kept, reached: [...best.keys()], omitted };
}
