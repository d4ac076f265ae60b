import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/database.js';
import { DATA_DIR, loadSeedGraph } from '../support/dataset.js';
import { openTestDatabase } from '../support/neo4j.js';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/server.js';
import { graphState, nodesById } from './graphState.js';

/**
 * Each organisation stays in its lane, whatever a partner sends: every scenario below is
 * refused (or, for the links a partner may make to others, kept a proposal) and leaves the
 * graph exactly as it was: every node, link and change record, compared before and after.
 */
const KEYS = {
  analyst: 'analyst-key-0123456789',
  partnerIgo: 'partner-igo-key-0123456789',
  partnerAjh: 'partner-ajh-key-0123456789',
  partnerVp: 'partner-vp-key-0123456789',
};
const IGO = 'igo-beleidsplan-2023-2028';
const AJH = 'ajh-ondernemingsplan-2025';
const IBZ = 'ibz-strategisch-plan';
const AJH_SOURCE = '002_5095006f71d6bb68.txt';

let db: Database;
let api: TestServer;
beforeAll(async () => {
  db = openTestDatabase();
  await loadSeedGraph(db);
  api = await startTestServer({
    PLANGRAPH_API_KEYS: `${KEYS.analyst}:ann:analyst,${KEYS.partnerIgo}:pia:partner:igo,${KEYS.partnerAjh}:paul:partner:ajh,${KEYS.partnerVp}:vera:partner:vlaams-parlement`,
  });
});
afterAll(async () => {
  await api.stop();
  await db.close();
});

type Data = Record<string, any>;
const send = (query: string, variables: Record<string, unknown>, key: string): Promise<GraphQLResponse<Data>> => api.request<Data>(query, variables, { 'x-api-key': key });
const codeOf = (r: GraphQLResponse<unknown>) => r.errors?.[0]?.extensions?.code;

const LINK = 'mutation($input: LinkInput!) { link(input: $input) { relationship status } }';
const UNLINK = 'mutation($input: UnlinkInput!) { unlink(input: $input) { removed } }';
const IMPORT = 'mutation($file: String!, $prune: Boolean) { importPlan(file: $file, prune: $prune) { plan { id } nodes { created updated unchanged } keptShared summary } }';
const curated = (rationale = 'an analyst judgement for this test') => ({ basis: 'CURATED', rationale });

/** Sends the write, expects it refused with `code`, and the graph exactly as before. */
async function refusedAndUnchanged(code: string, write: () => Promise<GraphQLResponse<Data>>): Promise<GraphQLResponse<Data>> {
  const before = await graphState(db);
  const response = await write();
  expect(response.errors?.map((e) => e.extensions?.code), JSON.stringify(response.errors)).toEqual([code]);
  expect(await graphState(db)).toEqual(before);
  return response;
}

/** The parliamentary question's plan file, edited: another id, no organisations of its own (they are in the graph). */
function vpCopy(edit: (plan: Data) => void = () => {}): string {
  const plan = YAML.parse(fs.readFileSync(path.join(DATA_DIR, 'plans', 'vp-vraag-siset-sipar.yaml'), 'utf8')) as Data;
  plan.plan.id = 'vp-vraag-kopie';
  delete plan.organisations;
  edit(plan);
  return YAML.stringify(plan);
}

describe('plan ids that would land in another lane', () => {
  it("refuses a plan whose id is another organisation's id, and writes nothing", async () => {
    const response = await refusedAndUnchanged('CONFLICT', () => send(IMPORT, { file: vpCopy((p) => (p.plan.id = 'ajh')), prune: true }, KEYS.partnerVp));
    expect(response.errors![0]!.message).toContain('the id ajh is taken by Organisation ajh');
    expect(response.data).toEqual({ importPlan: null });
  });

  it('refuses the plan ids that prefix shared nodes (system, theme), so no item can take over system/SISET', async () => {
    for (const id of ['system', 'theme', 'System']) {
      const file = vpCopy((p) => {
        p.plan.id = id;
        p.objectives = [{ id: 'SISET', level: 'STRATEGIC', title: 'Overname', provenance: { lines: '1', quote: 'Digitalisering justitie' } }];
      });
      const response = await refusedAndUnchanged('FORBIDDEN', () => send(IMPORT, { file, prune: true }, KEYS.analyst));
      expect(response.errors![0]!.message).toMatch(/the word is reserved/);
    }
  });

  it('refuses plan ids that name link origins (alignments, api, registry), so pruning can not delete their links', async () => {
    for (const id of ['alignments', 'api', 'registry', 'suggestions']) {
      await refusedAndUnchanged('FORBIDDEN', () => send(IMPORT, { file: vpCopy((p) => (p.plan.id = id)), prune: true }, KEYS.analyst));
    }
  });

  it("refuses a partner's import of a plan another organisation publishes in the graph", async () => {
    const file = fs.readFileSync(path.join(DATA_DIR, 'plans', 'vp-vraag-siset-sipar.yaml'), 'utf8').replace('publisher: vlaams-parlement', 'publisher: igo');
    await refusedAndUnchanged('FORBIDDEN', () => send(IMPORT, { file, prune: true }, KEYS.partnerIgo));
  });
});

describe('shared nodes: partners refer to them, analysts change them', () => {
  it('leaves the ten and more shared institutions a partner’s new plan names exactly as they are', async () => {
    const file = vpCopy();
    const named = [...new Set([...file.matchAll(/org: ([\w-]+)/g)].map((m) => m[1]!))];
    expect(named.length).toBeGreaterThanOrEqual(10);
    // An analyst's correction of one of them that the file would contradict.
    const before = await nodesById(db, named);
    const edited = await send('mutation($v: Int!) { updateOrganisation(id: "justitiehuizen", version: $v, patch: {acronym: "JH"}) { version acronym } }', { v: before.justitiehuizen!.version }, KEYS.analyst);
    expect(edited.errors).toBeUndefined();
    const shared = await nodesById(db, named);

    const imported = await send(IMPORT, { file }, KEYS.partnerVp);
    expect(imported.errors, JSON.stringify(imported.errors)).toBeUndefined();
    expect(imported.data!.importPlan.plan).toEqual({ id: 'vp-vraag-kopie' });
    expect(await nodesById(db, named)).toEqual(shared);
    expect(await count("MATCH (:Plan {id: 'vp-vraag-kopie'})-[:MENTIONS]->(o:Organisation) RETURN count(DISTINCT o)")).toBeGreaterThanOrEqual(10);
  });

  it("keeps an analyst's edit of an organisation a partner's plan file defines, and says so", async () => {
    const [cassatie] = Object.values(await nodesById(db, ['hof-van-cassatie']));
    const edited = await send('mutation($v: Int!) { updateOrganisation(id: "hof-van-cassatie", version: $v, patch: {name: "Hof van Cassatie van België"}) { version } }', { v: cassatie!.version }, KEYS.analyst);
    expect(edited.errors).toBeUndefined();
    const after = await nodesById(db, ['hof-van-cassatie']);
    const file = fs.readFileSync(path.join(DATA_DIR, 'plans', `${IGO}.yaml`), 'utf8');
    const imported = await send(IMPORT, { file }, KEYS.partnerIgo);
    expect(imported.errors, JSON.stringify(imported.errors)).toBeUndefined();
    expect(imported.data!.importPlan.keptShared).toContain('hof-van-cassatie');
    expect(await nodesById(db, ['hof-van-cassatie'])).toEqual(after);
  });

  it('refuses a plan file that defines an organisation an analyst made through the API', async () => {
    const made = await send('mutation { createOrganisation(input: {key: "nieuw-agentschap", name: "Nieuw agentschap", basis: CURATED, rationale: "made by an analyst for this test"}) { id definedIn } }', {}, KEYS.analyst);
    expect(made.data!.createOrganisation).toEqual({ id: 'nieuw-agentschap', definedIn: 'api' });
    const file = vpCopy((p) => (p.organisations = [{ id: 'nieuw-agentschap', name: 'Overgenomen', kind: 'AGENCY' }]));
    const response = await refusedAndUnchanged('BAD_USER_INPUT', () => send(IMPORT, { file }, KEYS.partnerVp));
    expect(response.errors![0]!.extensions!.issues).toEqual([expect.objectContaining({ path: 'organisations[0].id', message: expect.stringContaining('organisation nieuw-agentschap is already defined in the graph') })]);
  });

  it('refuses partners changing or deleting shared nodes, and their own organisation’s deletion', async () => {
    const [justice, igo] = Object.values(await nodesById(db, ['fod-justitie', 'igo']));
    await refusedAndUnchanged('FORBIDDEN', () => send('mutation($v: Int!) { updateOrganisation(id: "fod-justitie", version: $v, patch: {acronym: "X"}) { id } }', { v: justice!.version }, KEYS.partnerIgo));
    await refusedAndUnchanged('FORBIDDEN', () => send('mutation($v: Int!) { deleteNode(id: "igo", version: $v, cascade: true) { deleted } }', { v: igo!.version }, KEYS.partnerIgo));
    await refusedAndUnchanged('FORBIDDEN', () => send('mutation { updateTheme(id: "theme/training", version: 1, patch: {name: "X"}) { id } }', {}, KEYS.partnerIgo));
    await refusedAndUnchanged('FORBIDDEN', () => send('mutation { createSystem(input: {key: "NIEUW", name: "Nieuw", ...}) { id } }'.replace(', ...', ', basis: CURATED, rationale: "a system of a partner"'), {}, KEYS.partnerIgo));
  });
});

describe('links need the right to both ends', () => {
  it("refuses a partner linking its objective to another organisation's threat or objective, or removing an analyst's alignment", async () => {
    await refusedAndUnchanged('FORBIDDEN', () => send(LINK, { input: { from: `${IGO}/SO1`, to: `${IBZ}/T1`, relationship: 'ADDRESSES', ...curated() } }, KEYS.partnerIgo));
    await refusedAndUnchanged('FORBIDDEN', () => send(LINK, { input: { from: `${IGO}/SO2`, to: `${AJH}/SD1`, relationship: 'PART_OF', ...curated() } }, KEYS.partnerIgo));
    await refusedAndUnchanged('FORBIDDEN', () => send(LINK, { input: { from: `${AJH}/SD1.OD1`, to: 'theme/training', relationship: 'HAS_THEME', ...curated() } }, KEYS.partnerIgo));
    await refusedAndUnchanged('FORBIDDEN', () => send(UNLINK, { input: { from: `${IGO}/SO1`, to: 'ssr-jaaroverzicht-2019/MJP2', relationship: 'ALIGNED_WITH' } }, KEYS.partnerIgo));
  });

  it('refuses plan structure across plans, even from an analyst', async () => {
    const response = await refusedAndUnchanged('BAD_USER_INPUT', () => send(LINK, { input: { from: `${IGO}/SO2`, to: `${AJH}/SD1`, relationship: 'PART_OF', ...curated() } }, KEYS.analyst));
    expect(response.errors![0]!.message).toMatch(/across plans, objectives meet through alignments/);
  });

  it('lets a partner name an organisation as partner and tag a theme, changing neither', async () => {
    const shared = await nodesById(db, ['fod-justitie', 'theme/training']);
    const involves = await send(LINK, { input: { from: `${IGO}/SO2`, to: 'fod-justitie', relationship: 'INVOLVES', wording: 'FOD Justitie', ...curated() } }, KEYS.partnerIgo);
    expect(involves.data!.link).toEqual({ relationship: 'INVOLVES', status: 'LINKED' });
    const tag = await send(LINK, { input: { from: `${IGO}/SO2`, to: 'theme/training', relationship: 'HAS_THEME', ...curated() } }, KEYS.partnerIgo);
    expect(tag.data!.link).toEqual({ relationship: 'HAS_THEME', status: 'LINKED' });
    expect(await nodesById(db, ['fod-justitie', 'theme/training'])).toEqual(shared);
    const trail = await db.read({ name: 'test/trail', text: "MATCH (c:ChangeRecord {operation: 'LINK', nodeId: $id, otherId: 'fod-justitie'}) RETURN c.organisationIds AS orgs" }, { id: `${IGO}/SO2` });
    expect(trail).toEqual([{ orgs: ['fod-justitie', 'igo'] }]);
  });
});

describe('alignments a partner proposes', () => {
  const pair = { from: `${IGO}/SO2`, to: `${AJH}/SD2`, relationship: 'ALIGNED_WITH' };
  const aligned = async () => (await api.query<Data>(`{ objective(id: "${IGO}/SO2") { alignedWith { totalCount } } }`)).objective.alignedWith.totalCount as number;

  it('stay a proposal, counted nowhere, until the other organisation accepts them', async () => {
    const before = await aligned();
    const proposed = await send(LINK, { input: { ...pair, ...curated('both build the capacity of the justice sector staff') } }, KEYS.partnerIgo);
    expect(proposed.data!.link).toEqual({ relationship: 'ALIGNED_WITH', status: 'PROPOSED' });
    expect(await aligned()).toBe(before);
    const waiting = await api.query<Data>('{ proposals(organisation: "ajh") { totalCount nodes { from { id } to { id } relationship proposedByOrganisation decidedBy } } }');
    expect(waiting.proposals.nodes).toContainEqual({ from: { id: pair.from }, to: { id: pair.to }, relationship: 'ALIGNED_WITH', proposedByOrganisation: 'igo', decidedBy: ['ajh'] });

    await refusedAndUnchanged('FORBIDDEN', () => send('mutation($input: DecisionInput!) { acceptProposal(input: $input) { status } }', { input: pair }, KEYS.partnerIgo));
    await refusedAndUnchanged('FORBIDDEN', () => send('mutation($input: DecisionInput!) { acceptProposal(input: $input) { status } }', { input: pair }, KEYS.partnerVp));
    const accepted = await send('mutation($input: DecisionInput!) { acceptProposal(input: $input) { status basis } }', { input: { ...pair, from: pair.to, to: pair.from } }, KEYS.partnerAjh);
    expect(accepted.data!.acceptProposal).toEqual({ status: 'LINKED', basis: 'CURATED' });
    expect(await aligned()).toBe(before + 1);
    const records = await db.read({ name: 'test/trail', text: "MATCH (c:ChangeRecord) WHERE c.operation IN ['PROPOSE', 'ACCEPT'] AND c.nodeId = $from RETURN c.operation AS op, c.organisationIds AS orgs, c.actor AS actor ORDER BY c.at" }, { from: pair.from });
    expect(records).toEqual([{ op: 'PROPOSE', orgs: ['ajh', 'igo'], actor: 'pia' }, { op: 'ACCEPT', orgs: ['ajh', 'igo'], actor: 'paul' }]);
  });

  it('can be rejected by the other organisation, and are then gone', async () => {
    const other = { from: `${IGO}/SO3`, to: `${AJH}/SD3`, relationship: 'ALIGNED_WITH' };
    expect((await send(LINK, { input: { ...other, ...curated() } }, KEYS.partnerIgo)).data!.link.status).toBe('PROPOSED');
    const rejected = await send('mutation($input: DecisionInput!) { rejectProposal(input: $input) { status } }', { input: other }, KEYS.partnerAjh);
    expect(rejected.data!.rejectProposal).toEqual({ status: 'REJECTED' });
    expect(await count('MATCH (:Objective {id: $from})-[p:PROPOSED|ALIGNED_WITH]-(:Objective {id: $to}) RETURN count(p)', other)).toBe(0);
    await refusedAndUnchanged('NOT_FOUND', () => send('mutation($input: DecisionInput!) { acceptProposal(input: $input) { status } }', { input: other }, KEYS.analyst));
  });
});

describe('changes a partner may not make inside its own items', () => {
  it("refuses an update whose provenance quotes another organisation's document", async () => {
    const [so2] = Object.values(await nodesById(db, [`${IGO}/SO2`]));
    const response = await refusedAndUnchanged('BAD_USER_INPUT', () => send('mutation($v: Int!, $p: ProvenanceInput) { updateObjective(id: "igo-beleidsplan-2023-2028/SO2", version: $v, patch: {provenance: $p}) { id } }', {
      v: so2!.version, p: { source: AJH_SOURCE, lines: '65', quote: 'SD 1: Een centrale rol voor alle slachtoffers' },
    }, KEYS.partnerIgo));
    expect(response.errors![0]!.extensions!.argumentName).toBe('patch.provenance.source');
  });

  it('refuses a cascade that would reach into another organisation, and files an analyst’s cascade under every organisation it touches', async () => {
    // A link made before links across plans were refused: an AJH action implementing an IGO objective.
    const objective = (await send('mutation { createObjective(input: {plan: "igo-beleidsplan-2023-2028", key: "cascade-test", level: OPERATIONAL, title: "Cascade", basis: CURATED, rationale: "an objective for the cascade test"}) { id version } }', {}, KEYS.partnerIgo)).data!.createObjective;
    const action = (await send('mutation { createAction(input: {plan: "ajh-ondernemingsplan-2025", key: "cascade-test", actionKind: ACTION, title: "Leunt op IGO", basis: CURATED, rationale: "an action for the cascade test"}) { id } }', {}, KEYS.partnerAjh)).data!.createAction;
    await db.write({ name: 'test/legacy-link', text: "MATCH (a:Action {id: $a}), (o:Objective {id: $o}) CREATE (a)-[:IMPLEMENTS {origin: 'api', key: '', basis: 'CURATED', rationale: 'legacy'}]->(o)" }, { a: action.id, o: objective.id });
    const refused = await refusedAndUnchanged('FORBIDDEN', () => send('mutation($id: ID!) { deleteNode(id: $id, version: 1, cascade: true) { deleted } }', { id: objective.id }, KEYS.partnerIgo));
    expect(refused.errors![0]!.extensions!.dependents).toEqual([action.id]);

    const deleted = await send('mutation($id: ID!) { deleteNode(id: $id, version: 1, cascade: true) { deleted } }', { id: objective.id }, KEYS.analyst);
    expect(deleted.data!.deleteNode.deleted.sort()).toEqual([objective.id, action.id].sort());
    const records = await db.read({ name: 'test/trail', text: "MATCH (c:ChangeRecord {operation: 'DELETE'}) WHERE c.nodeId IN $ids RETURN c.nodeId AS id, c.organisationId AS org ORDER BY id" }, { ids: [objective.id, action.id] });
    expect(records).toEqual([{ id: action.id, org: 'ajh' }, { id: objective.id, org: 'igo' }].sort((a, b) => a.id.localeCompare(b.id)));
  });
});

async function count(text: string, params: Record<string, unknown> = {}): Promise<number> {
  const rows = await db.read({ name: 'test/count', text }, params);
  return Number(Object.values(rows[0] ?? {})[0] ?? 0);
}
