import crypto from 'node:crypto';
import type { Dataset, SourceFile } from './dataset.js';
import type { OrganisationDef, PlanFile, Provenance, ThemeDef } from './planFile.js';
import type { PropValue } from '../repository/properties.js';
import { parseLines } from '../sources/sourceText.js';

/**
 * Translation of the data files into the property graph: plain node and relationship records
 * that the importer writes with MERGE. Kept free of any database access so the shape of the
 * graph can be read, and tested, on its own.
 *
 * Ids: organisations keep their registry id (`fod-justitie`), themes are `theme/<id>`, IT
 * systems `system/<id>` (one node per system across documents), and every other item is
 * `<plan id>/<item id>` (deliverables `<plan id>/<action id>/<deliverable id>`).
 */
export type Props = Record<string, PropValue>;

export type Basis = 'STATED' | 'CURATED' | 'SUGGESTED';

export interface GraphNode {
  readonly id: string;
  readonly label: NodeLabel;
  readonly props: Props;
}

export interface GraphRel {
  readonly type: RelType;
  readonly from: string;
  readonly to: string;
  /** The evidence a link comes from: a plan id, `registry` or `alignments`. */
  readonly origin: string;
  /** Distinguishes several links of one type between the same nodes from the same origin. */
  readonly key: string;
  readonly props: Props;
}

export const NODE_LABELS = [
  'Organisation', 'Plan', 'StakeholderGroup', 'SwotItem', 'PestelFactor', 'Risk', 'RiskDomain',
  'Objective', 'Action', 'Deliverable', 'System', 'Figure', 'Theme',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const REL_TYPES = [
  'PUBLISHES', 'MENTIONS', 'PART_OF', 'IDENTIFIES', 'MEMBER_OF', 'THREATENS', 'IN_DOMAIN', 'ANSWERS', 'SETS',
  'INVOLVES', 'ADDRESSES', 'PLANS', 'IMPLEMENTS', 'HAS_DELIVERABLE', 'CONCERNS', 'DESCRIBES', 'OPERATES', 'USES',
  'REPORTS', 'ABOUT', 'HAS_THEME', 'ALIGNED_WITH',
] as const;
export type RelType = (typeof REL_TYPES)[number];

export const orgId = (id: string) => id;
export const themeId = (id: string) => `theme/${id}`;
export const systemId = (id: string) => `system/${id}`;
export const itemId = (planId: string, id: string) => `${planId}/${id}`;

export interface GraphBatch {
  readonly nodes: GraphNode[];
  readonly rels: GraphRel[];
}

function stated(prov: Provenance, fallbackQuote: string | undefined, defaultSource: string): Props {
  const { from, to } = parseLines(prov.lines);
  return { basis: 'STATED', source: prov.source ?? defaultSource, lineFrom: from, lineTo: to, quote: prov.quote ?? fallbackQuote ?? null };
}

function curated(rationale: string): Props {
  return { basis: 'CURATED', rationale, source: null, lineFrom: null, lineTo: null, quote: null };
}

/** A calendar date, written to Neo4j as a DATE (not a string). */
const date = (value: { date: string } | null | undefined): PropValue => (value ? { date: value.date } : null);

/**
 * An institution's node holds its canonical, curated identity; where each document names it is
 * kept on the MENTIONS links, with their provenance.
 */
export function organisationNode(def: OrganisationDef, definedIn: string): GraphNode {
  return {
    id: orgId(def.id),
    label: 'Organisation',
    props: {
      ...curated(`canonical entry in ${definedIn}`),
      planId: null,
      name: def.name,
      acronym: def.acronym ?? null,
      curatedAliases: def.aliases ?? [],
      country: def.country ?? null,
      level: def.level ?? null,
      organisationKind: def.kind ?? null,
      definedIn,
    },
  };
}

export function themeNode(theme: ThemeDef): GraphNode {
  return {
    id: themeId(theme.id),
    label: 'Theme',
    props: { ...curated('controlled vocabulary (themes.yaml)'), planId: null, code: theme.id, name: theme.nl, labelEn: theme.en, description: theme.description ?? null },
  };
}

/** Organisations and themes of the registry files, with the registry's PART_OF links. */
export function registryBatch(dataset: Dataset): GraphBatch {
  const nodes = [
    ...dataset.registry.data.organisations.map((o) => organisationNode(o, 'organisations.yaml')),
    ...dataset.themes.data.themes.map(themeNode),
  ];
  const rels = dataset.registry.data.organisations
    .filter((o) => o.parent)
    .map((o) => rel('PART_OF', orgId(o.id), orgId(o.parent!), 'registry', '', curated('organisation structure in organisations.yaml')));
  return { nodes, rels };
}

export function alignmentBatch(dataset: Dataset): GraphBatch {
  return {
    nodes: [],
    rels: dataset.alignments.data.alignments.map((a) =>
      rel('ALIGNED_WITH', a.from, a.to, 'alignments', '', { ...curated(a.rationale), relation: a.relation }),
    ),
  };
}

function rel(type: RelType, from: string, to: string, origin: string, key: string, props: Props): GraphRel {
  return { type, from, to, origin, key, props };
}

/** Every node and link one plan file states, plus the shared nodes (organisations, systems, themes) it refers to. */
export function planBatch(file: SourceFile<PlanFile>, dataset: Dataset): GraphBatch {
  return new PlanTranslator(file.data, dataset).translate();
}

class PlanTranslator {
  private readonly nodes: GraphNode[] = [];
  private readonly rels: GraphRel[] = [];
  private readonly planId: string;
  private readonly source: string;
  private readonly planNodeId: string;
  private position = 0;

  constructor(private readonly plan: PlanFile, private readonly dataset: Dataset) {
    this.planId = plan.plan.id;
    this.source = plan.plan.source;
    this.planNodeId = plan.plan.id;
  }

  private prov(p: Provenance, fallback?: string | null): Props {
    return stated(p, fallback ?? undefined, this.source);
  }

  private id(local: string): string {
    return itemId(this.planId, local);
  }

  private node(id: string, label: NodeLabel, props: Props): void {
    // position: order in the plan file (document order), the default sort of every list.
    this.position += 1;
    this.nodes.push({ id, label, props: { planId: this.planId, position: this.position, ...props } });
  }

  private link(type: RelType, from: string, to: string, props: Props, key = ''): void {
    this.rels.push(rel(type, from, to, this.planId, key, props));
  }

  private themes(owner: string, themes: Record<string, string> | null | undefined): void {
    for (const [theme, rationale] of Object.entries(themes ?? {})) this.link('HAS_THEME', owner, themeId(theme), curated(rationale));
  }

  private orgLinks(type: RelType, owner: string, links: readonly { org: string; as?: string | null; provenance: Provenance }[], direction: 'out' | 'in'): void {
    for (const l of links) {
      const props = { ...this.prov(l.provenance, l.as), as: l.as ?? null };
      if (direction === 'out') this.link(type, owner, orgId(l.org), props, l.as ?? '');
      else this.link(type, orgId(l.org), owner, props, l.as ?? '');
    }
  }

  translate(): GraphBatch {
    const p = this.plan;
    const h = p.plan;
    this.node(this.planNodeId, 'Plan', {
      ...this.prov(h.provenance, h.title),
      planId: this.planId,
      title: h.title,
      planKind: h.kind,
      periodFrom: h.period?.from ?? null,
      periodTo: h.period?.to ?? null,
      language: h.language,
    });
    this.link('PUBLISHES', orgId(h.publisher), this.planNodeId, this.prov(h.provenance, h.title));
    this.sharedNodes();

    for (const m of p.mentions) this.link('MENTIONS', this.planNodeId, orgId(m.org), { ...this.prov(m.provenance, m.as), as: m.as }, m.as);
    this.stakeholderGroups();
    for (const f of p.pestel) {
      const id = this.id(f.id);
      this.node(id, 'PestelFactor', { ...this.prov(f.provenance, f.text), category: f.category, code: f.code ?? null, title: f.title ?? null, text: f.text });
      this.link('IDENTIFIES', this.planNodeId, id, this.prov(f.provenance, f.text));
      this.themes(id, f.themes);
    }
    for (const s of p.swot) {
      const id = this.id(s.id);
      this.node(id, 'SwotItem', { ...this.prov(s.provenance, s.text), type: s.type, code: s.code ?? null, text: s.text });
      this.link('IDENTIFIES', this.planNodeId, id, this.prov(s.provenance, s.text));
      this.themes(id, s.themes);
    }
    this.objectives();
    this.risks();
    this.riskDomains();
    this.actions();
    this.systems();
    for (const f of p.figures) {
      const id = this.id(f.id);
      this.node(id, 'Figure', { ...this.prov(f.provenance, f.text), label: f.label, value: f.value, unit: f.unit, year: f.year ?? null, text: f.text });
      this.link('REPORTS', this.planNodeId, id, this.prov(f.provenance, f.text));
      if (f.subject) this.link('ABOUT', id, orgId(f.subject), this.prov(f.provenance, f.text));
    }
    return { nodes: this.nodes, rels: this.rels };
  }

  /** Organisations, systems and themes this plan points at, so the plan imports on its own. */
  private sharedNodes(): void {
    const p = this.plan;
    const referenced = new Set<string>([p.plan.publisher, ...p.organisations.map((o) => o.id), ...p.mentions.map((m) => m.org)]);
    const addLinks = (links: readonly { org: string }[]) => links.forEach((l) => referenced.add(l.org));
    p.stakeholderGroups.forEach((g) => addLinks(g.members));
    p.objectives.forEach((o) => addLinks(o.partners));
    p.actions.forEach((a) => addLinks(a.partners));
    p.systems.forEach((s) => addLinks([...s.operators, ...s.users]));
    p.figures.forEach((f) => f.subject && referenced.add(f.subject));

    const definitions = new Map<string, { def: OrganisationDef; definedIn: string }>();
    for (const o of this.dataset.registry.data.organisations) definitions.set(o.id, { def: o, definedIn: 'organisations.yaml' });
    for (const other of this.dataset.plans) {
      for (const o of other.data.organisations) definitions.set(o.id, { def: o, definedIn: other.file });
    }
    // Parents too: a PART_OF link needs both ends.
    const queue = [...referenced];
    while (queue.length) {
      const parent = definitions.get(queue.pop()!)?.def.parent;
      if (parent && !referenced.has(parent)) {
        referenced.add(parent);
        queue.push(parent);
      }
    }
    for (const id of [...referenced].sort()) {
      const found = definitions.get(id);
      if (!found) continue; // validation reports unknown organisations before any import
      this.nodes.push(organisationNode(found.def, found.definedIn));
      if (found.def.parent) {
        this.rels.push(rel('PART_OF', orgId(id), orgId(found.def.parent), found.definedIn === 'organisations.yaml' ? 'registry' : this.planId, '', curated(`organisation structure in ${found.definedIn}`)));
      }
    }

    const themes = new Set<string>();
    const addThemes = (t: Record<string, string> | null | undefined) => Object.keys(t ?? {}).forEach((k) => themes.add(k));
    [...p.pestel, ...p.swot, ...p.risks, ...p.objectives, ...p.actions].forEach((i) => addThemes(i.themes));
    for (const theme of this.dataset.themes.data.themes) if (themes.has(theme.id)) this.nodes.push(themeNode(theme));

    const systems = new Map<string, { name: string; acronym: string | null }>();
    for (const plan of this.dataset.plans) for (const s of plan.data.systems) if (!systems.has(s.id)) systems.set(s.id, { name: s.name, acronym: s.acronym ?? null });
    const used = new Set([...p.systems.map((s) => s.id), ...p.actions.flatMap((a) => a.systems.map((s) => s.ref))]);
    for (const id of [...used].sort()) {
      const s = systems.get(id);
      if (s) this.nodes.push({ id: systemId(id), label: 'System', props: { ...curated('one node per IT system across documents'), planId: null, code: id, name: s.name, acronym: s.acronym } });
    }
  }

  private stakeholderGroups(): void {
    for (const g of this.plan.stakeholderGroups) {
      const id = this.id(g.id);
      this.node(id, 'StakeholderGroup', { ...this.prov(g.provenance, g.name), code: g.code ?? null, name: g.name, category: g.category ?? null });
      this.link('IDENTIFIES', this.planNodeId, id, this.prov(g.provenance, g.name));
      if (g.parent) this.link('PART_OF', id, this.id(g.parent), this.prov(g.provenance, g.name));
      this.orgLinks('MEMBER_OF', id, g.members, 'in');
    }
  }

  private objectives(): void {
    for (const o of this.plan.objectives) {
      const id = this.id(o.id);
      this.node(id, 'Objective', {
        ...this.prov(o.provenance, o.title),
        level: o.level,
        code: o.code ?? null,
        title: o.title,
        description: o.description ?? null,
        group: o.group ?? null,
        periodFrom: o.period?.from ?? null,
        periodTo: o.period?.to ?? null,
        resultText: o.result?.text ?? null,
        resultSource: o.result ? (o.result.provenance.source ?? this.source) : null,
        resultLineFrom: o.result ? parseLines(o.result.provenance.lines).from : null,
        resultLineTo: o.result ? parseLines(o.result.provenance.lines).to : null,
        resultQuote: o.result ? (o.result.provenance.quote ?? o.result.text) : null,
      });
      this.link('SETS', this.planNodeId, id, this.prov(o.provenance, o.title));
      if (o.parent) this.link('PART_OF', id, this.id(o.parent), this.prov(o.provenance, o.title));
      this.orgLinks('INVOLVES', id, o.partners, 'out');
      for (const a of o.addresses) this.link('ADDRESSES', id, this.id(a.ref), this.prov(a.provenance, this.swotText(a.ref)));
      this.themes(id, o.themes);
    }
  }

  private swotText(id: string): string | undefined {
    return this.plan.swot.find((s) => s.id === id)?.text;
  }

  private objectiveTitle(id: string): string | undefined {
    return this.plan.objectives.find((o) => o.id === id)?.title;
  }

  private risks(): void {
    for (const r of this.plan.risks) {
      const id = this.id(r.id);
      this.node(id, 'Risk', { ...this.prov(r.provenance, r.text), code: r.code ?? null, title: r.title ?? null, text: r.text, likelihood: r.likelihood ?? null, impact: r.impact ?? null });
      this.link('IDENTIFIES', this.planNodeId, id, this.prov(r.provenance, r.text));
      for (const t of r.threatens) {
        if (typeof t === 'string') this.link('THREATENS', id, this.id(t), this.prov(r.provenance, r.text));
        else this.link('THREATENS', id, this.id(t.ref), this.prov(t.provenance, this.objectiveTitle(t.ref)));
      }
      this.themes(id, r.themes);
    }
  }

  private riskDomains(): void {
    for (const d of this.plan.riskDomains) {
      const id = this.id(d.id);
      this.node(id, 'RiskDomain', { ...this.prov(d.provenance, d.name), code: d.code ?? null, name: d.name, description: d.description ?? null });
      this.link('IDENTIFIES', this.planNodeId, id, this.prov(d.provenance, d.name));
      for (const w of [...d.weaknesses, ...d.threats]) this.link('IN_DOMAIN', this.id(w.ref), id, this.prov(w.provenance, this.swotText(w.ref)));
      for (const o of d.objectives) this.link('ANSWERS', this.id(o.ref), id, this.prov(o.provenance, this.objectiveTitle(o.ref)));
    }
  }

  private actions(): void {
    for (const a of this.plan.actions) {
      const id = this.id(a.id);
      this.node(id, 'Action', {
        ...this.prov(a.provenance, a.title),
        actionKind: a.kind,
        code: a.code ?? null,
        title: a.title,
        description: a.description ?? null,
        deadline: date(a.deadline),
        deadlineText: a.deadline?.text ?? null,
        commitment: a.commitment ?? null,
        indicator: a.indicator ?? null,
        periodFrom: a.period?.from ?? null,
        periodTo: a.period?.to ?? null,
        status: a.status?.value ?? null,
        statusText: a.status?.text ?? null,
        statusSource: a.status ? (a.status.provenance.source ?? this.source) : null,
        statusLineFrom: a.status ? parseLines(a.status.provenance.lines).from : null,
        statusLineTo: a.status ? parseLines(a.status.provenance.lines).to : null,
      });
      this.link('PLANS', this.planNodeId, id, this.prov(a.provenance, a.title));
      if (a.objective) this.link('IMPLEMENTS', id, this.id(a.objective), this.prov(a.provenance, a.title));
      for (const r of a.alsoImplements) this.link('IMPLEMENTS', id, this.id(r.ref), this.prov(r.provenance), 'also');
      a.deliverables.forEach((d, index) => {
        const did = `${id}/${d.id}`;
        this.node(did, 'Deliverable', {
          ...this.prov(d.provenance, d.title),
          title: d.title,
          position: index + 1,
          due: date(d.due),
          dueText: d.due?.text ?? null,
          status: d.status?.value ?? null,
          statusText: d.status?.text ?? null,
        });
        this.link('HAS_DELIVERABLE', id, did, this.prov(d.provenance, d.title));
      });
      this.orgLinks('INVOLVES', id, a.partners, 'out');
      for (const s of a.systems) this.link('CONCERNS', id, systemId(s.ref), this.prov(s.provenance, s.ref));
      this.themes(id, a.themes);
    }
  }

  private systems(): void {
    for (const s of this.plan.systems) {
      const id = systemId(s.id);
      this.link('DESCRIBES', this.planNodeId, id, { ...this.prov(s.provenance, s.description ?? s.name), description: s.description ?? null });
      this.orgLinks('OPERATES', id, s.operators, 'in');
      this.orgLinks('USES', id, s.users, 'in');
    }
  }
}

/** A stable fingerprint of a record, to tell an update from a no-op. */
export function fingerprint(label: string, props: Props): string {
  const ordered = Object.keys(props).sort().map((k) => [k, props[k]]);
  return crypto.createHash('sha1').update(label).update(JSON.stringify(ordered)).digest('hex');
}
