import { describe, expect, it } from 'vitest';
import {
  ChangesDocument, ExplorerConnectionDocument, ExplorerNeighbourhoodDocument, ExplorerNeighboursDocument, ExplorerSearchDocument,
} from '../../client/generated/graphql.js';
import type { Database } from '../../src/neo4j/database.js';
import { dataset } from '../support/dataset.js';
import { count } from '../support/neo4j.js';
import type { TestServer } from '../support/server.js';
import { useSeededServer } from '../support/seeded.js';

let db: Database;
let api: TestServer;

useSeededServer({}, (seededDb, seededApi) => {
  db = seededDb;
  api = seededApi;
});

const planOf = (id: string) => dataset().plans.find((p) => p.data.plan.id === id)!.data;

describe('graph views', () => {
  it('give node views ids of their own, distinct from the ids of the nodes they show', async () => {
    const { neighbourhood } = await api.query(ExplorerNeighbourhoodDocument, { id: 'ejtn', depth: 1 });
    const nodeIds = new Set(neighbourhood.nodes.map((n) => n.nodeId));
    for (const n of neighbourhood.nodes) expect(nodeIds.has(n.id)).toBe(false);
    expect(new Set(neighbourhood.nodes.map((n) => n.id)).size).toBe(neighbourhood.nodes.length);
    for (const e of neighbourhood.edges) expect(nodeIds.has(e.source) && nodeIds.has(e.target)).toBe(true);
  });

  it('carry short label, code, organisation, subtype and the degree the graph really has', async () => {
    const { neighbourhood } = await api.query(ExplorerNeighbourhoodDocument, { id: 'ibz-strategisch-plan', depth: 1, limit: 300 });
    const threat = planOf('ibz-strategisch-plan').swot.find((s) => /cyberdreiging/.test(s.text))!;
    const view = neighbourhood.nodes.find((n) => n.nodeId === `ibz-strategisch-plan/${threat.id}`)!;
    expect(view).toMatchObject({ kind: 'SWOT_ITEM', subtype: 'THREAT', code: threat.code, shortLabel: `T${threat.code}`, organisationId: 'fod-binnenlandse-zaken', distance: 1 });
    expect(view.degree).toBe(await count(db, 'MATCH (n:Entity {id: $id})--(:Entity) RETURN count(*)', { id: view.nodeId }));
  });

  it('keep IGO and SSR around EJTN at depth 2 however small the budget, and count what they leave out by kind', async () => {
    const { neighbourhood } = await api.query(ExplorerNeighbourhoodDocument, { id: 'ejtn', depth: 2, limit: 20 });
    const ids = neighbourhood.nodes.map((n) => n.nodeId);
    expect(ids).toEqual(expect.arrayContaining(['igo', 'ssr']));
    expect(neighbourhood.nodes).toHaveLength(21);
    expect(neighbourhood.truncated).toBe(true);
    const actions = neighbourhood.omittedByKind.find((k) => k.kind === 'ACTION')!;
    expect(actions.count).toBe(neighbourhood.omitted.filter((o) => o.kind === 'ACTION').reduce((sum, o) => sum + o.count, 0));
    const hub = neighbourhood.omitted.find((o) => o.via === 'igo-beleidsplan-2023-2028' && o.relationship === 'PLANS')!;
    const shown = neighbourhood.nodes.filter((n) => n.kind === 'ACTION' && n.nodeId.startsWith('igo-beleidsplan-2023-2028/')).length;
    expect(hub.count).toBe(await count(db, 'MATCH (:Plan {id: $id})-[:PLANS]->(a) RETURN count(a)', { id: 'igo-beleidsplan-2023-2028' }) - shown);
  });

  it('leave out excluded kinds and keep only the relationship types asked for', async () => {
    const excluded = await api.query(ExplorerNeighbourhoodDocument, { id: 'igo', depth: 2, excludeKinds: ['THEME', 'FIGURE', 'ACTION'], limit: 300 });
    expect(excluded.neighbourhood.nodes.some((n) => ['THEME', 'FIGURE', 'ACTION'].includes(n.kind))).toBe(false);
    const published = await api.query(ExplorerNeighbourhoodDocument, { id: 'igo', depth: 1, relationships: ['PUBLISHES'] });
    expect(published.neighbourhood.nodes.map((n) => n.nodeId).sort()).toEqual(['igo', 'igo-beleidsplan-2023-2028']);
    expect(published.neighbourhood.edges.every((e) => e.relationship === 'PUBLISHES')).toBe(true);
  });

  it('refuse a relationship type that is not one', async () => {
    const response = await api.request(ExplorerNeighbourhoodDocument, { id: 'igo', relationships: ['publishes; DROP'] });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'relationships' });
  });

  it('page through a hub with neighbours, leaving out what is already shown', async () => {
    const total = await count(db, 'MATCH (:Plan {id: $id})-[:PLANS]->(a) RETURN count(a)', { id: 'ajh-ondernemingsplan-2025' });
    const first = await api.query(ExplorerNeighboursDocument, { id: 'ajh-ondernemingsplan-2025', relationship: 'PLANS', kind: 'ACTION', first: 25 });
    expect(first.neighbours.totalCount).toBe(total);
    expect(first.neighbours.edges).toHaveLength(25);
    expect(first.neighbours.edges.every((e) => e.links.some((l) => l.relationship === 'PLANS' && l.source === 'ajh-ondernemingsplan-2025'))).toBe(true);
    const next = await api.query(ExplorerNeighboursDocument, { id: 'ajh-ondernemingsplan-2025', relationship: 'PLANS', kind: 'ACTION', first: 25, after: first.neighbours.pageInfo.endCursor });
    const shown = new Set(first.neighbours.edges.map((e) => e.node.nodeId));
    expect(next.neighbours.edges.some((e) => shown.has(e.node.nodeId))).toBe(false);
    const rest = await api.query(ExplorerNeighboursDocument, { id: 'ajh-ondernemingsplan-2025', relationship: 'PLANS', kind: 'ACTION', excludeIds: [...shown], first: 1 });
    expect(rest.neighbours.totalCount).toBe(total - 25);
  });

  it('weigh parallel links of one type between two nodes as one edge', async () => {
    const { neighbourhood } = await api.query(ExplorerNeighbourhoodDocument, { id: 'igo', depth: 1, limit: 300 });
    const mentions = neighbourhood.edges.find((e) => e.relationship === 'MENTIONS' && e.source === 'igo-beleidsplan-2023-2028' && e.target === 'igo')!;
    expect(mentions.weight).toBe(await count(db, 'MATCH (:Plan {id: $p})-[m:MENTIONS]->(:Organisation {id: $o}) RETURN count(m)', { p: 'igo-beleidsplan-2023-2028', o: 'igo' }));
  });

  it('come with connection: the path as views in order and its links as edges', async () => {
    const { connection } = await api.query(ExplorerConnectionDocument, { from: 'igo', to: 'ssr', maxHops: 4, excludeKinds: ['THEME'] });
    const path = connection[0]!;
    expect(path.views[0]).toMatchObject({ nodeId: 'igo', distance: 0 });
    expect(path.views.at(-1)).toMatchObject({ nodeId: 'ssr', distance: path.length });
    expect(path.views.map((v) => v.nodeId)).toContain('ejtn');
    expect(path.edges).toHaveLength(path.length);
  });

  it('come with search: every hit as a view with its organisation', async () => {
    const { search } = await api.query(ExplorerSearchDocument, { text: 'cyberdreiging' });
    expect(search[0]!.view).toMatchObject({ kind: 'SWOT_ITEM', subtype: 'THREAT', organisationId: 'fod-binnenlandse-zaken' });
    expect(search[0]!.view.organisation?.acronym).toBe('IBZ');
  });
});

describe('lookup by what people type', () => {
  const lookup = async (text: string) => (await api.query(ExplorerSearchDocument, { text, first: 5 })).lookup;

  it('resolves acronyms, ids and the abbreviation BiZa to the organisation', async () => {
    expect((await lookup('IGO')).matches[0]!.view.nodeId).toBe('igo');
    expect((await lookup('AJH')).matches[0]!.view.nodeId).toBe('ajh');
    expect((await lookup('fod-binnenlandse-zaken')).matches[0]!.view.nodeId).toBe('fod-binnenlandse-zaken');
    const biza = await lookup('BiZa');
    expect(biza.matches[0]).toMatchObject({ reason: 'ABBREVIATION' });
    expect(biza.matches[0]!.view.nodeId).toBe('fod-binnenlandse-zaken');
  });

  it('suggests the name a typo away and the word full-text search would find', async () => {
    expect((await lookup('Binnelandse Zaken')).suggestions[0]!.view.nodeId).toBe('fod-binnenlandse-zaken');
    expect((await lookup('cyberdreigng')).didYouMean).toBe('cyberdreiging');
  });

  it('finds with typos when asked to tolerate them', async () => {
    const exact = await api.query(ExplorerSearchDocument, { text: 'cyberdreigng' });
    expect(exact.search).toEqual([]);
    const fuzzy = await api.query(ExplorerSearchDocument, { text: 'cyberdreigng', fuzzy: true });
    expect(fuzzy.search.map((h) => h.view.nodeId)).toContain(`ibz-strategisch-plan/${planOf('ibz-strategisch-plan').swot.find((s) => /cyberdreiging/.test(s.text))!.id}`);
  });

  it('answers an unknown id with NOT_FOUND and suggestions in extensions', async () => {
    const response = await api.request(ExplorerNeighbourhoodDocument, { id: 'IGO' });
    const error = response.errors![0]!;
    expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', id: 'IGO', argumentName: 'id' });
    expect((error.extensions!.suggestions as { id: string }[])[0]!.id).toBe('igo');
    expect(error.message).toContain('did you mean "igo"');
  });
});

describe('shared partners hint', () => {
  it('says that roll-up finds partners IGO and AJH share when none is shared by name', async () => {
    type Partners = { sharedPartners: { totalCount: number } };
    const named = await api.query<Partners>('{ sharedPartners(organisations: ["igo", "ajh"], first: 1) { totalCount } }');
    const rolled = await api.query<Partners>('{ sharedPartners(organisations: ["igo", "ajh"], rollUp: true, first: 1) { totalCount } }');
    expect(named.sharedPartners.totalCount).toBe(0);
    expect(rolled.sharedPartners.totalCount).toBeGreaterThan(0);
    const { sharedPartnersHint } = await api.query<{ sharedPartnersHint: { asNamed: number; rolledUp: number; hint: string | null; hintNl: string | null } }>(
      '{ sharedPartnersHint(organisations: ["igo", "ajh"]) { asNamed rolledUp hint hintNl } }');
    expect(sharedPartnersHint).toMatchObject({ asNamed: 0, rolledUp: rolled.sharedPartners.totalCount });
    expect(sharedPartnersHint.hint).toContain('rollUp: true');
    expect(sharedPartnersHint.hintNl).toContain('rollUp: true');
  });

  it('gives no hint when neither roll-up nor every role finds more, and says which roles counted', async () => {
    const { sharedPartnersHint } = await api.query<{ sharedPartnersHint: { asNamed: number; rolledUp: number; inAnyRole: number; hint: string | null; roles: string[] } }>(
      '{ sharedPartnersHint(organisations: ["igo", "ssr"], roles: [PARTNER, SUBJECT]) { asNamed rolledUp inAnyRole hint roles } }');
    expect(sharedPartnersHint.asNamed).toBeGreaterThan(0);
    expect(sharedPartnersHint.roles).toEqual(['PARTNER', 'SUBJECT']);
    expect(sharedPartnersHint.hint === null).toBe(sharedPartnersHint.rolledUp <= sharedPartnersHint.asNamed && sharedPartnersHint.inAnyRole <= sharedPartnersHint.asNamed);
  });

  it('says that counting every role finds EJTN, which IGO and SSR share in no partner-like role', async () => {
    type Partners = { sharedPartners: { totalCount: number; nodes: { partner: { id: string } }[] } };
    const partnerLike = await api.query<Partners>('{ sharedPartners(organisations: ["igo", "ssr"]) { totalCount nodes { partner { id } } } }');
    const roles = '[OWNER, LEAD, SUPPORT, PARTNER, CONSULTED, ADDRESSEE, REQUESTER, APPROVER, SUPPLIER, DEVELOPER, FUNDER, PARTICIPANT, BENEFICIARY, SUBJECT]';
    const every = await api.query<Partners>(`{ sharedPartners(organisations: ["igo", "ssr"], roles: ${roles}) { totalCount nodes { partner { id } } } }`);
    expect(partnerLike.sharedPartners.totalCount).toBe(0);
    expect(every.sharedPartners.nodes.map((n) => n.partner.id)).toContain('ejtn');
    const { sharedPartnersHint } = await api.query<{ sharedPartnersHint: { asNamed: number; inAnyRole: number; hint: string | null; hintNl: string | null } }>(
      '{ sharedPartnersHint(organisations: ["igo", "ssr"]) { asNamed inAnyRole hint hintNl } }');
    expect(sharedPartnersHint).toMatchObject({ asNamed: 0, inAnyRole: every.sharedPartners.totalCount });
    expect(sharedPartnersHint.hint).toContain('every role');
    expect(sharedPartnersHint.hintNl).toContain('elke rol');
  });
});

describe('changes', () => {
  it('is a Relay connection of ChangeRecord nodes with a cursor per edge', async () => {
    const { changes } = await api.query(ChangesDocument, { first: 3 });
    const total = await count(db, 'MATCH (c:ChangeRecord) RETURN count(c)');
    expect(changes.totalCount).toBe(total);
    expect(changes.edges).toHaveLength(Math.min(3, total));
    const next = await api.query(ChangesDocument, { first: 3, after: changes.pageInfo.endCursor });
    const ids = new Set(changes.edges.map((e) => e.node.id));
    expect(next.changes.edges.some((e) => ids.has(e.node.id))).toBe(false);
    const typed = await api.query<{ changes: { edges: { node: { __typename: string } }[] } }>('{ changes(first: 1) { edges { node { ... on Node { __typename id } } } } }');
    expect(typed.changes.edges[0]!.node.__typename).toBe('ChangeRecord');
  });
});
