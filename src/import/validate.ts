import type { Dataset, DataIssue, PathSegment, SourceFile } from './dataset.js';
import type { PlanFile, Provenance } from './planFile.js';
import { parseLines } from '../sources/sourceText.js';

/**
 * Checks what a schema can not: ids and codes unique, every reference resolving, every
 * provenance quote present in the cited lines of its source, each organisation defined once.
 * Returns the problems; an empty list means the dataset can be imported.
 */
export function validateDataset(dataset: Dataset): DataIssue[] {
  const issues: DataIssue[] = [];
  const organisations = collectOrganisations(dataset, issues);
  const themeIds = new Set(dataset.themes.data.themes.map((t) => t.id));
  checkUnique(dataset.themes, dataset.themes.data.themes.map((t, i) => [t.id, ['themes', i, 'id']]), 'theme id', issues);

  const systems = new Map<string, { plan: string; name: string }>();
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
    for (const [index, system] of plan.data.systems.entries()) {
      const seen = systems.get(system.id);
      if (seen && seen.name !== system.name) {
        issues.push(plan.issue(['systems', index, 'name'], `system ${system.id} is named "${seen.name}" in ${seen.plan}; one system, one name`));
      }
      systems.set(system.id, { plan: plan.file, name: system.name });
    }
  }
  for (const plan of dataset.plans) {
    new PlanChecker(plan, dataset, organisations, themeIds, new Set(systems.keys()), issues).check();
  }
  checkAlignments(dataset, issues);
  return issues;
}

function collectOrganisations(dataset: Dataset, issues: DataIssue[]): Set<string> {
  const definedIn = new Map<string, string>();
  const define = (file: SourceFile<unknown>, id: string, at: PathSegment[]) => {
    const other = definedIn.get(id);
    if (other) issues.push(file.issue(at, `organisation ${id} is already defined in ${other}; define it once (shared institutions belong in organisations.yaml)`));
    else definedIn.set(id, file.file);
  };
  dataset.registry.data.organisations.forEach((o, i) => define(dataset.registry, o.id, ['organisations', i, 'id']));
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

class PlanChecker {
  private readonly plan: PlanFile;
  private readonly ids = new Map<string, string>();
  private readonly objectives: Set<string>;
  private readonly swot: Map<string, string>;

  constructor(
    private readonly file: SourceFile<PlanFile>,
    private readonly dataset: Dataset,
    private readonly organisations: Set<string>,
    private readonly themes: Set<string>,
    private readonly systems: Set<string>,
    private readonly issues: DataIssue[],
  ) {
    this.plan = file.data;
    this.objectives = new Set(this.plan.objectives.map((o) => o.id));
    this.swot = new Map(this.plan.swot.map((s) => [s.id, s.type]));
  }

  check(): void {
    const p = this.plan;
    if (!this.dataset.sources.exists(p.plan.source)) {
      this.problem(['plan', 'source'], `source file ${p.plan.source} is not in data/sources`);
      return;
    }
    this.org(p.plan.publisher, ['plan', 'publisher']);
    this.provenance(p.plan, ['plan'], p.plan.title);
    this.checkIds();
    this.checkCodes();

    p.mentions.forEach((m, i) => {
      this.org(m.org, ['mentions', i, 'org']);
      this.provenance(m, ['mentions', i], m.as);
    });
    this.noRepeats(p.mentions.map((m, i) => [`${m.org} as "${m.as}"`, ['mentions', i]]), 'mention');
    p.stakeholderGroups.forEach((g, i) => {
      const at = ['stakeholderGroups', i];
      this.provenance(g, at, g.name);
      if (g.parent && !p.stakeholderGroups.some((o) => o.id === g.parent)) this.problem([...at, 'parent'], `stakeholder group ${g.parent} is not in this plan`);
      this.orgLinks(g.members, [...at, 'members']);
    });
    p.pestel.forEach((f, i) => {
      this.provenance(f, ['pestel', i], f.text);
      this.themeTags(f.themes, ['pestel', i, 'themes']);
    });
    p.swot.forEach((s, i) => {
      this.provenance(s, ['swot', i], s.text);
      this.themeTags(s.themes, ['swot', i, 'themes']);
    });
    p.risks.forEach((r, i) => {
      const at = ['risks', i];
      this.provenance(r, at, r.text);
      this.themeTags(r.themes, [...at, 'themes']);
      r.threatens.forEach((t, j) => {
        const ref = typeof t === 'string' ? t : t.ref;
        this.objective(ref, [...at, 'threatens', j]);
        if (typeof t !== 'string') this.provenance(t, [...at, 'threatens', j], this.objectiveTitle(ref));
      });
    });
    p.riskDomains.forEach((d, i) => {
      const at = ['riskDomains', i];
      this.provenance(d, at, d.name);
      d.weaknesses.forEach((w, j) => this.swotRef(w, 'WEAKNESS', [...at, 'weaknesses', j]));
      d.threats.forEach((t, j) => this.swotRef(t, 'THREAT', [...at, 'threats', j]));
      d.objectives.forEach((o, j) => {
        this.objective(o.ref, [...at, 'objectives', j, 'ref']);
        this.provenance(o, [...at, 'objectives', j], this.objectiveTitle(o.ref));
      });
    });
    p.objectives.forEach((o, i) => {
      const at = ['objectives', i];
      this.provenance(o, at, o.title);
      if (o.parent) {
        this.objective(o.parent, [...at, 'parent']);
        if (o.parent === o.id) this.problem([...at, 'parent'], 'an objective can not be its own parent');
      }
      if (o.result) this.provenance(o.result, [...at, 'result'], o.result.text);
      this.orgLinks(o.partners, [...at, 'partners']);
      o.addresses.forEach((a, j) => this.swotRef(a, undefined, [...at, 'addresses', j]));
      this.themeTags(o.themes, [...at, 'themes']);
    });
    this.checkObjectiveCycles();
    p.actions.forEach((a, i) => {
      const at = ['actions', i];
      this.provenance(a, at, a.title);
      if (a.objective) this.objective(a.objective, [...at, 'objective']);
      a.alsoImplements.forEach((r, j) => {
        this.objective(r.ref, [...at, 'alsoImplements', j, 'ref']);
        this.provenance(r, [...at, 'alsoImplements', j], undefined);
      });
      if (a.status) this.provenance(a.status, [...at, 'status'], a.status.text);
      a.deliverables.forEach((d, j) => {
        this.provenance(d, [...at, 'deliverables', j], d.title);
        if (d.status) this.provenance(d.status, [...at, 'deliverables', j, 'status'], d.status.text);
      });
      checkUnique(this.file, a.deliverables.map((d, j) => [d.id, [...at, 'deliverables', j, 'id']]), `deliverable id (in action ${a.id})`, this.issues);
      this.orgLinks(a.partners, [...at, 'partners']);
      a.systems.forEach((s, j) => {
        if (!this.systems.has(s.ref)) this.problem([...at, 'systems', j, 'ref'], `system ${s.ref} is not defined in any plan`);
        this.provenance(s, [...at, 'systems', j], s.ref);
      });
      this.themeTags(a.themes, [...at, 'themes']);
    });
    p.systems.forEach((s, i) => {
      this.provenance(s, ['systems', i], s.description ?? s.name);
      this.orgLinks(s.operators, ['systems', i, 'operators']);
      this.orgLinks(s.users, ['systems', i, 'users']);
    });
    p.figures.forEach((f, i) => {
      this.provenance(f, ['figures', i], f.text);
      if (f.subject) this.org(f.subject, ['figures', i, 'subject']);
    });
  }

  private checkIds(): void {
    const sections = ['stakeholderGroups', 'pestel', 'swot', 'risks', 'riskDomains', 'objectives', 'actions', 'systems', 'figures'] as const;
    for (const section of sections) {
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
      ['riskDomains', p.riskDomains, () => ''],
      ['objectives', p.objectives, (x: { parent?: string | null; level: string; group?: string | null; period?: { from: number; to: number } | null }) => `${x.level}|${x.parent ?? ''}|${x.group ?? ''}|${period(x)}`],
      ['actions', p.actions, (x: { objective?: string | null; kind: string; period?: { from: number; to: number } | null }) => `${x.kind}|${x.objective ?? ''}|${period(x)}`],
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

  private checkObjectiveCycles(): void {
    const parent = new Map(this.plan.objectives.map((o) => [o.id, o.parent ?? undefined]));
    this.plan.objectives.forEach((o, i) => {
      const seen = new Set<string>([o.id]);
      let next = parent.get(o.id);
      while (next) {
        if (seen.has(next)) {
          this.problem(['objectives', i, 'parent'], `objective ${o.id} is its own ancestor`);
          return;
        }
        seen.add(next);
        next = parent.get(next);
      }
    });
  }

  private objectiveTitle(id: string): string | undefined {
    return this.plan.objectives.find((o) => o.id === id)?.title;
  }

  private problem(at: PathSegment[], message: string): void {
    this.issues.push(this.file.issue(at, message));
  }

  private org(id: string, at: PathSegment[]): void {
    if (!this.organisations.has(id)) this.problem(at, `organisation ${id} is not defined (in organisations.yaml or this file's organisations)`);
  }

  private objective(id: string, at: PathSegment[]): void {
    if (!this.objectives.has(id)) this.problem(at, `objective ${id} is not in this plan`);
  }

  private swotRef(ref: { ref: string } & ProvenanceHolder, type: string | undefined, at: PathSegment[]): void {
    const actual = this.swot.get(ref.ref);
    if (!actual) this.problem([...at, 'ref'], `SWOT item ${ref.ref} is not in this plan`);
    else if (type && actual !== type) this.problem([...at, 'ref'], `SWOT item ${ref.ref} is a ${actual}, expected a ${type}`);
    this.provenance(ref, at, this.plan.swot.find((s) => s.id === ref.ref)?.text);
  }

  private orgLinks(links: { org: string; as?: string | null; provenance: Provenance }[], at: PathSegment[]): void {
    links.forEach((link, j) => {
      this.org(link.org, [...at, j, 'org']);
      this.provenance(link, [...at, j], link.as ?? undefined);
    });
    this.noRepeats(links.map((l, j) => [`${l.org}${l.as ? ` as "${l.as}"` : ''}`, [...at, j]]), 'link');
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
      if (!this.themes.has(theme)) this.problem([...at, theme], `theme ${theme} is not in themes.yaml`);
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
