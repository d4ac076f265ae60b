import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/paths.js';
import type { Database } from '../../src/neo4j/database.js';
import { exampleOperations } from '../../src/server/examples.js';
import { loadSeedGraph } from '../support/dataset.js';
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

describe('the example operations of the README and GraphiQL', () => {
  it('are the twelve files of operations/examples, and every tab that takes variables has them', () => {
    expect(examples.map((e) => e.name.slice(0, 2))).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12']);
    for (const e of examples) if (/query \w+\(\$\w+: \w+!/.test(e.query)) expect(e.variables, e.name).toBeTruthy();
  });

  it('01: the nine Home Affairs threats; threat 5 answered through domains 1, 5, 7 and 8 by strategic objectives 1, 4, 7, 8, 9, 10, 12, 14, 16 and 18, with the Bijlage 2 lines', () => {
    const threats = answer('01').threatsToObjectives.nodes as Answer[];
    expect(threats).toHaveLength(9);
    const cyber = threats.find((t) => t.item.code === '5')!;
    expect(cyber.item.text).toBe('Toenemende cyberdreiging en gebruik van nieuwe technologieën');
    expect([...new Set<number>(cyber.answers.map((a: Answer) => numberOf(a.riskDomain.code)))].sort((a, b) => a - b)).toEqual([1, 5, 7, 8]);
    expect([...new Set<number>(cyber.answers.map((a: Answer) => numberOf(a.objective.code)))].sort((a, b) => a - b)).toEqual([1, 4, 7, 8, 9, 10, 12, 14, 16, 18]);
    for (const a of cyber.answers) {
      expect(a.route).toBe('RISK_DOMAIN');
      expect(a.evidence.map((e: Answer) => e.relationship).sort()).toEqual(['ANSWERS', 'IN_DOMAIN']);
      for (const e of a.evidence) expect(e.provenance.lines.from).toBeGreaterThan(0);
    }
  });

  it('02: every one of the 19 IGO threats and weaknesses is unanswered', async () => {
    const igo = (answer('02').coverageGaps.unansweredItems.nodes as Answer[]).filter((i) => i.organisation.id === 'igo');
    expect(igo).toHaveLength(19);
    expect(igo).toHaveLength(await count(db, "MATCH (:Plan {id: 'igo-beleidsplan-2023-2028'})-[:IDENTIFIES]->(s:SwotItem) WHERE s.type IN ['THREAT', 'WEAKNESS'] RETURN count(s)"));
  });

  it('03: IGO and SSR share EJTN, through IGO action 5.3 and the SSR international focus point INT1, each with wording and lines', () => {
    const partners = answer('03').sharedPartners.nodes as Answer[];
    expect(partners.map((p) => p.partner.id)).toEqual(['ejtn']);
    const by = new Map(partners[0]!.involvedBy.map((b: Answer) => [b.organisation.id, b.involvements]));
    expect((by.get('igo') as Answer[]).map((i) => i.item.code)).toEqual(['5.3']);
    expect((by.get('ssr') as Answer[]).map((i) => i.item.id)).toEqual(['ssr-jaaroverzicht-2019/INT1']);
    for (const list of by.values()) for (const i of list as Answer[]) expect(i.evidence).toMatchObject({ wording: 'EJTN', basis: 'STATED', provenance: { lines: { from: expect.any(Number) } } });
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

  it('06: the shortest paths from IGO to the SSR are 4 long: IGO, its policy plan (which names IGO and EJTN), EJTN, the SSR review that names EJTN, the SSR that publishes it', () => {
    const paths = answer('06').connection as Answer[];
    expect(paths.length).toBeGreaterThan(0);
    const path = paths.find((p) => p.nodes.map((n: Answer) => n.id).includes('ejtn'))!;
    expect(path.length).toBe(4);
    expect(path.nodes.map((n: Answer) => n.id)).toEqual(['igo', 'igo-beleidsplan-2023-2028', 'ejtn', 'ssr-jaaroverzicht-2019', 'ssr']);
    expect(path.links.map((l: Answer) => `${l.from.id} ${l.relationship} ${l.to.id}`)).toEqual([
      'igo-beleidsplan-2023-2028 MENTIONS igo',
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
