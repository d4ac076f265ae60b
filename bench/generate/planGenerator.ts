import type { Profile } from './profiles.js';
import type { Random } from './random.js';
import * as words from './words.js';

/**
 * One synthetic plan file and its source text. Every item is written on a line of the text and
 * cites that line, so the importer's validation checks every quote as it does for the real
 * documents; links cite the line that names their other end (a partner's wording is on the
 * line of the action that involves it, a threat's text on its own line).
 */
export interface SharedPools {
  /** Institutions any plan may involve, most-named first (the first ones become hubs). */
  readonly institutions: readonly { readonly id: string; readonly name: string }[];
  /** Theme ids, most-used first. */
  readonly themes: readonly string[];
  /** IT systems several plans describe, each under one name. */
  readonly systems: readonly { readonly id: string; readonly name: string }[];
}

export interface GeneratedPlan {
  readonly id: string;
  readonly publisher: string;
  readonly file: Record<string, unknown>;
  readonly source: string;
  readonly sourceText: string;
  readonly objectiveIds: readonly string[];
}

type Item = Record<string, unknown>;
type OrgRef = { readonly id: string; readonly name: string };

class SourceWriter {
  private readonly lines: string[] = [];

  add(text: string): number {
    this.lines.push(text);
    return this.lines.length;
  }

  text(): string {
    return `${this.lines.join('\n')}\n`;
  }
}

export class PlanGenerator {
  private readonly out = new SourceWriter();
  private readonly mentions = new Map<string, Item>();
  private readonly locals: OrgRef[] = [];

  constructor(
    private readonly r: Random,
    private readonly profile: Profile,
    private readonly planId: string,
    private readonly publisher: OrgRef,
    private readonly pools: SharedPools,
    /** Plans of an unusual size: one objective carries a very long list of actions. */
    private readonly long: boolean,
  ) {}

  private prov(line: number): Item {
    return { lines: String(line) };
  }

  private themes(text: string): Item {
    const count = this.r.int(1, 2);
    const ids = this.r.zipfDistinct(this.pools.themes.length, count, 0.9).map((i) => this.pools.themes[i]!);
    return Object.fromEntries(ids.map((t) => [t, text.slice(0, 40)]));
  }

  /** Organisations for a list of links: mostly shared institutions (Zipf), some the plan's own. */
  private partners(mean: number): OrgRef[] {
    const count = this.r.around(mean, 1, 0);
    const chosen = new Map<string, OrgRef>();
    for (let i = 0; i < count; i += 1) {
      const org = this.r.chance(0.3) && this.locals.length ? this.r.pick(this.locals) : this.pools.institutions[this.r.zipf(this.pools.institutions.length)]!;
      chosen.set(org.id, org);
    }
    return [...chosen.values()];
  }

  /** Links to organisations named on `line`; each wording is also a mention of the plan. */
  private orgLinks(orgs: readonly OrgRef[], line: number): Item[] {
    return orgs.map((o) => {
      const key = `${o.id}|${o.name}`;
      if (!this.mentions.has(key)) this.mentions.set(key, { org: o.id, as: o.name, provenance: this.prov(line) });
      return { org: o.id, as: o.name, provenance: this.prov(line) };
    });
  }

  /** Involvements (of objectives and actions): organisation links with the part each takes. */
  private involvements(orgs: readonly OrgRef[], line: number): Item[] {
    return this.orgLinks(orgs, line).map((link, i) => ({ ...link, role: i === 0 && this.r.chance(0.3) ? 'LEAD' : this.r.pick(['PARTNER', 'PARTNER', 'SUPPORT']) }));
  }

  private withPartners(text: string, orgs: readonly OrgRef[]): string {
    return orgs.length ? `${text}, met ${orgs.map((o) => o.name).join(' en ')}` : text;
  }

  generate(): GeneratedPlan {
    const r = this.r;
    const p = this.profile;
    const source = `${this.planId}.txt`;
    const title = `${p.kind === 'ANNUAL_REVIEW' ? 'Jaaroverzicht' : p.kind === 'PARLIAMENTARY_QUESTION' ? 'Schriftelijke vraag' : 'Plan'} ${this.publisher.name} ${r.int(2024, 2026)}`;
    const header = { id: this.planId, title, kind: p.kind, period: { from: 2025, to: 2025 + r.int(0, 4) }, publisher: this.publisher.id, source, language: 'nl', provenance: this.prov(this.out.add(title)) };

    const organisations: Item[] = [];
    for (let j = 1; j <= r.around(p.localOrganisations); j += 1) {
      const org = { id: `${this.planId}-org-${j}`, name: words.organisationName(r, j) };
      this.locals.push(org);
      organisations.push({ id: org.id, name: org.name, country: 'BE', level: 'FEDERAL', kind: 'SERVICE', ...(r.chance(0.2) ? { parent: this.publisher.id } : {}) });
    }

    const stakeholderGroups = Array.from({ length: r.around(p.stakeholderGroups) }, (_, g) => {
      const name = `${words.groupName(r)} ${g + 1}`;
      const line = this.out.add(name);
      const members = this.partners(p.membersPerGroup).map((o) => this.orgLinks([o], this.out.add(`- ${o.name}`))[0]!);
      return { id: `SG${g + 1}`, code: `${g + 1}.`, name, category: 'INSTITUTIONAL_PARTNERS', members, provenance: this.prov(line) };
    });

    const pestel = Array.from({ length: r.around(p.pestel) }, (_, i) => {
      const text = words.pestelText(r);
      return { id: `PESTEL${i + 1}`, category: r.pick(['POLITICAL', 'ECONOMIC', 'SOCIAL', 'TECHNOLOGICAL', 'ECOLOGICAL', 'LEGAL']), text, themes: this.themes(text), provenance: this.prov(this.out.add(text)) };
    });

    const swot: Item[] = [];
    const swotLine = new Map<string, number>();
    for (const [type, prefix] of [['STRENGTH', 'S'], ['WEAKNESS', 'W'], ['OPPORTUNITY', 'O'], ['THREAT', 'T']] as const) {
      for (let i = 1; i <= r.around(p.swotPerType); i += 1) {
        const text = words.swotText(r, type);
        const line = this.out.add(`${prefix}${i}. ${text}`);
        swotLine.set(`${prefix}${i}`, line);
        swot.push({ id: `${prefix}${i}`, type, code: `${prefix}${i}`, text, themes: this.themes(text), provenance: this.prov(line) });
      }
    }

    const { objectives, leaves, objectiveLine } = this.objectives(swotLine);
    const riskDomains = this.riskDomains(swot, swotLine, objectives, objectiveLine);
    const risks = Array.from({ length: r.around(p.risks) }, (_, i) => {
      const text = `Risico: ${words.swotText(r, 'THREAT').toLowerCase()}`;
      const threatens = objectives.length ? [...new Set(Array.from({ length: r.int(1, 2) }, () => String(r.pick(objectives).id)))] : [];
      return { id: `R${i + 1}`, code: `R${i + 1}`, text, threatens, themes: this.themes(text), provenance: this.prov(this.out.add(text)) };
    });

    const systems = this.systems();
    const systemIds = systems.map((s) => String(s.id));
    const actions = this.actions(leaves, systemIds);
    const figures = Array.from({ length: r.around(p.figures) }, (_, i) => {
      const f = words.figure(r);
      const year = r.int(2019, 2025);
      const text = `${f.value} ${f.label} in ${year}`;
      return { id: `F${i + 1}`, label: f.label, measure: f.measure, value: f.value, unit: f.unit, period: { from: year, to: year }, text, about: [{ org: this.publisher.id }], provenance: this.prov(this.out.add(text)) };
    });

    // Every coded item names its normalised code itself (its id, unique within the plan).
    for (const section of [stakeholderGroups, swot, risks, riskDomains, objectives, actions] as Item[][]) {
      for (const item of section) if (item.code) item.normalizedCode = item.id;
    }
    const file = {
      plan: header,
      organisations,
      mentions: [...this.mentions.values()],
      stakeholderGroups,
      pestel,
      swot,
      risks,
      riskDomains,
      objectives,
      actions,
      systems,
      figures,
    };
    return { id: this.planId, publisher: this.publisher.id, file, source, sourceText: this.out.text(), objectiveIds: objectives.map((o) => `${this.planId}/${String(o.id)}`) };
  }

  /** Strategic objectives, operational ones under them, and in some plans trees four levels deep. */
  private objectives(swotLine: Map<string, number>): { objectives: Item[]; leaves: string[]; objectiveLine: Map<string, number> } {
    const r = this.r;
    const p = this.profile;
    const objectives: Item[] = [];
    const leaves: string[] = [];
    const objectiveLine = new Map<string, number>();
    const threats = [...swotLine.keys()].filter((k) => k.startsWith('T'));
    const add = (id: string, code: string, level: string, parent: string | null, depth: number) => {
      const title = words.objectiveTitle(r);
      const partners = this.partners(p.partnersPerObjective);
      const line = this.out.add(this.withPartners(`${code} ${title}`, partners));
      objectiveLine.set(id, line);
      // Now and then an objective answers a threat directly (the line cited is the threat's).
      const threat = threats.length && r.chance(0.1) ? r.pick(threats) : undefined;
      const addresses = threat ? [{ ref: threat, provenance: this.prov(swotLine.get(threat)!) }] : [];
      objectives.push({ id, level, code, title, parent, partners: this.involvements(partners, line), addresses, themes: this.themes(title), provenance: this.prov(line) });
      const children = depth === 0 ? r.around(p.operational) : depth < 3 && r.chance(p.deep) ? r.int(1, 3) : 0;
      for (let c = 1; c <= children; c += 1) add(`${id}.${c}`, `${depth === 0 ? 'OD' : code.split(' ')[0]} ${code.split(' ')[1]}.${c}`, 'OPERATIONAL', id, depth + 1);
      if (children === 0) leaves.push(id);
    };
    for (let s = 1; s <= r.around(p.strategic); s += 1) add(`SD${s}`, `SD ${s}`, 'STRATEGIC', null, 0);
    return { objectives, leaves, objectiveLine };
  }

  private riskDomains(swot: Item[], swotLine: Map<string, number>, objectives: Item[], objectiveLine: Map<string, number>): Item[] {
    const r = this.r;
    const weaknesses = swot.filter((s) => s.type === 'WEAKNESS').map((s) => String(s.id));
    const threats = swot.filter((s) => s.type === 'THREAT').map((s) => String(s.id));
    const strategic = objectives.filter((o) => o.level === 'STRATEGIC').map((o) => String(o.id));
    return Array.from({ length: r.around(this.profile.riskDomains) }, (_, d) => {
      const name = words.domainName(d);
      const line = this.out.add(`Domein ${d + 1} – ${name}`);
      const refs = (ids: string[], count: number, lineOf: (id: string) => number) =>
        [...new Set(Array.from({ length: Math.min(count, ids.length) }, () => r.pick(ids)))].map((ref) => ({ ref, provenance: this.prov(lineOf(ref)) }));
      return {
        id: `RD${d + 1}`,
        code: String(d + 1),
        name,
        weaknesses: refs(weaknesses, r.int(0, 3), (id) => swotLine.get(id)!),
        threats: refs(threats, r.int(1, 4), (id) => swotLine.get(id)!),
        objectives: refs(strategic, r.int(2, 6), (id) => objectiveLine.get(id)!),
        provenance: this.prov(line),
      };
    });
  }

  private systems(): Item[] {
    const r = this.r;
    const own = Array.from({ length: r.around(this.profile.systems) }, (_, i) => ({ id: `${this.planId}-SYS${i + 1}`, name: `Toepassing ${this.planId.slice(-6)}-${i + 1}` }));
    const shared = this.r.zipfDistinct(this.pools.systems.length, r.int(1, 3)).map((i) => this.pools.systems[i]!);
    return [...own, ...shared].map((s) => {
      const operators = this.partners(0.7);
      const description = `het systeem ${s.name} voor ${words.objectiveTitle(r).toLowerCase()}`;
      const line = this.out.add(this.withPartners(`${s.name}: ${description}`, operators));
      return { id: s.id, name: s.name, description, operators: this.orgLinks(operators, line), provenance: this.prov(line) };
    });
  }

  private actions(leaves: readonly string[], systemIds: readonly string[]): Item[] {
    const r = this.r;
    const p = this.profile;
    const count = r.around(p.actions) * (this.long ? 3 : 1);
    // A long plan gives a third of its actions to one objective: a very long list under one parent.
    const crowded = this.long && leaves.length ? r.pick(leaves) : undefined;
    const perObjective = new Map<string, number>();
    return Array.from({ length: count }, (_, i) => {
      const objective = !leaves.length || r.chance(p.actionsWithoutObjective) ? null : crowded && i % 3 === 0 ? crowded : r.pick(leaves);
      const n = (perObjective.get(objective ?? '') ?? 0) + 1;
      perObjective.set(objective ?? '', n);
      const code = objective ? `${objective.replace(/^SD/, '')}.${n}` : `${n}`;
      const title = words.actionTitle(r);
      const partners = this.partners(p.partnersPerAction);
      const system = systemIds.length && r.chance(0.15) ? r.pick(systemIds) : undefined;
      const line = this.out.add(`${this.withPartners(`${code} ${title}`, partners)}${system ? ` (systeem ${system})` : ''}`);
      const year = r.int(2024, 2030);
      const deliverables = Array.from({ length: r.around(p.deliverablesPerAction, 1) }, (_, d) => {
        const due = `${year}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
        const dueText = `${due.slice(8)}/${due.slice(5, 7)}/${due.slice(0, 4)}`;
        const dtitle = words.deliverableTitle(r);
        return { id: `d${d + 1}`, title: dtitle, due: { date: due, text: dueText }, provenance: this.prov(this.out.add(`${dtitle} tegen ${dueText}`)) };
      });
      return {
        id: `A${i + 1}`,
        kind: r.chance(0.5) ? 'PROJECT' : 'ACTION',
        code,
        title,
        objective,
        ...(r.chance(p.deadlineShare) ? { deadline: { date: `${year}-12-31`, text: `Eind ${year}` } } : {}),
        deliverables,
        partners: this.involvements(partners, line),
        systems: system ? [{ ref: system, provenance: this.prov(line) }] : [],
        themes: this.themes(title),
        provenance: this.prov(line),
      };
    });
  }
}
