import { ActionKind, Country, GovernmentLevel, NodeKind, ObjectiveLevel, OrganisationKind, PestelCategory, PlanKind, StakeholderCategory, Status, SwotType } from '../common/enums.js';

/**
 * What can be written for each kind of node: its fields (GraphQL name, Neo4j property, type,
 * whether create needs it), where it lives (in a plan, or shared), and the structural links
 * its creation makes. The mutation inputs and their validation are generated from this table,
 * so a field is declared once.
 */
export type FieldType = 'text' | 'longText' | 'int' | 'float' | 'date' | 'enum';

export interface FieldSpec {
  readonly name: string;
  /** Neo4j property, when it differs from the GraphQL name. */
  readonly prop?: string;
  readonly type: FieldType;
  readonly enumType?: object;
  readonly required?: boolean;
  readonly description?: string;
}

/** A node the new node is linked to when created (a deliverable's action, an objective's parent ...). */
export interface RefSpec {
  readonly name: string;
  readonly relationship: string;
  readonly target: NodeKind;
  /** `out`: new node → target; `in`: target → new node. */
  readonly direction: 'out' | 'in';
  readonly required?: boolean;
  readonly description: string;
}

export interface KindSpec {
  readonly kind: NodeKind;
  /** `plan`: the node belongs to a plan (id `<plan>/<key>`); `shared`: one node for all plans. */
  readonly scope: 'plan' | 'shared';
  /** The plan's link to the new item. */
  readonly containedBy?: 'IDENTIFIES' | 'SETS' | 'PLANS' | 'REPORTS';
  readonly fields: readonly FieldSpec[];
  readonly refs: readonly RefSpec[];
  /** Shared nodes' ids: organisations keep the key itself, themes and systems a prefix. */
  readonly idPrefix?: string;
  /** Kinds only analysts create (a partner may still edit its own organisation). */
  readonly analystsOnly?: boolean;
}

const text = (name: string, required = false, prop?: string): FieldSpec => ({ name, type: 'text', required, prop });
const longText = (name: string, required = false): FieldSpec => ({ name, type: 'longText', required });
const en = (name: string, enumType: object, required = false, prop?: string): FieldSpec => ({ name, type: 'enum', enumType, required, prop });
const int = (name: string, required = false, prop?: string): FieldSpec => ({ name, type: 'int', required, prop });
const date = (name: string): FieldSpec => ({ name, type: 'date' });

export const KINDS: readonly KindSpec[] = [
  {
    kind: NodeKind.ORGANISATION, scope: 'shared', analystsOnly: true, refs: [
      { name: 'parent', relationship: 'PART_OF', target: NodeKind.ORGANISATION, direction: 'out', description: 'The organisation it is part of.' },
    ],
    fields: [text('name', true), text('acronym'), en('country', Country), en('governmentLevel', GovernmentLevel, false, 'level'), en('organisationKind', OrganisationKind)],
  },
  {
    kind: NodeKind.PLAN, scope: 'shared', refs: [
      { name: 'publisher', relationship: 'PUBLISHES', target: NodeKind.ORGANISATION, direction: 'in', required: true, description: 'The organisation that publishes it.' },
    ],
    fields: [text('title', true), en('planKind', PlanKind, true), int('periodFrom'), int('periodTo'), text('source', true), text('language')],
  },
  {
    kind: NodeKind.STAKEHOLDER_GROUP, scope: 'plan', containedBy: 'IDENTIFIES', refs: [
      { name: 'parent', relationship: 'PART_OF', target: NodeKind.STAKEHOLDER_GROUP, direction: 'out', description: 'The group it is a subgroup of.' },
    ],
    fields: [text('code'), text('name', true), en('category', StakeholderCategory)],
  },
  { kind: NodeKind.SWOT_ITEM, scope: 'plan', containedBy: 'IDENTIFIES', refs: [], fields: [en('type', SwotType, true), text('code'), longText('text', true)] },
  { kind: NodeKind.PESTEL_FACTOR, scope: 'plan', containedBy: 'IDENTIFIES', refs: [], fields: [en('category', PestelCategory, true), text('code'), text('title'), longText('text', true)] },
  { kind: NodeKind.RISK, scope: 'plan', containedBy: 'IDENTIFIES', refs: [], fields: [text('code'), text('title'), longText('text', true), text('likelihood'), text('impact')] },
  { kind: NodeKind.RISK_DOMAIN, scope: 'plan', containedBy: 'IDENTIFIES', refs: [], fields: [text('code'), text('name', true), longText('description')] },
  {
    kind: NodeKind.OBJECTIVE, scope: 'plan', containedBy: 'SETS', refs: [
      { name: 'parent', relationship: 'PART_OF', target: NodeKind.OBJECTIVE, direction: 'out', description: 'The objective it falls under.' },
    ],
    fields: [en('level', ObjectiveLevel, true), text('code'), longText('title', true), longText('description'), text('group'), int('periodFrom'), int('periodTo')],
  },
  {
    kind: NodeKind.ACTION, scope: 'plan', containedBy: 'PLANS', refs: [
      { name: 'objective', relationship: 'IMPLEMENTS', target: NodeKind.OBJECTIVE, direction: 'out', description: 'The objective it implements.' },
    ],
    fields: [
      en('actionKind', ActionKind, true), text('code'), longText('title', true), longText('description'), date('deadline'), text('deadlineText'),
      text('commitment'), text('indicator'), int('periodFrom'), int('periodTo'), en('status', Status), text('statusText'),
    ],
  },
  {
    kind: NodeKind.DELIVERABLE, scope: 'plan', refs: [
      { name: 'action', relationship: 'HAS_DELIVERABLE', target: NodeKind.ACTION, direction: 'in', required: true, description: 'The action it belongs to.' },
    ],
    fields: [longText('title', true), date('due'), text('dueText'), en('status', Status), text('statusText')],
  },
  { kind: NodeKind.SYSTEM, scope: 'shared', idPrefix: 'system/', analystsOnly: true, refs: [], fields: [text('name', true), text('acronym')] },
  { kind: NodeKind.FIGURE, scope: 'plan', containedBy: 'REPORTS', refs: [
      { name: 'subject', relationship: 'ABOUT', target: NodeKind.ORGANISATION, direction: 'out', description: 'The organisation the figure is about.' },
    ],
    fields: [text('label', true), { name: 'value', type: 'float', required: true }, text('unit', true), int('year'), text('text', true)] },
  { kind: NodeKind.THEME, scope: 'shared', idPrefix: 'theme/', analystsOnly: true, refs: [], fields: [text('name', true), text('labelEn', true), longText('description')] },
];

export function kindSpec(kind: string): KindSpec | undefined {
  return KINDS.find((k) => k.kind === kind);
}

/**
 * Links that can be made or removed through the API, by relationship: the kinds allowed at
 * each end. Structural links (a plan's items, publishing) come with creating the node.
 */
export const LINKABLE: Readonly<Record<string, { from: readonly NodeKind[]; to: readonly NodeKind[]; wording?: boolean }>> = {
  PART_OF: { from: [NodeKind.OBJECTIVE, NodeKind.ORGANISATION, NodeKind.STAKEHOLDER_GROUP], to: [NodeKind.OBJECTIVE, NodeKind.ORGANISATION, NodeKind.STAKEHOLDER_GROUP] },
  IMPLEMENTS: { from: [NodeKind.ACTION], to: [NodeKind.OBJECTIVE] },
  INVOLVES: { from: [NodeKind.OBJECTIVE, NodeKind.ACTION], to: [NodeKind.ORGANISATION], wording: true },
  ADDRESSES: { from: [NodeKind.OBJECTIVE], to: [NodeKind.SWOT_ITEM] },
  IN_DOMAIN: { from: [NodeKind.SWOT_ITEM], to: [NodeKind.RISK_DOMAIN] },
  ANSWERS: { from: [NodeKind.OBJECTIVE], to: [NodeKind.RISK_DOMAIN] },
  THREATENS: { from: [NodeKind.RISK], to: [NodeKind.OBJECTIVE] },
  HAS_THEME: { from: [NodeKind.OBJECTIVE, NodeKind.ACTION, NodeKind.SWOT_ITEM, NodeKind.PESTEL_FACTOR, NodeKind.RISK], to: [NodeKind.THEME] },
  ALIGNED_WITH: { from: [NodeKind.OBJECTIVE], to: [NodeKind.OBJECTIVE] },
  MEMBER_OF: { from: [NodeKind.ORGANISATION], to: [NodeKind.STAKEHOLDER_GROUP], wording: true },
  OPERATES: { from: [NodeKind.ORGANISATION], to: [NodeKind.SYSTEM], wording: true },
  USES: { from: [NodeKind.ORGANISATION], to: [NodeKind.SYSTEM], wording: true },
  CONCERNS: { from: [NodeKind.ACTION], to: [NodeKind.SYSTEM] },
  ABOUT: { from: [NodeKind.FIGURE], to: [NodeKind.ORGANISATION] },
  MENTIONS: { from: [NodeKind.PLAN], to: [NodeKind.ORGANISATION], wording: true },
  DESCRIBES: { from: [NodeKind.PLAN], to: [NodeKind.SYSTEM] },
};
