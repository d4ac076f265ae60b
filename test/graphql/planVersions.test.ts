import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/database.js';
import { loadSeedGraph } from '../support/dataset.js';
import { count, openTestDatabase } from '../support/neo4j.js';
import { startTestServer, type TestServer } from '../support/server.js';

const KEYS = { analyst: 'analyst-key-0123456789', partnerIgo: 'partner-igo-key-0123456789', partnerAjh: 'partner-ajh-key-0123456789' };
const V1 = 'versions-test-2024';
const V2 = 'versions-test-2025';
const curated = { basis: 'CURATED', rationale: 'built to test plan versions' };

let db: Database;
let api: TestServer;
const write = async (mutation: string, input: Record<string, unknown>) => {
  const r = await api.request<any>(mutation, { input }, { 'x-api-key': KEYS.analyst });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data;
};
const PLAN = `mutation($input: CreatePlanInput!) { createPlan(input: $input) { id } }`;
const OBJECTIVE = `mutation($input: CreateObjectiveInput!) { createObjective(input: $input) { id } }`;
const ACTION = `mutation($input: CreateActionInput!) { createAction(input: $input) { id } }`;
const LINK_VERSIONS = `mutation($plan: ID!, $previous: ID!, $rationale: String!) { linkPlanVersions(plan: $plan, previous: $previous, rationale: $rationale) { plan previous byCode byText } }`;
const DIFF = `query($from: ID!, $to: ID!) { planDiff(from: $from, to: $to, first: 100) { totalCount nodes { change matchedBy before { id } after { id } match { relationship basis } fields { field before after } } } }`;

async function buildVersion(plan: string, year: number, actions: Record<string, unknown>[]): Promise<void> {
  await write(PLAN, { ...curated, key: plan, title: `Jaarplan ${year}`, planKind: 'BUSINESS_PLAN', language: 'nl', source: '000_79ceb9d5b7d64cd0.txt', publisher: 'igo', periodFrom: year, periodTo: year });
  await write(OBJECTIVE, { ...curated, plan, key: 'SD1', code: 'SD 1', level: 'STRATEGIC', title: 'Het opleidingsaanbod verbeteren' });
  for (const a of actions) await write(ACTION, { ...curated, plan, actionKind: 'ACTION', objective: `${plan}/SD1`, ...a });
}

beforeAll(async () => {
  db = openTestDatabase();
  await loadSeedGraph(db);
  api = await startTestServer({ PLANGRAPH_API_KEYS: `${KEYS.analyst}:ann:analyst,${KEYS.partnerIgo}:pia:partner:igo,${KEYS.partnerAjh}:paul:partner:ajh` });
  await buildVersion(V1, 2024, [
    { key: 'A1', code: '1.1', title: 'Nieuwe modules ontwikkelen', deadline: '2024-12-31', status: 'ON_TRACK', statusText: 'op schema' },
    { key: 'A2', code: '1.2', title: 'Evaluatie van de opleidingen', deadline: '2024-06-30' },
    { key: 'A3', title: 'Een podcast over het gerechtelijk landschap starten' },
    { key: 'A4', code: '1.4', title: 'De oude cursus afbouwen' },
  ]);
  await buildVersion(V2, 2025, [
    { key: 'B1', code: '1.1', title: 'Nieuwe modules ontwikkelen', deadline: '2025-12-31', status: 'DELAYED', statusText: 'vertraagd' },
    { key: 'B2', code: '1.2', title: 'Evaluatie en opvolging van de opleidingen', deadline: '2024-06-30' },
    { key: 'B3', title: 'Een podcast over het gerechtelijk landschap lanceren' },
    { key: 'B5', code: '1.5', title: 'Samenwerken met de universiteiten' },
  ]);
});
afterAll(async () => {
  await api?.stop();
  await db?.close();
});

describe('plan versions', () => {
  it('are linked by analysts or partners of the publisher, never across publishers', async () => {
    const args = { plan: V2, previous: V1, rationale: 'The 2025 plan continues the plan of 2024.' };
    expect((await api.request(LINK_VERSIONS, args)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.request(LINK_VERSIONS, args, { 'x-api-key': KEYS.partnerAjh })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const across = await api.request(LINK_VERSIONS, { ...args, previous: 'ssr-jaaroverzicht-2019' }, { 'x-api-key': KEYS.analyst });
    expect(across.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'previous' });
    const linked = await api.request<any>(LINK_VERSIONS, args, { 'x-api-key': KEYS.partnerIgo });
    expect(linked.errors).toBeUndefined();
    // The objective and actions 1.1 and 1.2 by code, the podcast by its words.
    expect(linked.data!.linkPlanVersions).toEqual({ plan: V2, previous: V1, byCode: 3, byText: 1 });
    const plan = await api.query<any>(`query($id: ID!) { plan(id: $id) { supersedes { id } supersededBy { id } } }`, { id: V2 });
    expect(plan.plan).toEqual({ supersedes: { id: V1 }, supersededBy: null });
    const b3 = await api.query<any>(`query($id: ID!) { action(id: $id) { predecessor { id } } }`, { id: `${V2}/B3` });
    expect(b3.action.predecessor).toEqual({ id: `${V1}/A3` });
    // The earlier version is kept as it was: the plan, its objective and four actions.
    expect(await count(db, 'MATCH (n:Entity {planId: $plan}) RETURN count(n)', { plan: V1 })).toBe(6);
    // Linking again replaces the pairs rather than adding to them.
    await api.request(LINK_VERSIONS, args, { 'x-api-key': KEYS.analyst });
    expect(await count(db, 'MATCH (:Entity {planId: $to})-[r:SUCCEEDS]->(:Entity {planId: $from}) RETURN count(r)', { to: V2, from: V1 })).toBe(4);
  });

  it('differ by what was added, dropped, reworded, rescheduled and changed status', async () => {
    const data = await api.query<any>(DIFF, { from: V1, to: V2 });
    const entries = data.planDiff.nodes as any[];
    const of = (change: string) => entries.filter((e) => e.change === change).map((e) => [e.before?.id ?? null, e.after?.id ?? null]);
    expect(of('ADDED')).toEqual([[null, `${V2}/B5`]]);
    expect(of('DROPPED')).toEqual([[`${V1}/A4`, null]]);
    expect(of('REWORDED')).toEqual([[`${V1}/A2`, `${V2}/B2`], [`${V1}/A3`, `${V2}/B3`]]);
    expect(of('RESCHEDULED')).toEqual([[`${V1}/A1`, `${V2}/B1`]]);
    expect(of('STATUS_CHANGED')).toEqual([[`${V1}/A1`, `${V2}/B1`]]);
    const rescheduled = entries.find((e) => e.change === 'RESCHEDULED');
    expect(rescheduled.fields).toEqual([{ field: 'deadline', before: '2024-12-31', after: '2025-12-31' }]);
    expect(entries.find((e) => e.change === 'STATUS_CHANGED').fields).toEqual([{ field: 'status', before: 'ON_TRACK', after: 'DELAYED' }]);
    const podcast = entries.find((e) => e.change === 'REWORDED' && e.after.id === `${V2}/B3`);
    expect(podcast).toMatchObject({ matchedBy: 'TEXT', match: { relationship: 'SUCCEEDS', basis: 'SUGGESTED' } });
    expect(entries.find((e) => e.after?.id === `${V2}/B2`).matchedBy).toBe('CODE');
    expect(data.planDiff.totalCount).toBe(6);
  });

  it('answers NOT_FOUND for an unknown version', async () => {
    expect((await api.request(DIFF, { from: V1, to: 'no-such-plan' })).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argumentName: 'to' });
  });
});
