import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/database.js';
import { recomputeSuggestions } from '../../src/suggestions/recompute.js';
import { recomputeSettled } from '../../src/suggestions/schedule.js';
import { loadSeedGraph } from '../support/dataset.js';
import { count, openTestDatabase } from '../support/neo4j.js';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/server.js';

const KEYS = {
  analyst: 'analyst-key-0123456789',
  viewer: 'viewer-key-0123456789',
  partnerIgo: 'partner-igo-key-0123456789',
  partnerAjh: 'partner-ajh-key-0123456789',
};

let db: Database;
let api: TestServer;
beforeAll(async () => {
  db = openTestDatabase();
  await loadSeedGraph(db);
  await recomputeSuggestions(db);
  api = await startTestServer({
    PLANGRAPH_API_KEYS: `${KEYS.analyst}:ann:analyst,${KEYS.viewer}:vic:viewer,${KEYS.partnerIgo}:pia:partner:igo,${KEYS.partnerAjh}:paul:partner:ajh`,
  });
});
afterAll(async () => {
  await api?.stop();
  await db?.close();
});

type Data = Record<string, any>;
const send = (query: string, variables: Record<string, unknown>, key?: string): Promise<GraphQLResponse<Data>> => api.request<Data>(query, variables, key ? { 'x-api-key': key } : {});
const codeOf = (r: GraphQLResponse<unknown>) => r.errors?.[0]?.extensions?.code;

const SUGGESTIONS = `query($organisation: ID, $item: ID, $includeAligned: Boolean, $statuses: [SuggestionStatus!], $first: Int) {
  alignmentSuggestions(organisation: $organisation, item: $item, includeAligned: $includeAligned, statuses: $statuses, first: $first) {
    totalCount
    nodes {
      id score relation status basis version computedAt method inputs
      from { id kind basis ... on Objective { planId: plan { id } } ... on Action { plan { id } } }
      to { id kind basis }
      reasons { kind text weight terms nodes { id } evidence { relationship basis from { id } to { id } } }
      decision { status by role reason }
    }
  }
}`;
const ACCEPT = `mutation($id: ID!, $version: Int!, $rationale: String!) { acceptSuggestion(id: $id, version: $version, rationale: $rationale) { id status from to basis rationale } }`;
const REJECT = `mutation($id: ID!, $version: Int!, $reason: String!) { rejectSuggestion(id: $id, version: $version, reason: $reason) { id status from to } }`;
const RECOMPUTE = `mutation { recomputeSuggestions { items suggestions } }`;
const IGO_SO1 = 'igo-beleidsplan-2023-2028/SO1';
const SSR_MJP2 = 'ssr-jaaroverzicht-2019/MJP2';

async function suggestionsFor(variables: Record<string, unknown>): Promise<any[]> {
  const r = await send(SUGGESTIONS, { first: 100, ...variables });
  expect(r.errors).toBeUndefined();
  return r.data!.alignmentSuggestions.nodes;
}

/** A proposed suggestion joining IGO with another organisation (for the decisions below). */
async function igoSuggestion(skip: readonly string[] = []): Promise<any> {
  const list = await suggestionsFor({ organisation: 'igo' });
  const found = list.find((s) => !skip.includes(s.id) && [s.from.id, s.to.id].some((id: string) => id.startsWith('igo-')) && [s.from.id, s.to.id].some((id: string) => id.startsWith('ssr-')));
  expect(found).toBeDefined();
  return found;
}

describe('suggested alignments', () => {
  it('are computed for items of two different organisations, each with reasons in words and as the links of the graph', async () => {
    const list = await suggestionsFor({ item: IGO_SO1 });
    expect(list.length).toBeGreaterThan(0);
    for (const s of list) {
      expect([s.from.id, s.to.id]).toContain(IGO_SO1);
      expect(s.from.id.split('/')[0]).not.toBe(s.to.id.split('/')[0]);
      expect(['OBJECTIVE', 'ACTION']).toContain(s.from.kind);
      expect(['OBJECTIVE', 'ACTION']).toContain(s.to.kind);
      expect(s.reasons.length).toBeGreaterThan(0);
      expect(s.reasons.reduce((sum: number, r: any) => sum + r.weight, 0)).toBeGreaterThan(0);
      expect(s.computedAt).toBeTruthy();
      expect(s.inputs.some((i: string) => i.startsWith(`${IGO_SO1}@v`))).toBe(true);
      for (const r of s.reasons) expect(r.text.length).toBeGreaterThan(10);
    }
    // Best first.
    expect(list.map((s) => s.score)).toEqual([...list.map((s) => s.score)].sort((a, b) => b - a));
    // Structural reasons point at real links of the graph, with their own evidence.
    const structural = list.flatMap((s) => s.reasons).filter((r: any) => r.kind !== 'TEXT' && r.kind !== 'TIMING');
    expect(structural.length).toBeGreaterThan(0);
    for (const r of structural) {
      expect(r.evidence.length + r.nodes.length).toBeGreaterThan(0);
      for (const e of r.evidence) expect(['STATED', 'CURATED']).toContain(e.basis);
    }
    const text = list.flatMap((s) => s.reasons).find((r: any) => r.kind === 'TEXT');
    expect(text.terms.length).toBeGreaterThan(0);
  });

  it('are shown as SUGGESTED everywhere: in the question, on the items\' link fields and in graph views, never as stated or curated', async () => {
    const list = await suggestionsFor({ organisation: 'igo' });
    expect(list.every((s) => s.basis === 'SUGGESTED')).toBe(true);
    const item = list[0].from.id;
    const links = await send(`query($id: ID!) { node(id: $id) { ... on Objective { suggestedAlignments(first: 50) { edges { basis relationship rationale node { id } } } alignedWith(first: 50) { edges { basis } } }
      ... on Action { suggestedAlignments(first: 50) { edges { basis relationship rationale node { id } } } alignedWith(first: 50) { edges { basis } } } } }`, { id: item });
    const edges = links.data!.node.suggestedAlignments.edges;
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.every((e: any) => e.basis === 'SUGGESTED' && e.relationship === 'SUGGESTED_ALIGNMENT' && e.rationale === null)).toBe(true);
    expect(links.data!.node.alignedWith.edges.every((e: any) => e.basis === 'CURATED')).toBe(true);
    const graph = await send(`query($id: ID!) { neighbourhood(id: $id, depth: 1, limit: 500) { edges { relationship basis } } }`, { id: item });
    const suggestedEdges = graph.data!.neighbourhood.edges.filter((e: any) => e.relationship === 'SUGGESTED_ALIGNMENT');
    expect(suggestedEdges.length).toBeGreaterThan(0);
    expect(suggestedEdges.every((e: any) => e.basis === 'SUGGESTED')).toBe(true);
    // The question of shared objectives counts curated alignments only.
    const shared = await send(`{ sharedObjectives(organisation: "igo", first: 20) { nodes { matches { alignments { basis relationship } } } } }`, {});
    const alignments = shared.data!.sharedObjectives.nodes.flatMap((n: any) => n.matches.flatMap((m: any) => m.alignments));
    expect(alignments.length).toBeGreaterThan(0);
    expect(alignments.every((a: any) => a.basis === 'CURATED' && a.relationship === 'ALIGNED_WITH')).toBe(true);
  });

  it('leave out pairs a curated alignment links unless includeAligned, and then mark them ALIGNED', async () => {
    const pair = (s: any) => [s.from.id, s.to.id].includes(SSR_MJP2);
    expect((await suggestionsFor({ item: IGO_SO1 })).some(pair)).toBe(false);
    const aligned = (await suggestionsFor({ item: IGO_SO1, includeAligned: true })).find(pair);
    expect(aligned?.status).toBe('ALIGNED');
    expect(aligned?.basis).toBe('SUGGESTED');
  });

  it('answer NOT_FOUND for an unknown item or organisation, naming the argument', async () => {
    const r = await send(SUGGESTIONS, { item: 'igo-beleidsplan-2023-2028/NOPE' });
    expect(codeOf(r)).toBe('NOT_FOUND');
    expect(r.errors![0]!.extensions!.argumentName).toBe('item');
    expect(codeOf(await send(SUGGESTIONS, { organisation: 'nobody' }))).toBe('NOT_FOUND');
  });
});

describe('accepting and rejecting suggestions', () => {
  it('follows the rules of every write: an identity, the right organisation, the version read; then a CURATED alignment with the evidence and a change record', async () => {
    const s = await igoSuggestion();
    const args = { id: s.id, version: s.version, rationale: 'Both institutes work on the same training quality.' };
    expect(codeOf(await send(ACCEPT, args))).toBe('UNAUTHENTICATED');
    expect(codeOf(await send(ACCEPT, args, KEYS.viewer))).toBe('FORBIDDEN');
    expect(codeOf(await send(ACCEPT, args, KEYS.partnerAjh))).toBe('FORBIDDEN');
    const stale = await send(ACCEPT, { ...args, version: s.version + 1 }, KEYS.partnerIgo);
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.extensions!.currentVersion).toBe(s.version);
    expect(codeOf(await send(ACCEPT, { ...args, rationale: 'short' }, KEYS.partnerIgo))).toBe('BAD_USER_INPUT');
    expect(await count(db, 'MATCH (a {id: $from})-[r:ALIGNED_WITH]-(b {id: $to}) RETURN count(r)', { from: s.from.id, to: s.to.id })).toBe(0);

    const accepted = await send(ACCEPT, args, KEYS.partnerIgo);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptSuggestion).toMatchObject({ id: s.id, status: 'ACCEPTED', basis: 'CURATED', from: s.from.id, to: s.to.id });
    const link = await db.read({ name: 'test', text: 'MATCH (a {id: $from})-[r:ALIGNED_WITH]->(b {id: $to}) RETURN r.basis AS basis, r.rationale AS rationale, r.relation AS relation, r.suggestion AS suggestion' }, { from: s.from.id, to: s.to.id });
    expect(link).toHaveLength(1);
    expect(link[0]).toMatchObject({ basis: 'CURATED', relation: s.relation, suggestion: s.id });
    expect(String(link[0]!.rationale)).toContain(args.rationale);
    expect(String(link[0]!.rationale)).toContain(s.reasons[0].text);
    // The suggestion is gone from the proposals, kept as ACCEPTED, and cannot be decided twice.
    expect((await suggestionsFor({ organisation: 'igo' })).some((x) => x.id === s.id)).toBe(false);
    const decided = (await suggestionsFor({ organisation: 'igo', statuses: ['ACCEPTED'] })).find((x) => x.id === s.id);
    expect(decided).toMatchObject({ status: 'ACCEPTED', basis: 'SUGGESTED', decision: { status: 'ACCEPTED', by: 'pia', role: 'partner' } });
    expect(codeOf(await send(ACCEPT, args, KEYS.analyst))).toBe('CONFLICT');
    const changes = await send(`query($node: ID) { changes(node: $node, first: 20) { nodes { operation actor role nodeId otherId relationship summary } } }`, { node: s.from.id });
    expect(changes.data!.changes.nodes).toContainEqual(expect.objectContaining({ operation: 'ACCEPT', actor: 'pia', role: 'partner', nodeId: s.from.id, otherId: s.to.id, relationship: 'ALIGNED_WITH' }));
  });

  it('rejecting keeps the refusal: the pair does not come back when the suggestions are recomputed', async () => {
    const s = await igoSuggestion();
    expect(codeOf(await send(REJECT, { id: s.id, version: s.version, reason: 'no' }, KEYS.analyst))).toBe('BAD_USER_INPUT');
    const rejected = await send(REJECT, { id: s.id, version: s.version, reason: 'Different audiences, no common aim.' }, KEYS.analyst);
    expect(rejected.data!.rejectSuggestion).toMatchObject({ id: s.id, status: 'REJECTED' });
    expect(await count(db, 'MATCH (a {id: $from})-[r:ALIGNED_WITH]-(b {id: $to}) RETURN count(r)', { from: s.from.id, to: s.to.id })).toBe(0);

    expect(codeOf(await send(RECOMPUTE, {}, KEYS.partnerIgo))).toBe('FORBIDDEN');
    const run = await send(RECOMPUTE, {}, KEYS.analyst);
    expect(run.errors).toBeUndefined();
    expect(run.data!.recomputeSuggestions.suggestions).toBeGreaterThan(0);
    const pair = (x: any) => [x.from.id, x.to.id].sort().join() === [s.from.id, s.to.id].sort().join();
    expect((await suggestionsFor({ item: s.from.id, includeAligned: true })).some(pair)).toBe(false);
    expect(await count(db, 'MATCH (a {id: $from})-[r:SUGGESTED_ALIGNMENT]-(b {id: $to}) RETURN count(r)', { from: s.from.id, to: s.to.id })).toBe(0);
    const listed = (await suggestionsFor({ item: s.from.id, statuses: ['REJECTED'] })).find(pair);
    expect(listed).toMatchObject({ status: 'REJECTED', decision: { status: 'REJECTED', by: 'ann', reason: 'Different audiences, no common aim.' } });
  });

  it('a recomputation that finds the same evidence keeps the version, so a decision made on it still holds', async () => {
    const before = await igoSuggestion();
    await send(RECOMPUTE, {}, KEYS.analyst);
    const after = (await suggestionsFor({ organisation: 'igo' })).find((x) => x.id === before.id);
    expect(after?.version).toBe(before.version);
  });

  it('are scored again in the background after a write to a plan\'s objectives, unless configured to wait for a manual run', async () => {
    const [mjp2] = await db.read({ name: 'test/title', text: 'MATCH (o:Objective {id: $id}) RETURN o.title AS title' }, { id: SSR_MJP2 });
    const create = (server: TestServer, key: string) => server.request<Data>(
      'mutation($input: CreateObjectiveInput!) { createObjective(input: $input) { id } }',
      { input: { plan: 'igo-beleidsplan-2023-2028', key, level: 'OPERATIONAL', title: String(mjp2!.title), basis: 'CURATED', rationale: 'the same aim as SSR MJP2, written while testing' } },
      { 'x-api-key': KEYS.partnerIgo },
    );
    const suggestedFor = async (id: string) => {
      await recomputeSettled();
      return (await suggestionsFor({ item: id })).filter((x) => [x.from.id, x.to.id].includes(SSR_MJP2));
    };

    const manual = (await create(api, 'test-manual-run')).data!.createObjective.id as string;
    expect(await suggestedFor(manual)).toEqual([]);

    const eager = await startTestServer({ PLANGRAPH_SUGGESTIONS: 'after-writes', PLANGRAPH_API_KEYS: `${KEYS.partnerIgo}:pia:partner:igo` });
    try {
      const id = (await create(eager, 'test-after-writes')).data!.createObjective.id as string;
      expect(await suggestedFor(id)).toHaveLength(1);
    } finally {
      await eager.stop();
    }
  });
});
