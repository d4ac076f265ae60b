import type { Dataset, DataIssue, PathSegment, SourceFile } from './dataset.js';
import { normalizeCodes } from './codes.js';
import type { PlanFile, Provenance } from './planFile.js';
import { parseLines } from '../sources/sourceText.js';

/**
 * Checks what a schema can not: ids and codes unique, every reference resolving, every
 * provenance quote present in the cited lines of its source, each organisation defined once,
 * each normalised code unique within its plan.
 * Returns the problems; an empty list means the dataset can be imported.
 */
export function validateDataset(dataset: Dataset): DataIssue[] {
  const issues: DataIssue[] = [];
  const organisations = collectOrganisations(dataset, issues);
  const themeIds = new Set(dataset.themes.data.themes.map((t) => t.id));
  checkUnique(dataset.themes, dataset.themes.data.themes.map((t, i) => [t.id, ['themes', i, 'id']]), 'theme id', issues);
  const audienceIds = new Set(dataset.audiences.data.audiences.map((a) => a.id));
  checkUnique(dataset.audiences, dataset.audiences.data.audiences.map((a, i) => [a.id, ['audiences', i, 'id']]), 'audience id', issues);

  const shared: SharedIds = { systems: new Map(), places: new Map(), references: new Map() };
  const planIds = new Map<string, string>();
  for (const plan of dataset.plans) {
    const planId = plan.data.plan.id;
    const other = planIds.get(planId);
    if (other) issues.push(plan.issue(['plan', 'id'], `plan id ${planId} is already used by ${other}`));
    planIds.set(planId, plan.file);
    const expectedName = `plans/${planId}.yaml`;
    if (plan.file.startsWith('plans/') && plan.file !== expectedName) {
      issues.push(plan.issue(['plan', 'id'], `the file of plan ${planId} must be named ${expectedName}`));
    }
    // Systems, places and referenced documents are one node each across documents: one name each.
    collectShared(plan, 'systems', plan.data.systems.map((s) => [s.id, s.name]), shared.systems, 'system', issues);
    collectShared(plan, 'places', plan.data.places.map((s) => [s.id, s.name]), shared.places, 'place', issues);
    collectShared(plan, 'references', plan.data.references.map((s) => [s.id, s.title]), shared.references, 'referenced document', issues);
  }
  for (const plan of dataset.plans) {
    new PlanChecker(plan, dataset, { organisations, themes: themeIds, audiences: audienceIds, shared }, issues).check();
  }
  checkAlignments(dataset, issues);
  return issues;
}

interface SharedIds {
  readonly systems: Map<string, { plan: string; name: string }>;
  readonly places: Map<string, { plan: string; name: string }>;
  readonly references: Map<string, { plan: string; name: string }>;
}

function collectShared(plan: SourceFile<PlanFile>, section: string, entries: [string, string][], into: Map<string, { plan: string; name: string }>, what: string, issues: DataIssue[]): void {
  const inThisFile = new Set<string>();
  entries.forEach(([id, name], index) => {
    if (inThisFile.has(id)) issues.push(plan.issue([section, index, 'id'], `${what} ${id} is defined twice in this file`));
    inThisFile.add(id);
    const seen = into.get(id);
    if (seen && seen.name !== name) {
      issues.push(plan.issue([section, index, 'name'], `${what} ${id} is named "${seen.name}" in ${seen.plan}; one ${what}, one name`));
    }
    if (!seen) into.set(id, { plan: plan.file, name });
  });
}

function collectOrganisations(dataset: Dataset, issues: DataIssue[]): Set<string> {
  const definedIn = new Map<string, string>();
  const define = (file: SourceFile<unknown>, id: string, at: PathSegment[]) => {
    const other = definedIn.get(id);
    if (other) issues.push(file.issue(at, `organisation ${id} is already defined in ${other}; define it once (shared institutions belong in organisations.yaml)`));
    else definedIn.set(id, file.file);
  };
  dataset.registry.data.organisations.forEach((o, i) => define(dataset.registry, o.id, ['organisations', i, 'id']));
  dataset.registry.data.organisations.forEach((o, i) => {
    if (o.parentProvenance) issues.push(dataset.registry.issue(['organisations', i, 'parentProvenance'], 'the registry has no source text; state the structure in the plan that says it'));
  });
  for (const plan of dataset.plans) plan.data.organisations.forEach((o, i) => define(plan, o.id, ['organisations', i, 'id']));
  const ids = new Set(definedIn.keys());
  const checkParent = (file: SourceFile<unknown>, parent: string | null | undefined, at: PathSegment[]) => {
    if (parent && !ids.has(parent)) issues.push(file.issue(at, `parent organisation ${parent} is not defined`));
  };
  dataset.registry.data.organisations.forEach((o, i) => checkParent(dataset.registry, o.parent, ['organisations', i, 'parent']));
  for (const plan of dataset.plans) plan.data.organisations.forEach((o, i) => checkParent(plan, o.parent, ['organisations', i, 'parent']));
  return ids;
}

function checkUnique(file: SourceFile<unknown>, entries: [string, PathSegment[]][], what: string, issues: DataIssue[]): void {
  const seen = new Set<string>();
  for (const [key, at] of entries) {
    if (seen.has(key)) issues.push(file.issue(at, `${what} ${key} appears more than once`));
    seen.add(key);
  }
}

function checkAlignments(dataset: Dataset, issues: DataIssue[]): void {
  const objectives = new Map<string, string>();
  for (const plan of dataset.plans) {
    for (const o of plan.data.objectives) objectives.set(`${plan.data.plan.id}/${o.id}`, plan.data.plan.publisher);
  }
  const file = dataset.alignments;
  const seen = new Set<string>();
  file.data.alignments.forEach((a, i) => {
    const from = objectives.get(a.from);
    const to = objectives.get(a.to);
    if (!from) issues.push(file.issue(['alignments', i, 'from'], `objective ${a.from} does not exist (expected <plan id>/<objective id>)`));
    if (!to) issues.push(file.issue(['alignments', i, 'to'], `objective ${a.to} does not exist (expected <plan id>/<objective id>)`));
    if (from && to && from === to) issues.push(file.issue(['alignments', i], 'an alignment links objectives of different organisations; both belong to the same publisher'));
    const key = [a.from, a.to].sort().join('|');
    if (seen.has(key)) issues.push(file.issue(['alignments', i], `${a.from} and ${a.to} are already aligned`));
    seen.add(key);
  });
}

type ProvenanceHolder = { provenance?: Provenance | null | undefined };
type Party = { org?: string | null; group?: string | null; as?: string | null; provenance: Provenance };
type Mention = { org?: string | null; system?: string | null; group?: string | null; place?: string | null; reference?: string | null; as: string; provenance?: Provenance | null };

interface Vocabularies {
  readonly organisations: Set<string>;
  readonly themes: Set<string>;
  readonly audiences: Set<string>;
  readonly shared: SharedIds;
}

/** The sections whose items are nodes of the plan; their ids share one namespace. */
const PLAN_SECTIONS = [
  'stakeholderGroups', 'facts', 'pestel', 'swot', 'risks', 'riskDomains', 'objectives', 'actions', 'findings',
  'questions', 'answers', 'budgetLines', 'indicators', 'figures',
] as const;

/** The fields that hold the document's wording, per section. */
const WORDING: readonly [string, readonly string[]][] = [
  ['objectives', ['title', 'description', 'group']],
  ['actions', ['title', 'description', 'group']],
  ['findings', ['title', 'text']],
  ['facts', ['title', 'text']],
  ['risks', ['title', 'text']],
  ['riskDomains', ['name', 'description']],
  ['stakeholderGroups', ['name', 'description']],
  ['swot', ['text']],
  ['pestel', ['title', 'text']],
  ['questions', ['text']],
  ['answers', ['text']],
  ['indicators', ['name']],
  ['budgetLines', ['name']],
  ['figures', ['text']],
];

class PlanChecker {
  private readonly plan: PlanFile;
  private readonly ids = new Map<string, string>();
  private readonly local: Record<(typeof PLAN_SECTIONS)[number], Map<string, { provenance: Provenance; text?: string }>>;
  private readonly swot: Map<string, string>;

  constructor(
    private readonly file: SourceFile<PlanFile>,
    private readonly dataset: Dataset,
    private readonly known: Vocabularies,
    private readonly issues: DataIssue[],
  ) {
    this.plan = file.data;
    this.swot = new Map(this.plan.swot.map((s) => [s.id, s.type]));
    const index = <T extends { id: string; provenance: Provenance }>(items: readonly T[], main: (x: T) => string | null | undefined) =>
      new Map(items.map((x) => [x.id, { provenance: x.provenance, text: main(x) ?? undefined }]));
    const p = this.plan;
    this.local = {
      stakeholderGroups: index(p.stakeholderGroups, (x) => x.name),
      facts: index(p.facts, (x) => x.text),
      pestel: index(p.pestel, (x) => x.text),
      swot: index(p.swot, (x) => x.text),
      risks: index(p.risks, (x) => x.text),
      riskDomains: index(p.riskDomains, (x) => x.name),
      objectives: index(p.objectives, (x) => x.title),
      actions: index(p.actions, (x) => x.title),
      findings: index(p.findings, (x) => x.title),
      questions: index(p.questions, (x) => x.text),
      answers: index(p.answers, (x) => x.text),
      budgetLines: index(p.budgetLines, (x) => x.name),
      indicators: index(p.indicators, (x) => x.name),
      figures: index(p.figures, (x) => x.text),
    };
  }

  check(): void {
    const p = this.plan;
    if (!this.dataset.sources.exists(p.plan.source)) {
      this.problem(['plan', 'source'], `source file ${p.plan.source} is not in data/sources`);
      return;
    }
    this.org(p.plan.publisher, ['plan', 'publisher']);
    this.provenance(p.plan, ['plan'], p.plan.title);
    this.parties(p.plan.involves, ['plan', 'involves']);
    this.checkIds();
    this.checkCodes();
    this.checkNormalizedCodes();
    this.checkWording();

    p.organisations.forEach((o, i) => {
      if (!o.parentProvenance) return;
      if (!o.parent) this.problem(['organisations', i, 'parentProvenance'], 'a parent provenance needs a parent');
      this.provenance({ provenance: o.parentProvenance }, ['organisations', i, 'parentProvenance'], o.name);
    });
    p.mentions.forEach((m, i) => {
      this.org(m.org, ['mentions', i, 'org']);
      this.provenance(m, ['mentions', i], m.as);
    });
    this.noRepeats(p.mentions.map((m, i) => [`${m.org} as "${m.as}"`, ['mentions', i]]), 'mention');
    p.stakeholderGroups.forEach((g, i) => {
      const at = ['stakeholderGroups', i];
      this.provenance(g, at, g.name);
      if (g.parent) this.local_(g.parent, 'stakeholderGroups', [...at, 'parent']);
      this.parties(g.members, [...at, 'members']);
      for (const audience of Object.keys(g.audiences ?? {})) {
        if (!this.known.audiences.has(audience)) this.problem([...at, 'audiences', audience], `audience ${audience} is not in audiences.yaml`);
      }
    });
    p.memberships.forEach((m, i) => {
      const at = ['memberships', i];
      this.party(m, at);
      this.org(m.body, [...at, 'body']);
      this.provenance(m, at, m.as ?? undefined);
    });
    this.noRepeats(p.memberships.map((m, i) => [`${m.org ?? m.group} in ${m.body} as ${m.role}`, ['memberships', i]]), 'membership');
    p.places.forEach((pl, i) => {
      this.provenance(pl, ['places', i], pl.name);
      if (pl.within && !this.known.shared.places.has(pl.within)) this.problem(['places', i, 'within'], `place ${pl.within} is not defined in any plan`);
    });
    p.references.forEach((r, i) => {
      this.provenance(r, ['references', i], r.title);
      if (r.issuer) this.org(r.issuer, ['references', i, 'issuer']);
    });
    p.facts.forEach((f, i) => {
      const at = ['facts', i];
      this.provenance(f, at, f.text);
      this.parties(f.subject, [...at, 'subject']);
      this.systemRefs(f.systems, [...at, 'systems']);
      this.mentions(f.mentions, f, [...at, 'mentions']);
      this.themeTags(f.themes, [...at, 'themes']);
    });
    p.pestel.forEach((f, i) => {
      this.provenance(f, ['pestel', i], f.text);
      this.mentions(f.mentions, f, ['pestel', i, 'mentions']);
      this.themeTags(f.themes, ['pestel', i, 'themes']);
    });
    p.swot.forEach((s, i) => {
      this.provenance(s, ['swot', i], s.text);
      this.mentions(s.mentions, s, ['swot', i, 'mentions']);
      this.themeTags(s.themes, ['swot', i, 'themes']);
    });
    p.risks.forEach((r, i) => {
      const at = ['risks', i];
      this.provenance(r, at, r.text);
      this.themeTags(r.themes, [...at, 'themes']);
      this.mentions(r.mentions, r, [...at, 'mentions']);
      r.threatens.forEach((t, j) => {
        const ref = typeof t === 'string' ? t : t.ref;
        this.local_(ref, 'objectives', [...at, 'threatens', j]);
        if (typeof t !== 'string') this.provenance(t, [...at, 'threatens', j], this.textOf('objectives', ref));
      });
      r.affects.forEach((a, j) => {
        this.local_(a.ref, 'actions', [...at, 'affects', j, 'ref']);
        this.provenance(a, [...at, 'affects', j], this.textOf('actions', a.ref));
      });
    });
    p.riskDomains.forEach((d, i) => {
      const at = ['riskDomains', i];
      this.provenance(d, at, d.name);
      d.weaknesses.forEach((w, j) => this.swotRef(w, 'WEAKNESS', [...at, 'weaknesses', j]));
      d.threats.forEach((t, j) => this.swotRef(t, 'THREAT', [...at, 'threats', j]));
      d.objectives.forEach((o, j) => {
        this.local_(o.ref, 'objectives', [...at, 'objectives', j, 'ref']);
        this.provenance(o, [...at, 'objectives', j], this.textOf('objectives', o.ref));
      });
      if (d.correspondsTo) {
        this.local_(d.correspondsTo.ref, 'riskDomains', [...at, 'correspondsTo', 'ref']);
        if (d.correspondsTo.ref === d.id) this.problem([...at, 'correspondsTo'], 'a domain can not correspond to itself');
        this.provenance(d.correspondsTo, [...at, 'correspondsTo'], this.textOf('riskDomains', d.correspondsTo.ref));
      }
    });
    p.objectives.forEach((o, i) => {
      const at = ['objectives', i];
      this.provenance(o, at, o.title);
      if (o.parent) {
        this.local_(o.parent, 'objectives', [...at, 'parent']);
        if (o.parent === o.id) this.problem([...at, 'parent'], 'an objective can not be its own parent');
      }
      if (o.result) this.provenance(o.result, [...at, 'result'], o.result.text);
      this.parties(o.partners, [...at, 'partners']);
      o.addresses.forEach((a, j) => this.swotRef(a, undefined, [...at, 'addresses', j]));
      o.budgetLines.forEach((b, j) => {
        this.local_(b.ref, 'budgetLines', [...at, 'budgetLines', j, 'ref']);
        this.provenance(b, [...at, 'budgetLines', j], b.as ?? this.textOf('budgetLines', b.ref));
      });
      o.indicators.forEach((b, j) => {
        this.local_(b.ref, 'indicators', [...at, 'indicators', j, 'ref']);
        this.provenance(b, [...at, 'indicators', j], b.as ?? this.textOf('indicators', b.ref));
      });
      this.places(o.places, [...at, 'places']);
      this.references(o.refersTo, o, [...at, 'refersTo']);
      this.themeTags(o.themes, [...at, 'themes']);
    });
    this.checkCycles('objectives', p.objectives);
    p.actions.forEach((a, i) => {
      const at = ['actions', i];
      this.provenance(a, at, a.title);
      if (a.objective) this.local_(a.objective, 'objectives', [...at, 'objective']);
      a.alsoImplements.forEach((r, j) => {
        this.local_(r.ref, 'objectives', [...at, 'alsoImplements', j, 'ref']);
        this.provenance(r, [...at, 'alsoImplements', j], undefined);
      });
      if (a.status) this.provenance(a.status, [...at, 'status'], a.status.text);
      a.deliverables.forEach((d, j) => {
        this.provenance(d, [...at, 'deliverables', j], d.title);
        if (d.heading) this.provenance(d.heading, [...at, 'deliverables', j, 'heading'], d.heading.text);
        if (d.status) this.provenance(d.status, [...at, 'deliverables', j, 'status'], d.status.text);
      });
      checkUnique(this.file, a.deliverables.map((d, j) => [d.id, [...at, 'deliverables', j, 'id']]), `deliverable id (in action ${a.id})`, this.issues);
      this.parties(a.partners, [...at, 'partners']);
      this.systemRefs(a.systems, [...at, 'systems']);
      this.places(a.places, [...at, 'places']);
      this.references(a.refersTo, a, [...at, 'refersTo']);
      this.themeTags(a.themes, [...at, 'themes']);
    });
    p.findings.forEach((f, i) => {
      const at = ['findings', i];
      this.provenance(f, at, f.title);
      if (f.parent) this.local_(f.parent, 'findings', [...at, 'parent']);
      if (f.status) this.provenance(f.status, [...at, 'status'], f.status.text);
      this.parties(f.by, [...at, 'by']);
      f.evaluates.forEach((e, j) => {
        const section = this.local.findings.has(e.ref) ? 'findings' : this.local.objectives.has(e.ref) ? 'objectives' : 'actions';
        this.local_(e.ref, section, [...at, 'evaluates', j, 'ref']);
        this.provenance(e, [...at, 'evaluates', j], undefined);
        if (e.ref === f.id) this.problem([...at, 'evaluates', j, 'ref'], 'a finding can not evaluate itself');
      });
      f.followedUpBy.forEach((e, j) => {
        this.local_(e.ref, 'actions', [...at, 'followedUpBy', j, 'ref']);
        this.provenance(e, [...at, 'followedUpBy', j], undefined);
      });
      this.noRepeats(f.evaluates.map((e, j) => [`${e.ref} (evaluated)`, [...at, 'evaluates', j]]), 'link');
      this.noRepeats(f.followedUpBy.map((e, j) => [`${e.ref} (follow-up)`, [...at, 'followedUpBy', j]]), 'link');
      this.mentions(f.mentions, f, [...at, 'mentions']);
      this.references(f.refersTo, f, [...at, 'refersTo']);
      this.themeTags(f.themes, [...at, 'themes']);
    });
    this.checkCycles('findings', p.findings);
    p.questions.forEach((q, i) => {
      const at = ['questions', i];
      this.provenance(q, at, q.text);
      if (q.parent) this.local_(q.parent, 'questions', [...at, 'parent']);
      this.parties(q.askedBy, [...at, 'askedBy']);
      this.parties(q.addressedTo, [...at, 'addressedTo']);
      this.mentions(q.mentions, q, [...at, 'mentions']);
      this.references(q.refersTo, q, [...at, 'refersTo']);
    });
    this.checkCycles('questions', p.questions);
    p.answers.forEach((a, i) => {
      const at = ['answers', i];
      this.provenance(a, at, a.text);
      a.answers.forEach((q, j) => {
        this.local_(q.ref, 'questions', [...at, 'answers', j, 'ref']);
        this.provenance(q, [...at, 'answers', j], undefined);
      });
      this.parties(a.givenBy, [...at, 'givenBy']);
      a.states.forEach((s, j) => {
        const section = (['actions', 'facts', 'figures', 'risks'] as const).find((x) => this.local[x].has(s.ref));
        if (!section) this.problem([...at, 'states', j, 'ref'], `${s.ref} is not an action, fact, figure or risk of this plan`);
        this.looseProvenance(s.provenance, s.as ?? (section ? this.textOf(section, s.ref) : undefined), a.provenance, [...at, 'states', j], Boolean(s.provenance) || Boolean(s.as));
      });
      this.mentions(a.mentions, a, [...at, 'mentions']);
    });
    p.systems.forEach((s, i) => {
      const at = ['systems', i];
      this.provenance(s, at, s.description ?? s.name);
      s.aliases.forEach((a, j) => this.provenance(a, [...at, 'aliases', j], a.as));
      s.functions.forEach((f, j) => this.looseProvenance(f.provenance, f.text, s.provenance, [...at, 'functions', j], true));
      this.parties(s.operators, [...at, 'operators']);
      this.parties(s.users, [...at, 'users']);
      this.parties(s.developers, [...at, 'developers']);
    });
    p.budgetLines.forEach((b, i) => {
      this.provenance(b, ['budgetLines', i], b.name);
      if (b.parent) this.local_(b.parent, 'budgetLines', ['budgetLines', i, 'parent']);
    });
    this.checkCycles('budgetLines', p.budgetLines);
    p.indicators.forEach((d, i) => {
      this.provenance(d, ['indicators', i], d.name);
      // The fields of an indicator's definition table are the document's words too.
      for (const key of ['indicatorKind', 'calculation', 'sourceText', 'frequency', 'quality', 'usedIn'] as const) {
        const value = d[key];
        if (value) this.provenance({ provenance: { ...d.provenance, quote: value } }, ['indicators', i, key], value);
      }
      this.systemRefs(d.systems, ['indicators', i, 'systems']);
    });
    p.figures.forEach((f, i) => {
      const at = ['figures', i];
      this.provenance(f, at, f.text);
      f.about.forEach((a, j) => {
        const target = this.target(a, [...at, 'about', j]);
        this.looseProvenance(a.provenance, a.as ?? undefined, f.provenance, [...at, 'about', j], Boolean(a.as) || Boolean(a.provenance));
        void target;
      });
      this.noRepeats(f.about.map((a, j) => [`${a.org ?? a.system ?? a.group ?? a.place ?? a.budgetLine}${a.as ? ` as "${a.as}"` : ''}`, [...at, 'about', j]]), 'about link');
      this.mentions(f.mentions, f, [...at, 'mentions']);
    });
  }

  private checkIds(): void {
    for (const section of PLAN_SECTIONS) {
      (this.plan[section] as { id: string }[]).forEach((item, i) => {
        const other = this.ids.get(item.id);
        if (other) this.problem([section, i, 'id'], `id ${item.id} is already used in ${other}; ids are unique within a plan file`);
        else this.ids.set(item.id, section);
      });
    }
  }

  /** Codes as printed must not repeat among siblings (same section, same parent or quadrant). */
  private checkCodes(): void {
    const p = this.plan;
    const period = (x: { period?: { from: number; to: number } | null }) => (x.period ? `${x.period.from}-${x.period.to}` : '');
    const rules: [string, { code?: string | null }[], (x: never) => string][] = [
      ['swot', p.swot, (x: { type: string }) => x.type],
      ['pestel', p.pestel, (x: { category: string }) => x.category],
      ['stakeholderGroups', p.stakeholderGroups, (x: { parent?: string | null }) => x.parent ?? ''],
      ['risks', p.risks, () => ''],
      ['riskDomains', p.riskDomains, (x: { listing?: string | null }) => x.listing ?? ''],
      ['objectives', p.objectives, (x: { parent?: string | null; level: string; group?: string | null; period?: { from: number; to: number } | null }) => `${x.level}|${x.parent ?? ''}|${x.group ?? ''}|${period(x)}`],
      ['actions', p.actions, (x: { objective?: string | null; kind: string; group?: string | null; period?: { from: number; to: number } | null }) => `${x.kind}|${x.objective ?? ''}|${x.group ?? ''}|${period(x)}`],
      ['findings', p.findings, (x: { parent?: string | null; kind: string }) => `${x.kind}|${x.parent ?? ''}`],
      ['questions', p.questions, (x: { parent?: string | null }) => x.parent ?? ''],
      ['answers', p.answers, () => ''],
      ['indicators', p.indicators, () => ''],
      ['facts', p.facts, (x: { kind: string }) => x.kind],
    ];
    for (const [section, items, scope] of rules) {
      const seen = new Set<string>();
      items.forEach((item, i) => {
        if (!item.code) return;
        const key = `${scope(item as never)}|${item.code}`;
        if (seen.has(key)) this.problem([section, i, 'code'], `code "${item.code}" appears twice among the same ${section} (same parent)`);
        seen.add(key);
      });
    }
  }

  /** Every coded item gets a normalised code from the plan's rules, unique within the plan. */
  private checkNormalizedCodes(): void {
    this.plan.plan.codes.forEach((rule, i) => {
      try {
        new RegExp(rule.pattern);
      } catch (err) {
        this.problem(['plan', 'codes', i, 'pattern'], `is not a regular expression: ${(err as Error).message}`);
      }
    });
    const seen = new Map<string, string>();
    for (const c of normalizeCodes(this.plan)) {
      const at = [c.section, c.index, 'code'];
      if (!c.value) {
        this.problem(at, `code "${c.code}" has no normalised code: no rule of plan.codes matches it (or give normalizedCode)`);
        continue;
      }
      if (!/^[A-Za-z0-9][A-Za-z0-9.\-/]*$/.test(c.value)) this.problem(at, `normalised code "${c.value}" must be letters, digits, dots, dashes or slashes`);
      const other = seen.get(c.value);
      if (other) this.problem(at, `normalised code ${c.value} is already the code of ${other}; normalised codes are unique within a plan`);
      else seen.set(c.value, `${c.section} ${c.id}`);
    }
  }

  private checkCycles(section: string, items: readonly { id: string; parent?: string | null }[]): void {
    const parent = new Map(items.map((o) => [o.id, o.parent ?? undefined]));
    items.forEach((o, i) => {
      const seen = new Set<string>([o.id]);
      let next = parent.get(o.id);
      while (next) {
        if (seen.has(next)) {
          this.problem([section, i, 'parent'], `${o.id} is its own ancestor`);
          return;
        }
        seen.add(next);
        next = parent.get(next);
      }
    });
  }

  private textOf(section: (typeof PLAN_SECTIONS)[number], id: string): string | undefined {
    return this.local[section].get(id)?.text;
  }

  private problem(at: PathSegment[], message: string): void {
    this.issues.push(this.file.issue(at, message));
  }

  private org(id: string, at: PathSegment[]): void {
    if (!this.known.organisations.has(id)) this.problem(at, `organisation ${id} is not defined (in organisations.yaml or this file's organisations)`);
  }

  private local_(id: string, section: (typeof PLAN_SECTIONS)[number], at: PathSegment[]): void {
    if (!this.local[section].has(id)) this.problem(at, `${section.replace(/s$/, '')} ${id} is not in this plan`);
  }

  private swotRef(ref: { ref: string } & ProvenanceHolder, type: string | undefined, at: PathSegment[]): void {
    const actual = this.swot.get(ref.ref);
    if (!actual) this.problem([...at, 'ref'], `SWOT item ${ref.ref} is not in this plan`);
    else if (type && actual !== type) this.problem([...at, 'ref'], `SWOT item ${ref.ref} is a ${actual}, expected a ${type}`);
    this.provenance(ref, at, this.textOf('swot', ref.ref));
  }

  private party(link: { org?: string | null; group?: string | null }, at: PathSegment[]): void {
    if (link.org) this.org(link.org, [...at, 'org']);
    if (link.group) this.local_(link.group, 'stakeholderGroups', [...at, 'group']);
  }

  /**
   * Titles, names and texts are the document's own words: in order in its running text (see
   * SourceTexts.checkWording); a break is allowed where the item's quote skips something ("…").
   */
  private checkWording(): void {
    const source = this.plan.plan.source;
    const word = (item: Record<string, unknown> & { provenance?: Provenance | null }, keys: readonly string[], at: PathSegment[]) => {
      const gaps = (item.provenance?.quote ?? '').split('…').length - 1;
      const file = item.provenance?.source ?? source;
      for (const key of keys) {
        const value = item[key];
        if (typeof value !== 'string' || !value) continue;
        const problem = this.dataset.sources.checkWording(file, value, gaps);
        if (problem) this.problem([...at, key], `${key}: ${problem}`);
      }
    };
    const p = this.plan as unknown as Record<string, (Record<string, unknown> & { provenance?: Provenance | null })[]>;
    for (const [section, keys] of WORDING) {
      (p[section] ?? []).forEach((item, i) => word(item, keys, [section, i]));
    }
    this.plan.actions.forEach((a, i) =>
      a.deliverables.forEach((d, j) => word(d as unknown as Record<string, unknown>, ['title'], ['actions', i, 'deliverables', j])),
    );
  }

  private parties(links: readonly Party[], at: PathSegment[]): void {
    links.forEach((link, j) => {
      this.party(link, [...at, j]);
      this.provenance(link, [...at, j], link.as ?? undefined);
    });
    this.noRepeats(
      links.map((l, j) => [`${l.org ?? `group ${l.group}`}${l.as ? ` as "${l.as}"` : ''}${'role' in l ? ` (${String((l as { role?: string }).role)})` : ''}`, [...at, j]]),
      'link',
    );
  }

  /** Wording or quote inside an item's text: its own provenance, or the item's lines. */
  private looseProvenance(own: Provenance | null | undefined, quote: string | undefined, fallback: Provenance, at: PathSegment[], needed: boolean): void {
    if (own) {
      this.provenance({ provenance: own }, at, quote);
      return;
    }
    if (!needed || !quote) return;
    this.provenance({ provenance: { ...fallback, quote } }, at, quote);
  }

  private mentions(mentions: readonly Mention[], item: { provenance: Provenance }, at: PathSegment[]): void {
    mentions.forEach((m, j) => {
      this.target(m, [...at, j]);
      this.looseProvenance(m.provenance, m.as, item.provenance, [...at, j], true);
    });
    this.noRepeats(mentions.map((m, j) => [`${m.org ?? m.system ?? m.group ?? m.place ?? m.reference} as "${m.as}"`, [...at, j]]), 'mention');
  }

  private target(m: { org?: string | null; system?: string | null; group?: string | null; place?: string | null; reference?: string | null; budgetLine?: string | null }, at: PathSegment[]): void {
    if (m.org) this.org(m.org, [...at, 'org']);
    if (m.group) this.local_(m.group, 'stakeholderGroups', [...at, 'group']);
    if (m.budgetLine) this.local_(m.budgetLine, 'budgetLines', [...at, 'budgetLine']);
    if (m.system && !this.known.shared.systems.has(m.system)) this.problem([...at, 'system'], `system ${m.system} is not defined in any plan`);
    if (m.place && !this.known.shared.places.has(m.place)) this.problem([...at, 'place'], `place ${m.place} is not defined in any plan`);
    if (m.reference && !this.known.shared.references.has(m.reference)) this.problem([...at, 'reference'], `referenced document ${m.reference} is not defined in any plan`);
  }

  private systemRefs(refs: readonly { ref: string; as?: string | null; provenance: Provenance }[], at: PathSegment[]): void {
    refs.forEach((s, j) => {
      if (!this.known.shared.systems.has(s.ref)) this.problem([...at, j, 'ref'], `system ${s.ref} is not defined in any plan`);
      this.provenance(s, [...at, j], s.as ?? s.ref);
    });
  }

  private places(links: readonly { place: string; as?: string | null; provenance: Provenance }[], at: PathSegment[]): void {
    links.forEach((l, j) => {
      if (!this.known.shared.places.has(l.place)) this.problem([...at, j, 'place'], `place ${l.place} is not defined in any plan`);
      this.provenance(l, [...at, j], l.as ?? this.known.shared.places.get(l.place)?.name);
    });
  }

  private references(links: readonly { ref: string; as?: string | null; provenance?: Provenance | null }[], item: { provenance: Provenance }, at: PathSegment[]): void {
    links.forEach((l, j) => {
      if (!this.known.shared.references.has(l.ref)) this.problem([...at, j, 'ref'], `referenced document ${l.ref} is not defined in any plan`);
      this.looseProvenance(l.provenance, l.as ?? undefined, item.provenance, [...at, j], true);
      if (!l.provenance && !l.as) this.problem([...at, j], 'give the wording (as) or a provenance of the reference');
    });
  }

  /** One link, one entry: a repeated one would hold two provenances for one relationship. */
  private noRepeats(entries: [string, PathSegment[]][], what: string): void {
    const seen = new Set<string>();
    for (const [key, at] of entries) {
      if (seen.has(key)) this.problem(at, `the ${what} to ${key} is already listed here; list each once`);
      seen.add(key);
    }
  }

  private themeTags(themes: Record<string, string> | null | undefined, at: PathSegment[]): void {
    for (const theme of Object.keys(themes ?? {})) {
      if (!this.known.themes.has(theme)) this.problem([...at, theme], `theme ${theme} is not in themes.yaml`);
    }
  }

  /** The quote (or the item's own text when the quote is left out) must be in the cited lines. */
  private provenance(holder: ProvenanceHolder, at: PathSegment[], fallback: string | undefined): void {
    const prov = holder.provenance;
    if (!prov) return;
    const quote = prov.quote ?? fallback;
    if (!quote) {
      this.problem([...at, 'provenance'], 'provenance needs a quote here (there is no text to check against the source)');
      return;
    }
    const source = prov.source ?? this.plan.plan.source;
    if (!this.dataset.sources.exists(source)) {
      this.problem([...at, 'provenance', 'source'], `source file ${source} is not in data/sources`);
      return;
    }
    const problem = this.dataset.sources.checkQuote(source, parseLines(prov.lines), quote);
    if (problem) this.problem([...at, 'provenance'], problem);
  }
}
