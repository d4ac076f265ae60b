import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/database.js';
import { loadSeedGraph } from '../support/dataset.js';
import { openTestDatabase } from '../support/neo4j.js';
import { startTestServer, type TestServer } from '../support/server.js';

const ANALYST = 'analyst-key-0123456789';
const PLAN = 'health-test-plan';
const P = (key: string) => `${PLAN}/${key}`;

let db: Database;
let api: TestServer;
const write = async (mutation: string, input: Record<string, unknown>) => {
  const r = await api.request<any>(mutation, { input }, { 'x-api-key': ANALYST });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data;
};
const curated = { basis: 'CURATED', rationale: 'built to test the health of a plan' };

/**
 * A plan with known defects: an objective nothing implements, an action without deadline, one
 * due after the plan's period, one overdue but still on track, a threat no objective answers
 * (linked to nothing else: an orphan too), an action numbered under the wrong objective, and two
 * actions with one code under the same objective.
 */
beforeAll(async () => {
  db = openTestDatabase();
  await loadSeedGraph(db);
  api = await startTestServer({ PLANGRAPH_API_KEYS: `${ANALYST}:ann:analyst` });
  await write(`mutation($input: CreatePlanInput!) { createPlan(input: $input) { id } }`, {
    ...curated, key: PLAN, title: 'Testplan 2024-2025', planKind: 'POLICY_PLAN', language: 'nl', source: '000_79ceb9d5b7d64cd0.txt', publisher: 'igo', periodFrom: 2024, periodTo: 2025,
  });
  const objective = `mutation($input: CreateObjectiveInput!) { createObjective(input: $input) { id } }`;
  const action = `mutation($input: CreateActionInput!) { createAction(input: $input) { id } }`;
  await write(objective, { ...curated, plan: PLAN, key: 'SD1', code: 'SD 1', level: 'STRATEGIC', title: 'Een betere opleiding' });
  await write(objective, { ...curated, plan: PLAN, key: 'OD1.1', code: 'OD 1.1', level: 'OPERATIONAL', parent: P('SD1'), title: 'Nieuwe modules' });
  await write(objective, { ...curated, plan: PLAN, key: 'SD2', code: 'SD 2', level: 'STRATEGIC', title: 'Een sterker netwerk' });
  await write(action, { ...curated, plan: PLAN, key: 'A1.1', code: '1.1', actionKind: 'ACTION', objective: P('OD1.1'), title: 'Module A', deadline: '2025-06-30', status: 'ON_TRACK', statusText: 'op schema' });
  await write(action, { ...curated, plan: PLAN, key: 'A1.2', code: '1.2', actionKind: 'ACTION', objective: P('OD1.1'), title: 'Module B' });
  await write(action, { ...curated, plan: PLAN, key: 'A2.5', code: '2.5', actionKind: 'ACTION', objective: P('OD1.1'), title: 'Module C', deadline: '2030-12-31' });
  await write(`mutation($input: CreateSwotItemInput!) { createSwotItem(input: $input) { id } }`, { ...curated, plan: PLAN, key: 'T1', code: 'T1', type: 'THREAT', text: 'Minder middelen' });
  // The API refuses a code twice in a plan; a plan imported before that rule can still hold one.
  await db.write({ name: 'test/duplicate-code', text: `
    MATCH (plan:Plan {id: $plan}), (o:Objective {id: $objective}), (first:Action {id: $first})
    CREATE (a:Entity:Action {id: $id, kind: 'Action', planId: $plan, code: '1.2', title: 'Module B, nog eens', actionKind: 'ACTION', basis: 'CURATED', rationale: 'test', version: 1, docKey: $id})
    CREATE (plan)-[:PLANS {origin: 'test', key: ''}]->(a)-[:IMPLEMENTS {origin: 'test', key: ''}]->(o)` }, { plan: PLAN, objective: P('OD1.1'), first: P('A1.2'), id: P('A1.2-bis') });
});
afterAll(async () => {
  await api?.stop();
  await db?.close();
});

const HEALTH = `query($plan: ID!, $asOf: LocalDate) { planHealth(plan: $plan, asOf: $asOf, first: 100) { totalCount nodes { rule severity message items { id } } } }`;

describe('plan health', () => {
  it('lists every known defect of a plan built with them, with its items and severity, most severe first', async () => {
    const data = await api.query<any>(HEALTH, { plan: PLAN, asOf: '2026-01-01' });
    const findings = data.planHealth.nodes as { rule: string; severity: string; message: string; items: { id: string }[] }[];
    const about = (rule: string) => findings.filter((f) => f.rule === rule).map((f) => f.items.map((i) => i.id).sort());
    expect(about('OBJECTIVE_WITHOUT_ACTIONS')).toEqual([[P('SD2')]]);
    expect(about('ACTION_WITHOUT_DEADLINE')).toEqual(expect.arrayContaining([[P('A1.2')]]));
    expect(about('ACTION_WITHOUT_DEADLINE')).not.toContainEqual([P('A1.1')]);
    expect(about('DEADLINE_OUTSIDE_PERIOD')).toEqual([[P('A2.5')]]);
    expect(about('OVERDUE_ON_SCHEDULE')).toEqual([[P('A1.1')]]);
    expect(about('UNANSWERED_THREAT')).toEqual([[P('T1')]]);
    expect(about('ORPHAN')).toEqual(expect.arrayContaining([[P('T1')], [P('SD2')]]));
    expect(about('ORPHAN')).not.toContainEqual([P('SD1')]);
    expect(about('DUPLICATE_CODE')).toEqual([[P('A1.2'), P('A1.2-bis')]]);
    expect(about('INCONSISTENT_CODE')).toEqual([[P('A2.5'), P('OD1.1')].sort()]);
    expect(about('ACTION_WITHOUT_OWNER').length).toBe(4);
    const severities = findings.map((f) => f.severity);
    expect(severities).toEqual([...severities].sort((a, b) => ['ERROR', 'WARNING', 'INFO'].indexOf(a) - ['ERROR', 'WARNING', 'INFO'].indexOf(b)));
    expect(findings.find((f) => f.rule === 'OVERDUE_ON_SCHEDULE')).toMatchObject({ severity: 'ERROR', message: expect.stringContaining('ON_TRACK') });
    expect(data.planHealth.totalCount).toBe(findings.length);
  });

  it('judges overdue on the day asked: before the deadline the on-track action is fine', async () => {
    const data = await api.query<any>(HEALTH, { plan: PLAN, asOf: '2025-01-01' });
    expect(data.planHealth.nodes.filter((f: any) => f.rule === 'OVERDUE_ON_SCHEDULE')).toHaveLength(0);
  });

  it('answers NOT_FOUND for an unknown plan', async () => {
    const r = await api.request(HEALTH, { plan: 'no-such-plan' });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argumentName: 'plan' });
  });
});
