import { z } from 'zod';

/**
 * The schema of the data files (see data/README.md). Objects are strict: an unknown key is
 * almost always a typo, and a typo in a field name would silently drop data.
 */

const LINES = /^\d+(-\d+)?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SLUG = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export const Basis = z.enum(['STATED', 'CURATED', 'SUGGESTED']);

const text = z.string().trim().min(1);
const optionalText = text.nullish();
const id = z.string().regex(SLUG, 'must be letters, digits, dots, dashes or underscores (no spaces or slashes)');
const code = z.union([z.string(), z.number()]).transform(String).pipe(text).nullish();
/** A normalised code: letters, digits, dots and dashes, no spaces (SD1, OD1.2, P12, E24.J-SD1). */
const normalizedCode = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9.\-/]*$/, 'must be letters, digits, dots, dashes or slashes, without spaces').nullish();

export const Provenance = z.strictObject({
  lines: z.union([z.string(), z.number()]).transform(String).pipe(z.string().regex(LINES, 'must be a line number or a range like 615-620')),
  quote: optionalText,
  source: z.string().regex(/^[\w.-]+\.txt$/, 'must be a file name in data/sources').nullish(),
});
export type Provenance = z.infer<typeof Provenance>;

const DateValue = z.strictObject({
  date: z.string().regex(ISO_DATE, 'must be an ISO date YYYY-MM-DD').refine((d) => !Number.isNaN(Date.parse(d)), 'is not a real date'),
  text: text,
});

const Period = z
  .strictObject({ from: z.number().int().min(1900).max(2100), to: z.number().int().min(1900).max(2100) })
  .refine((p) => p.from <= p.to, 'from must not be after to');

/** `themes: { training: "opleidingsaanbod" }`: theme id → the analyst's rationale. */
const Themes = z.record(id, text).nullish();

const OrgLink = z.strictObject({ org: id, as: optionalText, provenance: Provenance });
const Ref = z.strictObject({ ref: id, provenance: Provenance });
/** A reference whose provenance defaults to the item's own (the wording must be in its lines). */
const LooseRef = z.strictObject({ ref: id, as: optionalText, provenance: Provenance.nullish() });

/**
 * How a party takes part in an objective, action or plan. The values are the ones the five
 * documents need (data/README.md lists, for each, the words that lead to it); `roleText` keeps
 * the document's own words where it names the role.
 */
export const Role = z.enum([
  'OWNER', 'LEAD', 'SUPPORT', 'PARTNER', 'CONSULTED', 'ADDRESSEE', 'REQUESTER', 'APPROVER',
  'SUPPLIER', 'DEVELOPER', 'FUNDER', 'PARTICIPANT', 'BENEFICIARY', 'SUBJECT',
]);
export type Role = z.infer<typeof Role>;

/** Exactly one of the named keys is set. */
function exactlyOne<T extends Record<string, unknown>>(keys: readonly (keyof T & string)[]) {
  return (value: T, ctx: z.RefinementCtx) => {
    const set = keys.filter((k) => value[k] !== undefined && value[k] !== null);
    if (set.length !== 1) ctx.addIssue({ code: 'custom', message: `give exactly one of ${keys.join(', ')}` });
  };
}

/** A party of a plan: an organisation (shared) or one of the plan's stakeholder groups. */
const PartyLink = z
  .strictObject({ org: id.nullish(), group: id.nullish(), as: optionalText, provenance: Provenance })
  .superRefine(exactlyOne(['org', 'group']));
export type PartyLink = z.infer<typeof PartyLink>;

const Involvement = z
  .strictObject({
    org: id.nullish(),
    group: id.nullish(),
    as: optionalText,
    role: Role,
    roleText: optionalText,
    date: DateValue.nullish(),
    provenance: Provenance,
  })
  .superRefine(exactlyOne(['org', 'group']));
export type Involvement = z.infer<typeof Involvement>;

/**
 * A mention, inside an item's text, of an organisation, IT system, stakeholder group, place or
 * referenced document. `as` is the wording; the provenance defaults to the item's own.
 */
const ItemMention = z
  .strictObject({
    org: id.nullish(),
    system: id.nullish(),
    group: id.nullish(),
    place: id.nullish(),
    reference: id.nullish(),
    as: text,
    provenance: Provenance.nullish(),
  })
  .superRefine(exactlyOne(['org', 'system', 'group', 'place', 'reference']));
export type ItemMention = z.infer<typeof ItemMention>;
const Mentions = z.array(ItemMention).default([]);

export const PlaceRole = z.enum(['VENUE', 'PARTICIPANT', 'TARGET', 'ORIGIN', 'LOCATION']);
const PlaceLink = z.strictObject({ place: id, as: optionalText, role: PlaceRole, provenance: Provenance });

/**
 * A link that the document states (provenance) or that an analyst draws (rationale), never
 * both: a 2025 project that answers a 2024 evaluation finding is stated where the project's
 * text refers back to it, and curated where only the same wording connects them.
 */
const LinkRef = z
  .strictObject({ ref: id, provenance: Provenance.nullish(), rationale: optionalText })
  .superRefine(exactlyOne(['provenance', 'rationale']));
export type LinkRef = z.infer<typeof LinkRef>;

/** Documents an item refers to; the provenance defaults to the item's own. */
const ReferenceLink = z.strictObject({ ref: id, as: optionalText, provenance: Provenance.nullish() });

export const OrganisationKind = z.enum([
  'GOVERNMENT', 'MINISTRY', 'AGENCY', 'COURT', 'PROSECUTION', 'POLICE', 'TRAINING_INSTITUTE', 'UNIVERSITY', 'PARLIAMENT',
  'ADVISORY_BODY', 'OVERSIGHT_BODY', 'LOCAL_AUTHORITY', 'NETWORK', 'NGO', 'COMPANY', 'SERVICE', 'OTHER',
]);
export const GovernmentLevel = z.enum(['FEDERAL', 'COMMUNITY', 'REGIONAL', 'PROVINCIAL', 'LOCAL', 'NATIONAL', 'EUROPEAN', 'INTERNATIONAL']);
export const Country = z.enum(['BE', 'NL', 'EU', 'INT']);

export const OrganisationDef = z.strictObject({
  id,
  name: text,
  acronym: optionalText,
  aliases: z.array(text).nullish(),
  country: Country.nullish(),
  level: GovernmentLevel.nullish(),
  kind: OrganisationKind.nullish(),
  parent: id.nullish(),
  /** Where the defining plan's text says the organisation is part of its parent (else the structure is curated). */
  parentProvenance: Provenance.nullish(),
});
export type OrganisationDef = z.infer<typeof OrganisationDef>;

export const PlanKind = z.enum(['POLICY_PLAN', 'STRATEGIC_PLAN', 'BUSINESS_PLAN', 'ANNUAL_REVIEW', 'PARLIAMENTARY_QUESTION']);
export const SwotType = z.enum(['STRENGTH', 'WEAKNESS', 'OPPORTUNITY', 'THREAT']);
export const PestelCategory = z.enum(['POLITICAL', 'ECONOMIC', 'SOCIAL', 'TECHNOLOGICAL', 'ECOLOGICAL', 'LEGAL']);
export const StakeholderCategory = z.enum(['PRINCIPALS', 'STAFF', 'INSTITUTIONAL_PARTNERS', 'CLIENTS', 'CITIZENS', 'SUPPLIERS', 'OTHER']);
export const ObjectiveLevel = z.enum(['STRATEGIC', 'OPERATIONAL', 'HORIZONTAL']);
export const ActionKind = z.enum(['ACTION', 'PROJECT', 'PROGRAMME', 'MEASURE']);
/**
 * Normalised statuses. Each value stands for one way the documents report progress, so that
 * different words are never collapsed into one value (data/README.md gives the mapping).
 */
export const Status = z.enum([
  'DONE', 'ON_TRACK', 'MINOR_DEVIATION', 'NEEDS_ADJUSTMENT', 'DELAYED', 'POSTPONED', 'NOT_STARTED', 'STOPPED', 'ONGOING',
]);
export const RiskKind = z.enum(['RISK', 'CONDITION', 'CONCERN']);
export const FindingKind = z.enum(['EVALUATED_OBJECTIVE', 'EVALUATION', 'RECOMMENDATION']);
export const MembershipRole = z.enum(['CHAIR', 'MEMBER', 'SECRETARIAT', 'REPRESENTATIVE']);
export const PlaceKind = z.enum(['COUNTRY', 'REGION', 'PROVINCE', 'CITY', 'DISTRICT', 'SITE', 'OTHER']);
export const ReferenceKind = z.enum([
  'LAW', 'DECREE', 'ROYAL_DECREE', 'GOVERNMENT_DECREE', 'MINISTERIAL_DECREE', 'EU_DIRECTIVE', 'EU_REGULATION', 'AGREEMENT',
  'CIRCULAR', 'POLICY_NOTE', 'PLAN', 'REPORT', 'STUDY', 'CHARTER', 'PUBLICATION', 'OTHER',
]);
export const FactKind = z.enum(['MISSION', 'VISION', 'VALUE', 'TREND', 'TASK', 'STATEMENT']);

const StatusValue = z.strictObject({ value: Status, text: text, provenance: Provenance });

/**
 * How the coded items of one plan get their normalised code: the first rule whose section and
 * `where` fit the item and whose pattern matches the code as printed gives `format`, with $1,
 * $2 ... the pattern's groups, ${parent} the parent's normalised code and ${parent#} its number
 * (SD1 -> 1). An item may also carry an explicit `normalizedCode` that wins over the rules.
 */
export const CodeRule = z.strictObject({
  section: z.enum(['stakeholderGroups', 'pestel', 'swot', 'risks', 'riskDomains', 'objectives', 'actions', 'findings', 'questions', 'answers', 'budgetLines', 'indicators', 'facts', 'figures']),
  where: z.record(z.string(), z.union([z.string(), z.boolean()])).nullish(),
  pattern: text,
  format: text,
});
export type CodeRule = z.infer<typeof CodeRule>;

const PlanHeader = z.strictObject({
  id,
  title: text,
  kind: PlanKind,
  period: Period.nullish(),
  publisher: id,
  source: z.string().regex(/^[\w.-]+\.txt$/, 'must be a file name in data/sources'),
  language: z.string().regex(/^[a-z]{2}$/).default('nl'),
  /** Who approved, advised on or negotiated the plan itself. */
  involves: z.array(Involvement).default([]),
  codes: z.array(CodeRule).default([]),
  provenance: Provenance,
});

const StakeholderGroup = z.strictObject({
  id,
  code,
  normalizedCode,
  name: text,
  description: optionalText,
  category: StakeholderCategory.nullish(),
  /** The curated audience (data/audiences.yaml) the group is one of, with the reason. */
  audiences: z.record(id, text).nullish(),
  parent: id.nullish(),
  members: z.array(OrgLink).default([]),
  provenance: Provenance,
});

const PestelFactor = z.strictObject({
  id,
  category: PestelCategory,
  code,
  normalizedCode,
  title: optionalText,
  text: text,
  mentions: Mentions,
  themes: Themes,
  provenance: Provenance,
});

const SwotItem = z.strictObject({ id, type: SwotType, code, normalizedCode, text: text, mentions: Mentions, themes: Themes, provenance: Provenance });

const Risk = z.strictObject({
  id,
  kind: RiskKind.default('RISK'),
  code,
  normalizedCode,
  title: optionalText,
  text: text,
  likelihood: optionalText,
  impact: optionalText,
  threatens: z.array(z.union([id, Ref])).default([]),
  /** Actions whose success the document says depends on this (a condition for them). */
  affects: z.array(Ref).default([]),
  mentions: Mentions,
  themes: Themes,
  provenance: Provenance,
});

const RiskDomain = z.strictObject({
  id,
  code,
  normalizedCode,
  name: text,
  description: optionalText,
  /** Where the document lists the domain: the tables of Bijlage 2, or a prose list. */
  listing: optionalText,
  /** The domain of the other listing that this one corresponds to (stated by equal wording). */
  correspondsTo: Ref.nullish(),
  weaknesses: z.array(Ref).default([]),
  threats: z.array(Ref).default([]),
  objectives: z.array(Ref).default([]),
  provenance: Provenance,
});

const Result = z.strictObject({ text: text, provenance: Provenance });

const Objective = z.strictObject({
  id,
  level: ObjectiveLevel,
  code,
  normalizedCode,
  title: text,
  description: optionalText,
  parent: id.nullish(),
  group: optionalText,
  period: Period.nullish(),
  result: Result.nullish(),
  partners: z.array(Involvement).default([]),
  addresses: z.array(Ref).default([]),
  budgetLines: z.array(z.strictObject({ ref: id, as: optionalText, provenance: Provenance })).default([]),
  indicators: z.array(z.strictObject({ ref: id, as: optionalText, provenance: Provenance })).default([]),
  places: z.array(PlaceLink).default([]),
  refersTo: z.array(ReferenceLink).default([]),
  themes: Themes,
  provenance: Provenance,
});

/** A heading bullet that groups deliverables without being one (text and lines). */
const Heading = z.strictObject({ text: text, provenance: Provenance });

const Deliverable = z.strictObject({
  id,
  title: text,
  heading: Heading.nullish(),
  due: DateValue.nullish(),
  status: StatusValue.nullish(),
  provenance: Provenance,
});

const Action = z.strictObject({
  id,
  kind: ActionKind,
  code,
  normalizedCode,
  title: text,
  description: optionalText,
  objective: id.nullish(),
  alsoImplements: z.array(Ref).default([]),
  /** The document's heading the action is listed under when no objective of the plan holds it. */
  group: optionalText,
  deadline: DateValue.nullish(),
  commitment: optionalText,
  indicator: optionalText,
  period: Period.nullish(),
  status: StatusValue.nullish(),
  deliverables: z.array(Deliverable).default([]),
  partners: z.array(Involvement).default([]),
  systems: z.array(z.strictObject({ ref: id, as: optionalText, provenance: Provenance })).default([]),
  places: z.array(PlaceLink).default([]),
  refersTo: z.array(ReferenceLink).default([]),
  themes: Themes,
  provenance: Provenance,
});

const SystemFunction = z.strictObject({ text: text, provenance: Provenance.nullish() });

const System = z.strictObject({
  id,
  name: text,
  acronym: optionalText,
  /** Other names the document uses for the system (spelling variants, descriptions as names). */
  aliases: z.array(z.strictObject({ as: text, provenance: Provenance })).default([]),
  description: optionalText,
  functions: z.array(SystemFunction).default([]),
  operators: z.array(PartyLink).default([]),
  users: z.array(PartyLink).default([]),
  developers: z.array(PartyLink).default([]),
  provenance: Provenance,
});

/** What a figure is about: an organisation, IT system, stakeholder group, place or budget line. */
const AboutLink = z
  .strictObject({
    org: id.nullish(),
    system: id.nullish(),
    group: id.nullish(),
    place: id.nullish(),
    budgetLine: id.nullish(),
    as: optionalText,
    provenance: Provenance.nullish(),
  })
  .superRefine(exactlyOne(['org', 'system', 'group', 'place', 'budgetLine']));

const Figure = z.strictObject({
  id,
  code,
  normalizedCode,
  label: text,
  /** What is measured, from the controlled list in data/README.md (participants, budget, staff ...). */
  measure: id,
  value: z.number(),
  unit: text,
  period: Period.nullish(),
  /** The day the number describes ("stand 31-12", "op 1 juni 2021"). */
  date: DateValue.nullish(),
  text: text,
  about: z.array(AboutLink).default([]),
  mentions: Mentions,
  provenance: Provenance,
});

const Place = z.strictObject({
  id,
  name: text,
  kind: PlaceKind,
  country: optionalText,
  within: id.nullish(),
  provenance: Provenance,
});

const Reference = z.strictObject({
  id,
  kind: ReferenceKind,
  title: text,
  code,
  date: DateValue.nullish(),
  issuer: id.nullish(),
  aliases: z.array(text).default([]),
  provenance: Provenance,
});

const Membership = z
  .strictObject({
    org: id.nullish(),
    group: id.nullish(),
    body: id,
    as: optionalText,
    role: MembershipRole,
    roleText: optionalText,
    provenance: Provenance,
  })
  .superRefine(exactlyOne(['org', 'group']));

const BudgetLine = z.strictObject({
  id,
  code,
  normalizedCode,
  name: text,
  /** The kind of credit as the document names it (Beleidskredieten, Apparaatskredieten, VAK ...). */
  creditType: optionalText,
  amount: z.number().nullish(),
  unit: text.default('EUR'),
  amountText: optionalText,
  period: Period.nullish(),
  parent: id.nullish(),
  provenance: Provenance,
});

const Indicator = z.strictObject({
  id,
  code,
  normalizedCode,
  name: text,
  indicatorKind: optionalText,
  calculation: optionalText,
  sourceText: optionalText,
  frequency: optionalText,
  quality: optionalText,
  usedIn: optionalText,
  systems: z.array(z.strictObject({ ref: id, as: optionalText, provenance: Provenance })).default([]),
  provenance: Provenance,
});

const Finding = z.strictObject({
  id,
  kind: FindingKind,
  code,
  normalizedCode,
  title: text,
  /** The finding itself: the result reported, or the recommendation's text. */
  text: optionalText,
  parent: id.nullish(),
  period: Period.nullish(),
  status: StatusValue.nullish(),
  by: z.array(PartyLink).default([]),
  /** Findings, objectives or actions of this plan that the finding is about. */
  evaluates: z.array(LinkRef).default([]),
  /** Actions of this plan that answer the finding. */
  followedUpBy: z.array(LinkRef).default([]),
  mentions: Mentions,
  refersTo: z.array(ReferenceLink).default([]),
  themes: Themes,
  provenance: Provenance,
});

const Question = z.strictObject({
  id,
  code,
  normalizedCode,
  text: text,
  parent: id.nullish(),
  askedBy: z.array(PartyLink).default([]),
  addressedTo: z.array(PartyLink).default([]),
  date: DateValue.nullish(),
  mentions: Mentions,
  refersTo: z.array(ReferenceLink).default([]),
  provenance: Provenance,
});

const Answer = z.strictObject({
  id,
  code,
  normalizedCode,
  text: text,
  answers: z.array(Ref).min(1),
  givenBy: z.array(PartyLink).default([]),
  /** Measures (actions), facts, figures and risks the answer states. */
  states: z.array(LooseRef).default([]),
  mentions: Mentions,
  provenance: Provenance,
});

const Fact = z.strictObject({
  id,
  kind: FactKind,
  code,
  normalizedCode,
  title: optionalText,
  text: text,
  subject: z.array(PartyLink).default([]),
  systems: z.array(z.strictObject({ ref: id, as: optionalText, provenance: Provenance })).default([]),
  mentions: Mentions,
  themes: Themes,
  provenance: Provenance,
});

const Mention = z.strictObject({ org: id, as: text, provenance: Provenance });

export const PlanFile = z.strictObject({
  plan: PlanHeader,
  organisations: z.array(OrganisationDef).default([]),
  mentions: z.array(Mention).default([]),
  stakeholderGroups: z.array(StakeholderGroup).default([]),
  memberships: z.array(Membership).default([]),
  places: z.array(Place).default([]),
  references: z.array(Reference).default([]),
  facts: z.array(Fact).default([]),
  pestel: z.array(PestelFactor).default([]),
  swot: z.array(SwotItem).default([]),
  risks: z.array(Risk).default([]),
  riskDomains: z.array(RiskDomain).default([]),
  objectives: z.array(Objective).default([]),
  actions: z.array(Action).default([]),
  findings: z.array(Finding).default([]),
  questions: z.array(Question).default([]),
  answers: z.array(Answer).default([]),
  systems: z.array(System).default([]),
  budgetLines: z.array(BudgetLine).default([]),
  indicators: z.array(Indicator).default([]),
  figures: z.array(Figure).default([]),
});
export type PlanFile = z.infer<typeof PlanFile>;
export type PlanObjective = z.infer<typeof Objective>;
export type PlanAction = z.infer<typeof Action>;
export type PlanRisk = z.infer<typeof Risk>;

export const OrganisationRegistry = z.strictObject({ organisations: z.array(OrganisationDef) });

export const ThemeDef = z.strictObject({ id, nl: text, en: text, description: optionalText });
export const ThemeVocabulary = z.strictObject({ themes: z.array(ThemeDef) });
export type ThemeDef = z.infer<typeof ThemeDef>;

export const AudienceDef = z.strictObject({ id, nl: text, en: text, description: optionalText });
export const AudienceVocabulary = z.strictObject({ audiences: z.array(AudienceDef) });
export type AudienceDef = z.infer<typeof AudienceDef>;

export const AlignmentRelation = z.enum(['SAME_AIM', 'CONTRIBUTES_TO', 'COMPLEMENTS']);
export const Alignment = z.strictObject({
  from: z.string().min(3),
  to: z.string().min(3),
  relation: AlignmentRelation,
  rationale: text,
});
export const Alignments = z.strictObject({ alignments: z.array(Alignment).default([]) });
export type Alignment = z.infer<typeof Alignment>;
