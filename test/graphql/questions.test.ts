import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ConnectionDocument,
  CoverageGapsDocument,
  NeighbourhoodDocument,
  SearchDocument,
  SharedObjectivesDocument,
  SharedPartnersDocument,
  ThemeMatrixDocument,
  ThreatsToObjectivesDocument,
  TimelineDocument,
} from '../../client/generated/graphql.js';
import type { Database } from '../../src/neo4j/database.js';
import { canonical, SourceTexts } from '../../src/sources/sourceText.js';
import { DATA_DIR, dataset } from '../support/dataset.js';
import type { TestServer } from '../support/server.js';
import { useSeededServer } from '../support/seeded.js';

let db: Database;
let api: TestServer;
const sources = new SourceTexts(path.join(DATA_DIR, 'sources'));

useSeededServer({}, (seededDb, seededApi) => {
  db = seededDb;
  api = seededApi;
});

const planOf = (id: string) => dataset().plans.find((p) => p.data.plan.id === id)!.data;
const IBZ_SOURCE = '003_5d5e86352ad1e70b.txt';

/** The strategic objective numbers each domain of Bijlage 2 lists, read from the source text. */
function bijlage2(): Map<number, { text: string; objectives: number[] }> {
  const text = sources.lines(IBZ_SOURCE);
  const start = text.findIndex((l) => /Bijlage\s+2\s+\S\s+De\s+strategische\s+risicodomeinen/.test(l));
  const domains = new Map<number, string[]>();
  let current: number | undefined;
  for (const line of text.slice(start + 1)) {
    const heading = /^\s*Domein\s+(\d+)\s/.exec(line);
    if (heading) domains.set((current = Number(heading[1])), []);
    else if (current !== undefined) domains.get(current)!.push(line);
  }
  return new Map([...domains].map(([n, lines]) => {
    const joined = lines.join(' ');
    return [n, { text: joined, objectives: [...new Set([...joined.matchAll(/Strategische\s+doelstelling\s+(\d+)/g)].map((m) => Number(m[1])))] }];
  }));
}

describe('question 1: threats to objectives', () => {
  it('maps the Home Affairs cyber threat to the strategic objectives of every risk domain Bijlage 2 files it under', async () => {
    const data = await api.query(ThreatsToObjectivesDocument, { organisations: ['fod-binnenlandse-zaken'] });
    const cyber = data.threatsToObjectives.nodes.find((t) => /cyberdreiging/.test(t.item.text))!;
    expect(cyber.item).toMatchObject({ type: 'THREAT', code: '5' });
    expect(cyber.organisation.id).toBe('fod-binnenlandse-zaken');

    const domains = [...bijlage2()].filter(([, d]) => /cyberdreiging/.test(d.text));
    expect(domains.length).toBeGreaterThan(0);
    expect(cyber.riskDomains.map((d) => d.riskDomain.code)).toEqual(domains.map(([n]) => String(n)));
    for (const route of cyber.riskDomains) {
      const [, listed] = domains.find(([n]) => String(n) === route.riskDomain.code)!;
      expect(route.objectives.map((a) => Number(/(\d+)$/.exec(a.objective.code!)![1])).sort((a, b) => a - b)).toEqual([...listed.objectives].sort((a, b) => a - b));
      // The domain's link is given once, beside the links of the objectives that answer it.
      expect(route.evidence.map((e) => e.relationship)).toEqual(['IN_DOMAIN']);
      for (const a of route.objectives) expect(a.evidence.map((e) => e.relationship)).toEqual(['ANSWERS']);
      for (const e of [...route.evidence, ...route.objectives.flatMap((a) => a.evidence)]) {
        expect(e.basis).toBe('STATED');
        expect(e.provenance!.source).toBe(IBZ_SOURCE);
        expect(sources.checkQuote(IBZ_SOURCE, e.provenance!.lines, e.provenance!.quote!)).toBeUndefined();
      }
    }
    expect(cyber.directAnswers).toEqual([]);
  });

  it('gives the same routes as one flat list, a domain\'s link repeated for each objective, ordered by objective', async () => {
    const query = `query { threatsToObjectives(organisations: ["fod-binnenlandse-zaken"], includeWeaknesses: true, first: 30) { nodes {
      riskDomains { riskDomain { id } evidence { relationship from { id } to { id } provenance { quote } } objectives { objective { id code } evidence { relationship from { id } to { id } provenance { quote } } } }
      directAnswers { objective { id code } evidence { relationship from { id } to { id } provenance { quote } } }
      answers { route riskDomain { id } objective { id code } evidence { relationship from { id } to { id } provenance { quote } } } } } }`;
    type Link = { relationship: string; from: { id: string }; to: { id: string }; provenance: { quote: string | null } | null };
    type Answering = { objective: { id: string; code: string | null }; evidence: Link[] };
    type Node = { riskDomains: { riskDomain: { id: string }; evidence: Link[]; objectives: Answering[] }[]; directAnswers: Answering[]; answers: { route: string; riskDomain: { id: string } | null; objective: { id: string; code: string | null }; evidence: Link[] }[] };
    const data = await api.query(query) as { threatsToObjectives: { nodes: Node[] } };
    const key = (route: string, domain: string | null, objective: string, evidence: Link[]) => JSON.stringify([route, domain, objective, evidence]);
    let routes = 0;
    for (const node of data.threatsToObjectives.nodes) {
      const grouped = [
        ...node.riskDomains.flatMap((d) => d.objectives.map((a) => key('RISK_DOMAIN', d.riskDomain.id, a.objective.id, [...d.evidence, ...a.evidence]))),
        ...node.directAnswers.map((a) => key('DIRECT', null, a.objective.id, a.evidence)),
      ];
      const flat = node.answers.map((a) => key(a.route, a.riskDomain?.id ?? null, a.objective.id, a.evidence));
      expect(flat.sort()).toEqual(grouped.sort());
      routes += flat.length;
    }
    expect(routes).toBeGreaterThan(0);
  });

  it('lists the threats of every organisation, answered or not, and weaknesses when asked', async () => {
    const threats = await api.query(ThreatsToObjectivesDocument, { first: 100 });
    const all = dataset().plans.flatMap((p) => p.data.swot.filter((s) => s.type === 'THREAT'));
    expect(threats.threatsToObjectives.nodes).toHaveLength(all.length);
    expect(threats.threatsToObjectives.totalCount).toBe(all.length);
    const withWeaknesses = await api.query(ThreatsToObjectivesDocument, { includeWeaknesses: true, first: 1 });
    expect(withWeaknesses.threatsToObjectives.totalCount).toBe(all.length + dataset().plans.flatMap((p) => p.data.swot.filter((s) => s.type === 'WEAKNESS')).length);
  });

  it('pages through the answers with cursors, without losing or repeating one', async () => {
    const seen: string[] = [];
    let after: string | null | undefined;
    for (;;) {
      const page = await api.query(ThreatsToObjectivesDocument, { includeWeaknesses: true, first: 7, after });
      seen.push(...page.threatsToObjectives.nodes.map((n) => n.item.id));
      if (!page.threatsToObjectives.pageInfo.hasNextPage) break;
      after = page.threatsToObjectives.pageInfo.endCursor;
    }
    const all = await api.query(ThreatsToObjectivesDocument, { includeWeaknesses: true, first: 100 });
    expect(seen).toEqual(all.threatsToObjectives.nodes.map((n) => n.item.id));
  });

  it('answers NOT_FOUND naming the argument for an organisation that does not exist, in the same statement', async () => {
    const response = await api.request(ThreatsToObjectivesDocument, { organisations: ['igo', 'nope'] });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', id: 'nope', argumentName: 'organisations' });
  });
});

describe('question 2: coverage gaps', () => {
  it('finds every IGO threat and weakness unanswered, since its plan links no SWOT item to an objective', async () => {
    const data = await api.query(CoverageGapsDocument, { organisations: ['igo'] });
    const igo = planOf('igo-beleidsplan-2023-2028');
    const expected = igo.swot.filter((s) => s.type === 'THREAT' || s.type === 'WEAKNESS').map((s) => s.code).sort();
    expect(data.coverageGaps.unansweredItems.nodes.map((i) => i.item.code).sort()).toEqual(expected);
    // Each of the seven IGO objectives has its action table.
    expect(data.coverageGaps.objectivesWithoutActions).toEqual({ totalCount: 0, nodes: [] });
  });

  it('does not count a Home Affairs threat filed under an answered risk domain as a gap', async () => {
    const data = await api.query(CoverageGapsDocument, { organisations: ['fod-binnenlandse-zaken'], includeWeaknesses: false });
    const ibz = planOf('ibz-strategisch-plan');
    const filed = new Set(ibz.riskDomains.filter((d) => d.objectives.length > 0).flatMap((d) => d.threats.map((t) => t.ref)));
    const expected = ibz.swot.filter((s) => s.type === 'THREAT' && !filed.has(s.id)).map((s) => `ibz-strategisch-plan/${s.id}`);
    expect(data.coverageGaps.unansweredItems.nodes.map((i) => i.item.id).sort()).toEqual(expected.sort());
  });
});

describe('question 3: shared partners', () => {
  it('finds EJTN, which both the IGO and SSR involve in the roles asked for, with the items where each does so', async () => {
    const roles = ['PARTNER', 'SUBJECT'] as const;
    const data = await api.query(SharedPartnersDocument, { organisations: ['igo', 'ssr'], roles: [...roles] });
    const ejtn = data.sharedPartners.nodes.find((p) => p.partner.id === 'ejtn')!;
    expect(ejtn).toBeDefined();
    expect(ejtn.involvedBy.map((b) => b.organisation.id).sort()).toEqual(['igo', 'ssr']);
    for (const by of ejtn.involvedBy) {
      const planId = by.organisation.id === 'igo' ? 'igo-beleidsplan-2023-2028' : 'ssr-jaaroverzicht-2019';
      const file = planOf(planId);
      const stated = [...file.objectives, ...file.actions].filter((i) => i.partners.some((p) => p.org === 'ejtn' && roles.includes(p.role as never))).map((i) => `${planId}/${i.id}`);
      expect(by.involvements.map((i) => i.item.id).sort()).toEqual([...new Set(stated)].sort());
      for (const i of by.involvements) expect(i.evidence.basis).toBe('STATED');
      for (const i of by.involvements) expect(roles).toContain(i.evidence.role);
    }
  });

  it('every shared partner is involved by at least the asked number of organisations, never by itself', async () => {
    const organisations = ['igo', 'ajh', 'fod-binnenlandse-zaken', 'ssr'];
    const data = await api.query(SharedPartnersDocument, { organisations, atLeast: 2, rollUp: true });
    expect(data.sharedPartners.totalCount).toBeGreaterThan(0);
    for (const p of data.sharedPartners.nodes) {
      expect(p.involvedBy.length).toBeGreaterThanOrEqual(2);
      expect(p.involvedBy.map((b) => b.organisation.id)).not.toContain(p.partner.id);
    }
  });

  it('needs at least two organisations', async () => {
    const response = await api.request(SharedPartnersDocument, { organisations: ['igo'] });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'organisations' });
  });
});

describe('question 4: shared objectives', () => {
  it('ranks an objective aligned by an analyst first, with the rationale as the reason', async () => {
    const alignment = dataset().alignments.data.alignments[0]!;
    const data = await api.query(SharedObjectivesDocument, { objective: alignment.from, limit: 50 });
    const [result] = data.sharedObjectives.nodes;
    expect(result!.objective.id).toBe(alignment.from);
    const match = result!.matches.find((m) => m.objective.id === alignment.to)!;
    expect(match.score).toBeGreaterThanOrEqual(1);
    expect(match.alignments[0]).toMatchObject({ relation: alignment.relation, rationale: alignment.rationale });
    expect(match.reasons[0]).toContain(alignment.rationale);
    const scores = result!.matches.map((m) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('only proposes objectives of other organisations, sharing a theme or an alignment', async () => {
    const data = await api.query(SharedObjectivesDocument, { organisation: 'igo', limit: 10 });
    expect(data.sharedObjectives.totalCount).toBe(planOf('igo-beleidsplan-2023-2028').objectives.length);
    for (const s of data.sharedObjectives.nodes) {
      for (const m of s.matches) {
        expect(m.organisation.id).not.toBe('igo');
        expect(m.sharedThemes.length + m.alignments.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('question 5: theme matrix', () => {
  it('counts, per theme and organisation, the tagged objectives, actions, SWOT items and PESTEL factors of its plans', async () => {
    const data = await api.query(ThemeMatrixDocument, {});
    const expected = new Map<string, { objectives: number; actions: number; swotItems: number; pestelFactors: number }>();
    for (const { data: p } of dataset().plans) {
      const add = (items: { themes?: Record<string, string> | null }[], field: 'objectives' | 'actions' | 'swotItems' | 'pestelFactors') => {
        for (const item of items) for (const theme of Object.keys(item.themes ?? {})) {
          const key = `theme/${theme}|${p.plan.publisher}`;
          const cell = expected.get(key) ?? { objectives: 0, actions: 0, swotItems: 0, pestelFactors: 0 };
          cell[field] += 1;
          expected.set(key, cell);
        }
      };
      add(p.objectives, 'objectives');
      add(p.actions, 'actions');
      add(p.swot, 'swotItems');
      add(p.pestel, 'pestelFactors');
    }
    const actual = new Map(data.themeMatrix.cells.map((c) => [`${c.theme.id}|${c.organisation.id}`, { objectives: c.objectives, actions: c.actions, swotItems: c.swotItems, pestelFactors: c.pestelFactors }]));
    expect(Object.fromEntries(actual)).toEqual(Object.fromEntries(expected));
    expect(data.themeMatrix.organisations.map((o) => o.id).sort()).toEqual(['ajh', 'fod-binnenlandse-zaken', 'igo', 'ssr', 'vlaams-parlement'].filter((id) => [...expected.keys()].some((k) => k.endsWith(`|${id}`))).sort());
  });
});

describe('question 6: connection', () => {
  it('connects the IGO and the SSR through EJTN, which both documents name, each link in order', async () => {
    const data = await api.query(ConnectionDocument, { from: 'igo', to: 'ssr', maxHops: 4, excludeKinds: ['THEME'] });
    expect(data.connection.length).toBeGreaterThan(0);
    const lengths = data.connection.map((p) => p.length);
    expect(new Set(lengths).size).toBe(1);
    expect(data.connection.some((p) => p.nodes.some((n) => n.id === 'ejtn'))).toBe(true);
    for (const path of data.connection) {
      expect(path.nodes[0]!.id).toBe('igo');
      expect(path.nodes.at(-1)!.id).toBe('ssr');
      path.links.forEach((link, i) => {
        expect([link.from.id, link.to.id].sort()).toEqual([path.nodes[i]!.id, path.nodes[i + 1]!.id].sort());
      });
      expect(path.nodes.slice(1, -1).some((n) => 'kind' in n && n.kind === 'THEME')).toBe(false);
    }
  });

  it('finds nothing beyond the bound of hops', async () => {
    const data = await api.query(ConnectionDocument, { from: 'igo', to: 'ssr', maxHops: 1 });
    expect(data.connection).toEqual([]);
  });
});

describe('question 7: neighbourhood', () => {
  it('returns SISET with who runs and uses it and the documents that describe it, as nodes and edges', async () => {
    const data = await api.query(NeighbourhoodDocument, { id: 'system/SISET', depth: 1 });
    const n = data.neighbourhood;
    expect(n.centre).toBe('system/SISET');
    const ids = new Set(n.nodes.map((x) => x.nodeId));
    const stated = dataset().plans.flatMap((p) => p.data.systems.filter((s) => s.id === 'SISET').flatMap((s) => [p.data.plan.id, ...s.operators.map((o) => o.org), ...s.users.map((u) => u.org)]));
    for (const id of stated) expect(ids).toContain(id);
    for (const e of n.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    expect(n.edges.filter((e) => e.source === 'system/SISET' || e.target === 'system/SISET').length).toBeGreaterThanOrEqual(stated.length);
    expect(n.nodes.find((x) => x.nodeId === 'system/SISET')!.distance).toBe(0);
    expect(n.nodes.filter((x) => x.nodeId !== 'system/SISET').every((x) => x.distance === 1)).toBe(true);
  });

  it('keeps only the kinds asked for and says when it had to cut', async () => {
    const data = await api.query(NeighbourhoodDocument, { id: 'ibz-strategisch-plan', depth: 2, kinds: ['OBJECTIVE', 'RISK_DOMAIN'], limit: 5 });
    expect(data.neighbourhood.nodes).toHaveLength(6);
    expect(data.neighbourhood.truncated).toBe(true);
    expect(data.neighbourhood.nodes.slice(1).every((x) => x.kind === 'OBJECTIVE' || x.kind === 'RISK_DOMAIN')).toBe(true);
  });
});

describe('question 8: search', () => {
  it('finds the cyber threat of the Home Affairs SWOT by a word of its text', async () => {
    const data = await api.query(SearchDocument, { query: 'cyberdreiging', kinds: ['SWOT_ITEM'] });
    expect(data.search[0]!.node.id).toBe(`ibz-strategisch-plan/${planOf('ibz-strategisch-plan').swot.find((s) => /cyberdreiging/.test(s.text))!.id}`);
  });

  it('stems Dutch: the singular finds the plural', async () => {
    const data = await api.query(SearchDocument, { query: 'opleiding', first: 50 });
    const texts = data.search.map((h) => JSON.stringify(h.node));
    expect(texts.some((t) => /opleidingen/i.test(t) && !/opleiding[^e]/i.test(t.replace(/opleidingen/gi, '')))).toBe(true);
    const scores = data.search.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('reads the graph views of the hits only when they are selected: one statement without, the same hits with', async () => {
    const plain = await api.request('query { search(query: "cyberdreiging", first: 5) { score node { id } } }');
    const withView = await api.request('query { search(query: "cyberdreiging", first: 5) { score node { id } view { label degree } } }');
    expect(plain.statements).toBe(1);
    expect(withView.statements).toBe(2);
    const ids = (r: typeof plain) => (r.data as { search: { node: { id: string } }[] }).search.map((h) => h.node.id);
    expect(ids(plain).length).toBeGreaterThan(0);
    expect(ids(withView)).toEqual(ids(plain));
  });

  it('takes plain words literally, and refuses broken query syntax when syntax is asked for', async () => {
    expect((await api.request(SearchDocument, { query: 'SIPAR (SISET' })).errors).toBeUndefined();
    const broken = await api.request('query { search(query: "SIPAR (SISET", syntax: true) { score } }');
    expect(broken.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'query' });
  });
});

describe('question 9: timeline', () => {
  it('lists the actions and deliverables due in January 2025, in date order, as the plans date them', async () => {
    const data = await api.query(TimelineDocument, { from: '2025-01-01', to: '2025-01-31', first: 100 });
    const expected = dataset().plans.flatMap(({ data: p }) => [
      ...p.actions.filter((a) => a.deadline && a.deadline.date >= '2025-01-01' && a.deadline.date <= '2025-01-31').map((a) => `${a.deadline!.date} ${p.plan.id}/${a.id}`),
      ...p.actions.flatMap((a) => a.deliverables.filter((d) => d.due && d.due.date >= '2025-01-01' && d.due.date <= '2025-01-31').map((d) => `${d.due!.date} ${p.plan.id}/${a.id}/${d.id}`)),
    ]);
    expect(expected.length).toBeGreaterThan(0);
    const actual = data.timeline.nodes.map((e) => `${e.date} ${e.deliverable?.id ?? e.action.id}`);
    expect([...actual].sort()).toEqual([...expected].sort());
    expect(data.timeline.totalCount).toBe(expected.length);
    const dates = data.timeline.nodes.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    for (const e of data.timeline.nodes) if (e.dateText) expect(canonical(e.dateText).length).toBeGreaterThan(0);
  });

  it('pages through a window with cursors, without losing or repeating an entry', async () => {
    const all = await api.query(TimelineDocument, { from: '2025-01-01', to: '2025-12-31', first: 100 });
    const seen: string[] = [];
    let after: string | null | undefined;
    do {
      const page = await api.query(TimelineDocument, { from: '2025-01-01', to: '2025-12-31', first: 40, after });
      seen.push(...page.timeline.nodes.map((e) => `${e.date} ${e.deliverable?.id ?? e.action.id}`));
      after = page.timeline.pageInfo.hasNextPage ? page.timeline.pageInfo.endCursor : null;
    } while (after);
    expect(seen.length).toBe(all.timeline.totalCount);
    expect(new Set(seen).size).toBe(seen.length);
  });
});
