import { describe, expect, it } from 'vitest';
import { normalizedCodeIndex } from '../../../src/import/codes.js';
import { naturalKey } from '../../../src/model/derived.js';
import type { Database } from '../../../src/neo4j/database.js';
import { dataset } from '../../support/dataset.js';
import type { TestServer } from '../../support/server.js';
import { useSeededServer } from '../../support/seeded.js';

/**
 * What the plan files hold besides objectives, actions and analyses, read through the API: every
 * kind the model declares for it, with its relationship fields, their role arguments and the list
 * filters (by normalised code, role, stakeholder group, audience, mentioned organisation or
 * system). Each answer is checked against the data files, not against numbers written here.
 */
let db: Database;
let api: TestServer;
useSeededServer({}, (seededDb, seededApi) => {
  db = seededDb;
  api = seededApi;
});

type Data = Record<string, any>;
const q = (query: string, variables?: Record<string, unknown>) => api.query<Data>(query, variables);
const sorted = (values: Iterable<string>) => [...values].sort();
const plans = () => dataset().plans.map((p) => p.data);
const plan = (id: string) => plans().find((p) => p.plan.id === id)!;
const IGO = 'igo-beleidsplan-2023-2028';
const AJH = 'ajh-ondernemingsplan-2025';
const IBZ = 'ibz-strategisch-plan';
const VP = 'vp-vraag-siset-sipar';
const SSR = 'ssr-jaaroverzicht-2019';
const ids = (connection: Data) => sorted((connection.nodes as Data[]).map((n) => n.id as string));

/** Every node of a list, page after page (a page holds at most 100). */
async function every(list: string, args: string, selection: string): Promise<Data[]> {
  const out: Data[] = [];
  let after: string | null = null;
  for (;;) {
    const data: Data = await q(`query($after: String) { ${list}(${args ? `${args}, ` : ''}first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { ${selection} } } }`, { after });
    out.push(...data[list].nodes);
    if (!data[list].pageInfo.hasNextPage) return out;
    after = data[list].pageInfo.endCursor;
  }
}
const scoped = (planId: string, local: readonly string[]) => sorted(local.map((id) => `${planId}/${id}`));

describe('facts, findings, questions and answers', () => {
  it('lists the facts of every kind a plan states, with what they are about and the systems they concern', async () => {
    const ibz = plan(IBZ);
    const tasks = ibz.facts.filter((f) => f.kind === 'TASK');
    const facts = await every('facts', `filter: { plans: ["${IBZ}"], kinds: [TASK] }`, 'id factKind');
    expect(sorted(facts.map((f) => f.id))).toEqual(scoped(IBZ, tasks.map((f) => f.id)));
    const withSubject = plans().flatMap((p) => p.facts.filter((f) => f.subject.length && f.systems.length).map((f) => ({ p, f })))[0]
      ?? plans().flatMap((p) => p.facts.filter((f) => f.subject.length).map((f) => ({ p, f })))[0]!;
    const { fact } = await q(`{ fact(id: "${withSubject.p.plan.id}/${withSubject.f.id}") { about { edges { wording node { id } } } systems { nodes { id } } plan { id } } }`);
    expect(sorted(fact.about.edges.map((e: Data) => e.node.id))).toEqual(sorted(withSubject.f.subject.map((s) => s.org ?? `${withSubject.p.plan.id}/${s.group}`)));
    expect(sorted(fact.systems.nodes.map((n: Data) => n.id))).toEqual(sorted(withSubject.f.systems.map((s) => `system/${s.ref}`)));
  });

  it('reads the AJH evaluation of 2024: evaluated objectives with their rows, statuses in the document\'s words, and the 2025 projects that follow them up, stated or curated', async () => {
    const ajh = plan(AJH);
    const rows = ajh.findings.filter((f) => f.kind === 'EVALUATION');
    const { findings } = await q(`{ findings(filter: { plans: ["${AJH}"], kinds: [EVALUATION] }, first: 1) { totalCount } }`);
    expect(findings.totalCount).toBe(rows.length);
    const followed = rows.find((f) => f.followedUpBy.some((x) => x.provenance) && f.status)!;
    const { finding } = await q(`{ finding(id: "${AJH}/${followed.id}") {
      findingKind status statusReport { value text provenance { lines { from to } } } parent { id children { totalCount } }
      followedUpBy { edges { basis rationale provenance { lines { from } } node { id } } } } }`);
    expect(finding.statusReport).toMatchObject({ value: followed.status!.value, text: followed.status!.text });
    expect(finding.parent.id).toBe(`${AJH}/${followed.parent}`);
    expect(finding.parent.children.totalCount).toBe(ajh.findings.filter((f) => f.parent === followed.parent).length);
    expect(sorted(finding.followedUpBy.edges.map((e: Data) => e.node.id))).toEqual(scoped(AJH, followed.followedUpBy.map((x) => x.ref)));
    for (const e of finding.followedUpBy.edges) {
      const stated = followed.followedUpBy.find((x) => `${AJH}/${x.ref}` === e.node.id)!;
      expect(e.basis).toBe(stated.provenance ? 'STATED' : 'CURATED');
    }
    const byStatus = rows.filter((f) => f.status?.value === 'MINOR_DEVIATION');
    const minor = await every('findings', `filter: { plans: ["${AJH}"], statuses: [MINOR_DEVIATION] }`, 'id');
    expect(sorted(minor.map((f) => f.id))).toEqual(scoped(AJH, byStatus.map((f) => f.id)));
    expect(byStatus.length).toBeGreaterThan(0);
  });

  it('reads the parliamentary question: its sub-questions, to whom it is put, the answers with who gives them and what they state', async () => {
    const vp = plan(VP);
    const top = vp.questions.find((x) => !x.parent)!;
    const { question } = await q(`{ question(id: "${VP}/${top.id}") { text subQuestions(first: 20) { nodes { id normalizedCode answers { nodes { id } } } } addressedTo { edges { wording node { id } } } } }`);
    expect(ids(question.subQuestions)).toEqual(scoped(VP, vp.questions.filter((x) => x.parent === top.id).map((x) => x.id)));
    expect(question.addressedTo.edges.map((e: Data) => [e.node.id, e.wording])).toEqual(top.addressedTo.map((a) => [a.org, a.as]));
    for (const sub of question.subQuestions.nodes) {
      const local = sub.id.slice(VP.length + 1);
      expect(ids(sub.answers)).toEqual(scoped(VP, vp.answers.filter((a) => a.answers.some((r) => r.ref === local)).map((a) => a.id)));
    }
    const { answers } = await q(`{ answers(filter: { plans: ["${VP}"] }) { nodes { id givenBy { edges { wording node { id } } } states(first: 50) { nodes { id kind } } measures(first: 50) { nodes { id } } } } }`);
    for (const a of answers.nodes) {
      const file = vp.answers.find((x) => `${VP}/${x.id}` === a.id)!;
      expect(ids(a.states)).toEqual(scoped(VP, file.states.map((s) => s.ref)));
      expect(ids(a.measures)).toEqual(scoped(VP, file.states.map((s) => s.ref).filter((ref) => vp.actions.some((x) => x.id === ref))));
      expect(a.givenBy.edges.map((e: Data) => e.wording)).toEqual(file.givenBy.map((g) => g.as));
    }
  });
});

describe('budget lines, indicators, places, referenced documents, audiences', () => {
  it('reads budget lines with their totals and the objectives drawing on them, and indicators with their objectives and systems', async () => {
    const ajh = plan(AJH);
    const line = ajh.budgetLines.find((b) => b.parent && ajh.objectives.some((o) => o.budgetLines.some((x) => x.ref === b.id)))!;
    const { budgetLine } = await q(`{ budgetLine(id: "${AJH}/${line.id}") { name amount unit amountText period { from to } parent { id } objectives { nodes { id } } } }`);
    expect(budgetLine).toMatchObject({ name: line.name, amount: line.amount, unit: line.unit, parent: { id: `${AJH}/${line.parent}` } });
    expect(ids(budgetLine.objectives)).toEqual(scoped(AJH, ajh.objectives.filter((o) => o.budgetLines.some((x) => x.ref === line.id)).map((o) => o.id)));
    const { indicators } = await q(`{ indicators(filter: { plans: ["${AJH}"] }) { totalCount nodes { id systems { nodes { id } } objectives { nodes { id } } } } }`);
    expect(indicators.totalCount).toBe(ajh.indicators.length);
    for (const i of indicators.nodes) {
      const file = ajh.indicators.find((x) => `${AJH}/${x.id}` === i.id)!;
      expect(ids(i.systems)).toEqual(sorted(file.systems.map((s) => `system/${s.ref}`)));
      expect(ids(i.objectives)).toEqual(scoped(AJH, ajh.objectives.filter((o) => o.indicators.some((x) => x.ref === file.id)).map((o) => o.id)));
    }
  });

  it('narrows the actions at a place by the role of the link (venue, participant ...)', async () => {
    const links = plans().flatMap((p) => p.actions.flatMap((a) => a.places.map((l) => ({ action: `${p.plan.id}/${a.id}`, ...l }))));
    const busiest = [...new Set(links.map((l) => l.place))].sort((a, b) => links.filter((l) => l.place === b).length - links.filter((l) => l.place === a).length)[0]!;
    const roles = [...new Set(links.filter((l) => l.place === busiest).map((l) => l.role))];
    const { place } = await q(`query($roles: [PlaceRole!]) { place(id: "place/${busiest}") { name placeKind all: actions(first: 100) { edges { role node { id } } } some: actions(first: 100, roles: $roles) { nodes { id } } } }`, { roles: [roles[0]] });
    expect(sorted(new Set(place.all.edges.map((e: Data) => e.node.id as string)))).toEqual(sorted(new Set(links.filter((l) => l.place === busiest).map((l) => l.action))));
    expect(sorted(new Set(place.some.nodes.map((n: Data) => n.id as string)))).toEqual(sorted(new Set(links.filter((l) => l.place === busiest && l.role === roles[0]).map((l) => l.action))));
  });

  it('reads a referenced document once across plans, with its aliases, issuer and who refers to it', async () => {
    const refs = plans().flatMap((p) => p.references.map((r) => ({ p, r })));
    const { p, r } = refs.find(({ r }) => r.aliases.length && r.issuer) ?? refs.find(({ r }) => r.aliases.length)!;
    const { reference } = await q(`{ reference(id: "reference/${r.id}") { title referenceKind aliases issuer { id } plans { nodes { id } } } }`);
    expect(reference).toMatchObject({ title: r.title, referenceKind: r.kind, aliases: r.aliases });
    if (r.issuer) expect(reference.issuer.id).toBe(r.issuer);
    expect(ids(reference.plans)).toContain(p.plan.id);
    const laws = refs.filter(({ r }) => r.kind === 'LAW').map(({ r }) => `reference/${r.id}`);
    const { references } = await q('{ references(filter: { kinds: [LAW] }, first: 100) { nodes { id } } }');
    expect(ids(references)).toEqual(sorted(new Set(laws)));
  });

  it('groups the stakeholder groups of every plan by audience, and filters groups by audience and category', async () => {
    const groups = plans().flatMap((p) => p.stakeholderGroups.map((g) => ({ ...g, id: `${p.plan.id}/${g.id}` })));
    const assistants = groups.filter((g) => Object.keys(g.audiences ?? {}).includes('justice-assistants')).map((g) => g.id);
    const { audience, stakeholderGroups } = await q(`{
      audience(id: "audience/justice-assistants") { labelEn groups { edges { basis rationale node { id } } } }
      stakeholderGroups(filter: { audiences: ["audience/justice-assistants"] }) { nodes { id } } }`);
    expect(sorted(audience.groups.edges.map((e: Data) => e.node.id))).toEqual(sorted(assistants));
    for (const e of audience.groups.edges) expect(e).toMatchObject({ basis: 'CURATED', rationale: expect.any(String) });
    expect(ids(stakeholderGroups)).toEqual(sorted(assistants));
    const { stakeholderGroups: clients } = await q('{ stakeholderGroups(filter: { categories: [CLIENTS] }, first: 100) { nodes { id } } }');
    expect(ids(clients)).toEqual(sorted(groups.filter((g) => g.category === 'CLIENTS').map((g) => g.id)));
  });
});

describe('roles on involvements, memberships and places', () => {
  it("narrows an action's parties by role, organisations and stakeholder groups alike, each edge with the role and the document's words", async () => {
    const ajh = plan(AJH);
    const action = ajh.actions.find((a) => new Set(a.partners.map((p) => p.role)).size > 2 && a.partners.some((p) => p.group))!;
    const role = action.partners.find((p) => p.org)!.role;
    const { action: read } = await q(`query($roles: [Role!]) { action(id: "${AJH}/${action.id}") {
      involves(first: 50) { edges { role roleText wording node { id kind } } }
      partners(first: 50, roles: $roles) { edges { role node { id } } }
      served: stakeholderGroups(roles: [BENEFICIARY]) { nodes { id } } } }`, { roles: [role] });
    expect(sorted(read.involves.edges.map((e: Data) => `${e.role} ${e.node.id} ${e.wording} ${e.roleText}`))).toEqual(
      sorted(action.partners.map((p) => `${p.role} ${p.org ?? `${AJH}/${p.group}`} ${p.as} ${p.roleText ?? null}`)));
    expect(sorted(read.partners.edges.map((e: Data) => e.node.id))).toEqual(sorted(action.partners.filter((p) => p.org && p.role === role).map((p) => p.org!)));
    expect(ids(read.served)).toEqual(scoped(AJH, action.partners.filter((p) => p.group && p.role === 'BENEFICIARY').map((p) => p.group!)));
  });

  it('lists the items that serve a stakeholder group, and the actions involving a group', async () => {
    const served = plans().flatMap((p) => p.actions.flatMap((a) => a.partners.filter((x) => x.group && x.role === 'BENEFICIARY').map((x) => ({ group: `${p.plan.id}/${x.group}`, action: `${p.plan.id}/${a.id}` }))));
    const group = served[0]!.group;
    const expected = sorted(new Set(served.filter((s) => s.group === group).map((s) => s.action)));
    const { stakeholderGroup, actions } = await q(`{
      stakeholderGroup(id: "${group}") { involvedInActions(roles: [BENEFICIARY], first: 100) { nodes { id } } }
      actions(filter: { involves: ["${group}"] }, first: 100) { nodes { id } } }`);
    expect(ids(stakeholderGroup.involvedInActions)).toEqual(expected);
    const anyRole = sorted(new Set(plans().flatMap((p) => p.actions.filter((a) => a.partners.some((x) => x.group && `${p.plan.id}/${x.group}` === group)).map((a) => `${p.plan.id}/${a.id}`))));
    expect(ids(actions)).toEqual(anyRole);
  });

  it("reads a plan's own parties (advice, adoption) and who sits in a body, with the role", async () => {
    const withParties = plans().find((p) => p.plan.involves.length)!;
    const { plan: read } = await q(`{ plan(id: "${withParties.plan.id}") { involves { edges { role roleText node { id } } } } }`);
    expect(sorted(read.involves.edges.map((e: Data) => `${e.role} ${e.node.id}`))).toEqual(sorted(withParties.plan.involves.map((i) => `${i.role} ${i.org ?? `${withParties.plan.id}/${i.group}`}`)));
    const memberships = plans().flatMap((p) => p.memberships.map((m) => ({ p, m })));
    const body = memberships[0]!.m.body;
    const { organisation } = await q(`{ organisation(id: "${body}") { members { edges { role wording node { id } } } } }`);
    expect(sorted(organisation.members.edges.map((e: Data) => `${e.role} ${e.node.id}`))).toEqual(
      sorted(memberships.filter(({ m }) => m.body === body).map(({ p, m }) => `${m.role} ${m.org ?? `${p.plan.id}/${m.group}`}`)));
    const member = memberships.find(({ m }) => m.org)!.m;
    const { organisation: sits } = await q(`{ organisation(id: "${member.org}") { memberOf(roles: [${member.role}]) { nodes { id } } } }`);
    expect(ids(sits.memberOf)).toContain(member.body);
  });
});

describe('normalised codes and mentions', () => {
  it("filters by normalised code across plans, and sorts codes in natural order of the normalised code", async () => {
    const swotCodes = plans().flatMap((p) => [...normalizedCodeIndex(p)].filter(([key, value]) => key.startsWith('swot/') && value === 'T5').map(([key]) => `${p.plan.id}/${key.slice(5)}`));
    const { swotItems } = await q('{ swotItems(filter: { codes: ["T5"] }) { nodes { id code normalizedCode } } }');
    expect(ids(swotItems)).toEqual(sorted(swotCodes));
    expect(new Set(swotItems.nodes.map((n: Data) => n.code)).size).toBeGreaterThan(1);
    const codes = normalizedCodeIndex(plan(AJH));
    const strategic = plan(AJH).objectives.filter((o) => o.level === 'STRATEGIC').map((o) => codes.get(`objectives/${o.id}`)!);
    const { objectives } = await q(`{ objectives(filter: { plans: ["${AJH}"], levels: [STRATEGIC] }, orderBy: { field: CODE }, first: 50) { nodes { normalizedCode } } }`);
    expect(objectives.nodes.map((o: Data) => o.normalizedCode)).toEqual([...strategic].sort((a, b) => naturalKey(a).localeCompare(naturalKey(b))));
    expect(objectives.nodes.map((o: Data) => o.normalizedCode).slice(0, 3)).toEqual(['SD1', 'SD2', 'SD3']);
  });

  it('finds the items that name an organisation or a system: IGO opportunity 3 names the FOD Justitie', async () => {
    const mentioning = (id: string) => sorted(plans().flatMap((p) => [...p.swot, ...p.pestel, ...p.risks, ...p.facts, ...p.findings].filter((i) => i.mentions.some((m) => m.org === id || `system/${m.system}` === id)).map((i) => `${p.plan.id}/${i.id}`)));
    const { swotItems } = await q('{ swotItems(filter: { mentions: ["fod-justitie"] }, first: 100) { nodes { id mentions { edges { wording node { id } } } } } }');
    expect(ids(swotItems)).toContain(`${IGO}/O3`);
    expect(ids(swotItems)).toEqual(sorted(plans().flatMap((p) => p.swot.filter((s) => s.mentions.some((m) => m.org === 'fod-justitie')).map((s) => `${p.plan.id}/${s.id}`))));
    const items = (p: ReturnType<typeof plans>[number]) => [...p.swot, ...p.pestel, ...p.risks, ...p.facts, ...p.findings, ...p.questions, ...p.answers, ...p.figures];
    const naming = (test: (m: { org?: string | null; system?: string | null }) => boolean) => plans().flatMap((p) => items(p).flatMap((i) => i.mentions.filter(test).map(() => `${p.plan.id}/${i.id}`)));
    const { organisation, system } = await q(`{
      organisation(id: "fod-justitie") { mentionedInItems(first: 1) { totalCount } }
      system(id: "system/SISET") { mentionedInItems(first: 100) { totalCount edges { wording node { id } } } } }`);
    expect(organisation.mentionedInItems.totalCount).toBe(naming((m) => m.org === 'fod-justitie').length);
    expect(sorted(system.mentionedInItems.edges.map((e: Data) => e.node.id))).toEqual(sorted(naming((m) => m.system === 'SISET')));
    expect(mentioning('fod-justitie')).toContain(`${IGO}/O3`);
  });

  it('filters figures by what they measure and what they are about, and risks by kind', async () => {
    const ssr = plan(SSR);
    const measure = ssr.figures[0]!.measure;
    const figures = await every('figures', `filter: { plans: ["${SSR}"], measures: ["${measure}"] }`, 'id measure period { from to }');
    expect(sorted(figures.map((f) => f.id))).toEqual(scoped(SSR, ssr.figures.filter((f) => f.measure === measure).map((f) => f.id)));
    for (const f of figures) expect(f.measure).toBe(measure);
    const about = ssr.figures.find((f) => f.about.some((a) => a.group))!;
    const group = `${SSR}/${about.about.find((a) => a.group)!.group}`;
    const aboutGroup = await every('figures', `filter: { about: ["${group}"] }`, 'id');
    expect(sorted(aboutGroup.map((f) => f.id))).toEqual(scoped(SSR, ssr.figures.filter((f) => f.about.some((a) => a.group && `${SSR}/${a.group}` === group)).map((f) => f.id)));
    const conditions = plans().flatMap((p) => p.risks.filter((r) => r.kind === 'CONDITION').map((r) => `${p.plan.id}/${r.id}`));
    const { risks } = await q('{ risks(filter: { kinds: [CONDITION] }, first: 100) { nodes { id riskKind } } }');
    expect(ids(risks)).toEqual(sorted(conditions));
  });

  it('reads both listings of the Home Affairs risk domains and how they correspond', async () => {
    const ibz = plan(IBZ);
    const prose = ibz.riskDomains.filter((d) => d.correspondsTo);
    const { riskDomains } = await q(`{ riskDomains(filter: { plans: ["${IBZ}"], listings: ["${prose[0]!.listing}"] }, first: 50) { nodes { id listing correspondsTo { id correspondents { nodes { id } } } } } }`);
    expect(ids(riskDomains)).toEqual(scoped(IBZ, ibz.riskDomains.filter((d) => d.listing === prose[0]!.listing).map((d) => d.id)));
    for (const d of riskDomains.nodes) {
      const file = ibz.riskDomains.find((x) => `${IBZ}/${x.id}` === d.id)!;
      expect(d.correspondsTo?.id ?? null).toBe(file.correspondsTo ? `${IBZ}/${file.correspondsTo.ref}` : null);
      if (d.correspondsTo) expect(ids(d.correspondsTo.correspondents)).toContain(d.id);
    }
  });
});

describe('IT systems', () => {
  it('reads what the documents say of SISET: its aliases, functions, operators, developers and the indicators drawing on it', async () => {
    const described = plans().flatMap((p) => p.systems.filter((s) => s.id === 'SISET'));
    const { system } = await q('{ system(id: "system/SISET") { aliases functions operators { nodes { id } } developers { nodes { id } } indicators { nodes { id } } } }');
    expect(sorted(system.aliases)).toEqual(sorted(new Set(described.flatMap((s) => s.aliases.map((a) => a.as)).filter((a) => a !== 'SISET'))));
    expect(sorted(system.functions)).toEqual(sorted(new Set(described.flatMap((s) => s.functions.map((f) => f.text)))));
    expect(ids(system.operators)).toEqual(sorted(new Set(described.flatMap((s) => s.operators.map((o) => o.org!)))));
    expect(ids(system.operators)).toContain('vcet');
    expect(ids(system.developers)).toEqual(sorted(new Set(described.flatMap((s) => s.developers.map((o) => o.org!)))));
    expect(ids(system.indicators)).toEqual(sorted(plans().flatMap((p) => p.indicators.filter((i) => i.systems.some((s) => s.ref === 'SISET')).map((i) => `${p.plan.id}/${i.id}`))));
  });

  it('reads the heading a deliverable stands under, with its lines', async () => {
    const found = plans().flatMap((p) => p.actions.flatMap((a) => a.deliverables.filter((d) => d.heading).map((d) => ({ p, a, d }))))[0]!;
    const { deliverable } = await q(`{ deliverable(id: "${found.p.plan.id}/${found.a.id}/${found.d.id}") { heading headingProvenance { source lines { from } quote } } }`);
    expect(deliverable).toMatchObject({ heading: found.d.heading!.text, headingProvenance: { source: found.p.plan.source, quote: found.d.heading!.text } });
    expect(deliverable.headingProvenance.lines.from).toBe(Number(found.d.heading!.provenance.lines.split('-')[0]));
  });
});
