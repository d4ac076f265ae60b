import crypto from 'node:crypto';
import type { Dataset, SourceFile } from './dataset.js';
import { normalizedCodeIndex } from './codes.js';
import type { AudienceDef, Involvement, ItemMention, OrganisationDef, PartyLink, PlanFile, Provenance, ThemeDef } from './planFile.js';
import type { PropValue } from '../repository/properties.js';
import { parseLines } from '../sources/sourceText.js';

/**
 * Translation of the data files into the property graph: plain node and relationship records
 * that the importer writes with MERGE. Kept free of any database access so the shape of the
 * graph can be read, and tested, on its own. The kinds and links it produces are listed, with
 * their properties, in src/import/NEW_MODEL.md and data/README.md.
 *
 * Ids: organisations keep their registry id (`fod-justitie`), themes are `theme/<id>`,
 * audiences `audience/<id>`, IT systems `system/<id>`, places `place/<id>` and referenced
 * documents `reference/<id>` (one node each across documents), and every other item is
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
  'Audience', 'Place', 'Reference', 'Fact', 'Finding', 'Question', 'Answer', 'BudgetLine', 'Indicator',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const REL_TYPES = [
  'PUBLISHES', 'MENTIONS', 'PART_OF', 'IDENTIFIES', 'MEMBER_OF', 'THREATENS', 'IN_DOMAIN', 'ANSWERS', 'SETS',
  'INVOLVES', 'ADDRESSES', 'PLANS', 'IMPLEMENTS', 'HAS_DELIVERABLE', 'CONCERNS', 'DESCRIBES', 'OPERATES', 'USES',
  'REPORTS', 'ABOUT', 'HAS_THEME', 'ALIGNED_WITH',
  'CLASSIFIED_AS', 'REFERS_TO', 'IN_PLACE', 'DEVELOPS', 'BUDGETS', 'DRAWS_ON', 'DEFINES', 'MEASURED_BY', 'DRAWS_FROM',
  'EVALUATES', 'FOLLOWED_UP_BY', 'MADE_BY', 'ASKS', 'ASKED_BY', 'ADDRESSED_TO', 'GIVES', 'RESPONDS_TO', 'GIVEN_BY',
  'STATES', 'AFFECTS', 'CORRESPONDS_TO',
] as const;
export type RelType = (typeof REL_TYPES)[number];

export const orgId = (id: string) => id;
export const themeId = (id: string) => `theme/${id}`;
export const audienceId = (id: string) => `audience/${id}`;
export const systemId = (id: string) => `system/${id}`;
export const placeId = (id: string) => `place/${id}`;
export const referenceId = (id: string) => `reference/${id}`;
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

/** Unique wordings, in first-seen order, without the name itself. */
function aliasList(name: string, wordings: readonly (string | null | undefined)[]): string[] {
  const out: string[] = [];
  for (const w of wordings) if (w && w !== name && !out.includes(w)) out.push(w);
  return out;
}

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

export function audienceNode(audience: AudienceDef): GraphNode {
  return {
    id: audienceId(audience.id),
    label: 'Audience',
    props: { ...curated('controlled vocabulary (audiences.yaml)'), planId: null, code: audience.id, name: audience.nl, labelEn: audience.en, description: audience.description ?? null },
  };
}

/**
 * The nodes shared by several documents (IT systems, places, referenced documents): one node
 * each, its identity curated and computed from the whole dataset, so that every plan writes the
 * same properties. Where and how each document names it is on the plan's links.
 */
export function sharedNodes(dataset: Dataset): Map<string, GraphNode> {
  const nodes = new Map<string, GraphNode>();
  const systemWordings = new Map<string, string[]>();
  const word = (id: string, w: string | null | undefined) => {
    if (!w) return;
    const list = systemWordings.get(id) ?? [];
    list.push(w);
    systemWordings.set(id, list);
  };
  // A system's aliases are the names the documents give it where they describe it (the DESCRIBES
  // links carry them); how an item words it in passing ("modernisering van Siset") is no name.
  for (const plan of dataset.plans) {
    for (const s of plan.data.systems) {
      word(s.id, s.name);
      word(s.id, s.acronym);
      s.aliases.forEach((a) => word(s.id, a.as));
    }
  }
  for (const plan of dataset.plans) {
    for (const s of plan.data.systems) {
      if (nodes.has(systemId(s.id))) continue;
      const aliases = aliasList(s.name, systemWordings.get(s.id) ?? []);
      nodes.set(systemId(s.id), {
        id: systemId(s.id),
        label: 'System',
        props: {
          ...curated('one node per IT system across documents'),
          planId: null,
          code: s.id,
          name: s.name,
          acronym: s.acronym ?? null,
          aliases,
          aliasText: aliases.length ? aliases.join(' | ') : null,
        },
      });
    }
    for (const pl of plan.data.places) {
      if (nodes.has(placeId(pl.id))) continue;
      nodes.set(placeId(pl.id), {
        id: placeId(pl.id),
        label: 'Place',
        props: { ...curated('one node per place across documents'), planId: null, code: pl.id, name: pl.name, placeKind: pl.kind, country: pl.country ?? null },
      });
    }
    for (const r of plan.data.references) {
      if (nodes.has(referenceId(r.id))) continue;
      nodes.set(referenceId(r.id), {
        id: referenceId(r.id),
        label: 'Reference',
        props: {
          ...curated('one node per referenced document across documents'),
          planId: null,
          code: r.code ?? r.id,
          title: r.title,
          referenceKind: r.kind,
          date: date(r.date),
          dateText: r.date?.text ?? null,
          aliases: r.aliases,
          aliasText: r.aliases.length ? r.aliases.join(' | ') : null,
        },
      });
    }
  }
  return nodes;
}

function allMentions(p: PlanFile): ItemMention[] {
  return [p.facts, p.pestel, p.swot, p.risks, p.findings, p.questions, p.answers, p.figures].flatMap((items) => items.flatMap((i) => i.mentions));
}

/** Organisations, themes and audiences of the registry files, with the registry's PART_OF links. */
export function registryBatch(dataset: Dataset): GraphBatch {
  const nodes = [
    ...dataset.registry.data.organisations.map((o) => organisationNode(o, 'organisations.yaml')),
    ...dataset.themes.data.themes.map(themeNode),
    ...dataset.audiences.data.audiences.map(audienceNode),
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

/** Every node and link one plan file states, plus the shared nodes (organisations, systems, themes ...) it refers to. */
export function planBatch(file: SourceFile<PlanFile>, dataset: Dataset): GraphBatch {
  return new PlanTranslator(file.data, dataset).translate();
}

type Party = { org?: string | null; group?: string | null };

class PlanTranslator {
  private readonly nodes: GraphNode[] = [];
  private readonly rels: GraphRel[] = [];
  private readonly planId: string;
  private readonly source: string;
  private readonly planNodeId: string;
  private readonly codes: Map<string, string>;
  private position = 0;

  constructor(private readonly plan: PlanFile, private readonly dataset: Dataset) {
    this.planId = plan.plan.id;
    this.source = plan.plan.source;
    this.planNodeId = plan.plan.id;
    this.codes = normalizedCodeIndex(plan);
  }

  private prov(p: Provenance, fallback?: string | null): Props {
    return stated(p, fallback ?? undefined, this.source);
  }

  /** Provenance of a link stated inside an item: its own, or the item's lines with the wording as quote. */
  private provIn(own: Provenance | null | undefined, wording: string | null | undefined, item: Provenance, itemText?: string | null): Props {
    if (own) return this.prov(own, wording ?? itemText);
    if (wording) return this.prov({ ...item, quote: wording });
    return this.prov(item, itemText);
  }

  private id(local: string): string {
    return itemId(this.planId, local);
  }

  private partyId(p: Party): string {
    return p.org ? orgId(p.org) : this.id(p.group!);
  }

  private code(section: string, id: string): PropValue {
    return this.codes.get(`${section}/${id}`) ?? null;
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

  private partyLinks(type: RelType, owner: string, links: readonly PartyLink[], direction: 'out' | 'in'): void {
    for (const l of links) {
      const props = { ...this.prov(l.provenance, l.as), as: l.as ?? null };
      const other = this.partyId(l);
      if (direction === 'out') this.link(type, owner, other, props, l.as ?? '');
      else this.link(type, other, owner, props, l.as ?? '');
    }
  }

  /** INVOLVES with the role: one link per party, role and wording. */
  private involvements(owner: string, links: readonly Involvement[]): void {
    for (const l of links) {
      this.link(
        'INVOLVES',
        owner,
        this.partyId(l),
        { ...this.prov(l.provenance, l.as), as: l.as ?? null, role: l.role, roleText: l.roleText ?? null, date: date(l.date), dateText: l.date?.text ?? null },
        `${l.role}|${l.as ?? ''}`,
      );
    }
  }

  private mentionLinks(owner: string, mentions: readonly ItemMention[], item: Provenance): void {
    for (const m of mentions) {
      const target = m.org ? orgId(m.org) : m.system ? systemId(m.system) : m.group ? this.id(m.group) : m.place ? placeId(m.place) : referenceId(m.reference!);
      this.link('MENTIONS', owner, target, { ...this.provIn(m.provenance, m.as, item), as: m.as }, m.as);
    }
  }

  private referenceLinks(owner: string, links: readonly { ref: string; as?: string | null; provenance?: Provenance | null }[], item: Provenance): void {
    for (const r of links) this.link('REFERS_TO', owner, referenceId(r.ref), { ...this.provIn(r.provenance, r.as, item), as: r.as ?? null }, r.as ?? '');
  }

  private placeLinks(owner: string, links: readonly { place: string; as?: string | null; role: string; provenance: Provenance }[]): void {
    for (const l of links) this.link('IN_PLACE', owner, placeId(l.place), { ...this.prov(l.provenance, l.as), as: l.as ?? null, role: l.role }, `${l.role}|${l.as ?? ''}`);
  }

  private statusProps(status: { value: string; text: string; provenance: Provenance } | null | undefined): Props {
    return {
      status: status?.value ?? null,
      statusText: status?.text ?? null,
      statusSource: status ? (status.provenance.source ?? this.source) : null,
      statusLineFrom: status ? parseLines(status.provenance.lines).from : null,
      statusLineTo: status ? parseLines(status.provenance.lines).to : null,
    };
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
    this.involvements(this.planNodeId, h.involves);
    this.sharedNodes();

    for (const m of p.mentions) this.link('MENTIONS', this.planNodeId, orgId(m.org), { ...this.prov(m.provenance, m.as), as: m.as }, m.as);
    this.stakeholderGroups();
    this.memberships();
    for (const pl of p.places) this.link('MENTIONS', this.planNodeId, placeId(pl.id), { ...this.prov(pl.provenance, pl.name), as: pl.name }, `place|${pl.name}`);
    for (const r of p.references) {
      this.link('REFERS_TO', this.planNodeId, referenceId(r.id), { ...this.prov(r.provenance, r.title), as: r.title }, r.title);
      if (r.issuer) this.link('ABOUT', referenceId(r.id), orgId(r.issuer), curated(`issuer of the document, as ${this.planId} names it`), 'issuer');
    }
    this.facts();
    for (const f of p.pestel) {
      const id = this.id(f.id);
      this.node(id, 'PestelFactor', { ...this.prov(f.provenance, f.text), category: f.category, code: f.code ?? null, normalizedCode: this.code('pestel', f.id), title: f.title ?? null, text: f.text });
      this.link('IDENTIFIES', this.planNodeId, id, this.prov(f.provenance, f.text));
      this.mentionLinks(id, f.mentions, f.provenance);
      this.themes(id, f.themes);
    }
    for (const s of p.swot) {
      const id = this.id(s.id);
      this.node(id, 'SwotItem', { ...this.prov(s.provenance, s.text), type: s.type, code: s.code ?? null, normalizedCode: this.code('swot', s.id), text: s.text });
      this.link('IDENTIFIES', this.planNodeId, id, this.prov(s.provenance, s.text));
      this.mentionLinks(id, s.mentions, s.provenance);
      this.themes(id, s.themes);
    }
    this.budgetLines();
    this.indicators();
    this.objectives();
    this.risks();
    this.riskDomains();
    this.actions();
    this.findings();
    this.questionsAndAnswers();
    this.systems();
    this.figures();
    return { nodes: this.nodes, rels: this.rels };
  }

  /** Organisations, systems, places, referenced documents, themes and audiences this plan points at, so the plan imports on its own. */
  private sharedNodes(): void {
    const p = this.plan;
    const referenced = new Set<string>([p.plan.publisher, ...p.organisations.map((o) => o.id), ...p.mentions.map((m) => m.org)]);
    const add = (links: readonly { org?: string | null }[]) => links.forEach((l) => l.org && referenced.add(l.org));
    add(p.plan.involves);
    p.stakeholderGroups.forEach((g) => add(g.members));
    add(p.memberships);
    p.memberships.forEach((m) => referenced.add(m.body));
    p.references.forEach((r) => r.issuer && referenced.add(r.issuer));
    p.objectives.forEach((o) => add(o.partners));
    p.actions.forEach((a) => add(a.partners));
    p.systems.forEach((s) => add([...s.operators, ...s.users, ...s.developers]));
    p.facts.forEach((f) => add(f.subject));
    p.findings.forEach((f) => add(f.by));
    p.questions.forEach((q) => add([...q.askedBy, ...q.addressedTo]));
    p.answers.forEach((a) => add(a.givenBy));
    p.figures.forEach((f) => add(f.about));
    add(allMentions(p));

    const definitions = new Map<string, { def: OrganisationDef; definedIn: string; source: string }>();
    for (const o of this.dataset.registry.data.organisations) definitions.set(o.id, { def: o, definedIn: 'organisations.yaml', source: this.source });
    for (const other of this.dataset.plans) {
      for (const o of other.data.organisations) definitions.set(o.id, { def: o, definedIn: other.file, source: other.data.plan.source });
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
        const props = found.def.parentProvenance
          ? stated(found.def.parentProvenance, found.def.name, found.source)
          : curated(`organisation structure in ${found.definedIn}`);
        this.rels.push(rel('PART_OF', orgId(id), orgId(found.def.parent), found.definedIn === 'organisations.yaml' ? 'registry' : this.planId, '', props));
      }
    }

    const themes = new Set<string>();
    const addThemes = (t: Record<string, string> | null | undefined) => Object.keys(t ?? {}).forEach((k) => themes.add(k));
    [...p.pestel, ...p.swot, ...p.risks, ...p.objectives, ...p.actions, ...p.findings, ...p.facts].forEach((i) => addThemes(i.themes));
    for (const theme of this.dataset.themes.data.themes) if (themes.has(theme.id)) this.nodes.push(themeNode(theme));
    const audiences = new Set(p.stakeholderGroups.flatMap((g) => Object.keys(g.audiences ?? {})));
    for (const audience of this.dataset.audiences.data.audiences) if (audiences.has(audience.id)) this.nodes.push(audienceNode(audience));

    const shared = sharedNodes(this.dataset);
    const mentions = allMentions(p);
    const used = new Set([
      ...p.systems.map((s) => systemId(s.id)),
      ...p.actions.flatMap((a) => a.systems.map((s) => systemId(s.ref))),
      ...p.facts.flatMap((f) => f.systems.map((s) => systemId(s.ref))),
      ...p.indicators.flatMap((f) => f.systems.map((s) => systemId(s.ref))),
      ...p.figures.flatMap((f) => f.about.filter((a) => a.system).map((a) => systemId(a.system!))),
      ...mentions.filter((m) => m.system).map((m) => systemId(m.system!)),
      ...p.places.map((pl) => placeId(pl.id)),
      ...p.objectives.flatMap((o) => o.places.map((l) => placeId(l.place))),
      ...p.actions.flatMap((o) => o.places.map((l) => placeId(l.place))),
      ...p.figures.flatMap((f) => f.about.filter((a) => a.place).map((a) => placeId(a.place!))),
      ...mentions.filter((m) => m.place).map((m) => placeId(m.place!)),
      ...p.references.map((r) => referenceId(r.id)),
      ...[...p.objectives, ...p.actions, ...p.findings, ...p.questions].flatMap((o) => o.refersTo.map((r) => referenceId(r.ref))),
      ...mentions.filter((m) => m.reference).map((m) => referenceId(m.reference!)),
    ]);
    for (const id of [...used].sort()) {
      const node = shared.get(id);
      if (node) this.nodes.push(node);
    }
  }

  private stakeholderGroups(): void {
    for (const g of this.plan.stakeholderGroups) {
      const id = this.id(g.id);
      this.node(id, 'StakeholderGroup', {
        ...this.prov(g.provenance, g.name),
        code: g.code ?? null,
        normalizedCode: this.code('stakeholderGroups', g.id),
        name: g.name,
        description: g.description ?? null,
        category: g.category ?? null,
      });
      this.link('IDENTIFIES', this.planNodeId, id, this.prov(g.provenance, g.name));
      if (g.parent) this.link('PART_OF', id, this.id(g.parent), this.prov(g.provenance, g.name));
      for (const m of g.members) this.link('MEMBER_OF', orgId(m.org), id, { ...this.prov(m.provenance, m.as), as: m.as ?? null, role: null, roleText: null }, m.as ?? '');
      for (const [audience, rationale] of Object.entries(g.audiences ?? {})) this.link('CLASSIFIED_AS', id, audienceId(audience), curated(rationale));
    }
  }

  /** Who sits in a body: MEMBER_OF from the member to the body, with the role. */
  private memberships(): void {
    for (const m of this.plan.memberships) {
      this.link('MEMBER_OF', this.partyId(m), orgId(m.body), { ...this.prov(m.provenance, m.as), as: m.as ?? null, role: m.role, roleText: m.roleText ?? null }, `${m.role}|${m.as ?? ''}`);
    }
  }

  private facts(): void {
    for (const f of this.plan.facts) {
      const id = this.id(f.id);
      this.node(id, 'Fact', { ...this.prov(f.provenance, f.text), factKind: f.kind, code: f.code ?? null, normalizedCode: this.code('facts', f.id), title: f.title ?? null, text: f.text });
      this.link('STATES', this.planNodeId, id, this.prov(f.provenance, f.text));
      this.partyLinks('ABOUT', id, f.subject, 'out');
      for (const s of f.systems) this.link('CONCERNS', id, systemId(s.ref), { ...this.prov(s.provenance, s.as ?? s.ref), as: s.as ?? null }, s.as ?? '');
      this.mentionLinks(id, f.mentions, f.provenance);
      this.themes(id, f.themes);
    }
  }

  private objectives(): void {
    for (const o of this.plan.objectives) {
      const id = this.id(o.id);
      this.node(id, 'Objective', {
        ...this.prov(o.provenance, o.title),
        level: o.level,
        code: o.code ?? null,
        normalizedCode: this.code('objectives', o.id),
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
      this.involvements(id, o.partners);
      for (const a of o.addresses) this.link('ADDRESSES', id, this.id(a.ref), this.prov(a.provenance, this.swotText(a.ref)));
      for (const b of o.budgetLines) this.link('DRAWS_ON', id, this.id(b.ref), { ...this.prov(b.provenance, b.as), as: b.as ?? null });
      for (const b of o.indicators) this.link('MEASURED_BY', id, this.id(b.ref), { ...this.prov(b.provenance, b.as), as: b.as ?? null });
      this.placeLinks(id, o.places);
      this.referenceLinks(id, o.refersTo, o.provenance);
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
      this.node(id, 'Risk', {
        ...this.prov(r.provenance, r.text),
        riskKind: r.kind,
        code: r.code ?? null,
        normalizedCode: this.code('risks', r.id),
        title: r.title ?? null,
        text: r.text,
        likelihood: r.likelihood ?? null,
        impact: r.impact ?? null,
      });
      this.link('IDENTIFIES', this.planNodeId, id, this.prov(r.provenance, r.text));
      for (const t of r.threatens) {
        if (typeof t === 'string') this.link('THREATENS', id, this.id(t), this.prov(r.provenance, r.text));
        else this.link('THREATENS', id, this.id(t.ref), this.prov(t.provenance, this.objectiveTitle(t.ref)));
      }
      for (const a of r.affects) this.link('AFFECTS', id, this.id(a.ref), this.prov(a.provenance));
      this.mentionLinks(id, r.mentions, r.provenance);
      this.themes(id, r.themes);
    }
  }

  private riskDomains(): void {
    for (const d of this.plan.riskDomains) {
      const id = this.id(d.id);
      this.node(id, 'RiskDomain', {
        ...this.prov(d.provenance, d.name),
        code: d.code ?? null,
        normalizedCode: this.code('riskDomains', d.id),
        name: d.name,
        description: d.description ?? null,
        listing: d.listing ?? null,
      });
      this.link('IDENTIFIES', this.planNodeId, id, this.prov(d.provenance, d.name));
      for (const w of [...d.weaknesses, ...d.threats]) this.link('IN_DOMAIN', this.id(w.ref), id, this.prov(w.provenance, this.swotText(w.ref)));
      for (const o of d.objectives) this.link('ANSWERS', this.id(o.ref), id, this.prov(o.provenance, this.objectiveTitle(o.ref)));
      if (d.correspondsTo) this.link('CORRESPONDS_TO', id, this.id(d.correspondsTo.ref), this.prov(d.correspondsTo.provenance));
    }
  }

  private actions(): void {
    for (const a of this.plan.actions) {
      const id = this.id(a.id);
      this.node(id, 'Action', {
        ...this.prov(a.provenance, a.title),
        actionKind: a.kind,
        code: a.code ?? null,
        normalizedCode: this.code('actions', a.id),
        title: a.title,
        description: a.description ?? null,
        group: a.group ?? null,
        deadline: date(a.deadline),
        deadlineText: a.deadline?.text ?? null,
        commitment: a.commitment ?? null,
        indicator: a.indicator ?? null,
        periodFrom: a.period?.from ?? null,
        periodTo: a.period?.to ?? null,
        ...this.statusProps(a.status),
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
          heading: d.heading?.text ?? null,
          headingLineFrom: d.heading ? parseLines(d.heading.provenance.lines).from : null,
          headingLineTo: d.heading ? parseLines(d.heading.provenance.lines).to : null,
          due: date(d.due),
          dueText: d.due?.text ?? null,
          ...this.statusProps(d.status),
        });
        this.link('HAS_DELIVERABLE', id, did, this.prov(d.provenance, d.title));
      });
      this.involvements(id, a.partners);
      for (const s of a.systems) this.link('CONCERNS', id, systemId(s.ref), { ...this.prov(s.provenance, s.as ?? s.ref), as: s.as ?? null });
      this.placeLinks(id, a.places);
      this.referenceLinks(id, a.refersTo, a.provenance);
      this.themes(id, a.themes);
    }
  }

  private findings(): void {
    for (const f of this.plan.findings) {
      const id = this.id(f.id);
      this.node(id, 'Finding', {
        ...this.prov(f.provenance, f.title),
        findingKind: f.kind,
        code: f.code ?? null,
        normalizedCode: this.code('findings', f.id),
        title: f.title,
        text: f.text ?? null,
        periodFrom: f.period?.from ?? null,
        periodTo: f.period?.to ?? null,
        ...this.statusProps(f.status),
      });
      this.link('REPORTS', this.planNodeId, id, this.prov(f.provenance, f.title));
      if (f.parent) this.link('PART_OF', id, this.id(f.parent), this.prov(f.provenance, f.title));
      this.partyLinks('MADE_BY', id, f.by, 'out');
      for (const e of f.evaluates) this.link('EVALUATES', id, this.id(e.ref), e.provenance ? this.prov(e.provenance) : curated(e.rationale!));
      for (const e of f.followedUpBy) this.link('FOLLOWED_UP_BY', id, this.id(e.ref), e.provenance ? this.prov(e.provenance) : curated(e.rationale!));
      this.mentionLinks(id, f.mentions, f.provenance);
      this.referenceLinks(id, f.refersTo, f.provenance);
      this.themes(id, f.themes);
    }
  }

  private questionsAndAnswers(): void {
    for (const q of this.plan.questions) {
      const id = this.id(q.id);
      this.node(id, 'Question', {
        ...this.prov(q.provenance, q.text),
        code: q.code ?? null,
        normalizedCode: this.code('questions', q.id),
        text: q.text,
        date: date(q.date),
        dateText: q.date?.text ?? null,
      });
      this.link('ASKS', this.planNodeId, id, this.prov(q.provenance, q.text));
      if (q.parent) this.link('PART_OF', id, this.id(q.parent), this.prov(q.provenance, q.text));
      this.partyLinks('ASKED_BY', id, q.askedBy, 'out');
      this.partyLinks('ADDRESSED_TO', id, q.addressedTo, 'out');
      this.mentionLinks(id, q.mentions, q.provenance);
      this.referenceLinks(id, q.refersTo, q.provenance);
    }
    for (const a of this.plan.answers) {
      const id = this.id(a.id);
      this.node(id, 'Answer', { ...this.prov(a.provenance, a.text), code: a.code ?? null, normalizedCode: this.code('answers', a.id), text: a.text });
      this.link('GIVES', this.planNodeId, id, this.prov(a.provenance, a.text));
      for (const q of a.answers) this.link('RESPONDS_TO', id, this.id(q.ref), this.prov(q.provenance));
      this.partyLinks('GIVEN_BY', id, a.givenBy, 'out');
      for (const s of a.states) this.link('STATES', id, this.id(s.ref), { ...this.provIn(s.provenance, s.as, a.provenance, a.text), as: s.as ?? null });
      this.mentionLinks(id, a.mentions, a.provenance);
    }
  }

  private systems(): void {
    for (const s of this.plan.systems) {
      const id = systemId(s.id);
      this.link('DESCRIBES', this.planNodeId, id, {
        ...this.prov(s.provenance, s.description ?? s.name),
        description: s.description ?? null,
        functions: s.functions.map((f) => f.text),
        aliases: s.aliases.map((a) => a.as),
      });
      this.partyLinks('OPERATES', id, s.operators, 'in');
      this.partyLinks('USES', id, s.users, 'in');
      this.partyLinks('DEVELOPS', id, s.developers, 'in');
    }
  }

  private budgetLines(): void {
    for (const b of this.plan.budgetLines) {
      const id = this.id(b.id);
      this.node(id, 'BudgetLine', {
        ...this.prov(b.provenance, b.name),
        code: b.code ?? null,
        normalizedCode: this.code('budgetLines', b.id),
        name: b.name,
        creditType: b.creditType ?? null,
        amount: b.amount ?? null,
        unit: b.unit,
        amountText: b.amountText ?? null,
        periodFrom: b.period?.from ?? null,
        periodTo: b.period?.to ?? null,
      });
      this.link('BUDGETS', this.planNodeId, id, this.prov(b.provenance, b.name));
      if (b.parent) this.link('PART_OF', id, this.id(b.parent), this.prov(b.provenance, b.name));
    }
  }

  private indicators(): void {
    for (const d of this.plan.indicators) {
      const id = this.id(d.id);
      this.node(id, 'Indicator', {
        ...this.prov(d.provenance, d.name),
        code: d.code ?? null,
        normalizedCode: this.code('indicators', d.id),
        name: d.name,
        indicatorKind: d.indicatorKind ?? null,
        calculation: d.calculation ?? null,
        sourceText: d.sourceText ?? null,
        frequency: d.frequency ?? null,
        quality: d.quality ?? null,
        usedIn: d.usedIn ?? null,
      });
      this.link('DEFINES', this.planNodeId, id, this.prov(d.provenance, d.name));
      for (const s of d.systems) this.link('DRAWS_FROM', id, systemId(s.ref), { ...this.prov(s.provenance, s.as ?? s.ref), as: s.as ?? null });
    }
  }

  private figures(): void {
    for (const f of this.plan.figures) {
      const id = this.id(f.id);
      const single = f.period && f.period.from === f.period.to ? f.period.from : null;
      this.node(id, 'Figure', {
        ...this.prov(f.provenance, f.text),
        code: f.code ?? null,
        normalizedCode: this.code('figures', f.id),
        label: f.label,
        measure: f.measure,
        value: f.value,
        unit: f.unit,
        year: single,
        periodFrom: f.period?.from ?? null,
        periodTo: f.period?.to ?? null,
        date: date(f.date),
        dateText: f.date?.text ?? null,
        text: f.text,
      });
      this.link('REPORTS', this.planNodeId, id, this.prov(f.provenance, f.text));
      for (const a of f.about) {
        const target = a.org ? orgId(a.org) : a.system ? systemId(a.system) : a.group ? this.id(a.group) : a.place ? placeId(a.place) : this.id(a.budgetLine!);
        this.link('ABOUT', id, target, { ...this.provIn(a.provenance, a.as, f.provenance, f.text), as: a.as ?? null }, a.as ?? '');
      }
      this.mentionLinks(id, f.mentions, f.provenance);
    }
  }
}

/** A stable fingerprint of a record, to tell an update from a no-op. */
export function fingerprint(label: string, props: Props): string {
  const ordered = Object.keys(props).sort().map((k) => [k, props[k]]);
  return crypto.createHash('sha1').update(label).update(JSON.stringify(ordered)).digest('hex');
}
