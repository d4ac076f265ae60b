import {
  ActionKind, Country, ENUMS, FactKind, FindingKind, GovernmentLevel, MembershipRole, NodeKind, ObjectiveLevel, OrganisationKind, PestelCategory,
  PlaceKind, PlaceRole, PlanKind, ReferenceKind, RiskKind, Role, SortField, StakeholderCategory, Status, SwotType, type EnumMeta,
} from './enums.js';
import type { ComputedFieldDef, CreateRefDef, FilterDef, KindDef, LinkArgDef, LinkFieldDef, PropDef, RefFieldDef } from './types.js';

/**
 * THE MODEL TABLE: every kind of node of the plan graph, declared once. A field added here
 * appears in the GraphQL type, its filters and mutation inputs, the read compiler's projection,
 * the constraints and indexes (cypher/schema, emitted by `npm run cypher:emit`) and the search
 * index. Kind-specific shaping (a period from two years, a status report) lives in the kind's
 * folder under src/graphql, which declares here only what it reads (`computed`).
 */

const meta = (values: object): EnumMeta => ENUMS.find((e) => e.values === values)!;
const K = NodeKind;

// --- property helpers -------------------------------------------------------------------------
type Opts = Omit<PropDef, 'name' | 'type'>;
const text = (name: string, o: Opts = {}): PropDef => ({ name, type: 'text', ...o });
const longText = (name: string, o: Opts = {}): PropDef => ({ name, type: 'longText', ...o });
const int = (name: string, o: Opts = {}): PropDef => ({ name, type: 'int', ...o });
const float = (name: string, o: Opts = {}): PropDef => ({ name, type: 'float', ...o });
const date = (name: string, o: Opts = {}): PropDef => ({ name, type: 'date', ...o });
const en = (name: string, values: object, o: Opts = {}): PropDef => ({ name, type: 'enum', enum: meta(values), ...o });

/** The code as printed and the normalised one ("SD 1" and "SD1"), both searchable. */
const codes = [
  text('code', { searchable: true, description: 'The code as the document prints it.' }),
  text('normalizedCode', { searchable: true, description: 'The code normalised across plans ("SD1", "OD1.2", "T5"), unique within its plan.' }),
];
const statusProps = [
  en('status', Status, { indexed: true }),
  text('statusText', { internal: true, description: "The status in the document's own words." }),
];
const statusReport: ComputedFieldDef = { name: 'statusReport', needs: ['status', 'statusText', 'statusSource', 'statusLineFrom', 'statusLineTo', 'planId'] };

// --- link helpers -----------------------------------------------------------------------------
type LinkOpts = Partial<Pick<LinkFieldDef, 'where' | 'args' | 'description'>>;
const many = (name: string, rel: string, direction: LinkFieldDef['direction'], target: LinkFieldDef['target'], o: LinkOpts = {}): LinkFieldDef => ({ name, rel, direction, target, many: true, ...o });
const one = (name: string, rel: string, direction: LinkFieldDef['direction'], target: LinkFieldDef['target'], description?: string): LinkFieldDef => ({ name, rel, direction, target, many: false, description });
const themes = many('themes', 'HAS_THEME', 'OUT', K.THEME, { description: 'Themes an analyst tagged it with; each edge has the rationale.' });
const planRef: RefFieldDef = { name: 'plan', prop: 'planId', target: K.PLAN, description: 'The plan (document) it belongs to.' };

/** Arguments of relationship fields: links in any of the roles, targets of any of the kinds. */
const roles = (values: object = Role, description = 'Only links in any of these roles (the document\'s words are on each edge as roleText).'): LinkArgDef =>
  ({ name: 'roles', on: 'link', prop: 'role', enum: meta(values), list: true, description });
const targetIn = (name: string, prop: string, values: object): LinkArgDef => ({ name, on: 'target', prop, enum: meta(values), list: true });

/** What items name in their text (MENTIONS), and the items that name something. */
const MENTIONABLE = [K.ORGANISATION, K.SYSTEM, K.STAKEHOLDER_GROUP, K.PLACE, K.REFERENCE];
const MENTIONING = [K.FACT, K.PESTEL_FACTOR, K.SWOT_ITEM, K.RISK, K.FINDING, K.QUESTION, K.ANSWER, K.FIGURE];
const PARTIES = [K.ORGANISATION, K.STAKEHOLDER_GROUP];
const mentions = many('mentions', 'MENTIONS', 'OUT', MENTIONABLE, { description: 'Organisations, systems, stakeholder groups, places and documents its text names; each edge has the words (wording).' });
const mentionedInItems = many('mentionedInItems', 'MENTIONS', 'IN', MENTIONING, { description: 'Facts, SWOT and PESTEL items, risks, findings, questions, answers and figures whose text names it; each edge has the words.' });
const references = many('references', 'REFERS_TO', 'OUT', K.REFERENCE, { description: 'Documents (laws, decrees, plans, notes ...) it refers to.' });
const statedIn = many('statedIn', 'STATES', 'IN', K.ANSWER, { description: 'Answers to a parliamentary question that state it.' });
const involvementDescription = 'in any role unless `roles` narrows it; each edge has the role and the document\'s words for it (roleText).';

// --- filter helpers ---------------------------------------------------------------------------
const textFilter: FilterDef = { name: 'text', op: 'text', description: 'Words of its code, title, name or text (case-insensitive, part of a word matches).' };
const orgFilter: FilterDef = { name: 'organisations', op: 'publisher', description: 'Publishing organisations.' };
const planFilter: FilterDef = { name: 'plans', op: 'plan' };
const themeFilter: FilterDef = { name: 'themes', op: 'theme', description: 'Theme ids (theme/...); any of them.' };
const inFilter = (name: string, prop: string, values: object): FilterDef => ({ name, op: 'in', prop, type: 'enum', enum: meta(values) });
const codeFilter: FilterDef = { name: 'codes', op: 'in', prop: 'normalizedCode', type: 'text', description: 'Normalised codes ("SD1", "OD1.2", "T5"); any of them.' };
const linked = (name: string, rel: string, direction: 'OUT' | 'IN', description: string): FilterDef => ({ name, op: 'linked', rel, direction, description });
const mentionsFilter = linked('mentions', 'MENTIONS', 'OUT', 'Items whose text names any of these organisations, systems, stakeholder groups, places or documents (ids).');
const involvesFilter = linked('involves', 'INVOLVES', 'OUT', 'Involving any of these organisations or stakeholder groups (ids), in any role.');
const itemFilters = [textFilter, orgFilter, planFilter, codeFilter];

const period: ComputedFieldDef = { name: 'period', needs: ['periodFrom', 'periodTo'] };
const periodProps = [int('periodFrom', { internal: true }), int('periodTo', { internal: true })];
const aliases: ComputedFieldDef = { name: 'aliases', needs: ['aliases'] };
const planItem = { scope: 'plan', refs: [planRef], createRefs: [] as CreateRefDef[] } as const;
const itemSorts = { [SortField.CODE]: 'codeKey', [SortField.TITLE]: 'sortLabel', [SortField.NAME]: 'sortLabel' };
const sharedSorts = { [SortField.NAME]: 'sortLabel', [SortField.TITLE]: 'sortLabel', [SortField.CODE]: 'codeKey' };
const parentRef = (target: NodeKind, description: string): CreateRefDef => ({ name: 'parent', rel: 'PART_OF', target, direction: 'out', description });

export const KINDS: readonly KindDef[] = [
  {
    kind: K.ORGANISATION, single: 'organisation', list: 'organisations', scope: 'shared', analystsOnly: true,
    description: 'A real institution, one node across all documents. Its aliases are the names the documents use for it.',
    props: [
      text('name', { required: true, searchable: true }),
      text('acronym', { searchable: true }),
      en('country', Country, { indexed: true }),
      en('governmentLevel', GovernmentLevel, { prop: 'level', indexed: true }),
      en('organisationKind', OrganisationKind, { indexed: true }),
      text('definedIn', { required: true, readOnly: true, description: 'The data file that defines it (organisations.yaml, a plan file, or api).' }),
    ],
    computed: [aliases],
    links: [
      one('parent', 'PART_OF', 'OUT', K.ORGANISATION, 'The organisation it is part of.'),
      many('units', 'PART_OF', 'IN', K.ORGANISATION, { description: 'Its departments and services.' }),
      many('plans', 'PUBLISHES', 'OUT', K.PLAN, { description: 'The plans it publishes.' }),
      many('mentionedIn', 'MENTIONS', 'IN', K.PLAN, { description: 'The documents that name it; each edge says how (wording) and where.' }),
      mentionedInItems,
      many('involvedInPlans', 'INVOLVES', 'IN', K.PLAN, { args: [roles()], description: `Plans whose making involves it (negotiated, advised, adopted), ${involvementDescription}` }),
      many('involvedInObjectives', 'INVOLVES', 'IN', K.OBJECTIVE, { args: [roles()], description: `Objectives (of any organisation) that involve it, ${involvementDescription}` }),
      many('involvedInActions', 'INVOLVES', 'IN', K.ACTION, { args: [roles()], description: `Actions and projects (of any organisation) that involve it, ${involvementDescription}` }),
      many('stakeholderOf', 'MEMBER_OF', 'OUT', K.STAKEHOLDER_GROUP, { description: 'Stakeholder groups of plans that list it.' }),
      many('memberOf', 'MEMBER_OF', 'OUT', K.ORGANISATION, { args: [roles(MembershipRole, 'Only memberships in any of these roles.')], description: 'Bodies (steering groups, commissions, forums) it sits in; each edge has the role.' }),
      many('members', 'MEMBER_OF', 'IN', PARTIES, { args: [roles(MembershipRole, 'Only memberships in any of these roles.')], description: 'Who sits in it, when it is a body; each edge has the role.' }),
      many('operates', 'OPERATES', 'OUT', K.SYSTEM, { description: 'IT systems it runs.' }),
      many('uses', 'USES', 'OUT', K.SYSTEM, { description: 'IT systems it has access to.' }),
      many('develops', 'DEVELOPS', 'OUT', K.SYSTEM, { description: 'IT systems it builds.' }),
      many('figures', 'ABOUT', 'IN', K.FIGURE, { description: 'Key figures about it.' }),
      many('facts', 'ABOUT', 'IN', K.FACT, { description: 'Facts about it (its mission, its tasks ...).' }),
      many('issued', 'ABOUT', 'IN', K.REFERENCE, { description: 'Documents it issued (curated).' }),
      many('findings', 'MADE_BY', 'IN', K.FINDING, { description: 'Findings and recommendations it made.' }),
      many('questionsAsked', 'ASKED_BY', 'IN', K.QUESTION, { description: 'Questions it asked.' }),
      many('questionsAddressed', 'ADDRESSED_TO', 'IN', K.QUESTION, { description: 'Questions put to it.' }),
      many('answersGiven', 'GIVEN_BY', 'IN', K.ANSWER, { description: 'Answers it gave.' }),
    ],
    refs: [],
    filters: [
      { name: 'text', op: 'text', description: 'Part of the name, an acronym or an alias (case-insensitive).' },
      { name: 'ids', op: 'in', prop: 'id', type: 'id' },
      inFilter('countries', 'country', Country),
      inFilter('governmentLevels', 'level', GovernmentLevel),
      inFilter('kinds', 'organisationKind', OrganisationKind),
    ],
    sorts: sharedSorts,
    defaultSort: SortField.NAME,
    createRefs: [{ name: 'parent', rel: 'PART_OF', target: K.ORGANISATION, direction: 'out', description: 'The organisation it is part of.' }],
  },
  {
    kind: K.PLAN, single: 'plan', list: 'plans', scope: 'shared',
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
      one('publisher', 'PUBLISHES', 'IN', K.ORGANISATION),
      many('mentions', 'MENTIONS', 'OUT', K.ORGANISATION, { description: 'Every organisation the document names; each edge has the wording it uses.' }),
      many('places', 'MENTIONS', 'OUT', K.PLACE, { description: 'The places the document names.' }),
      many('involves', 'INVOLVES', 'OUT', PARTIES, { args: [roles()], description: `Who negotiated, advised on, discussed or adopted the plan itself, ${involvementDescription}` }),
      many('stakeholderGroups', 'IDENTIFIES', 'OUT', K.STAKEHOLDER_GROUP, { args: [targetIn('categories', 'category', StakeholderCategory)] }),
      many('swotItems', 'IDENTIFIES', 'OUT', K.SWOT_ITEM, { args: [{ name: 'type', on: 'target', prop: 'type', enum: meta(SwotType) }] }),
      many('pestelFactors', 'IDENTIFIES', 'OUT', K.PESTEL_FACTOR),
      many('risks', 'IDENTIFIES', 'OUT', K.RISK, { args: [targetIn('kinds', 'riskKind', RiskKind)] }),
      many('riskDomains', 'IDENTIFIES', 'OUT', K.RISK_DOMAIN),
      many('objectives', 'SETS', 'OUT', K.OBJECTIVE, { args: [{ name: 'level', on: 'target', prop: 'level', enum: meta(ObjectiveLevel) }] }),
      many('actions', 'PLANS', 'OUT', K.ACTION, { args: [targetIn('kinds', 'actionKind', ActionKind)] }),
      many('systems', 'DESCRIBES', 'OUT', K.SYSTEM, { description: 'IT systems the document describes; each edge has its description there.' }),
      many('figures', 'REPORTS', 'OUT', K.FIGURE),
      many('facts', 'STATES', 'OUT', K.FACT, { args: [targetIn('kinds', 'factKind', FactKind)], description: 'What the document states besides its objectives, actions and analyses: mission, vision, values, trends, tasks, statements.' }),
      many('findings', 'REPORTS', 'OUT', K.FINDING, { args: [targetIn('kinds', 'findingKind', FindingKind)], description: 'What it finds about earlier plans: evaluated objectives, evaluations, recommendations.' }),
      many('questions', 'ASKS', 'OUT', K.QUESTION, { description: 'The (sub-)questions of a parliamentary question.' }),
      many('answers', 'GIVES', 'OUT', K.ANSWER, { description: 'The answers given to them.' }),
      many('budgetLines', 'BUDGETS', 'OUT', K.BUDGET_LINE, { description: 'The credits of its financial overview.' }),
      many('indicators', 'DEFINES', 'OUT', K.INDICATOR, { description: 'The indicators it defines.' }),
      many('references', 'REFERS_TO', 'OUT', K.REFERENCE, { description: 'The documents it refers to; each edge has the title it uses.' }),
    ],
    refs: [],
    filters: [textFilter, orgFilter, inFilter('kinds', 'planKind', PlanKind)],
    sorts: { [SortField.TITLE]: 'sortLabel', [SortField.NAME]: 'sortLabel' },
    defaultSort: SortField.DOCUMENT,
    createRefs: [{ name: 'publisher', rel: 'PUBLISHES', target: K.ORGANISATION, direction: 'in', required: true, description: 'The organisation that publishes it.' }],
  },
  {
    kind: K.STAKEHOLDER_GROUP, single: 'stakeholderGroup', list: 'stakeholderGroups', ...planItem, containedBy: 'IDENTIFIES',
    description: 'A group of people or parties a plan names (clients, target public, staff, partners), with the organisations it lists and the audiences it is one of.',
    props: [
      ...codes,
      text('name', { required: true, searchable: true }),
      longText('description', { searchable: true }),
      en('category', StakeholderCategory, { indexed: true }),
    ],
    computed: [],
    links: [
      many('members', 'MEMBER_OF', 'IN', K.ORGANISATION, { description: 'The organisations the document lists in the group; edges carry the wording.' }),
      one('parent', 'PART_OF', 'OUT', K.STAKEHOLDER_GROUP),
      many('subgroups', 'PART_OF', 'IN', K.STAKEHOLDER_GROUP),
      many('audiences', 'CLASSIFIED_AS', 'OUT', K.AUDIENCE, { description: 'The audiences (across documents) the group is one of; curated, each edge has the reason.' }),
      many('involvedInPlans', 'INVOLVES', 'IN', K.PLAN, { args: [roles()], description: `Plans whose making involves it, ${involvementDescription}` }),
      many('involvedInObjectives', 'INVOLVES', 'IN', K.OBJECTIVE, { args: [roles()], description: `Objectives that serve or involve the group (roles: [BENEFICIARY] for those that serve it), ${involvementDescription}` }),
      many('involvedInActions', 'INVOLVES', 'IN', K.ACTION, { args: [roles()], description: `Actions and projects that serve or involve the group (roles: [BENEFICIARY] for those that serve it), ${involvementDescription}` }),
      many('memberOf', 'MEMBER_OF', 'OUT', K.ORGANISATION, { args: [roles(MembershipRole, 'Only memberships in any of these roles.')], description: 'Bodies the group sits in; each edge has the role.' }),
      mentionedInItems,
      many('uses', 'USES', 'OUT', K.SYSTEM, { description: 'IT systems the group has access to.' }),
      many('develops', 'DEVELOPS', 'OUT', K.SYSTEM, { description: 'IT systems the group builds.' }),
      many('figures', 'ABOUT', 'IN', K.FIGURE, { description: 'Key figures that count the group.' }),
      many('facts', 'ABOUT', 'IN', K.FACT, { description: 'Facts about the group.' }),
    ],
    filters: [
      ...itemFilters, inFilter('categories', 'category', StakeholderCategory),
      linked('audiences', 'CLASSIFIED_AS', 'OUT', 'Groups classified as any of these audiences (audience/...).'),
      linked('members', 'MEMBER_OF', 'IN', 'Groups that list any of these organisations.'),
    ],
    sorts: itemSorts,
    defaultSort: SortField.DOCUMENT,
    createRefs: [parentRef(K.STAKEHOLDER_GROUP, 'The group it is a subgroup of.')],
  },
  {
    kind: K.SWOT_ITEM, single: 'swotItem', list: 'swotItems', ...planItem, containedBy: 'IDENTIFIES',
    description: 'A strength, weakness, opportunity or threat of a SWOT analysis, with the code the document gives it.',
    props: [en('type', SwotType, { required: true, indexed: true }), ...codes, longText('text', { required: true, searchable: true })],
    computed: [],
    links: [
      many('riskDomains', 'IN_DOMAIN', 'OUT', K.RISK_DOMAIN, { description: 'Risk domains the document files it under.' }),
      many('addressedBy', 'ADDRESSES', 'IN', K.OBJECTIVE, { description: 'Objectives linked to it directly.' }),
      mentions,
      themes,
    ],
    filters: [...itemFilters, inFilter('types', 'type', SwotType), themeFilter, mentionsFilter],
    sorts: itemSorts,
    defaultSort: SortField.DOCUMENT,
  },
  {
    kind: K.PESTEL_FACTOR, single: 'pestelFactor', list: 'pestelFactors', ...planItem, containedBy: 'IDENTIFIES',
    description: 'A factor of a PESTEL analysis.',
    props: [en('category', PestelCategory, { required: true, indexed: true }), ...codes, text('title', { searchable: true }), longText('text', { required: true, searchable: true })],
    computed: [],
    links: [mentions, themes],
    filters: [...itemFilters, inFilter('categories', 'category', PestelCategory), themeFilter, mentionsFilter],
    sorts: itemSorts,
    defaultSort: SortField.DOCUMENT,
  },
  {
    kind: K.RISK, single: 'risk', list: 'risks', ...planItem, containedBy: 'IDENTIFIES',
    description: 'A risk, condition or concern a plan states, in its analysis or in prose.',
    props: [
      en('riskKind', RiskKind, { required: true, indexed: true }),
      ...codes, text('title', { searchable: true }), longText('text', { required: true, searchable: true }),
      text('likelihood', { description: "The document's own rating, verbatim." }), text('impact', { description: "The document's own rating, verbatim." }),
    ],
    computed: [],
    links: [
      many('threatens', 'THREATENS', 'OUT', K.OBJECTIVE, { description: 'Objectives the document says the risk endangers.' }),
      many('affects', 'AFFECTS', 'OUT', K.ACTION, { description: 'Actions whose success the text makes depend on it.' }),
      mentions,
      statedIn,
      themes,
    ],
    filters: [...itemFilters, inFilter('kinds', 'riskKind', RiskKind), themeFilter, mentionsFilter],
    sorts: itemSorts,
    defaultSort: SortField.DOCUMENT,
  },
  {
    kind: K.RISK_DOMAIN, single: 'riskDomain', list: 'riskDomains', ...planItem, containedBy: 'IDENTIFIES',
    description: 'A strategic risk domain: the weaknesses and threats it groups and the objectives that answer it.',
    props: [
      ...codes, text('name', { required: true, searchable: true }), longText('description', { searchable: true }),
      text('listing', { indexed: true, description: 'Where the document lists it ("Bijlage 2", "6.5").' }),
    ],
    computed: [],
    links: [
      many('weaknesses', 'IN_DOMAIN', 'IN', K.SWOT_ITEM, { where: { prop: 'type', equals: SwotType.WEAKNESS }, description: 'The weaknesses the document lists under the domain.' }),
      many('threats', 'IN_DOMAIN', 'IN', K.SWOT_ITEM, { where: { prop: 'type', equals: SwotType.THREAT }, description: 'The threats the document lists under the domain.' }),
      many('objectives', 'ANSWERS', 'IN', K.OBJECTIVE, { description: 'The objectives that answer the domain.' }),
      one('correspondsTo', 'CORRESPONDS_TO', 'OUT', K.RISK_DOMAIN, 'The domain of the other listing it is (IBZ 6.5 → Bijlage 2).'),
      many('correspondents', 'CORRESPONDS_TO', 'IN', K.RISK_DOMAIN, { description: 'Domains of the other listing that are this one.' }),
    ],
    filters: [...itemFilters, { name: 'listings', op: 'in', prop: 'listing', type: 'text', description: 'Where the document lists them ("Bijlage 2", "6.5").' }],
    sorts: itemSorts,
    defaultSort: SortField.DOCUMENT,
  },
  {
    kind: K.OBJECTIVE, single: 'objective', list: 'objectives', ...planItem, containedBy: 'SETS',
    description: 'A strategic, operational or horizontal objective, with its code as printed.',
    props: [
      en('level', ObjectiveLevel, { required: true, indexed: true }),
      ...codes,
      longText('title', { required: true, searchable: true }),
      longText('description', { searchable: true }),
      text('group', { description: "The document's headings above it, e.g. horizontal objectives." }),
      ...periodProps,
    ],
    computed: [period, { name: 'result', needs: ['resultText', 'resultSource', 'resultLineFrom', 'resultLineTo', 'resultQuote', 'planId'] }],
    links: [
      one('parent', 'PART_OF', 'OUT', K.OBJECTIVE, 'The objective it falls under.'),
      many('children', 'PART_OF', 'IN', K.OBJECTIVE, { description: 'Objectives that fall under it.' }),
      many('actions', 'IMPLEMENTS', 'IN', K.ACTION, { description: 'Actions and projects that implement it.' }),
      many('partners', 'INVOLVES', 'OUT', K.ORGANISATION, { args: [roles()], description: `Organisations the document involves in it, ${involvementDescription}` }),
      many('stakeholderGroups', 'INVOLVES', 'OUT', K.STAKEHOLDER_GROUP, { args: [roles()], description: `Stakeholder groups it serves or involves, ${involvementDescription}` }),
      many('involves', 'INVOLVES', 'OUT', PARTIES, { args: [roles()], description: `Organisations and stakeholder groups together, ${involvementDescription}` }),
      many('addresses', 'ADDRESSES', 'OUT', K.SWOT_ITEM, { description: 'SWOT items linked to it directly.' }),
      many('riskDomains', 'ANSWERS', 'OUT', K.RISK_DOMAIN, { description: 'Risk domains it answers.' }),
      many('threatenedBy', 'THREATENS', 'IN', K.RISK, { description: 'Risks the document says endanger it.' }),
      many('alignedWith', 'ALIGNED_WITH', 'BOTH', K.OBJECTIVE, { description: 'Objectives of other organisations an analyst aligned with it (either direction).' }),
      many('budgetLines', 'DRAWS_ON', 'OUT', K.BUDGET_LINE, { description: 'The credits it draws on.' }),
      many('indicators', 'MEASURED_BY', 'OUT', K.INDICATOR, { description: 'The indicators that measure it.' }),
      many('places', 'IN_PLACE', 'OUT', K.PLACE, { args: [roles(PlaceRole, 'Only places in any of these roles.')], description: 'Where it takes place, or which countries take part or are served; each edge has the role.' }),
      references,
      many('evaluatedBy', 'EVALUATES', 'IN', K.FINDING, { description: 'Findings of an evaluation about it.' }),
      themes,
    ],
    filters: [...itemFilters, inFilter('levels', 'level', ObjectiveLevel), themeFilter, involvesFilter],
    sorts: itemSorts,
    defaultSort: SortField.DOCUMENT,
    createRefs: [parentRef(K.OBJECTIVE, 'The objective it falls under.')],
  },
  {
    kind: K.ACTION, single: 'action', list: 'actions', ...planItem, containedBy: 'PLANS',
    description: 'An action, project, programme or measure that implements objectives.',
    props: [
      en('actionKind', ActionKind, { required: true, indexed: true }),
      ...codes,
      longText('title', { required: true, searchable: true }),
      longText('description', { searchable: true }),
      text('group', { description: 'The heading it is listed under when no objective holds it.' }),
      date('deadline', { indexed: true, description: 'The last day the deadline allows; see deadlineText for the wording.' }),
      text('deadlineText', { description: 'The deadline as the document words it ("Eind 2028").' }),
      text('commitment', { description: 'Kind of commitment, verbatim (e.g. Resultaatsverbintenis).' }),
      text('indicator'),
      ...statusProps,
      ...periodProps,
    ],
    computed: [period, statusReport],
    links: [
      many('objectives', 'IMPLEMENTS', 'OUT', K.OBJECTIVE, { description: 'The objectives it implements.' }),
      many('deliverables', 'HAS_DELIVERABLE', 'OUT', K.DELIVERABLE),
      many('partners', 'INVOLVES', 'OUT', K.ORGANISATION, { args: [roles()], description: `Organisations the document involves in it, ${involvementDescription}` }),
      many('stakeholderGroups', 'INVOLVES', 'OUT', K.STAKEHOLDER_GROUP, { args: [roles()], description: `Stakeholder groups it serves or involves, ${involvementDescription}` }),
      many('involves', 'INVOLVES', 'OUT', PARTIES, { args: [roles()], description: `Organisations and stakeholder groups together, ${involvementDescription}` }),
      many('systems', 'CONCERNS', 'OUT', K.SYSTEM, { description: 'IT systems it concerns.' }),
      many('places', 'IN_PLACE', 'OUT', K.PLACE, { args: [roles(PlaceRole, 'Only places in any of these roles.')], description: 'Where it takes place, or which countries take part or are served; each edge has the role.' }),
      references,
      statedIn,
      many('followsUp', 'FOLLOWED_UP_BY', 'IN', K.FINDING, { description: 'Evaluation findings and recommendations it answers.' }),
      many('evaluatedBy', 'EVALUATES', 'IN', K.FINDING, { description: 'Findings of an evaluation about it.' }),
      many('affectedBy', 'AFFECTS', 'IN', K.RISK, { description: 'Conditions and risks its success depends on.' }),
      themes,
    ],
    filters: [
      ...itemFilters, inFilter('kinds', 'actionKind', ActionKind), themeFilter, inFilter('statuses', 'status', Status),
      { name: 'deadline', op: 'dateRange', prop: 'deadline' },
      involvesFilter,
      linked('systems', 'CONCERNS', 'OUT', 'Concerning any of these IT systems (system/...).'),
    ],
    sorts: { ...itemSorts, [SortField.DEADLINE]: 'deadline' },
    defaultSort: SortField.DOCUMENT,
    createRefs: [{ name: 'objective', rel: 'IMPLEMENTS', target: K.OBJECTIVE, direction: 'out', description: 'The objective it implements.' }],
  },
  {
    kind: K.DELIVERABLE, single: 'deliverable', list: 'deliverables', ...planItem,
    description: 'A dated deliverable of an action or project.',
    props: [
      longText('title', { required: true, searchable: true }),
      int('position', { required: true, readOnly: true, description: 'Order within its action.' }),
      text('heading', { description: 'The heading bullet of the planning list it stands under, verbatim (see headingProvenance).' }),
      date('due', { indexed: true }),
      text('dueText'),
      en('status', Status, { indexed: true }),
      text('statusText'),
    ],
    computed: [
      { name: 'headingProvenance', needs: ['heading', 'headingLineFrom', 'headingLineTo', 'source', 'planId'] },
      statusReport,
    ],
    links: [one('action', 'HAS_DELIVERABLE', 'IN', K.ACTION)],
    filters: [...itemFilters.filter((f) => f !== codeFilter), inFilter('statuses', 'status', Status), { name: 'due', op: 'dateRange', prop: 'due' }],
    sorts: { ...itemSorts, [SortField.DEADLINE]: 'due' },
    defaultSort: SortField.DOCUMENT,
    createRefs: [{ name: 'action', rel: 'HAS_DELIVERABLE', target: K.ACTION, direction: 'in', required: true, description: 'The action it belongs to.' }],
  },
  {
    kind: K.SYSTEM, single: 'system', list: 'systems', scope: 'shared', idPrefix: 'system/', analystsOnly: true,
    description: 'An IT application or platform; one node across all documents, with every name the documents use for it.',
    props: [text('code', { required: true, readOnly: true, searchable: true }), text('name', { required: true, searchable: true }), text('acronym', { searchable: true })],
    computed: [aliases],
    links: [
      many('describedBy', 'DESCRIBES', 'IN', K.PLAN, { description: 'Documents that describe it; each edge quotes the description.' }),
      many('operators', 'OPERATES', 'IN', K.ORGANISATION, { description: 'Who runs it.' }),
      many('users', 'USES', 'IN', K.ORGANISATION, { description: 'Organisations that have access to it.' }),
      many('userGroups', 'USES', 'IN', K.STAKEHOLDER_GROUP, { description: 'Stakeholder groups that have access to it.' }),
      many('developers', 'DEVELOPS', 'IN', PARTIES, { description: 'Who builds it.' }),
      many('actions', 'CONCERNS', 'IN', K.ACTION, { description: 'Actions and projects that concern it.' }),
      many('facts', 'CONCERNS', 'IN', K.FACT, { description: 'Facts about it.' }),
      many('indicators', 'DRAWS_FROM', 'IN', K.INDICATOR, { description: 'Indicators that draw their data from it.' }),
      many('figures', 'ABOUT', 'IN', K.FIGURE, { description: 'Key figures about it.' }),
      mentionedInItems,
    ],
    refs: [],
    filters: [{ name: 'text', op: 'text', description: 'Part of the name, code, acronym or an alias (case-insensitive).' }],
    sorts: sharedSorts,
    defaultSort: SortField.NAME,
    createRefs: [],
  },
  {
    kind: K.FIGURE, single: 'figure', list: 'figures', ...planItem, containedBy: 'REPORTS',
    description: 'A key number a document reports: what it measures, its value and unit, the period it covers and what it is about.',
    props: [
      ...codes,
      text('label', { required: true, searchable: true }),
      text('measure', { required: true, indexed: true, description: 'What is measured, from the controlled list of data/README.md (participants, budget, staff ...).' }),
      float('value', { required: true }),
      text('unit', { required: true }),
      int('year', { indexed: true, description: 'The year it covers, when the period is one year.' }),
      ...periodProps,
      date('date', { description: 'The day it describes, when the document gives one.' }),
      text('dateText', { description: 'That day as the document words it.' }),
      text('text', { required: true, searchable: true, description: 'The number as printed.' }),
    ],
    computed: [period],
    links: [
      one('subject', 'ABOUT', 'OUT', K.ORGANISATION, 'The organisation the number is about (see about for groups, systems, places and budget lines).'),
      many('about', 'ABOUT', 'OUT', [K.ORGANISATION, K.SYSTEM, K.STAKEHOLDER_GROUP, K.PLACE, K.BUDGET_LINE], { description: 'Everything the number is about: organisations, systems, stakeholder groups, places, budget lines.' }),
      mentions,
      statedIn,
    ],
    filters: [
      ...itemFilters, { name: 'years', op: 'in', prop: 'year', type: 'int' },
      { name: 'measures', op: 'in', prop: 'measure', type: 'text', description: 'What they measure (participants, budget, staff ...); any of them.' },
      linked('about', 'ABOUT', 'OUT', 'About any of these organisations, systems, stakeholder groups, places or budget lines (ids).'),
      mentionsFilter,
    ],
    sorts: { ...itemSorts, [SortField.YEAR]: 'year' },
    defaultSort: SortField.DOCUMENT,
    createRefs: [{ name: 'subject', rel: 'ABOUT', target: K.ORGANISATION, direction: 'out', description: 'The organisation the figure is about.' }],
  },
  {
    kind: K.THEME, single: 'theme', list: 'themes', scope: 'shared', idPrefix: 'theme/', analystsOnly: true,
    description: 'A theme of the controlled vocabulary; curated tags link objectives, actions, SWOT items, PESTEL factors, risks, facts and findings to it.',
    props: [
      text('code', { required: true, readOnly: true, searchable: true, description: 'The vocabulary id, e.g. digitalisation.' }),
      text('name', { required: true, searchable: true, description: 'Dutch label.' }),
      text('labelEn', { required: true, searchable: true, description: 'English label.' }),
      longText('description'),
    ],
    computed: [],
    links: [
      many('objectives', 'HAS_THEME', 'IN', K.OBJECTIVE, { description: 'Objectives tagged with the theme (curated; each edge has the rationale).' }),
      many('actions', 'HAS_THEME', 'IN', K.ACTION),
      many('swotItems', 'HAS_THEME', 'IN', K.SWOT_ITEM),
      many('pestelFactors', 'HAS_THEME', 'IN', K.PESTEL_FACTOR),
      many('risks', 'HAS_THEME', 'IN', K.RISK),
      many('facts', 'HAS_THEME', 'IN', K.FACT),
      many('findings', 'HAS_THEME', 'IN', K.FINDING),
    ],
    refs: [],
    filters: [textFilter],
    sorts: sharedSorts,
    defaultSort: SortField.NAME,
    createRefs: [],
  },
  {
    kind: K.FACT, single: 'fact', list: 'facts', ...planItem, containedBy: 'STATES',
    description: 'What a document states that is not an objective, action, risk or figure: its mission, vision and values, the trends it names, the tasks of its units, its other statements.',
    props: [
      en('factKind', FactKind, { required: true, indexed: true }),
      ...codes,
      longText('title', { searchable: true, description: 'The heading it stands under, verbatim.' }),
      longText('text', { required: true, searchable: true }),
    ],
    computed: [],
    links: [
      many('about', 'ABOUT', 'OUT', PARTIES, { description: 'The organisations and stakeholder groups it is about.' }),
      many('systems', 'CONCERNS', 'OUT', K.SYSTEM, { description: 'IT systems it is about.' }),
      mentions,
      statedIn,
      themes,
    ],
    filters: [
      ...itemFilters, inFilter('kinds', 'factKind', FactKind), themeFilter, mentionsFilter,
      linked('about', 'ABOUT', 'OUT', 'About any of these organisations or stakeholder groups (ids).'),
    ],
    sorts: itemSorts,
    defaultSort: SortField.DOCUMENT,
  },
  {
    kind: K.FINDING, single: 'finding', list: 'findings', ...planItem, containedBy: 'REPORTS',
    description: 'What a document finds about the plans of earlier years: an evaluated objective, an evaluation row with its status and result, or an audit recommendation.',
    props: [
      en('findingKind', FindingKind, { required: true, indexed: true }),
      ...codes,
      longText('title', { required: true, searchable: true }),
      longText('text', { searchable: true, description: 'The result or recommendation, verbatim.' }),
      ...statusProps,
      ...periodProps,
    ],
    computed: [period, statusReport],
    links: [
      one('parent', 'PART_OF', 'OUT', K.FINDING, 'The evaluated objective a row stands under.'),
      many('children', 'PART_OF', 'IN', K.FINDING, { description: 'The rows under an evaluated objective.' }),
      many('madeBy', 'MADE_BY', 'OUT', PARTIES, { description: 'Who made the finding (an audit body).' }),
      many('evaluates', 'EVALUATES', 'OUT', [K.FINDING, K.OBJECTIVE, K.ACTION], { description: 'The objectives, actions or findings it is about.' }),
      many('evaluatedBy', 'EVALUATES', 'IN', K.FINDING, { description: 'Findings about this one.' }),
      many('followedUpBy', 'FOLLOWED_UP_BY', 'OUT', K.ACTION, { description: 'The actions that answer it: stated where the text refers back to it, curated otherwise.' }),
      mentions,
      references,
      themes,
    ],
    filters: [
      ...itemFilters, inFilter('kinds', 'findingKind', FindingKind), inFilter('statuses', 'status', Status), themeFilter, mentionsFilter,
      linked('followedUpBy', 'FOLLOWED_UP_BY', 'OUT', 'Followed up by any of these actions (ids).'),
    ],
    sorts: itemSorts,
    defaultSort: SortField.DOCUMENT,
    createRefs: [parentRef(K.FINDING, 'The evaluated objective it stands under.')],
  },
  {
    kind: K.QUESTION, single: 'question', list: 'questions', ...planItem, containedBy: 'ASKS',
    description: 'A parliamentary question or one of its numbered sub-questions.',
    props: [
      ...codes,
      longText('text', { required: true, searchable: true }),
      date('date', { description: 'When it was asked, where the text dates it.' }),
      text('dateText', { description: 'That date as the text words it.' }),
    ],
    computed: [],
    links: [
      one('parent', 'PART_OF', 'OUT', K.QUESTION, 'The question it is part of.'),
      many('subQuestions', 'PART_OF', 'IN', K.QUESTION, { description: 'Its numbered sub-questions.' }),
      many('askedBy', 'ASKED_BY', 'OUT', PARTIES, { description: 'Who asks it, where the text says.' }),
      many('addressedTo', 'ADDRESSED_TO', 'OUT', PARTIES, { description: 'To whom it is put; each edge has the words ("de minister").' }),
      many('answers', 'RESPONDS_TO', 'IN', K.ANSWER, { description: 'The answers given to it.' }),
      mentions,
      references,
    ],
    filters: [...itemFilters, mentionsFilter],
    sorts: itemSorts,
    defaultSort: SortField.DOCUMENT,
    createRefs: [parentRef(K.QUESTION, 'The question it is part of.')],
  },
  {
    kind: K.ANSWER, single: 'answer', list: 'answers', ...planItem, containedBy: 'GIVES',
    description: 'An answer to (sub-)questions of a parliamentary question, with who gives it and the measures, facts, figures and risks it states.',
    props: [...codes, longText('text', { required: true, searchable: true })],
    computed: [],
    links: [
      many('questions', 'RESPONDS_TO', 'OUT', K.QUESTION, { description: 'The (sub-)questions it answers.' }),
      many('givenBy', 'GIVEN_BY', 'OUT', PARTIES, { description: 'Who answers; each edge has the words ("ik").' }),
      many('states', 'STATES', 'OUT', [K.ACTION, K.FACT, K.FIGURE, K.RISK], { description: 'The measures (actions), facts, figures and risks it states.' }),
      many('measures', 'STATES', 'OUT', K.ACTION, { description: 'The measures it announces (the actions among states).' }),
      mentions,
    ],
    filters: [...itemFilters, mentionsFilter],
    sorts: itemSorts,
    defaultSort: SortField.DOCUMENT,
  },
  {
    kind: K.BUDGET_LINE, single: 'budgetLine', list: 'budgetLines', ...planItem, containedBy: 'BUDGETS',
    description: 'A credit of a financial overview: the budget article as printed, its amount and the objectives that draw on it.',
    props: [
      ...codes,
      text('name', { required: true, searchable: true }),
      text('creditType', { indexed: true, description: "The document's kind of credit (VAK, VEK ...)." }),
      float('amount'),
      text('unit', { required: true }),
      text('amountText', { description: 'The amount as printed.' }),
      ...periodProps,
    ],
    computed: [period],
    links: [
      one('parent', 'PART_OF', 'OUT', K.BUDGET_LINE, 'The total it is part of.'),
      many('children', 'PART_OF', 'IN', K.BUDGET_LINE, { description: 'The lines it totals.' }),
      many('objectives', 'DRAWS_ON', 'IN', K.OBJECTIVE, { description: 'Objectives funded from it.' }),
      many('figures', 'ABOUT', 'IN', K.FIGURE, { description: 'Key figures about it.' }),
    ],
    filters: [...itemFilters, { name: 'creditTypes', op: 'in', prop: 'creditType', type: 'text', description: "Kinds of credit, as the document names them." }],
    sorts: itemSorts,
    defaultSort: SortField.DOCUMENT,
    createRefs: [parentRef(K.BUDGET_LINE, 'The total it is part of.')],
  },
  {
    kind: K.INDICATOR, single: 'indicator', list: 'indicators', ...planItem, containedBy: 'DEFINES',
    description: 'An indicator a plan defines, with the columns of its table verbatim, the objectives it measures and the systems it draws from.',
    props: [
      ...codes,
      longText('name', { required: true, searchable: true }),
      text('indicatorKind', { description: 'Kind of indicator, verbatim.' }),
      longText('calculation', { description: 'How it is calculated, verbatim.' }),
      longText('sourceText', { description: 'Its source, verbatim.' }),
      text('frequency', { description: 'How often it is measured, verbatim.' }),
      longText('quality', { description: 'Its quality, verbatim.' }),
      longText('usedIn', { description: 'Where it is used, verbatim.' }),
    ],
    computed: [],
    links: [
      many('objectives', 'MEASURED_BY', 'IN', K.OBJECTIVE, { description: 'The objectives it measures.' }),
      many('systems', 'DRAWS_FROM', 'OUT', K.SYSTEM, { description: 'The systems its data come from.' }),
    ],
    filters: itemFilters,
    sorts: itemSorts,
    defaultSort: SortField.DOCUMENT,
  },
  {
    kind: K.PLACE, single: 'place', list: 'places', scope: 'shared', idPrefix: 'place/', analystsOnly: true,
    description: 'A place the documents name (a country, city, site ...); one node across all documents.',
    props: [
      text('code', { required: true, readOnly: true, searchable: true, description: 'The place id, e.g. antwerpen.' }),
      text('name', { required: true, searchable: true }),
      en('placeKind', PlaceKind, { required: true, indexed: true }),
      text('country', { indexed: true, description: 'The country it is in (ISO code), where known.' }),
    ],
    computed: [],
    links: [
      many('mentionedIn', 'MENTIONS', 'IN', K.PLAN, { description: 'The documents that name it.' }),
      mentionedInItems,
      many('objectives', 'IN_PLACE', 'IN', K.OBJECTIVE, { args: [roles(PlaceRole, 'Only links in any of these roles.')], description: 'Objectives that take place there or concern it; each edge has the role.' }),
      many('actions', 'IN_PLACE', 'IN', K.ACTION, { args: [roles(PlaceRole, 'Only links in any of these roles.')], description: 'Actions that take place there or concern it; each edge has the role.' }),
      many('figures', 'ABOUT', 'IN', K.FIGURE, { description: 'Key figures about it.' }),
    ],
    refs: [],
    filters: [textFilter, inFilter('kinds', 'placeKind', PlaceKind), { name: 'countries', op: 'in', prop: 'country', type: 'text', description: 'ISO country codes; any of them.' }],
    sorts: sharedSorts,
    defaultSort: SortField.NAME,
    createRefs: [],
  },
  {
    kind: K.REFERENCE, single: 'reference', list: 'references', scope: 'shared', idPrefix: 'reference/', analystsOnly: true,
    description: 'A document the plans refer to (a law, decree, agreement, plan, note, report ...); one node across all documents, with the names they use for it.',
    props: [
      text('code', { required: true, searchable: true, description: "The number the document gives it, else its id." }),
      longText('title', { required: true, searchable: true }),
      en('referenceKind', ReferenceKind, { required: true, indexed: true }),
      date('date', { description: 'Its date.' }),
      text('dateText', { description: 'Its date as the documents word it.' }),
    ],
    computed: [aliases],
    links: [
      one('issuer', 'ABOUT', 'OUT', K.ORGANISATION, 'The organisation that issued it (curated).'),
      many('referredToBy', 'REFERS_TO', 'IN', [K.PLAN, K.OBJECTIVE, K.ACTION, K.FINDING, K.QUESTION], { description: 'Plans, objectives, actions, findings and questions that refer to it; each edge has the words they use.' }),
      many('plans', 'REFERS_TO', 'IN', K.PLAN, { description: 'The documents that refer to it.' }),
      mentionedInItems,
    ],
    refs: [],
    filters: [{ name: 'text', op: 'text', description: 'Part of the title, number or an alias (case-insensitive).' }, inFilter('kinds', 'referenceKind', ReferenceKind)],
    sorts: sharedSorts,
    defaultSort: SortField.NAME,
    createRefs: [{ name: 'issuer', rel: 'ABOUT', target: K.ORGANISATION, direction: 'out', description: 'The organisation that issued it.' }],
  },
  {
    kind: K.AUDIENCE, single: 'audience', list: 'audiences', scope: 'shared', idPrefix: 'audience/', analystsOnly: true,
    description: 'Who a stakeholder group is, across documents (magistrates, victims, own staff ...): a curated vocabulary (data/audiences.yaml).',
    props: [
      text('code', { required: true, readOnly: true, searchable: true, description: 'The vocabulary id, e.g. magistrates.' }),
      text('name', { required: true, searchable: true, description: 'Dutch label.' }),
      text('labelEn', { required: true, searchable: true, description: 'English label.' }),
      longText('description'),
    ],
    computed: [],
    links: [many('groups', 'CLASSIFIED_AS', 'IN', K.STAKEHOLDER_GROUP, { description: 'The stakeholder groups of the plans that are this audience; each edge has the reason (curated).' })],
    refs: [],
    filters: [textFilter],
    sorts: sharedSorts,
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
