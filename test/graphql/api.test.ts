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
  api = await startTestServer();
  await api.server.statistics.refresh();
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

describe('compiled reads', () => {
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

  async function roundTrips(query: string, variables?: Record<string, unknown>): Promise<number> {
    const response = await api.request(query, variables);
    expect(response.errors).toBeUndefined();
    return response.statements ?? Number.NaN;
  }

  it('answers a nested read of the model with one Cypher statement, however many parents there are', async () => {
    expect(await roundTrips(nested(2))).toBe(1);
    expect(await roundTrips(nested(100))).toBe(1);
    const deep = '{ organisation(id: "igo") { plans(first: 50) { nodes { objectives(first: 50) { nodes { actions(first: 50) { nodes { partners(first: 50) { nodes { name } } } } } } } } } }';
    expect(await roundTrips(deep)).toBe(1);
  });

  it('answers what the database holds, level by level, the same as separate reads would', async () => {
    const nestedData = await api.query<{ organisation: { plans: { nodes: { id: string; objectives: { totalCount: number; nodes: { id: string; actions: { nodes: { id: string }[] } }[] } }[] } } }>(
      '{ organisation(id: "ajh") { plans { nodes { id objectives(first: 100) { totalCount nodes { id actions(first: 100) { nodes { id } } } } } } } }',
    );
    const plan = nestedData.organisation.plans.nodes[0]!;
    const file = dataset().plans.find((p) => p.data.plan.id === plan.id)!.data;
    expect(plan.objectives.totalCount).toBe(file.objectives.length);
    expect(plan.objectives.nodes.map((o) => o.id)).toEqual(file.objectives.map((o) => `${plan.id}/${o.id}`));
    for (const objective of plan.objectives.nodes) {
      const implementing = file.actions.filter((a) => a.objective && `${plan.id}/${a.objective}` === objective.id || a.alsoImplements.some((r) => `${plan.id}/${r.ref}` === objective.id));
      expect(new Set(objective.actions.nodes.map((a) => a.id))).toEqual(new Set(implementing.map((a) => `${plan.id}/${a.id}`)));
    }
  });

  it('reads a field that a resolver of its own asks for in one batch for all parents', async () => {
    // A provenance's plan is not compiled with the node: one more statement, for every node at once.
    expect(await roundTrips('{ objectives(first: 100) { nodes { provenance { plan { title } } } } }')).toBe(2);
  });

  it('runs a repeated query again without translating it, with the same answer', async () => {
    const query = 'query($id: ID!) { plan(id: $id) { title objectives(first: 3) { nodes { code } } } }';
    const first = await api.query(query, { id: 'igo-beleidsplan-2023-2028' });
    const second = await api.query(query, { id: 'igo-beleidsplan-2023-2028' });
    const other = await api.query<{ plan: { title: string } }>(query, { id: 'ssr-jaaroverzicht-2019' });
    expect(second).toEqual(first);
    expect(other.plan.title).not.toBe((first as { plan: { title: string } }).plan.title);
  });
});

describe('sorting and paging', () => {
  const lists: [string, string[]][] = [
    ['organisations', ['DOCUMENT', 'NAME', 'TITLE', 'CODE']], ['plans', ['DOCUMENT', 'TITLE', 'NAME']],
    ['objectives', ['DOCUMENT', 'CODE', 'TITLE', 'NAME']], ['actions', ['DOCUMENT', 'CODE', 'TITLE', 'DEADLINE']],
    ['deliverables', ['DOCUMENT', 'TITLE', 'DEADLINE']], ['swotItems', ['DOCUMENT', 'CODE', 'TITLE']], ['pestelFactors', ['DOCUMENT', 'CODE']],
    ['risks', ['DOCUMENT', 'CODE']], ['riskDomains', ['DOCUMENT', 'CODE', 'NAME']], ['stakeholderGroups', ['DOCUMENT', 'NAME']],
    ['systems', ['DOCUMENT', 'NAME', 'CODE']], ['figures', ['DOCUMENT', 'YEAR']], ['themes', ['DOCUMENT', 'NAME', 'CODE']],
  ];

  it.each(lists)('sorts %s both ways by every field it offers, the descending order the ascending one reversed', async (list, fields) => {
    for (const field of fields) {
      const read = async (direction: string) => {
        const all: string[] = [];
        let after: string | null = null;
        for (;;) {
          const data: Record<string, { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } }> = await api.query(
            `query($after: String) { ${list}(first: 100, after: $after, orderBy: {field: ${field}, direction: ${direction}}) { nodes { id } pageInfo { hasNextPage endCursor } } }`, { after },
          );
          all.push(...data[list]!.nodes.map((n) => n.id));
          if (!data[list]!.pageInfo.hasNextPage) return all;
          after = data[list]!.pageInfo.endCursor;
        }
      };
      const asc = await read('ASC');
      const desc = await read('DESC');
      expect(new Set(asc).size).toBe(asc.length);
      expect(new Set(desc)).toEqual(new Set(asc));
      if (field === 'DOCUMENT') expect(desc).toEqual([...asc].reverse());
    }
  });

  it('orders values descending by the sort key, with ties in a stable order', async () => {
    const data = await api.query<{ actions: { nodes: { deadline: string | null; id: string }[] } }>('{ actions(first: 100, orderBy: {field: DEADLINE, direction: DESC}, filter: {plans: ["igo-beleidsplan-2023-2028"]}) { nodes { id deadline } } }');
    const dates = data.actions.nodes.map((n) => n.deadline);
    const dated = dates.filter((d): d is string => d !== null);
    expect(dated).toEqual([...dated].sort().reverse());
  });

  it('sorts codes in natural order: 2 before 10', async () => {
    const data = await api.query<{ objectives: { nodes: { code: string }[] } }>('{ objectives(filter: {plans: ["ajh-ondernemingsplan-2025"], levels: [STRATEGIC]}, orderBy: {field: CODE}, first: 100) { nodes { code } } }');
    const numbers = data.objectives.nodes.map((n) => /^SD (\d+)$/.exec(n.code)?.[1]).filter(Boolean).map(Number);
    expect(numbers.length).toBeGreaterThan(10);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });

  it('refuses a sort a list does not offer, naming it', async () => {
    const response = await api.request('{ organisations(orderBy: {field: DEADLINE}) { totalCount } }');
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'orderBy.field' } });
  });

  it('pages relationship fields inside Neo4j in every direction, with last and after, last 0 and cursors past the end', async () => {
    const all = await api.query<{ plan: { actions: { nodes: { id: string }[] } } }>('{ plan(id: "igo-beleidsplan-2023-2028") { actions(first: 100) { nodes { id } } } }');
    const ids = all.plan.actions.nodes.map((n) => n.id);
    type Page = { plan: { actions: { totalCount: number; nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null } } } };
    const page = (args: string) => api.query<Page>(`{ plan(id: "igo-beleidsplan-2023-2028") { actions(${args}) { totalCount nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }`).then((d) => d.plan.actions);
    const tail = await page('last: 4');
    expect(tail.nodes.map((n) => n.id)).toEqual(ids.slice(-4));
    expect(tail.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const head = await page('first: 4');
    const afterHead = await page(`last: 100, after: "${head.pageInfo.endCursor}"`);
    expect(afterHead.nodes.map((n) => n.id)).toEqual(ids.slice(4));
    const beforeTail = await page(`last: 3, before: "${tail.pageInfo.startCursor}"`);
    expect(beforeTail.nodes.map((n) => n.id)).toEqual(ids.slice(-7, -4));
    expect(await page('last: 0')).toMatchObject({ nodes: [], totalCount: ids.length });
    const past = await page(`first: 5, after: "${Buffer.from(`arrayconnection:${ids.length + 10}`).toString('base64')}"`);
    expect(past).toMatchObject({ nodes: [], pageInfo: { hasNextPage: false } });
  });

  it('refuses cursors this API did not give out, of any size, naming the argument', async () => {
    for (const cursor of ['x', 'a'.repeat(100_000), Buffer.from('arrayconnection:-5').toString('base64')]) {
      const response = await api.request('query($c: String) { themes(after: $c) { totalCount } }', { c: cursor });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'after' });
      const nested = await api.request('query($c: String) { plan(id: "igo-beleidsplan-2023-2028") { actions(before: $c) { totalCount } } }', { c: cursor });
      expect(nested.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'actions.before' });
    }
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
    const response = await api.request('{ sharedObjectives(objective: "igo-beleidsplan-2023-2028/SO99") { nodes { objective { id } } } }');
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', id: 'igo-beleidsplan-2023-2028/SO99', argumentName: 'objective' });
  });

  it('refuses a query deeper than the limit before running it', async () => {
    const response = await api.request('{ objectives { nodes { actions { nodes { objectives { nodes { actions { nodes { partners { nodes { involvedInActions { nodes { id } } } } } } } } } } } } }');
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', maxDepth: 12 });
    expect(response.statements).toBe(0);
  });

  it('accepts a realistic nested read with pages of 50 at every level, priced by what the graph holds', async () => {
    const response = await api.request('query($n: Int) { organisation(id: "igo") { plans(first: $n) { nodes { objectives(first: $n) { nodes { actions(first: $n) { nodes { partners(first: $n) { nodes { name } } } } } } } } } }', { n: 50 });
    expect(response.errors).toBeUndefined();
  });

  it('refuses a fan-out through hubs that would cost more than the limit, counting page sizes given as variables', async () => {
    const query = 'query($n: Int) { themes(first: $n) { nodes { objectives(first: $n) { nodes { actions(first: $n) { nodes { partners(first: $n) { nodes { involvedInActions(first: $n) { nodes { id } } } } } } } } } } }';
    const cheap = await api.request(query, { n: 2 });
    expect(cheap.errors).toBeUndefined();
    const costly = await api.request(query, { n: 100 });
    expect(costly.status).toBe(400);
    expect(costly.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', maxCost: 50000 });
    expect(costly.errors?.[0]?.message).toMatch(/^The query would cost \d+; the limit is 50000/);
  });

  it('refuses an alias flood, and many aliased heavy questions, before running anything', async () => {
    const flood = await api.request(`{ ${Array.from({ length: 16 }, (_, i) => `a${i}: organisation(id: "igo") { id }`).join(' ')} }`);
    expect(flood.status).toBe(400);
    expect(flood.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', maxAliases: 15 });
    const heavy = await api.request(`{ ${Array.from({ length: 12 }, (_, i) => `n${i}: neighbourhood(id: "ejtn", depth: 3, limit: 500) { nodes { id } edges { id } }`).join(' ')} }`);
    expect(heavy.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
    expect([flood.statements ?? 0, heavy.statements ?? 0]).toEqual([0, 0]);
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
