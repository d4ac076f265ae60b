import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KINDS } from '../../src/model/kinds.js';
import type { KindDef } from '../../src/model/types.js';
import type { Database } from '../../src/neo4j/database.js';
import { exampleOperations } from '../../src/server/examples.js';
import { loadSeedGraph } from '../support/dataset.js';
import { openTestDatabase } from '../support/neo4j.js';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/server.js';

/**
 * Every node a write creates satisfies the read schema: one node of every kind is made through
 * the API, linked the way curation links them, and then every example operation, every
 * question about the new nodes and every list with every field answers without an error.
 */
const ANALYST = 'analyst-key-0123456789';
const SOURCE = '004_293a34e3a9b67a1d.txt';

let db: Database;
let api: TestServer;
beforeAll(async () => {
  db = openTestDatabase();
  await loadSeedGraph(db);
  api = await startTestServer({ PLANGRAPH_API_KEYS: `${ANALYST}:ann:analyst` });
});
afterAll(async () => {
  await api.stop();
  await db.close();
});

type Data = Record<string, any>;
const send = (query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<Data>> => api.request<Data>(query, variables, { 'x-api-key': ANALYST });
const ok = (r: GraphQLResponse<Data>, what: string) => expect(r.errors, `${what}: ${JSON.stringify(r.errors)}`).toBeUndefined();
const why = { basis: 'CURATED', rationale: 'made to check the read schema' };
const plan = 'schema-plan';
const ids = {
  organisation: 'schema-org', plan, group: `${plan}/G1`, swot: `${plan}/T1`, pestel: `${plan}/P1`, risk: `${plan}/R1`, domain: `${plan}/D1`,
  objective: `${plan}/SD1`, action: `${plan}/A1`, deliverable: `${plan}/A1-D1`, system: 'system/SCHEMA', figure: `${plan}/F1`, theme: 'theme/schema-theme',
  fact: `${plan}/FA1`, finding: `${plan}/FI1`, question: `${plan}/Q1`, answer: `${plan}/AN1`, budgetLine: `${plan}/B1`, indicator: `${plan}/I1`,
  place: 'place/schema-place', reference: 'reference/schema-reference', audience: 'audience/schema-audience',
};

/** Every field of a kind, from the model: properties, computed fields, links with their evidence, references. */
function selection(def: KindDef): string {
  const computed: Record<string, string> = {
    period: 'period { from to }', aliases: 'aliases', result: 'result { text provenance { source lines { from to } } }',
    statusReport: 'statusReport { text value provenance { source } }',
    headingProvenance: 'headingProvenance { source lines { from to } quote }',
  };
  return [
    'id kind basis rationale version createdAt createdBy updatedAt updatedBy',
    'provenance { source lines { from to } quote excerpt plan { id } }',
    ...def.props.filter((p) => !p.internal).map((p) => p.name),
    ...def.computed.map((c) => computed[c.name] ?? c.name),
    ...def.links.map((l) => (l.many ? `${l.name}(first: 3) { totalCount edges { basis wording relationship rationale provenance { source lines { from to } quote } node { id } } }` : `${l.name} { id }`)),
    ...def.refs.map((r) => `${r.name} { id }`),
  ].join(' ');
}

describe('nodes made through the API', () => {
  it('creates one node of every kind, each carrying the fields the schema promises and the derived keys', async () => {
    const make = async (mutation: string, input: Record<string, unknown>) => {
      const r = await send(`mutation($input: Create${mutation}Input!) { create${mutation}(input: $input) { id } }`, { input: { ...why, ...input } });
      ok(r, mutation);
    };
    await make('Organisation', { key: 'schema-org', name: 'Schema-organisatie', acronym: 'SO', country: 'BE', governmentLevel: 'FEDERAL', organisationKind: 'AGENCY', parent: 'fod-justitie' });
    await make('Plan', { key: plan, title: 'Schema-plan', planKind: 'POLICY_PLAN', source: SOURCE, language: 'nl', publisher: 'schema-org', periodFrom: 2025, periodTo: 2026 });
    await make('StakeholderGroup', { plan, key: 'G1', name: 'Schema-groep', category: 'OTHER' });
    await make('SwotItem', { plan, key: 'T1', type: 'THREAT', code: '1', text: 'Schema-dreiging' });
    await make('PestelFactor', { plan, key: 'P1', category: 'LEGAL', text: 'Schema-factor' });
    await make('Risk', { plan, key: 'R1', riskKind: 'RISK', text: 'Schema-risico', likelihood: 'hoog' });
    await make('RiskDomain', { plan, key: 'D1', code: '1', name: 'Schema-domein' });
    await make('Objective', { plan, key: 'SD1', level: 'STRATEGIC', code: 'SD 1', title: 'Schema-doelstelling', periodFrom: 2025, periodTo: 2026 });
    await make('Action', { plan, key: 'A1', actionKind: 'PROJECT', code: 'P 1', title: 'Schema-project', objective: ids.objective, deadline: '2025-03-15', deadlineText: 'half maart 2025', status: 'ON_TRACK', statusText: 'loopt volgens plan' });
    await make('Deliverable', { plan, key: 'A1-D1', action: ids.action, title: 'Schema-oplevering', due: '2025-03-01', dueText: 'begin maart' });
    await make('System', { key: 'SCHEMA', name: 'Schema-systeem', acronym: 'SCH' });
    await make('Figure', { plan, key: 'F1', label: 'Schema-getal', measure: 'cases', value: 42, unit: 'dossiers', year: 2025, text: '42 dossiers', subject: 'schema-org' });
    await make('Theme', { key: 'schema-theme', name: 'Schema-thema', labelEn: 'Schema theme' });
    await make('Fact', { plan, key: 'FA1', factKind: 'STATEMENT', text: 'Schema-feit' });
    await make('Finding', { plan, key: 'FI1', findingKind: 'EVALUATION', title: 'Schema-bevinding' });
    await make('Question', { plan, key: 'Q1', code: '1', text: 'Schema-vraag?' });
    await make('Answer', { plan, key: 'AN1', code: '1', text: 'Schema-antwoord' });
    await make('BudgetLine', { plan, key: 'B1', name: 'Schema-krediet', unit: 'EUR' });
    await make('Indicator', { plan, key: 'I1', name: 'Schema-indicator' });
    await make('Place', { key: 'schema-place', name: 'Schema-plaats', placeKind: 'CITY' });
    await make('Reference', { key: 'schema-reference', code: 'SR 1', title: 'Schema-referentie', referenceKind: 'AGREEMENT' });
    await make('Audience', { key: 'schema-audience', name: 'Schema-publiek', labelEn: 'Schema audience' });

    const links: [string, string, string, Record<string, unknown>?][] = [
      [ids.objective, ids.theme, 'HAS_THEME'], [ids.swot, ids.theme, 'HAS_THEME'], [ids.action, ids.theme, 'HAS_THEME'], [ids.pestel, ids.theme, 'HAS_THEME'], [ids.risk, ids.theme, 'HAS_THEME'],
      [ids.swot, ids.domain, 'IN_DOMAIN'], [ids.objective, ids.domain, 'ANSWERS'], [ids.objective, ids.swot, 'ADDRESSES'], [ids.risk, ids.objective, 'THREATENS'],
      [ids.action, ids.system, 'CONCERNS'], [ids.action, 'igo', 'INVOLVES', { wording: 'het IGO', role: 'PARTNER', roleText: 'in samenwerking met' }], ['igo', ids.group, 'MEMBER_OF', { wording: 'IGO' }],
      [ids.organisation, ids.system, 'USES', { wording: 'gebruikt' }], [ids.plan, 'igo', 'MENTIONS', { wording: 'Instituut' }], [ids.plan, ids.system, 'DESCRIBES'],
      [ids.objective, 'igo-beleidsplan-2023-2028/SO1', 'ALIGNED_WITH', { relation: 'COMPLEMENTS' }],
      [ids.fact, ids.system, 'CONCERNS', { wording: 'het systeem' }], [ids.answer, ids.question, 'RESPONDS_TO'], [ids.answer, ids.action, 'STATES', { wording: 'maatregel' }],
      [ids.objective, ids.budgetLine, 'DRAWS_ON', { wording: 'krediet' }], [ids.objective, ids.indicator, 'MEASURED_BY', { wording: 'indicator' }],
      [ids.action, ids.place, 'IN_PLACE', { wording: 'in Schema-plaats', role: 'VENUE' }], [ids.finding, ids.action, 'FOLLOWED_UP_BY'], [ids.finding, ids.objective, 'EVALUATES'],
      [ids.action, ids.reference, 'REFERS_TO', { wording: 'de referentie' }], [ids.group, ids.audience, 'CLASSIFIED_AS'],
    ];
    for (const [from, to, relationship, extra] of links) {
      ok(await send('mutation($input: LinkInput!) { link(input: $input) { status } }', { input: { from, to, relationship, ...why, ...extra } }), `${relationship} ${from} -> ${to}`);
    }

    const involved = await send(`{ action(id: "${ids.action}") { partners(roles: [PARTNER]) { edges { role roleText node { id } } } places { edges { role node { id } } } } }`);
    expect(involved.data!.action).toEqual({
      partners: { edges: [{ role: 'PARTNER', roleText: 'in samenwerking met', node: { id: 'igo' } }] },
      places: { edges: [{ role: 'VENUE', node: { id: ids.place } }] },
    });

    const stored = await db.read({ name: 'test/made', text: 'UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n.kind AS kind, n.docKey IS NOT NULL AND n.sortLabel IS NOT NULL AND n.searchText IS NOT NULL AS keyed, n.version AS version' }, { ids: Object.values(ids) });
    expect(stored).toHaveLength(KINDS.length);
    expect(new Set(stored.map((r) => r.kind))).toEqual(new Set(KINDS.map((k) => k.kind)));
    expect(stored.filter((r) => !r.keyed)).toEqual([]);
    const required = await send(`{ theme(id: "${ids.theme}") { code } system(id: "${ids.system}") { code } organisation(id: "schema-org") { definedIn } deliverable(id: "${ids.deliverable}") { position } plan(id: "${plan}") { source } }`);
    expect(required.data).toEqual({ theme: { code: 'schema-theme' }, system: { code: 'SCHEMA' }, organisation: { definedIn: 'api' }, deliverable: { position: 1 }, plan: { source: SOURCE } });
  });

  it('answers every example operation, as written and about the new nodes, without an error', async () => {
    const about: Record<string, Record<string, unknown>> = {
      '01-threats-to-objectives': { organisations: ['schema-org'], includeWeaknesses: true },
      '02-coverage-gaps': { organisations: ['schema-org'] },
      '03-shared-partners': { organisations: ['schema-org', 'igo'] },
      '04-shared-objectives': { organisation: 'schema-org' },
      '05-theme-matrix': {},
      '06-connection': { from: 'schema-org', to: 'igo' },
      '07-neighbourhood': { id: ids.system, depth: 2 },
      '08-search': { query: 'Schema' },
      '09-timeline': { from: '2025-01-01', to: '2025-12-31' },
      '10-objective': { id: ids.objective },
      '11-objectives': { filter: { themes: [ids.theme] } },
      '12-organisation': { id: 'schema-org' },
      '13-threats-mentioning': { organisations: ['schema-org'] },
      '14-measures-involving': { plans: [plan], involving: ['igo'] },
      '15-shared-audiences': { organisations: ['schema-org', 'igo'] },
      '16-objectives-by-code': { codes: ['SD1'] },
    };
    const examples = exampleOperations();
    expect(examples.map((e) => e.name).sort()).toEqual(Object.keys(about).sort());
    for (const example of examples) {
      ok(await send(example.query, example.variables ? JSON.parse(example.variables) : {}), example.name);
      ok(await send(example.query, about[example.name]), `${example.name} about the new nodes`);
    }
    const matrix = await send('{ themeMatrix { themes { id code labelEn } cells { theme { id } organisation { id } total } } }');
    expect(matrix.data!.themeMatrix.cells).toContainEqual({ theme: { id: ids.theme }, organisation: { id: 'schema-org' }, total: 4 });
  });

  it.each(KINDS.map((def) => [def.list, def] as const))('lists %s with every field, the new node among them, in every order, without an error', async (_list, def) => {
    const fields = selection(def);
    // Only the nodes made here ("Schema-..."): what the imported documents hold is the import's matter.
    const mine = await send(`{ ${def.list}(first: 5, filter: {text: "schema-"}) { totalCount nodes { ${fields} } } }`);
    ok(mine, def.list);
    expect(mine.data![def.list].nodes.map((n: Data) => n.id).filter((id: string) => Object.values(ids).includes(id)), def.list).toHaveLength(1);
    // Every order, with the ids only: every field was asked for above, the order is what is new here.
    for (const field of Object.keys(def.sorts)) {
      const sorted = await send(`{ ${def.list}(first: 3, filter: {text: "schema-"}, orderBy: {field: ${field}, direction: DESC}) { nodes { id } } }`);
      ok(sorted, `${def.list} by ${field}`);
      expect(sorted.data![def.list].nodes.length, `${def.list} by ${field}`).toBeGreaterThan(0);
    }
    ok(await send(`{ ${def.list}(last: 3, filter: {text: "schema-"}) { nodes { ${fields} } } }`), `${def.list} from the end`);
  });

  it('fetches every new node by id', async () => {
    const nodes = await send(`query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Entity { kind basis version provenance { source } rationale } } }`, { ids: Object.values(ids) });
    ok(nodes, 'nodes');
    expect(nodes.data!.nodes.map((n: Data) => n.id)).toEqual(Object.values(ids));
  });
});
