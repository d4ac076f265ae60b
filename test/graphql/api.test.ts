import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ObjectiveDocument, ObjectivesDocument, OrganisationDocument } from '../../client/generated/graphql.js';
import { printedSchema, SCHEMA_FILE } from '../../src/graphql/emitSchema.js';
import type { Database } from '../../src/neo4j/database.js';
import { dataset, loadSeedGraph } from '../support/dataset.js';
import { openTestDatabase } from '../support/neo4j.js';
import { startTestServer, type TestServer } from '../support/server.js';

let db: Database;
let api: TestServer;
beforeAll(async () => {
  db = openTestDatabase();
  await loadSeedGraph(db);
  api = await startTestServer({ PLANGRAPH_MAX_DEPTH: '8', PLANGRAPH_MAX_COST: '20000' });
});
afterAll(async () => {
  await api.stop();
  await db.close();
});

describe('the schema', () => {
  it('is what schema/schema.graphql says (run `npm run schema:emit` after changing src/graphql)', async () => {
    expect(await printedSchema()).toBe(fs.readFileSync(SCHEMA_FILE, 'utf8'));
  });
});

describe('entities', () => {
  it('serves an objective with its provenance, the cited lines and its links with their evidence', async () => {
    const data = await api.query(ObjectiveDocument, { id: 'igo-beleidsplan-2023-2028/SO1' });
    const o = data.objective!;
    const file = dataset().plans.find((p) => p.data.plan.id === 'igo-beleidsplan-2023-2028')!.data;
    const so1 = file.objectives.find((x) => x.id === 'SO1')!;
    expect(o).toMatchObject({ code: so1.code, title: so1.title, level: 'STRATEGIC', basis: 'STATED' });
    expect(o.provenance!.source).toBe(file.plan.source);
    expect(o.provenance!.excerpt!.replace(/\s+/g, '')).toContain(so1.title.split(' ')[0]);
    expect(o.plan!.publisher!.id).toBe('igo');
    const actions = file.actions.filter((a) => a.objective === 'SO1');
    expect(o.actions.totalCount).toBe(actions.length);
    expect(o.actions.edges.map((e) => e.node.code)).toEqual(actions.map((a) => a.code));
    for (const e of o.actions.edges) expect(e.basis).toBe('STATED');
    for (const t of o.themes.edges) expect(t.rationale).toEqual(expect.any(String));
  });

  it('gathers every name the documents use for an organisation', async () => {
    const data = await api.query(OrganisationDocument, { id: 'fod-justitie' });
    const wordings = new Set(dataset().plans.flatMap((p) => p.data.mentions.filter((m) => m.org === 'fod-justitie').map((m) => m.as)));
    const org = data.organisation!;
    for (const w of wordings) if (w !== org.name) expect(org.aliases).toContain(w);
    expect(new Set(org.mentionedIn.edges.map((e) => e.wording))).toEqual(wordings);
  });

  it('filters by theme across organisations and pages with cursors', async () => {
    const tagged = dataset().plans.flatMap((p) => p.data.objectives.filter((o) => o.themes && 'digitalisation' in o.themes).map((o) => `${p.data.plan.id}/${o.id}`));
    const first = await api.query(ObjectivesDocument, { filter: { themes: ['theme/digitalisation'] }, first: 3 });
    expect(first.objectives.totalCount).toBe(tagged.length);
    const rest = await api.query(ObjectivesDocument, { filter: { themes: ['theme/digitalisation'] }, first: 100, after: first.objectives.pageInfo.endCursor });
    expect([...first.objectives.nodes, ...rest.objectives.nodes].map((n) => n.id).sort()).toEqual(tagged.sort());
    expect(rest.objectives.pageInfo.hasNextPage).toBe(false);
  });

  it('pages backwards with last and before', async () => {
    const all = await api.query<{ actions: { nodes: { id: string }[] } }>('{ actions(filter: {plans: ["igo-beleidsplan-2023-2028"]}, first: 100) { nodes { id } } }');
    const ids = all.actions.nodes.map((n) => n.id);
    const tail = await api.query<{ actions: { nodes: { id: string }[]; pageInfo: { hasPreviousPage: boolean; startCursor: string } } }>('{ actions(filter: {plans: ["igo-beleidsplan-2023-2028"]}, last: 5) { nodes { id } pageInfo { hasPreviousPage startCursor } } }');
    expect(tail.actions.nodes.map((n) => n.id)).toEqual(ids.slice(-5));
    const before = await api.query<{ actions: { nodes: { id: string }[] } }>(`{ actions(filter: {plans: ["igo-beleidsplan-2023-2028"]}, last: 5, before: "${tail.actions.pageInfo.startCursor}") { nodes { id } } }`);
    expect(before.actions.nodes.map((n) => n.id)).toEqual(ids.slice(-10, -5));
  });

  it('sorts actions by deadline', async () => {
    const data = await api.query<{ actions: { nodes: { deadline: string | null }[] } }>('{ actions(filter: {plans: ["igo-beleidsplan-2023-2028"]}, orderBy: {field: DEADLINE}, first: 100) { nodes { deadline } } }');
    const dates = data.actions.nodes.map((n) => n.deadline).filter((d): d is string => d !== null);
    expect(dates.length).toBeGreaterThan(40);
    expect(dates).toEqual([...dates].sort());
  });

  it('resolves any node by id, in the order asked, with null for unknown ids', async () => {
    const data = await api.query<{ nodes: ({ id: string; kind: string } | null)[] }>('{ nodes(ids: ["theme/training", "nope", "ejtn"]) { id ... on Entity { kind } } }');
    expect(data.nodes).toEqual([{ id: 'theme/training', kind: 'THEME' }, null, { id: 'ejtn', kind: 'ORGANISATION' }]);
  });
});

describe('batching', () => {
  const nested = (first: number) => `{
    objectives(first: ${first}) {
      nodes {
        code
        plan { title publisher { name } }
        themes(first: 5) { nodes { code } }
        actions(first: 5) {
          nodes {
            code
            partners(first: 5) { nodes { name } }
            deliverables(first: 5) { nodes { title } }
            systems(first: 5) { nodes { name } }
          }
        }
      }
    }
  }`;

  async function roundTrips(query: string): Promise<number> {
    const response = await api.request(query);
    expect(response.errors).toBeUndefined();
    return response.statements ?? Number.NaN;
  }

  it('sends one Cypher query per level of a nested query, however many parents there are', async () => {
    const few = await roundTrips(nested(2));
    const many = await roundTrips(nested(100));
    // Levels: the list; plans, themes and actions; publishers, partners, deliverables, systems.
    expect(many).toBeLessThanOrEqual(5);
    expect(many).toBe(few);
  });
});

describe('errors', () => {
  it('names the offending argument of bad input', async () => {
    const response = await api.request('{ objectives(first: 500) { totalCount } }');
    expect(response.errors?.[0]).toMatchObject({ message: 'first: must be between 0 and 100', extensions: { code: 'BAD_USER_INPUT', argumentName: 'first' } });
    const dates = await api.request('{ timeline(from: "2025-12-31", to: "2025-01-01") { totalCount } }');
    expect(dates.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'to' });
    const cursor = await api.request('{ objectives(after: "not-a-cursor") { totalCount } }');
    expect(cursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'after' });
  });

  it('answers NOT_FOUND for an id that names nothing', async () => {
    const response = await api.request('{ sharedObjectives(objective: "igo-beleidsplan-2023-2028/SO99") { objective { id } } }');
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', id: 'igo-beleidsplan-2023-2028/SO99' });
  });

  it('refuses a query deeper than the limit before running it', async () => {
    const response = await api.request('{ objectives { nodes { actions { nodes { objectives { nodes { actions { nodes { partners { nodes { id } } } } } } } } } } }');
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', maxDepth: 8 });
    expect(response.statements).toBe(0);
  });

  it('refuses a query that would cost more than the limit, counting page sizes given as variables', async () => {
    const query = 'query($n: Int) { objectives(first: $n) { nodes { actions(first: $n) { nodes { partners(first: $n) { nodes { id } } } } } } }';
    const cheap = await api.request(query, { n: 5 });
    expect(cheap.errors).toBeUndefined();
    const costly = await api.request(query, { n: 100 });
    expect(costly.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', maxCost: 20000 });
    expect(costly.errors?.[0]?.message).toMatch(/^The query would cost \d+; the limit is 20000/);
  });

  it('answers DATABASE_UNAVAILABLE, without internals, when Neo4j can not be reached', async () => {
    // The service starts without its database and keeps trying; queries meanwhile say why they fail.
    const down = await startTestServer({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'irrelevant' }, { waitUntilReady: false });
    try {
      const response = await down.request('{ themes { totalCount } }');
      expect(response.errors?.[0]).toMatchObject({ message: 'The database is not available right now; try again shortly.', extensions: { code: 'DATABASE_UNAVAILABLE' } });
      expect(JSON.stringify(response.errors)).not.toMatch(/127\.0\.0\.1:1|MATCH|stack/i);
    } finally {
      await down.stop();
    }
  });
});
