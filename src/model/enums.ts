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
  DELAYED = 'DELAYED',
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
  CITIZENS = 'CITIZENS',
  SUPPLIERS = 'SUPPLIERS',
  OTHER = 'OTHER',
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
  { values: Status, name: 'Status', description: 'Progress of an action or deliverable, as an evaluation in the document reports it.' },
  { values: PlanKind, name: 'PlanKind' },
  { values: OrganisationKind, name: 'OrganisationKind' },
  { values: GovernmentLevel, name: 'GovernmentLevel' },
  { values: Country, name: 'Country', description: 'BE, NL, EU (European institutions) or INT (international).' },
  { values: StakeholderCategory, name: 'StakeholderCategory' },
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
