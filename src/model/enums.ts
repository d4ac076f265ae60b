/**
 * The enumerations of the plan graph: the values stored in Neo4j, and (in ENUMS) the name and
 * descriptions they have in the GraphQL schema. Pure data, so every layer can use them.
 */
export enum Basis {
  STATED = 'STATED',
  CURATED = 'CURATED',
  SUGGESTED = 'SUGGESTED',
}

/** GraphQL name of each node kind, and the label it has in Neo4j. */
export enum NodeKind {
  ORGANISATION = 'Organisation',
  PLAN = 'Plan',
  STAKEHOLDER_GROUP = 'StakeholderGroup',
  SWOT_ITEM = 'SwotItem',
  PESTEL_FACTOR = 'PestelFactor',
  RISK = 'Risk',
  RISK_DOMAIN = 'RiskDomain',
  OBJECTIVE = 'Objective',
  ACTION = 'Action',
  DELIVERABLE = 'Deliverable',
  SYSTEM = 'System',
  FIGURE = 'Figure',
  THEME = 'Theme',
  FACT = 'Fact',
  FINDING = 'Finding',
  QUESTION = 'Question',
  ANSWER = 'Answer',
  BUDGET_LINE = 'BudgetLine',
  INDICATOR = 'Indicator',
  PLACE = 'Place',
  REFERENCE = 'Reference',
  AUDIENCE = 'Audience',
}
export enum SwotType {
  STRENGTH = 'STRENGTH',
  WEAKNESS = 'WEAKNESS',
  OPPORTUNITY = 'OPPORTUNITY',
  THREAT = 'THREAT',
}
export enum PestelCategory {
  POLITICAL = 'POLITICAL',
  ECONOMIC = 'ECONOMIC',
  SOCIAL = 'SOCIAL',
  TECHNOLOGICAL = 'TECHNOLOGICAL',
  ECOLOGICAL = 'ECOLOGICAL',
  LEGAL = 'LEGAL',
}
export enum ObjectiveLevel {
  STRATEGIC = 'STRATEGIC',
  OPERATIONAL = 'OPERATIONAL',
  HORIZONTAL = 'HORIZONTAL',
}
export enum ActionKind {
  ACTION = 'ACTION',
  PROJECT = 'PROJECT',
  PROGRAMME = 'PROGRAMME',
  MEASURE = 'MEASURE',
}
export enum Status {
  DONE = 'DONE',
  ON_TRACK = 'ON_TRACK',
  MINOR_DEVIATION = 'MINOR_DEVIATION',
  NEEDS_ADJUSTMENT = 'NEEDS_ADJUSTMENT',
  DELAYED = 'DELAYED',
  POSTPONED = 'POSTPONED',
  NOT_STARTED = 'NOT_STARTED',
  STOPPED = 'STOPPED',
  ONGOING = 'ONGOING',
}
export enum PlanKind {
  POLICY_PLAN = 'POLICY_PLAN',
  STRATEGIC_PLAN = 'STRATEGIC_PLAN',
  BUSINESS_PLAN = 'BUSINESS_PLAN',
  ANNUAL_REVIEW = 'ANNUAL_REVIEW',
  PARLIAMENTARY_QUESTION = 'PARLIAMENTARY_QUESTION',
}
export enum OrganisationKind {
  GOVERNMENT = 'GOVERNMENT',
  MINISTRY = 'MINISTRY',
  AGENCY = 'AGENCY',
  COURT = 'COURT',
  PROSECUTION = 'PROSECUTION',
  POLICE = 'POLICE',
  TRAINING_INSTITUTE = 'TRAINING_INSTITUTE',
  UNIVERSITY = 'UNIVERSITY',
  PARLIAMENT = 'PARLIAMENT',
  ADVISORY_BODY = 'ADVISORY_BODY',
  OVERSIGHT_BODY = 'OVERSIGHT_BODY',
  LOCAL_AUTHORITY = 'LOCAL_AUTHORITY',
  NETWORK = 'NETWORK',
  NGO = 'NGO',
  COMPANY = 'COMPANY',
  SERVICE = 'SERVICE',
  OTHER = 'OTHER',
}
export enum GovernmentLevel {
  FEDERAL = 'FEDERAL',
  COMMUNITY = 'COMMUNITY',
  REGIONAL = 'REGIONAL',
  PROVINCIAL = 'PROVINCIAL',
  LOCAL = 'LOCAL',
  NATIONAL = 'NATIONAL',
  EUROPEAN = 'EUROPEAN',
  INTERNATIONAL = 'INTERNATIONAL',
}
export enum Country {
  BE = 'BE',
  NL = 'NL',
  EU = 'EU',
  INT = 'INT',
}
export enum StakeholderCategory {
  PRINCIPALS = 'PRINCIPALS',
  STAFF = 'STAFF',
  INSTITUTIONAL_PARTNERS = 'INSTITUTIONAL_PARTNERS',
  CLIENTS = 'CLIENTS',
  CITIZENS = 'CITIZENS',
  SUPPLIERS = 'SUPPLIERS',
  OTHER = 'OTHER',
}
export enum RiskKind {
  RISK = 'RISK',
  CONDITION = 'CONDITION',
  CONCERN = 'CONCERN',
}
export enum FactKind {
  MISSION = 'MISSION',
  VISION = 'VISION',
  VALUE = 'VALUE',
  TREND = 'TREND',
  TASK = 'TASK',
  STATEMENT = 'STATEMENT',
}
export enum FindingKind {
  EVALUATED_OBJECTIVE = 'EVALUATED_OBJECTIVE',
  EVALUATION = 'EVALUATION',
  RECOMMENDATION = 'RECOMMENDATION',
}
export enum PlaceKind {
  COUNTRY = 'COUNTRY',
  REGION = 'REGION',
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
  DISTRICT = 'DISTRICT',
  SITE = 'SITE',
  OTHER = 'OTHER',
}
export enum ReferenceKind {
  LAW = 'LAW',
  DECREE = 'DECREE',
  ROYAL_DECREE = 'ROYAL_DECREE',
  GOVERNMENT_DECREE = 'GOVERNMENT_DECREE',
  MINISTERIAL_DECREE = 'MINISTERIAL_DECREE',
  EU_DIRECTIVE = 'EU_DIRECTIVE',
  EU_REGULATION = 'EU_REGULATION',
  AGREEMENT = 'AGREEMENT',
  CIRCULAR = 'CIRCULAR',
  POLICY_NOTE = 'POLICY_NOTE',
  PLAN = 'PLAN',
  REPORT = 'REPORT',
  STUDY = 'STUDY',
  CHARTER = 'CHARTER',
  PUBLICATION = 'PUBLICATION',
  OTHER = 'OTHER',
}
/** How a party takes part in a plan, objective or action (INVOLVES.role). */
export enum Role {
  OWNER = 'OWNER',
  LEAD = 'LEAD',
  SUPPORT = 'SUPPORT',
  PARTNER = 'PARTNER',
  CONSULTED = 'CONSULTED',
  ADDRESSEE = 'ADDRESSEE',
  REQUESTER = 'REQUESTER',
  APPROVER = 'APPROVER',
  SUPPLIER = 'SUPPLIER',
  DEVELOPER = 'DEVELOPER',
  FUNDER = 'FUNDER',
  PARTICIPANT = 'PARTICIPANT',
  BENEFICIARY = 'BENEFICIARY',
  SUBJECT = 'SUBJECT',
}
/**
 * The roles in which a party works on an item with its owner: the partners of question 3.
 * Left out: BENEFICIARY (served by it), SUBJECT (what it is about), ADDRESSEE (informed or
 * lobbied) and APPROVER (an authority that approves it).
 */
export const PARTNER_ROLES: readonly Role[] = [
  Role.OWNER, Role.LEAD, Role.SUPPORT, Role.PARTNER, Role.CONSULTED, Role.REQUESTER, Role.SUPPLIER, Role.DEVELOPER, Role.FUNDER, Role.PARTICIPANT,
];
/** How a member sits in a body (MEMBER_OF.role). */
export enum MembershipRole {
  CHAIR = 'CHAIR',
  MEMBER = 'MEMBER',
  SECRETARIAT = 'SECRETARIAT',
  REPRESENTATIVE = 'REPRESENTATIVE',
}
/** How an objective or action relates to a place (IN_PLACE.role). */
export enum PlaceRole {
  VENUE = 'VENUE',
  PARTICIPANT = 'PARTICIPANT',
  TARGET = 'TARGET',
  ORIGIN = 'ORIGIN',
  LOCATION = 'LOCATION',
}
export enum AlignmentRelation {
  SAME_AIM = 'SAME_AIM',
  CONTRIBUTES_TO = 'CONTRIBUTES_TO',
  COMPLEMENTS = 'COMPLEMENTS',
}
export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
export enum SortField {
  DOCUMENT = 'DOCUMENT',
  TITLE = 'TITLE',
  NAME = 'NAME',
  CODE = 'CODE',
  DEADLINE = 'DEADLINE',
  YEAR = 'YEAR',
}

export interface EnumMeta {
  readonly values: object;
  readonly name: string;
  readonly description?: string;
  readonly valuesConfig?: Record<string, { description: string }>;
}

/** Every enumeration with its GraphQL name (registered once, by the GraphQL layer). */
export const ENUMS: readonly EnumMeta[] = [
  {
    values: Basis,
    name: 'Basis',
    description: 'Why a node or link is in the graph.',
    valuesConfig: {
      STATED: { description: 'The document says it; the provenance shows where.' },
      CURATED: { description: "An analyst's judgement; the rationale says why." },
      SUGGESTED: { description: 'Computed by PlanGraph, not confirmed by anyone.' },
    },
  },
  { values: NodeKind, name: 'NodeKind', description: 'The kinds of node in the plan graph.' },
  { values: SwotType, name: 'SwotType' },
  { values: PestelCategory, name: 'PestelCategory' },
  { values: ObjectiveLevel, name: 'ObjectiveLevel' },
  { values: ActionKind, name: 'ActionKind' },
  { values: Status, name: 'Status', description: "Progress of an action, deliverable or evaluated project, as the document reports it; the statusText keeps the document's words." },
  { values: PlanKind, name: 'PlanKind' },
  { values: OrganisationKind, name: 'OrganisationKind' },
  { values: GovernmentLevel, name: 'GovernmentLevel' },
  { values: Country, name: 'Country', description: 'BE, NL, EU (European institutions) or INT (international).' },
  { values: StakeholderCategory, name: 'StakeholderCategory' },
  { values: RiskKind, name: 'RiskKind', description: 'RISK: something may go wrong; CONDITION: the text says something is needed; CONCERN: the text voices doubt.' },
  { values: FactKind, name: 'FactKind', description: 'What a fact is: the mission, vision or values, a trend, a task of a unit, or any other statement of the document.' },
  { values: FindingKind, name: 'FindingKind', description: 'EVALUATED_OBJECTIVE: an objective of the evaluated plan (a heading); EVALUATION: a row with status and result; RECOMMENDATION: an audit recommendation.' },
  { values: PlaceKind, name: 'PlaceKind' },
  { values: ReferenceKind, name: 'ReferenceKind', description: 'What kind of document a plan refers to.' },
  {
    values: Role,
    name: 'Role',
    description: "How a party takes part in a plan, objective or action; the link's roleText keeps the document's words (data/README.md lists them per role).",
    valuesConfig: {
      OWNER: { description: 'Carries it out (the unit responsible).' },
      LEAD: { description: 'Leads it ("getrokken door").' },
      SUPPORT: { description: 'Supports it (policy or management support).' },
      PARTNER: { description: 'Works on it with the owner ("in samenwerking met").' },
      CONSULTED: { description: 'Is consulted or advises ("in overleg met").' },
      ADDRESSEE: { description: 'Is informed, sensitised or lobbied.' },
      REQUESTER: { description: 'Asked for it ("op verzoek van").' },
      APPROVER: { description: 'Approves or adopts it.' },
      SUPPLIER: { description: 'Carries it out under contract ("gegund aan").' },
      DEVELOPER: { description: 'Builds what it delivers.' },
      FUNDER: { description: 'Pays for it.' },
      PARTICIPANT: { description: 'Takes part (a task force, a session, a traineeship).' },
      BENEFICIARY: { description: 'Is served by it: the group or organisation it is for.' },
      SUBJECT: { description: 'Is what it is about, without serving or involving it.' },
    },
  },
  { values: MembershipRole, name: 'MembershipRole', description: 'How a member sits in a body.' },
  { values: PlaceRole, name: 'PlaceRole', description: 'VENUE: takes place there; PARTICIPANT: a country taking part; TARGET: a country it serves; ORIGIN: where participants come from; LOCATION: where something is.' },
  { values: AlignmentRelation, name: 'AlignmentRelation' },
  { values: SortDirection, name: 'SortDirection' },
  {
    values: SortField,
    name: 'SortField',
    valuesConfig: {
      DOCUMENT: { description: 'The order of the source document (the default).' },
      DEADLINE: { description: 'Deadline of actions and due date of deliverables; items without one come last.' },
    },
  },
];
