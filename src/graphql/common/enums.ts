import { registerEnumType } from 'type-graphql';

/** Enums of the plan graph. Values are the ones stored in Neo4j. */

export enum Basis {
  STATED = 'STATED',
  CURATED = 'CURATED',
  SUGGESTED = 'SUGGESTED',
}
registerEnumType(Basis, {
  name: 'Basis',
  description: 'Why a node or link is in the graph.',
  valuesConfig: {
    STATED: { description: 'The document says it; the provenance shows where.' },
    CURATED: { description: "An analyst's judgement; the rationale says why." },
    SUGGESTED: { description: 'Computed by PlanGraph, not confirmed by anyone.' },
  },
});

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
registerEnumType(NodeKind, { name: 'NodeKind', description: 'The kinds of node in the plan graph.' });

export enum SwotType {
  STRENGTH = 'STRENGTH',
  WEAKNESS = 'WEAKNESS',
  OPPORTUNITY = 'OPPORTUNITY',
  THREAT = 'THREAT',
}
registerEnumType(SwotType, { name: 'SwotType' });

export enum PestelCategory {
  POLITICAL = 'POLITICAL',
  ECONOMIC = 'ECONOMIC',
  SOCIAL = 'SOCIAL',
  TECHNOLOGICAL = 'TECHNOLOGICAL',
  ECOLOGICAL = 'ECOLOGICAL',
  LEGAL = 'LEGAL',
}
registerEnumType(PestelCategory, { name: 'PestelCategory' });

export enum ObjectiveLevel {
  STRATEGIC = 'STRATEGIC',
  OPERATIONAL = 'OPERATIONAL',
}
registerEnumType(ObjectiveLevel, { name: 'ObjectiveLevel' });

export enum ActionKind {
  ACTION = 'ACTION',
  PROJECT = 'PROJECT',
  PROGRAMME = 'PROGRAMME',
  MEASURE = 'MEASURE',
}
registerEnumType(ActionKind, { name: 'ActionKind' });

export enum Status {
  DONE = 'DONE',
  ON_TRACK = 'ON_TRACK',
  DELAYED = 'DELAYED',
  NOT_STARTED = 'NOT_STARTED',
  STOPPED = 'STOPPED',
  ONGOING = 'ONGOING',
}
registerEnumType(Status, { name: 'Status', description: 'Progress of an action or deliverable, as an evaluation in the document reports it.' });

export enum PlanKind {
  POLICY_PLAN = 'POLICY_PLAN',
  STRATEGIC_PLAN = 'STRATEGIC_PLAN',
  BUSINESS_PLAN = 'BUSINESS_PLAN',
  ANNUAL_REVIEW = 'ANNUAL_REVIEW',
  PARLIAMENTARY_QUESTION = 'PARLIAMENTARY_QUESTION',
}
registerEnumType(PlanKind, { name: 'PlanKind' });

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
registerEnumType(OrganisationKind, { name: 'OrganisationKind' });

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
registerEnumType(GovernmentLevel, { name: 'GovernmentLevel' });

export enum Country {
  BE = 'BE',
  NL = 'NL',
  EU = 'EU',
  INT = 'INT',
}
registerEnumType(Country, { name: 'Country', description: 'BE, NL, EU (European institutions) or INT (international).' });

export enum StakeholderCategory {
  PRINCIPALS = 'PRINCIPALS',
  STAFF = 'STAFF',
  INSTITUTIONAL_PARTNERS = 'INSTITUTIONAL_PARTNERS',
  CITIZENS = 'CITIZENS',
  SUPPLIERS = 'SUPPLIERS',
  OTHER = 'OTHER',
}
registerEnumType(StakeholderCategory, { name: 'StakeholderCategory' });

export enum AlignmentRelation {
  SAME_AIM = 'SAME_AIM',
  CONTRIBUTES_TO = 'CONTRIBUTES_TO',
  COMPLEMENTS = 'COMPLEMENTS',
}
registerEnumType(AlignmentRelation, { name: 'AlignmentRelation' });

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

export enum SortField {
  DOCUMENT = 'DOCUMENT',
  TITLE = 'TITLE',
  NAME = 'NAME',
  CODE = 'CODE',
  DEADLINE = 'DEADLINE',
  YEAR = 'YEAR',
}
registerEnumType(SortField, {
  name: 'SortField',
  valuesConfig: {
    DOCUMENT: { description: 'The order of the source document (the default).' },
    DEADLINE: { description: 'Deadline of actions; items without one come last.' },
  },
});
