import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/paths.js';
import type { Database } from '../../src/neo4j/database.js';
import { exampleOperations } from '../../src/server/examples.js';
import { normalizedCodeIndex } from '../../src/import/codes.js';
import { PARTNER_ROLES } from '../../src/model/enums.js';
import { dataset, loadSeedGraph } from '../support/dataset.js';
import { count, openTestDatabase } from '../support/neo4j.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * Every example operation, as GraphiQL opens it (operations/examples, with the variables of its
 * tab), run against the seed graph, with the facts the README states about its answer.
 */
let db: Database;
let api: TestServer;
const examples = exampleOperations();
type Answer = Record<string, any>;
const answers = new Map<string, Answer>();

beforeAll(async () => {
  db = openTestDatabase();
  await loadSeedGraph(db);
  api = await startTestServer();
  for (const e of examples) answers.set(e.name, await api.query<Answer>(e.query, e.variables ? JSON.parse(e.variables) : undefined));
});
afterAll(async () => {
  await api.stop();
  await db.close();
});

const answersUrl = () => api.url;
const answer = (prefix: string) => answers.get(examples.find((e) => e.name.startsWith(prefix))!.name)!;
const numberOf = (code: string) => Number(/(\d+)\s*$/.exec(code)![1]);
const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

/** What the data files say, to check the answers against: plans by publisher, involvements, organisations. */
const plans = () => dataset().plans.map((p) => p.data);
const plansOf = (org: string) => plans().filter((p) => p.plan.publisher === org);
const itemsOf = (org: string) => plansOf(org).flatMap((p) => [...p.objectives, ...p.actions].map((item) => ({ plan: p, item })));
type PlanData = ReturnType<typeof plans>[number];
const organisationDefs = () => [...dataset().registry.data.organisations, ...plans().flatMap((p) => p.organisations)];

describe('the example operations of the README and GraphiQL', () => {
  it('are the sixteen files of operations/examples, and every tab that takes variables has them', () => {
    expect(examples.map((e) => e.name.slice(0, 2))).toEqual(Array.from({ length: 16 }, (_, i) => String(i + 1).padStart(2, '0')));
    for (const e of examples) if (/query \w+\(\$\w+: (\w+|\[\w+!?\])!/.test(e.query)) expect(e.variables, e.name).toBeTruthy();
  });

  it('01: the nine Home Affairs threats; threat 5 answered through domains 1, 5, 7 and 8 by strategic objectives 1, 4, 7, 8, 9, 10, 12, 14, 16 and 18, with the Bijlage 2 lines', () => {
    const threats = answer('01').threatsToObjectives.nodes as Answer[];
    expect(threats).toHaveLength(9);
    const cyber = threats.find((t) => t.item.code === '5')!;
    expect(cyber.item.text).toBe('Toenemende cyberdreiging en gebruik van nieuwe technologieën');
    expect(cyber.riskDomains.map((d: Answer) => numberOf(d.riskDomain.code))).toEqual([1, 5, 7, 8]);
    expect([...new Set<number>(cyber.riskDomains.flatMap((d: Answer) => d.objectives.map((a: Answer) => numberOf(a.objective.code))))].sort((a, b) => a - b)).toEqual([1, 4, 7, 8, 9, 10, 12, 14, 16, 18]);
    expect(cyber.directAnswers).toEqual([]);
    for (const d of cyber.riskDomains) {
      expect(d.evidence.map((e: Answer) => e.relationship)).toEqual(['IN_DOMAIN']);
      for (const a of d.objectives) expect(a.evidence.map((e: Answer) => e.relationship)).toEqual(['ANSWERS']);
      for (const e of [...d.evidence, ...d.objectives.flatMap((a: Answer) => a.evidence)]) expect(e.provenance.lines.from).toBeGreaterThan(0);
    }
  });

  it('02: every one of the 19 IGO threats and weaknesses is unanswered', async () => {
    const igo = (answer('02').coverageGaps.unansweredItems.nodes as Answer[]).filter((i) => i.organisation.id === 'igo');
    expect(igo).toHaveLength(19);
    expect(igo).toHaveLength(await count(db, "MATCH (:Plan {id: 'igo-beleidsplan-2023-2028'})-[:IDENTIFIES]->(s:SwotItem) WHERE s.type IN ['THREAT', 'WEAKNESS'] RETURN count(s)"));
  });

  it('03: AJH and Home Affairs share the FOD Justitie and the local authorities, the partners the plan files give both in partner-like roles, each involvement with its role and lines', () => {
    const partnersOf = (org: string) => new Set(itemsOf(org).flatMap(({ item }) => item.partners.filter((p) => p.org && p.org !== org && PARTNER_ROLES.includes(p.role as never)).map((p) => p.org!)));
    const [ajh, ibz] = [partnersOf('ajh'), partnersOf('fod-binnenlandse-zaken')];
    const partners = answer('03').sharedPartners.nodes as Answer[];
    expect(sorted(partners.map((p) => p.partner.id))).toEqual(sorted([...ajh].filter((id) => ibz.has(id))));
    expect(sorted(partners.map((p) => p.partner.id))).toEqual(['fod-justitie', 'lokale-besturen']);
    for (const p of partners) {
      const roles = p.involvedBy.flatMap((b: Answer) => b.involvements.map((i: Answer) => i.evidence.role));
      expect(sorted(p.roles)).toEqual(sorted(roles));
      for (const b of p.involvedBy) for (const i of b.involvements) {
        expect(PARTNER_ROLES).toContain(i.evidence.role);
        expect(i.evidence).toMatchObject({ basis: 'STATED', provenance: { lines: { from: expect.any(Number) } } });
      }
    }
  });

  it('03: IGO and the SSR share no partner: IGO action 5.3 organises the General Assembly of EJTN, its subject; with roles PARTNER and SUBJECT they share EJTN', async () => {
    expect(await api.query<Answer>('{ sharedPartners(organisations: ["igo", "ssr"]) { totalCount } }')).toEqual({ sharedPartners: { totalCount: 0 } });
    const withSubject = await api.query<Answer>(examples.find((e) => e.name.startsWith('03'))!.query, { organisations: ['igo', 'ssr'], roles: ['PARTNER', 'SUBJECT'] });
    const partners = withSubject.sharedPartners.nodes as Answer[];
    expect(partners.map((p) => p.partner.id)).toEqual(['ejtn']);
    const by = new Map(partners[0]!.involvedBy.map((b: Answer) => [b.organisation.id, b.involvements]));
    expect((by.get('igo') as Answer[]).map((i) => [i.item.code, i.evidence.role])).toEqual([['5.3', 'SUBJECT']]);
    expect((by.get('ssr') as Answer[]).map((i) => [i.item.id, i.evidence.role])).toEqual([['ssr-jaaroverzicht-2019/INT1', 'PARTNER']]);
  });

  it('03: IGO and AJH share no partner by name, and the hint says roll-up finds three', async () => {
    const hint = await api.query<Answer>('{ sharedPartnersHint(organisations: ["igo", "ajh"]) { asNamed rolledUp hint } }');
    expect(hint.sharedPartnersHint).toMatchObject({ asNamed: 0, rolledUp: 3 });
    const rolled = await api.query<Answer>('{ sharedPartners(organisations: ["igo", "ajh"], rollUp: true, first: 1) { totalCount } }');
    expect(rolled.sharedPartners.totalCount).toBe(3);
  });

  it('04: IGO objectives ranked with reasons in words: a curated SAME_AIM alignment with the SSR, and a shared theme', () => {
    const all = (answer('04').sharedObjectives.nodes as Answer[]).flatMap((s) => s.matches as Answer[]);
    const reasons = all.flatMap((m) => m.reasons as string[]);
    expect(reasons.some((r) => r.startsWith('curated alignment (SAME_AIM): IGO wants to further improve the quality'))).toBe(true);
    expect(reasons).toContain('shares 1 theme: Quality');
    for (const s of answer('04').sharedObjectives.nodes as Answer[]) {
      const scores = (s.matches as Answer[]).map((m) => m.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  it('05: the theme matrix has both axes and a cell per pair whose total is the sum of its counts', () => {
    const m = answer('05').themeMatrix;
    expect(m.themes.length).toBeGreaterThan(0);
    expect(m.organisations.map((o: Answer) => o.id)).toEqual(expect.arrayContaining(['igo', 'ssr', 'ajh', 'fod-binnenlandse-zaken']));
    for (const c of m.cells) expect(c.total).toBe(c.objectives + c.actions + c.swotItems + c.pestelFactors);
  });

  it('06: the shortest paths from IGO to the SSR are 4 long: IGO, the policy plan it publishes (which names EJTN), EJTN, the SSR review that names EJTN, the SSR that publishes it', () => {
    const paths = answer('06').connection as Answer[];
    expect(paths.length).toBeGreaterThan(0);
    const path = paths.find((p) => p.nodes.map((n: Answer) => n.id).includes('ejtn'))!;
    expect(path.length).toBe(4);
    expect(path.nodes.map((n: Answer) => n.id)).toEqual(['igo', 'igo-beleidsplan-2023-2028', 'ejtn', 'ssr-jaaroverzicht-2019', 'ssr']);
    expect(path.links.map((l: Answer) => `${l.from.id} ${l.relationship} ${l.to.id}`)).toEqual([
      'igo PUBLISHES igo-beleidsplan-2023-2028',
      'igo-beleidsplan-2023-2028 MENTIONS ejtn',
      'ssr-jaaroverzicht-2019 MENTIONS ejtn',
      'ssr PUBLISHES ssr-jaaroverzicht-2019',
    ]);
    expect(path.links.map((l: Answer) => l.wording).slice(1, 3)).toEqual(['EJTN', 'EJTN']);
  });

  it('07: SISET with the AJH projects that concern it and who runs and uses it, as node views with their own ids and edges between nodeIds', async () => {
    const n = answer('07').neighbourhood;
    expect(n.centre).toBe('system/SISET');
    const ids = new Set(n.nodes.map((x: Answer) => x.nodeId));
    const concerning = (await db.read({ name: 'test/siset', text: "MATCH (a:Action)-[:CONCERNS]->(:System {id: 'system/SISET'}) RETURN collect(a.id) AS ids" }))[0]!.ids as string[];
    expect(concerning.length).toBeGreaterThan(0);
    for (const id of concerning) expect(ids).toContain(id);
    expect(concerning.every((id) => id.startsWith('ajh-'))).toBe(true);
    const operators = (await db.read({ name: 'test/siset-ops', text: "MATCH (o:Organisation)-[:OPERATES|USES]->(:System {id: 'system/SISET'}) RETURN collect(o.id) AS ids" }))[0]!.ids as string[];
    for (const id of operators) expect(ids).toContain(id);
    for (const x of n.nodes) expect(ids.has(x.id)).toBe(false);
    for (const e of n.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  });

  it('08: cyberdreiging finds Home Affairs threat 5 first; the Dutch analyzer lets opleiding find opleidingen', async () => {
    expect(answer('08').search[0].node).toMatchObject({ type: 'THREAT', code: '5', text: 'Toenemende cyberdreiging en gebruik van nieuwe technologieën' });
    const stemmed = await api.query<Answer>(examples.find((e) => e.name.startsWith('08'))!.query, { query: 'opleiding', first: 50 });
    expect(stemmed.search.some((h: Answer) => /opleidingen/i.test(JSON.stringify(h.node)))).toBe(true);
  });

  it('09: the 57 actions and deliverables due in the first half of 2025, in date order, with the date as worded', () => {
    const t = answer('09').timeline;
    expect(t.totalCount).toBe(57);
    const dates = t.nodes.map((e: Answer) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(t.nodes.map((e: Answer) => e.dateText)).toContain('16/01/2025');
  });

  it('10-12: the objective, the objectives by theme and the organisation answer without errors', () => {
    expect(answer('10').objective.id).toBe('ibz-strategisch-plan/SO10');
    expect(answer('11').objectives.nodes.length).toBeGreaterThan(0);
    expect(answer('11').objectives.nodes.every((o: Answer) => o.themes.nodes.some((t: Answer) => t.code === 'digitalisation'))).toBe(true);
    expect(answer('12').organisation.id).toBe('fod-justitie');
  });
  it('13: no threat or risk of the five plans names the police; the facts and findings that do are the ones of the plan files', () => {
    const police = new Set(organisationDefs().filter((o) => o.kind === 'POLICE').map((o) => o.id));
    expect(sorted(police)).toEqual(sorted(JSON.parse(examples.find((e) => e.name.startsWith('13'))!.variables!).organisations));
    const naming = <T extends { id: string; mentions: { org?: string | null }[] }>(section: (p: PlanData) => T[]) =>
      sorted(plans().flatMap((p) => section(p).filter((i) => i.mentions.some((m) => m.org && police.has(m.org))).map((i) => `${p.plan.id}/${i.id}`)));
    const a = answer('13');
    expect(sorted(a.threats.nodes.map((n: Answer) => n.id))).toEqual(naming((p) => p.swot.filter((s) => s.type === 'THREAT')));
    expect(a.threats.totalCount).toBe(0);
    expect(sorted(a.risks.nodes.map((n: Answer) => n.id))).toEqual(naming((p) => p.risks));
    expect(a.risks.totalCount).toBe(0);
    expect(sorted(a.facts.nodes.map((n: Answer) => n.id))).toEqual(naming((p) => p.facts));
    expect(sorted(a.findings.nodes.map((n: Answer) => n.id))).toEqual(naming((p) => p.findings));
    expect(a.facts.totalCount + a.findings.totalCount).toBeGreaterThan(0);
    for (const item of [...a.facts.nodes, ...a.findings.nodes]) expect(item.mentions.edges.some((e: Answer) => police.has(e.node.id) && e.wording)).toBe(true);
  });

  it('14: two measures of the parliamentary answer involve the justice assistants: A1.1 serves them, they take part in A4-6.2; each with the answer that states it', () => {
    const vp = plans().find((p) => p.plan.id === 'vp-vraag-siset-sipar')!;
    const group = 'SG-justitieassistenten';
    const expected = vp.actions.filter((a) => a.kind === 'MEASURE' && a.partners.some((p) => p.group === group));
    const measures = answer('14').actions.nodes as Answer[];
    expect(sorted(measures.map((m) => m.id))).toEqual(sorted(expected.map((a) => `${vp.plan.id}/${a.id}`)));
    const roleOf = (m: Answer) => m.involves.edges.find((e: Answer) => e.node.id === `${vp.plan.id}/${group}`).role;
    expect(Object.fromEntries(measures.map((m) => [m.id.split('/')[1], roleOf(m)]))).toEqual({ 'A1.1': 'BENEFICIARY', 'A4-6.2': 'PARTICIPANT' });
    for (const m of measures) {
      const stating = vp.answers.filter((ans) => ans.states.some((s) => s.ref === m.id.split('/')[1])).map((ans) => `${vp.plan.id}/${ans.id}`);
      expect(sorted(m.statedIn.nodes.map((n: Answer) => n.id))).toEqual(sorted(stating));
      expect(stating.length).toBeGreaterThan(0);
    }
  });

  it('15: IGO and the SSR both serve magistrates, court staff, judicial leaders, trainers and their own staff, each through groups of its own plan', () => {
    const served = (org: string) => {
      const out = new Map<string, Set<string>>();
      for (const p of plansOf(org)) {
        const beneficiaries = new Set([...p.objectives, ...p.actions].flatMap((i) => i.partners.filter((x) => x.group && x.role === 'BENEFICIARY').map((x) => x.group!)));
        for (const g of p.stakeholderGroups) {
          if (!beneficiaries.has(g.id)) continue;
          for (const audience of Object.keys(g.audiences ?? {})) out.set(audience, (out.get(audience) ?? new Set()).add(`${p.plan.id}/${g.id}`));
        }
      }
      return out;
    };
    const [igo, ssr] = [served('igo'), served('ssr')];
    const shared = answer('15').sharedAudiences.nodes as Answer[];
    expect(sorted(shared.map((s) => s.audience.code))).toEqual(sorted([...igo.keys()].filter((a) => ssr.has(a))));
    expect(sorted(shared.map((s) => s.audience.code))).toEqual(['court-staff', 'judicial-leaders', 'magistrates', 'own-staff', 'trainers']);
    for (const s of shared) {
      expect(s.servedBy.map((b: Answer) => b.organisation.id)).toEqual(['igo', 'ssr']);
      for (const b of s.servedBy) {
        const groups = (b.organisation.id === 'igo' ? igo : ssr).get(s.audience.code)!;
        expect(sorted(b.groups.map((g: Answer) => g.group.id))).toEqual(sorted(groups));
        for (const g of b.groups) {
          expect(g.classification.basis).toBe('CURATED');
          expect(g.items.length).toBeGreaterThan(0);
          for (const i of g.items) expect(i.evidence).toMatchObject({ role: 'BENEFICIARY', provenance: { lines: { from: expect.any(Number) } } });
        }
      }
    }
  });

  it('16: SD1 is the first strategic objective of IGO, Home Affairs and AJH, whatever each prints', () => {
    const expected = plans().flatMap((p) => [...normalizedCodeIndex(p)].filter(([key, value]) => key.startsWith('objectives/') && value === 'SD1').map(([key]) => `${p.plan.id}/${key.slice('objectives/'.length)}`));
    const objectives = answer('16').objectives.nodes as Answer[];
    expect(sorted(objectives.map((o) => o.id))).toEqual(sorted(expected));
    expect(sorted(objectives.map((o) => o.plan.id))).toEqual(['ajh-ondernemingsplan-2025', 'ibz-strategisch-plan', 'igo-beleidsplan-2023-2028']);
    expect(new Set(objectives.map((o) => o.code)).size).toBeGreaterThan(1);
    for (const o of objectives) expect(o.normalizedCode).toBe('SD1');
  });
});

describe('the client package', () => {
  it('compiles as published and answers the example questions with its typed documents', async () => {
    const root = projectRoot();
    const out = path.join(root, 'node_modules', '.cache', 'plangraph-client-test');
    fs.rmSync(out, { recursive: true, force: true });
    const tsc = spawnSync(path.join(root, 'node_modules', '.bin', 'tsc'), ['-p', path.join(root, 'client', 'tsconfig.json'), '--outDir', out], { encoding: 'utf8' });
    expect(tsc.status, tsc.stdout + tsc.stderr).toBe(0);
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'client', 'package.json'), 'utf8')) as { exports: { '.': { import: string; types: string } } };
    const entry = path.join(out, manifest.exports['.'].import.replace('./dist/', ''));
    expect(fs.existsSync(entry.replace(/\.js$/, '.d.ts'))).toBe(true);
    const client = (await import(pathToFileURL(entry).href)) as typeof import('../../client/src/index.js');
    const api = client.createClient({ url: `${answersUrl()}/graphql` });
    const { threatsToObjectives } = await api.request(client.ThreatsToObjectivesDocument, { organisations: ['fod-binnenlandse-zaken'] });
    expect(threatsToObjectives).toEqual(answer('01').threatsToObjectives);
    await expect(api.request(client.ExplorerNeighbourhoodDocument, { id: 'IGO' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
