import { NodeKind } from './enums.js';

/**
 * When two items may not share a code: a code as printed is unique among its siblings, the
 * items of the same kind in the same plan under the same parent and of the same type (the
 * rule the data files follow; AJH has an "OD 1" under every SD). Every writer stores the
 * sibling scope with the code as `codeScope` (see cypher/curation/refresh-code-scope.cypher)
 * and a uniqueness constraint per kind enforces it, so no two writers can both win.
 *
 * `props`: properties that split siblings (a SWOT item's type); `parent`: the link to the
 * parent (an objective's PART_OF, an action's first IMPLEMENTS).
 */
export interface CodeScopeRule {
  readonly props: readonly string[];
  readonly parent?: { readonly rel: string; readonly key?: string };
}

export const CODE_SCOPES: Readonly<Partial<Record<NodeKind, CodeScopeRule>>> = {
  [NodeKind.SWOT_ITEM]: { props: ['type'] },
  [NodeKind.PESTEL_FACTOR]: { props: ['category'] },
  [NodeKind.STAKEHOLDER_GROUP]: { props: [], parent: { rel: 'PART_OF' } },
  [NodeKind.RISK]: { props: [] },
  [NodeKind.RISK_DOMAIN]: { props: ['listing'] },
  [NodeKind.OBJECTIVE]: { props: ['level', 'group', 'periodFrom', 'periodTo'], parent: { rel: 'PART_OF' } },
  [NodeKind.ACTION]: { props: ['actionKind', 'group', 'periodFrom', 'periodTo'], parent: { rel: 'IMPLEMENTS', key: '' } },
};

/** The property holding the sibling scope and code (null for items without a code). */
export const CODE_SCOPE_PROP = 'codeScope';

/**
 * Normalised codes (SD1, OD1.2, ...), where a kind has them, are unique within their plan
 * across kinds: writers store `planCode` (plan id and normalised code) and one constraint on
 * every node enforces it.
 */
export const PLAN_CODE_PROP = 'planCode';
export const NORMALISED_CODE_PROP = 'normalizedCode';
