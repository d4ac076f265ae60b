import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/database.js';
import { loadSeedGraph } from '../support/dataset.js';
import { count, openTestDatabase } from '../support/neo4j.js';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/server.js';

/**
 * Writers racing each other: every write locks what it changes and checks it again once it
 * holds the lock, and uniqueness is a constraint, so each outcome is one a client can rely on.
 */
const ANALYST = 'analyst-key-0123456789';
const IGO = 'igo-beleidsplan-2023-2028';
const AJH = 'ajh-ondernemingsplan-2025';

let db: Database;
let api: TestServer;
beforeAll(async () => {
  db = openTestDatabase();
  await loadSeedGraph(db);
  // The race is in the database: the HTTP layer's per-caller limits let all 30 through.
  api = await startTestServer({ PLANGRAPH_API_KEYS: `${ANALYST}:ann:analyst`, PLANGRAPH_CONCURRENCY_AUTHENTICATED: '40', PLANGRAPH_CONCURRENCY_TOTAL: '64' });
});
afterAll(async () => {
  await api.stop();
  await db.close();
});

type Data = Record<string, any>;
const send = (query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<Data>> => api.request<Data>(query, variables, { 'x-api-key': ANALYST });
const codes = (responses: GraphQLResponse<Data>[]): string[] => responses.map((r) => String(r.errors?.[0]?.extensions?.code ?? 'OK')).sort();
const CREATE = 'mutation($input: CreateObjectiveInput!) { createObjective(input: $input) { id version code } }';
const UPDATE = 'mutation($id: ID!, $version: Int!, $title: String) { updateObjective(id: $id, version: $version, patch: {title: $title}) { id version title } }';
const DELETE = 'mutation($id: ID!, $version: Int!) { deleteNode(id: $id, version: $version) { deleted } }';
let serial = 0;
const objective = (extra: Record<string, unknown> = {}) => ({ plan: IGO, key: `race-${++serial}`, level: 'OPERATIONAL', title: `Race ${serial}`, basis: 'CURATED', rationale: 'made for a concurrency test', ...extra });
const all = <T>(n: number, make: (i: number) => Promise<T>) => Promise.all(Array.from({ length: n }, (_, i) => make(i)));

describe('deletes', () => {
  it('acknowledges the same delete sent twice at once once; the other is NOT_FOUND, and the audit trail stays readable', async () => {
    const { id } = (await send(CREATE, { input: objective() })).data!.createObjective;
    const results = await all(2, () => send(DELETE, { id, version: 1 }));
    expect(codes(results)).toEqual(['NOT_FOUND', 'OK']);
    expect(await count(db, "MATCH (c:ChangeRecord {operation: 'DELETE', nodeId: $id}) RETURN count(c)", { id })).toBe(1);
    expect(await count(db, 'MATCH (c:ChangeRecord) WHERE c.nodeId IS NULL RETURN count(c)')).toBe(0);
    const trail = await send('query($id: ID) { changes(node: $id) { totalCount nodes { operation nodeId } } }', { id });
    expect(trail.errors).toBeUndefined();
    expect(trail.data!.changes.nodes.map((c: Data) => c.operation)).toEqual(['DELETE', 'CREATE']);
  });

  it('answers NOT_FOUND to updates that lose the race with a delete, never anything else', async () => {
    for (let round = 0; round < 3; round += 1) {
      const { id } = (await send(CREATE, { input: objective() })).data!.createObjective;
      const results = await Promise.all([send(DELETE, { id, version: 1 }), ...Array.from({ length: 5 }, (_, i) => send(UPDATE, { id, version: 1, title: `Titel ${i}` }))]);
      const outcome = codes(results);
      expect(outcome.every((c) => ['OK', 'NOT_FOUND', 'CONFLICT'].includes(c)), outcome.join()).toBe(true);
      // One writer wins version 1: the delete (then every update is NOT_FOUND) or one update (then the delete is CONFLICT).
      expect(outcome.filter((c) => c === 'OK')).toHaveLength(1);
      const left = await count(db, 'MATCH (n:Objective {id: $id}) RETURN count(n)', { id });
      if (results[0]!.errors) {
        expect(left).toBe(1);
        expect(outcome.filter((c) => c === 'CONFLICT')).toHaveLength(5);
      } else {
        expect(left).toBe(0);
        expect(outcome.filter((c) => c === 'NOT_FOUND')).toHaveLength(5);
      }
    }
  });
});

describe('uniqueness', () => {
  it('lets one of 30 concurrent creators of the same code among the same siblings win; the others get CONFLICT', async () => {
    const parent = (await send(CREATE, { input: objective({ level: 'STRATEGIC', title: 'Ouder voor de race' }) })).data!.createObjective.id;
    const results = await all(30, () => send(CREATE, { input: objective({ code: 'OD 99', parent }) }));
    expect(codes(results)).toEqual(['OK', ...Array(29).fill('CONFLICT')].sort());
    expect(await count(db, "MATCH (o:Objective {code: 'OD 99'})-[:PART_OF]->(:Objective {id: $parent}) RETURN count(o)", { parent })).toBe(1);
    expect(await count(db, 'MATCH (o:Objective) WHERE o.id STARTS WITH $plan AND o.code = "OD 99" RETURN count(o)', { plan: `${IGO}/` })).toBe(1);
  });

  it('lets one of 30 concurrent creators of the same id win', async () => {
    const key = `same-key-${++serial}`;
    const results = await all(30, () => send(CREATE, { input: objective({ key }) }));
    expect(codes(results)).toEqual(['OK', ...Array(29).fill('CONFLICT')].sort());
    expect(await count(db, 'MATCH (n:Entity {id: $id}) RETURN count(n)', { id: `${IGO}/${key}` })).toBe(1);
  });

  it('holds codes unique among siblings, as the documents number them: the same code under another parent is fine', async () => {
    // AJH numbers its operational objectives from OD 1 under every strategic one.
    const under = await count(db, `MATCH (o:Objective {code: 'OD 1'})-[:PART_OF]->(p:Objective) WHERE o.planId = '${AJH}' RETURN count(DISTINCT p)`);
    expect(under).toBeGreaterThan(1);
    const sd = (await send(CREATE, { input: objective({ plan: AJH, level: 'STRATEGIC', code: 'SD 99', title: 'Nieuwe strategische doelstelling' }) })).data!.createObjective.id;
    const first = await send(CREATE, { input: objective({ plan: AJH, code: 'OD 1', parent: sd }) });
    expect(first.errors).toBeUndefined();
    const second = await send(CREATE, { input: objective({ plan: AJH, code: 'OD 1', parent: sd }) });
    expect(second.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', argumentName: 'input.code', holder: first.data!.createObjective.id });
    const moved = await send(UPDATE.replace('{title: $title}', '{code: $title}'), { id: `${AJH}/SD1.OD2`, version: 1, title: 'OD 1' });
    expect(moved.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', holder: `${AJH}/SD1.OD1` });
  });
});

describe('versions', () => {
  it('loses no update: of ten writers naming the same version, one wins and the rest get CONFLICT', async () => {
    const { id } = (await send(CREATE, { input: objective() })).data!.createObjective;
    const results = await all(10, (i) => send(UPDATE, { id, version: 1, title: `Schrijver ${i}` }));
    expect(codes(results)).toEqual(['OK', ...Array(9).fill('CONFLICT')].sort());
    const winner = results.find((r) => !r.errors)!.data!.updateObjective;
    expect(winner.version).toBe(2);
    const stored = await db.read({ name: 'test/read', text: 'MATCH (n:Objective {id: $id}) RETURN n.title AS title, n.version AS version' }, { id });
    expect(stored).toEqual([{ title: winner.title, version: 2 }]);
  });
});

describe('what each field of a mutation reports', () => {
  it('reports each field of a multi-field mutation as it committed: the good one done, the bad one null with its error', async () => {
    const good = objective();
    const response = await send(`mutation($good: CreateObjectiveInput!, $bad: CreateObjectiveInput!) {
      a: createObjective(input: $good) { id }
      b: createObjective(input: $bad) { id }
      c: deleteNode(id: "no/such-node", version: 1) { deleted }
    }`, { good, bad: objective({ plan: 'no-such-plan' }) });
    expect(response.status).toBe(200);
    expect(response.data).toEqual({ a: { id: `${IGO}/${good.key}` }, b: null, c: null });
    expect(response.errors!.map((e) => [e.path, e.extensions!.code])).toEqual([[['b'], 'NOT_FOUND'], [['c'], 'NOT_FOUND']]);
    expect(await count(db, 'MATCH (n:Objective {id: $id}) RETURN count(n)', { id: `${IGO}/${good.key}` })).toBe(1);
  });
});
