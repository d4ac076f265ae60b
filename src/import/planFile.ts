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
});
export type OrganisationDef = z.infer<typeof OrganisationDef>;

export const PlanKind = z.enum(['POLICY_PLAN', 'STRATEGIC_PLAN', 'BUSINESS_PLAN', 'ANNUAL_REVIEW', 'PARLIAMENTARY_QUESTION']);
export const SwotType = z.enum(['STRENGTH', 'WEAKNESS', 'OPPORTUNITY', 'THREAT']);
export const PestelCategory = z.enum(['POLITICAL', 'ECONOMIC', 'SOCIAL', 'TECHNOLOGICAL', 'ECOLOGICAL', 'LEGAL']);
export const StakeholderCategory = z.enum(['PRINCIPALS', 'STAFF', 'INSTITUTIONAL_PARTNERS', 'CITIZENS', 'SUPPLIERS', 'OTHER']);
export const ObjectiveLevel = z.enum(['STRATEGIC', 'OPERATIONAL']);
export const ActionKind = z.enum(['ACTION', 'PROJECT', 'PROGRAMME', 'MEASURE']);
export const Status = z.enum(['DONE', 'ON_TRACK', 'DELAYED', 'NOT_STARTED', 'STOPPED', 'ONGOING']);

const StatusValue = z.strictObject({ value: Status, text: text, provenance: Provenance });

const PlanHeader = z.strictObject({
  id,
  title: text,
  kind: PlanKind,
  period: Period.nullish(),
  publisher: id,
  source: z.string().regex(/^[\w.-]+\.txt$/, 'must be a file name in data/sources'),
  language: z.string().regex(/^[a-z]{2}$/).default('nl'),
  provenance: Provenance,
});

const StakeholderGroup = z.strictObject({
  id,
  code,
  name: text,
  category: StakeholderCategory.nullish(),
  parent: id.nullish(),
  members: z.array(OrgLink).default([]),
  provenance: Provenance,
});

const PestelFactor = z.strictObject({
  id,
  category: PestelCategory,
  code,
  title: optionalText,
  text: text,
  themes: Themes,
  provenance: Provenance,
});

const SwotItem = z.strictObject({ id, type: SwotType, code, text: text, themes: Themes, provenance: Provenance });

const Risk = z.strictObject({
  id,
  code,
  title: optionalText,
  text: text,
  likelihood: optionalText,
  impact: optionalText,
  threatens: z.array(z.union([id, Ref])).default([]),
  themes: Themes,
  provenance: Provenance,
});

const RiskDomain = z.strictObject({
  id,
  code,
  name: text,
  description: optionalText,
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
  title: text,
  description: optionalText,
  parent: id.nullish(),
  group: optionalText,
  period: Period.nullish(),
  result: Result.nullish(),
  partners: z.array(OrgLink).default([]),
  addresses: z.array(Ref).default([]),
  themes: Themes,
  provenance: Provenance,
});

const Deliverable = z.strictObject({
  id,
  title: text,
  due: DateValue.nullish(),
  status: StatusValue.nullish(),
  provenance: Provenance,
});

const Action = z.strictObject({
  id,
  kind: ActionKind,
  code,
  title: text,
  description: optionalText,
  objective: id.nullish(),
  alsoImplements: z.array(Ref).default([]),
  deadline: DateValue.nullish(),
  commitment: optionalText,
  indicator: optionalText,
  period: Period.nullish(),
  status: StatusValue.nullish(),
  deliverables: z.array(Deliverable).default([]),
  partners: z.array(OrgLink).default([]),
  systems: z.array(Ref).default([]),
  themes: Themes,
  provenance: Provenance,
});

const System = z.strictObject({
  id,
  name: text,
  acronym: optionalText,
  description: optionalText,
  operators: z.array(OrgLink).default([]),
  users: z.array(OrgLink).default([]),
  provenance: Provenance,
});

const Figure = z.strictObject({
  id,
  label: text,
  value: z.number(),
  unit: text,
  year: z.number().int().min(1900).max(2100).nullish(),
  text: text,
  subject: id.nullish(),
  provenance: Provenance,
});

const Mention = z.strictObject({ org: id, as: text, provenance: Provenance });

export const PlanFile = z.strictObject({
  plan: PlanHeader,
  organisations: z.array(OrganisationDef).default([]),
  mentions: z.array(Mention).default([]),
  stakeholderGroups: z.array(StakeholderGroup).default([]),
  pestel: z.array(PestelFactor).default([]),
  swot: z.array(SwotItem).default([]),
  risks: z.array(Risk).default([]),
  riskDomains: z.array(RiskDomain).default([]),
  objectives: z.array(Objective).default([]),
  actions: z.array(Action).default([]),
  systems: z.array(System).default([]),
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

export const AlignmentRelation = z.enum(['SAME_AIM', 'CONTRIBUTES_TO', 'COMPLEMENTS']);
export const Alignment = z.strictObject({
  from: z.string().min(3),
  to: z.string().min(3),
  relation: AlignmentRelation,
  rationale: text,
});
export const Alignments = z.strictObject({ alignments: z.array(Alignment).default([]) });
export type Alignment = z.infer<typeof Alignment>;
