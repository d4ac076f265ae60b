import {
  ActionKind, Country, ENUMS, GovernmentLevel, NodeKind, ObjectiveLevel, OrganisationKind, PestelCategory, PlanKind, SortField,
  StakeholderCategory, Status, SwotType, type EnumMeta,
} from './enums.js';
import type { ComputedFieldDef, CreateRefDef, FilterDef, KindDef, LinkFieldDef, PropDef, RefFieldDef } from './types.js';

/**
 * THE MODEL TABLE: every kind of node of the plan graph, declared once. A field added here
 * appears in the GraphQL type, its filters and mutation inputs, the read compiler's projection,
 * the constraints and indexes (cypher/schema, emitted by `npm run cypher:emit`) and the search
 * index. Kind-specific shaping (a period from two years, a status report) lives in the kind's
 * folder under src/graphql, which declares here only what it reads (`computed`).
 */

const meta = (values: object): EnumMeta => ENUMS.find((e) => e.values === values)!;

// --- property helpers -------------------------------------------------------------------------
type Opts = Omit<PropDef, 'name' | 'type'>;
const text = (name: string, o: Opts = {}): PropDef => ({ name, type: 'text', ...o });
const longText = (name: string, o: Opts = {}): PropDef => ({ name, type: 'longText', ...o });
const int = (name: string, o: Opts = {}): PropDef => ({ name, type: 'int', ...o });
const float = (name: string, o: Opts = {}): PropDef => ({ name, type: 'float', ...o });
const date = (name: string, o: Opts = {}): PropDef => ({ name, type: 'date', ...o });
const en = (name: string, values: object, o: Opts = {}): PropDef => ({ name, type: 'enum', enum: meta(values), ...o });

// --- link helpers -----------------------------------------------------------------------------
type LinkOpts = Partial<Pick<LinkFieldDef, 'where' | 'args' | 'description'>>;
const many = (name: string, rel: string, direction: LinkFieldDef['direction'], target: LinkFieldDef['target'], o: LinkOpts = {}): LinkFieldDef => ({ name, rel, direction, target, many: true, ...o });
const one = (name: string, rel: string, direction: LinkFieldDef['direction'], target: LinkFieldDef['target'], description?: string): LinkFieldDef => ({ name, rel, direction, target, many: false, description });
const themes = many('themes', 'HAS_THEME', 'OUT', NodeKind.THEME, { description: 'Themes an analyst tagged it with; each edge has the rationale.' });
const planRef: RefFieldDef = { name: 'plan', prop: 'planId', target: NodeKind.PLAN, description: 'The plan (document) it belongs to.' };

// --- filter helpers ---------------------------------------------------------------------------
const textFilter: FilterDef = { name: 'text', op: 'text', description: 'Words of its code, title, name or text (case-insensitive, part of a word matches).' };
const orgFilter: FilterDef = { name: 'organisations', op: 'publisher', description: 'Publishing organisations.' };
const planFilter: FilterDef = { name: 'plans', op: 'plan' };
const themeFilter: FilterDef = { name: 'themes', op: 'theme', description: 'Theme ids (theme/...); any of them.' };
const inFilter = (name: string, prop: string, values: object): FilterDef => ({ name, op: 'in', prop, type: 'enum', enum: meta(values) });
const itemFilters = [textFilter, orgFilter, planFilter];

const period: ComputedFieldDef = { name: 'period', needs: ['periodFrom', 'periodTo'] };
const periodProps = [int('periodFrom', { internal: true }), int('periodTo', { internal: true })];
const planItem = { scope: 'plan', refs: [planRef], createRefs: [] as CreateRefDef[] } as const;
const itemSorts = { [SortField.CODE]: 'codeKey', [SortField.TITLE]: 'sortLabel', [SortField.NAME]: 'sortLabel' };

export const KINDS: readonly KindDef[] = [
  {
    kind: NodeKind.ORGANISATION, single: 'organisation', list: 'organisations', scope: 'shared', analystsOnly: true,
    description: 'A real institution, one node across all documents. Its aliases are the names the documents use for it.',
    props: [
      text('name', { required: true, searchable: true }),
      text('acronym', { searchable: true }),
      en('country', Country, { indexed: true }),
      en('governmentLevel', GovernmentLevel, { prop: 'level', indexed: true }),
      en('organisationKind', OrganisationKind, { indexed: true }),
      text('definedIn', { required: true, readOnly: true, description: 'The data file that defines it (organisations.yaml, a plan file, or api).' }),
    ],
    computed: [{ name: 'aliases', needs: ['aliases', 'aliasText'] }],
    links: [
      one('parent', 'PART_OF', 'OUT', NodeKind.ORGANISATION, 'The organisation it is part of.'),
      many('units', 'PART_OF', 'IN', NodeKind.ORGANISATION, { description: 'Its departments and services.' }),
      many('plans', 'PUBLISHES', 'OUT', NodeKind.PLAN, { description: 'The plans it publishes.' }),
      many('mentionedIn', 'MENTIONS', 'IN', NodeKind.PLAN, { description: 'The documents that name it; each edge says how (wording) and where.' }),
      many('involvedInObjectives', 'INVOLVES', 'IN', NodeKind.OBJECTIVE, { description: 'Objectives (of any organisation) that involve it as a partner.' }),
      many('involvedInActions', 'INVOLVES', 'IN', NodeKind.ACTION, { description: 'Actions and projects (of any organisation) that involve it as a partner.' }),
      many('stakeholderOf', 'MEMBER_OF', 'OUT', NodeKind.STAKEHOLDER_GROUP, { description: 'Stakeholder groups of plans that list it.' }),
      many('operates', 'OPERATES', 'OUT', NodeKind.SYSTEM, { description: 'IT systems it runs.' }),
      many('uses', 'USES', 'OUT', NodeKind.SYSTEM, { description: 'IT systems it has access to.' }),
      many('figures', 'ABOUT', 'IN', NodeKind.FIGURE, { description: 'Key figures about it.' }),
    ],
    refs: [],
    filters: [
      { name: 'text', op: 'text', description: 'Part of the name, an acronym or an alias (case-insensitive).' },
      { name: 'ids', op: 'in', prop: 'id', type: 'id' },
      inFilter('countries', 'country', Country),
      inFilter('governmentLevels', 'level', GovernmentLevel),
      inFilter('kinds', 'organisationKind', OrganisationKind),
    ],
    sorts: { [SortField.NAME]: 'sortLabel', [SortField.TITLE]: 'sortLabel', [SortField.CODE]: 'codeKey' },
    defaultSort: SortField.NAME,
    createRefs: [{ name: 'parent', rel: 'PART_OF', target: NodeKind.ORGANISATION, direction: 'out', description: 'The organisation it is part of.' }],
  },
  {
    kind: NodeKind.PLAN, single: 'plan', list: 'plans', scope: 'shared',
    description: 'A source document: a plan, review or parliamentary question, published by one organisation.',
    props: [
      text('title', { required: true, searchable: true }),
      en('planKind', PlanKind, { required: true, indexed: true }),
      text('source', { required: true, description: 'File name of the source text in data/sources.' }),
      text('language', { required: true }),
      ...periodProps,
    ],
    computed: [period],
    links: [
      one('publisher', 'PUBLISHES', 'IN', NodeKind.ORGANISATION),
      many('mentions', 'MENTIONS', 'OUT', NodeKind.ORGANISATION, { description: 'Every organisation the document names; each edge has the wording it uses.' }),
      many('stakeholderGroups', 'IDENTIFIES', 'OUT', NodeKind.STAKEHOLDER_GROUP),
      many('swotItems', 'IDENTIFIES', 'OUT', NodeKind.SWOT_ITEM, { args: [{ name: 'type', on: 'target', prop: 'type', enum: meta(SwotType) }] }),
      many('pestelFactors', 'IDENTIFIES', 'OUT', NodeKind.PESTEL_FACTOR),
      many('risks', 'IDENTIFIES', 'OUT', NodeKind.RISK),
      many('riskDomains', 'IDENTIFIES', 'OUT', NodeKind.RISK_DOMAIN),
      many('objectives', 'SETS', 'OUT', NodeKind.OBJECTIVE, { args: [{ name: 'level', on: 'target', prop: 'level', enum: meta(ObjectiveLevel) }] }),
      many('actions', 'PLANS', 'OUT', NodeKind.ACTION),
      many('systems', 'DESCRIBES', 'OUT', NodeKind.SYSTEM, { description: 'IT systems the document describes; each edge has its description there.' }),
      many('figures', 'REPORTS', 'OUT', NodeKind.FIGURE),
    ],
    refs: [],
    filters: [textFilter, orgFilter, inFilter('kinds', 'planKind', PlanKind)],
    sorts: { [SortField.TITLE]: 'sortLabel', [SortField.NAME]: 'sortLabel' },
    defaultSort: SortField.DOCUMENT,
    createRefs: [{ name: 'publisher', rel: 'PUBLISHES', target: NodeKind.ORGANISATION, direction: 'in', required: true, description: 'The organisation that publishes it.' }],
  },
  {
    kind: NodeKind.STAKEHOLDER_GROUP, single: 'stakeholderGroup', list: 'stakeholderGroups', ...planItem, containedBy: 'IDENTIFIES',
    description: 'A named group of stakeholders in a plan, with the organisations it lists.',
    props: [text('code', { searchable: true }), text('name', { required: true, searchable: true }), en('category', StakeholderCategory, { indexed: true })],
    computed: [],
    links: [
      many('members', 'MEMBER_OF', 'IN', NodeKind.ORGANISATION, { description: 'The organisations the document lists in the group; edges carry the wording.' }),
      one('parent', 'PART_OF', 'OUT', NodeKind.STAKEHOLDER_GROUP),
      many('subgroups', 'PART_OF', 'IN', NodeKind.STAKEHOLDER_GROUP),
    ],
    filters: [...itemFilters, inFilter('categories', 'category', StakeholderCategory)],
    sorts: itemSorts,
    defaultSort: SortField.DOCUMENT,
    createRefs: [{ name: 'parent', rel: 'PART_OF', target: NodeKind.STAKEHOLDER_GROUP, direction: 'out', description: 'The group it is a subgroup of.' }],
  },
  {
    kind: NodeKind.SWOT_ITEM, single: 'swotItem', list: 'swotItems', ...planItem, containedBy: 'IDENTIFIES',
    description: 'A strength, weakness, opportunity or threat of a SWOT analysis, with the code the document gives it.',
    props: [en('type', SwotType, { required: true, indexed: true }), text('code', { searchable: true }), longText('text', { required: true, searchable: true })],
    computed: [],
    links: [
      many('riskDomains', 'IN_DOMAIN', 'OUT', NodeKind.RISK_DOMAIN, { description: 'Risk domains the document files it under.' }),
      many('addressedBy', 'ADDRESSES', 'IN', NodeKind.OBJECTIVE, { description: 'Objectives linked to it directly.' }),
      themes,
    ],
    filters: [...itemFilters, inFilter('types', 'type', SwotType), themeFilter],
    sorts: itemSorts,
    defaultSort: SortField.DOCUMENT,
  },
  {
    kind: NodeKind.PESTEL_FACTOR, single: 'pestelFactor', list: 'pestelFactors', ...planItem, containedBy: 'IDENTIFIES',
    description: 'A factor of a PESTEL analysis.',
    props: [en('category', PestelCategory, { required: true, indexed: true }), text('code', { searchable: true }), text('title', { searchable: true }), longText('text', { required: true, searchable: true })],
    computed: [],
    links: [themes],
    filters: [...itemFilters, inFilter('categories', 'category', PestelCategory), themeFilter],
    sorts: itemSorts,
    defaultSort: SortField.DOCUMENT,
  },
  {
    kind: NodeKind.RISK, single: 'risk', list: 'risks', ...planItem, containedBy: 'IDENTIFIES',
    description: 'A risk a plan names.',
    props: [
      text('code', { searchable: true }), text('title', { searchable: true }), longText('text', { required: true, searchable: true }),
      text('likelihood', { description: "The document's own rating, verbatim." }), text('impact', { description: "The document's own rating, verbatim." }),
    ],
    computed: [],
    links: [many('threatens', 'THREATENS', 'OUT', NodeKind.OBJECTIVE, { description: 'Objectives the document says the risk endangers.' }), themes],
    filters: [...itemFilters, themeFilter],
    sorts: itemSorts,
    defaultSort: SortField.DOCUMENT,
  },
  {
    kind: NodeKind.RISK_DOMAIN, single: 'riskDomain', list: 'riskDomains', ...planItem, containedBy: 'IDENTIFIES',
    description: 'A strategic risk domain: the weaknesses and threats it groups and the objectives that answer it.',
    props: [text('code', { searchable: true }), text('name', { required: true, searchable: true }), longText('description', { searchable: true })],
    computed: [],
    links: [
      many('weaknesses', 'IN_DOMAIN', 'IN', NodeKind.SWOT_ITEM, { where: { prop: 'type', equals: SwotType.WEAKNESS }, description: 'The weaknesses the document lists under the domain.' }),
      many('threats', 'IN_DOMAIN', 'IN', NodeKind.SWOT_ITEM, { where: { prop: 'type', equals: SwotType.THREAT }, description: 'The threats the document lists under the domain.' }),
      many('objectives', 'ANSWERS', 'IN', NodeKind.OBJECTIVE, { description: 'The objectives that answer the domain.' }),
    ],
    filters: itemFilters,
    sorts: itemSorts,
    defaultSort: SortField.DOCUMENT,
  },
  {
    kind: NodeKind.OBJECTIVE, single: 'objective', list: 'objectives', ...planItem, containedBy: 'SETS',
    description: 'A strategic or operational objective, with its code as printed.',
    props: [
      en('level', ObjectiveLevel, { required: true, indexed: true }),
      text('code', { searchable: true }),
      longText('title', { required: true, searchable: true }),
      longText('description', { searchable: true }),
      text('group', { description: "The document's grouping, e.g. horizontal objectives." }),
      ...periodProps,
    ],
    computed: [period, { name: 'result', needs: ['resultText', 'resultSource', 'resultLineFrom', 'resultLineTo', 'resultQuote', 'planId'] }],
    links: [
      one('parent', 'PART_OF', 'OUT', NodeKind.OBJECTIVE, 'The objective it falls under.'),
      many('children', 'PART_OF', 'IN', NodeKind.OBJECTIVE, { description: 'Objectives that fall under it.' }),
      many('actions', 'IMPLEMENTS', 'IN', NodeKind.ACTION, { description: 'Actions and projects that implement it.' }),
      many('partners', 'INVOLVES', 'OUT', NodeKind.ORGANISATION, { description: 'Organisations the document involves in it.' }),
      many('addresses', 'ADDRESSES', 'OUT', NodeKind.SWOT_ITEM, { description: 'SWOT items linked to it directly.' }),
      many('riskDomains', 'ANSWERS', 'OUT', NodeKind.RISK_DOMAIN, { description: 'Risk domains it answers.' }),
      many('threatenedBy', 'THREATENS', 'IN', NodeKind.RISK, { description: 'Risks the document says endanger it.' }),
      many('alignedWith', 'ALIGNED_WITH', 'BOTH', NodeKind.OBJECTIVE, { description: 'Objectives of other organisations an analyst aligned with it (either direction).' }),
      themes,
    ],
    filters: [...itemFilters, inFilter('levels', 'level', ObjectiveLevel), themeFilter],
    sorts: itemSorts,
    defaultSort: SortField.DOCUMENT,
    createRefs: [{ name: 'parent', rel: 'PART_OF', target: NodeKind.OBJECTIVE, direction: 'out', description: 'The objective it falls under.' }],
  },
  {
    kind: NodeKind.ACTION, single: 'action', list: 'actions', ...planItem, containedBy: 'PLANS',
    description: 'An action, project, programme or measure that implements objectives.',
    props: [
      en('actionKind', ActionKind, { required: true, indexed: true }),
      text('code', { searchable: true }),
      longText('title', { required: true, searchable: true }),
      longText('description', { searchable: true }),
      date('deadline', { indexed: true, description: 'The last day the deadline allows; see deadlineText for the wording.' }),
      text('deadlineText', { description: 'The deadline as the document words it ("Eind 2028").' }),
      text('commitment', { description: 'Kind of commitment, verbatim (e.g. Resultaatsverbintenis).' }),
      text('indicator'),
      en('status', Status, { indexed: true }),
      text('statusText', { internal: true, description: "The status in the document's own words." }),
      ...periodProps,
    ],
    computed: [period, { name: 'statusReport', needs: ['status', 'statusText', 'statusSource', 'statusLineFrom', 'statusLineTo', 'planId'] }],
    links: [
      many('objectives', 'IMPLEMENTS', 'OUT', NodeKind.OBJECTIVE, { description: 'The objectives it implements.' }),
      many('deliverables', 'HAS_DELIVERABLE', 'OUT', NodeKind.DELIVERABLE),
      many('partners', 'INVOLVES', 'OUT', NodeKind.ORGANISATION, { description: 'Organisations the document involves in it.' }),
      many('systems', 'CONCERNS', 'OUT', NodeKind.SYSTEM, { description: 'IT systems it concerns.' }),
      themes,
    ],
    filters: [
      ...itemFilters, inFilter('kinds', 'actionKind', ActionKind), themeFilter, inFilter('statuses', 'status', Status),
      { name: 'deadline', op: 'dateRange', prop: 'deadline' },
    ],
    sorts: { ...itemSorts, [SortField.DEADLINE]: 'deadline' },
    defaultSort: SortField.DOCUMENT,
    createRefs: [{ name: 'objective', rel: 'IMPLEMENTS', target: NodeKind.OBJECTIVE, direction: 'out', description: 'The objective it implements.' }],
  },
  {
    kind: NodeKind.DELIVERABLE, single: 'deliverable', list: 'deliverables', ...planItem,
    description: 'A dated deliverable of an action or project.',
    props: [
      longText('title', { required: true, searchable: true }),
      int('position', { required: true, readOnly: true, description: 'Order within its action.' }),
      date('due', { indexed: true }),
      text('dueText'),
      en('status', Status, { indexed: true }),
      text('statusText'),
    ],
    computed: [],
    links: [one('action', 'HAS_DELIVERABLE', 'IN', NodeKind.ACTION)],
    filters: [...itemFilters, inFilter('statuses', 'status', Status), { name: 'due', op: 'dateRange', prop: 'due' }],
    sorts: { ...itemSorts, [SortField.DEADLINE]: 'due' },
    defaultSort: SortField.DOCUMENT,
    createRefs: [{ name: 'action', rel: 'HAS_DELIVERABLE', target: NodeKind.ACTION, direction: 'in', required: true, description: 'The action it belongs to.' }],
  },
  {
    kind: NodeKind.SYSTEM, single: 'system', list: 'systems', scope: 'shared', idPrefix: 'system/', analystsOnly: true,
    description: 'An IT application or platform; one node across all documents.',
    props: [text('code', { required: true, readOnly: true, searchable: true }), text('name', { required: true, searchable: true }), text('acronym', { searchable: true })],
    computed: [],
    links: [
      many('describedBy', 'DESCRIBES', 'IN', NodeKind.PLAN, { description: 'Documents that describe it; each edge quotes the description.' }),
      many('operators', 'OPERATES', 'IN', NodeKind.ORGANISATION, { description: 'Who runs it.' }),
      many('users', 'USES', 'IN', NodeKind.ORGANISATION, { description: 'Who has access to it.' }),
      many('actions', 'CONCERNS', 'IN', NodeKind.ACTION, { description: 'Actions and projects that concern it.' }),
    ],
    refs: [],
    filters: [textFilter],
    sorts: { [SortField.NAME]: 'sortLabel', [SortField.TITLE]: 'sortLabel', [SortField.CODE]: 'codeKey' },
    defaultSort: SortField.NAME,
    createRefs: [],
  },
  {
    kind: NodeKind.FIGURE, single: 'figure', list: 'figures', ...planItem, containedBy: 'REPORTS',
    description: 'A key number a document reports, with its unit and year.',
    props: [
      text('label', { required: true, searchable: true }),
      float('value', { required: true }),
      text('unit', { required: true }),
      int('year', { indexed: true }),
      text('text', { required: true, searchable: true, description: 'The number as printed.' }),
    ],
    computed: [],
    links: [one('subject', 'ABOUT', 'OUT', NodeKind.ORGANISATION, 'The organisation the number is about.')],
    filters: [...itemFilters, { name: 'years', op: 'in', prop: 'year', type: 'int' }],
    sorts: { ...itemSorts, [SortField.YEAR]: 'year' },
    defaultSort: SortField.DOCUMENT,
    createRefs: [{ name: 'subject', rel: 'ABOUT', target: NodeKind.ORGANISATION, direction: 'out', description: 'The organisation the figure is about.' }],
  },
  {
    kind: NodeKind.THEME, single: 'theme', list: 'themes', scope: 'shared', idPrefix: 'theme/', analystsOnly: true,
    description: 'A theme of the controlled vocabulary; curated tags link objectives, actions, SWOT items and PESTEL factors to it.',
    props: [
      text('code', { required: true, readOnly: true, searchable: true, description: 'The vocabulary id, e.g. digitalisation.' }),
      text('name', { required: true, searchable: true, description: 'Dutch label.' }),
      text('labelEn', { required: true, searchable: true, description: 'English label.' }),
      longText('description'),
    ],
    computed: [],
    links: [
      many('objectives', 'HAS_THEME', 'IN', NodeKind.OBJECTIVE, { description: 'Objectives tagged with the theme (curated; each edge has the rationale).' }),
      many('actions', 'HAS_THEME', 'IN', NodeKind.ACTION),
      many('swotItems', 'HAS_THEME', 'IN', NodeKind.SWOT_ITEM),
      many('pestelFactors', 'HAS_THEME', 'IN', NodeKind.PESTEL_FACTOR),
      many('risks', 'HAS_THEME', 'IN', NodeKind.RISK),
    ],
    refs: [],
    filters: [textFilter],
    sorts: { [SortField.NAME]: 'sortLabel', [SortField.TITLE]: 'sortLabel', [SortField.CODE]: 'codeKey' },
    defaultSort: SortField.NAME,
    createRefs: [],
  },
];

const BY_KIND = new Map(KINDS.map((k) => [k.kind as string, k]));

export function kindDef(kind: string): KindDef {
  const def = BY_KIND.get(kind);
  if (!def) throw new Error(`no kind ${kind} in the model`);
  return def;
}

export function findKind(kind: string): KindDef | undefined {
  return BY_KIND.get(kind);
}

/** Neo4j property of a field of a kind. */
export const propOf = (p: PropDef): string => p.prop ?? p.name;
