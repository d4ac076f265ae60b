import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/database.js';
import { DATA_DIR, loadSeedGraph } from '../support/dataset.js';
import { count, openTestDatabase } from '../support/neo4j.js';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/server.js';

const KEYS = {
  analyst: 'analyst-key-0123456789',
  viewer: 'viewer-key-0123456789',
  partnerIgo: 'partner-igo-key-0123456789',
  partnerAjh: 'partner-ajh-key-0123456789',
};
const JWT_SECRET = 'a-test-secret-of-at-least-thirty-two-characters';
const IGO = 'igo-beleidsplan-2023-2028';
const AJH = 'ajh-ondernemingsplan-2025';
const IGO_SOURCE = '000_79ceb9d5b7d64cd0.txt';

let db: Database;
let api: TestServer;
beforeAll(async () => {
  db = openTestDatabase();
  await loadSeedGraph(db);
  api = await startTestServer({
    PLANGRAPH_API_KEYS: `${KEYS.analyst}:ann:analyst,${KEYS.viewer}:vic:viewer,${KEYS.partnerIgo}:pia:partner:igo,${KEYS.partnerAjh}:paul:partner:ajh`,
    PLANGRAPH_JWT_SECRET: JWT_SECRET,
  });
});
afterAll(async () => {
  await api.stop();
  await db.close();
});

type Data = Record<string, any>;
const as = (key: string) => ({ 'x-api-key': key });
const send = (query: string, variables: Record<string, unknown>, key?: string): Promise<GraphQLResponse<Data>> => api.request<Data>(query, variables, key ? as(key) : {});
const codeOf = (r: GraphQLResponse<unknown>) => r.errors?.[0]?.extensions?.code;

const CREATE_OBJECTIVE = `mutation($input: CreateObjectiveInput!) { createObjective(input: $input) { id version basis rationale provenance { source lines { from to } quote } title code } }`;
const UPDATE_OBJECTIVE = `mutation($id: ID!, $version: Int!, $patch: ObjectivePatch!) { updateObjective(id: $id, version: $version, patch: $patch) { id version title } }`;
const CREATE_ACTION = `mutation($input: CreateActionInput!) { createAction(input: $input) { id version } }`;
const DELETE = `mutation($id: ID!, $version: Int!, $cascade: Boolean) { deleteNode(id: $id, version: $version, cascade: $cascade) { deleted } }`;
const LINK = `mutation($input: LinkInput!) { link(input: $input) { from to relationship basis wording status } }`;
const UNLINK = `mutation($input: UnlinkInput!) { unlink(input: $input) { removed } }`;
const CHANGES = `query($node: ID, $organisation: ID) { changes(node: $node, organisation: $organisation, first: 50) { totalCount nodes { operation actor role nodeId otherId relationship summary organisation { id } organisations { id } properties { property before after } } } }`;

let serial = 0;
const curated = (extra: Record<string, unknown> = {}) => ({
  plan: IGO, key: `test-${++serial}`, level: 'OPERATIONAL', title: `Testdoelstelling ${serial}`, basis: 'CURATED', rationale: 'added while testing curation', ...extra,
});

describe('identity and roles', () => {
  it('refuses writes without an identity (UNAUTHENTICATED) and from viewers (FORBIDDEN), and changes nothing', async () => {
    const before = await count(db, 'MATCH (n:Objective) RETURN count(n)');
    expect(codeOf(await send(CREATE_OBJECTIVE, { input: curated() }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await send(CREATE_OBJECTIVE, { input: curated() }, KEYS.viewer))).toBe('FORBIDDEN');
    expect(await count(db, 'MATCH (n:Objective) RETURN count(n)')).toBe(before);
  });

  it('refuses an unknown API key or a forged token with 401', async () => {
    const bad = await api.request('{ themes { totalCount } }', {}, as('not-a-key-of-this-service'));
    expect(bad.status).toBe(401);
    expect(codeOf(bad)).toBe('UNAUTHENTICATED');
    const forged = await new SignJWT({ role: 'analyst' }).setProtectedHeader({ alg: 'HS256' }).setSubject('mallory').setExpirationTime('1h').sign(new TextEncoder().encode('another-secret-of-at-least-thirty-two-chars'));
    expect(codeOf(await api.request('{ themes { totalCount } }', {}, { authorization: `Bearer ${forged}` }))).toBe('UNAUTHENTICATED');
  });

  it('lets an analyst write anywhere, with an API key or a JWT', async () => {
    const withKey = await send(CREATE_OBJECTIVE, { input: curated({ plan: AJH }) }, KEYS.analyst);
    expect(withKey.errors, JSON.stringify(withKey.errors)).toBeUndefined();
    const token = await new SignJWT({ role: 'analyst' }).setProtectedHeader({ alg: 'HS256' }).setSubject('jwt-analyst').setExpirationTime('1h').sign(new TextEncoder().encode(JWT_SECRET));
    const withJwt = await api.request<Data>(CREATE_OBJECTIVE, { input: curated() }, { authorization: `Bearer ${token}` });
    expect(withJwt.errors).toBeUndefined();
    const created = await count(db, 'MATCH (n:Objective {id: $id}) RETURN n.createdBy = "jwt-analyst"', { id: withJwt.data!.createObjective.id });
    expect(created).toBe(1);
  });

  it('lets a partner change its own organisation’s items only', async () => {
    const own = await send(CREATE_OBJECTIVE, { input: curated() }, KEYS.partnerIgo);
    expect(own.errors).toBeUndefined();
    const other = await send(CREATE_OBJECTIVE, { input: curated({ plan: AJH }) }, KEYS.partnerIgo);
    expect(codeOf(other)).toBe('FORBIDDEN');
    expect(other.errors![0]!.message).toMatch(/belongs to ajh; a partner of igo can only change that organisation's items/);
    const foreignUpdate = await send(UPDATE_OBJECTIVE, { id: `${AJH}/SD1`, version: 1, patch: { title: 'overgenomen' } }, KEYS.partnerIgo);
    expect(codeOf(foreignUpdate)).toBe('FORBIDDEN');
    const theme = await send('mutation { createTheme(input: {key: "test-theme", name: "Test", labelEn: "Test", basis: CURATED, rationale: "a theme made in a test"}) { id } }', {}, KEYS.partnerIgo);
    expect(codeOf(theme)).toBe('FORBIDDEN');
    const link = await send(LINK, { input: { from: `${IGO}/SO1`, to: `${AJH}/SD7`, relationship: 'ALIGNED_WITH', basis: 'CURATED', rationale: 'both improve how the organisation works' } }, KEYS.partnerIgo);
    expect(link.errors).toBeUndefined();
    expect(link.data!.link).toMatchObject({ relationship: 'ALIGNED_WITH', status: 'PROPOSED' });
    const ownOrganisation = await send('mutation { updateOrganisation(id: "igo", version: 1, patch: {acronym: "IGO-IFJ"}) { acronym version } }', {}, KEYS.partnerIgo);
    expect(ownOrganisation.errors, JSON.stringify(ownOrganisation.errors)).toBeUndefined();
    expect(ownOrganisation.data!.updateOrganisation).toEqual({ acronym: 'IGO-IFJ', version: 2 });
    expect(codeOf(await send('mutation { updateOrganisation(id: "ajh", version: 1, patch: {acronym: "X"}) { acronym } }', {}, KEYS.partnerIgo))).toBe('FORBIDDEN');
    const foreignLink = await send(LINK, { input: { from: `${AJH}/SD7`, to: `${AJH}/SD1`, relationship: 'ALIGNED_WITH', basis: 'CURATED', rationale: 'both improve how the organisation works' } }, KEYS.partnerIgo);
    expect(codeOf(foreignLink)).toBe('FORBIDDEN');
  });

  it('accepts tokens signed by a key of a JWKS file, with the configured issuer and audience', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plangraph-jwks-'));
    const file = path.join(dir, 'jwks.json');
    fs.writeFileSync(file, JSON.stringify({ keys: [jwk] }));
    const server = await startTestServer({ PLANGRAPH_JWT_JWKS_FILE: file, PLANGRAPH_JWT_ISSUER: 'https://idp.example', PLANGRAPH_JWT_AUDIENCE: 'plangraph' });
    const token = (claims: Record<string, unknown>, audience = 'plangraph') => new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
      .setSubject('jwks-partner').setIssuer('https://idp.example').setAudience(audience).setExpirationTime('10m').sign(privateKey);
    try {
      const mutation = 'mutation($input: CreateObjectiveInput!) { createObjective(input: $input) { id createdBy } }';
      const ok = await server.request<Data>(mutation, { input: curated() }, { authorization: `Bearer ${await token({ role: 'partner', organisation: 'igo' })}` });
      expect(ok.errors).toBeUndefined();
      expect(ok.data!.createObjective.createdBy).toBe('jwks-partner');
      const wrongAudience = await server.request(mutation, { input: curated() }, { authorization: `Bearer ${await token({ role: 'partner', organisation: 'igo' }, 'someone-else')}` });
      expect(codeOf(wrongAudience)).toBe('UNAUTHENTICATED');
      const noOrganisation = await server.request(mutation, { input: curated() }, { authorization: `Bearer ${await token({ role: 'partner' })}` });
      expect(noOrganisation.errors![0]!.message).toMatch(/must name its organisation/);
    } finally {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps reads open by default and closes them when configured', async () => {
    expect((await api.request('{ themes { totalCount } }')).errors).toBeUndefined();
    const closed = await startTestServer({ PLANGRAPH_READS: 'authenticated', PLANGRAPH_API_KEYS: `${KEYS.viewer}:vic:viewer` });
    try {
      const anonymous = await closed.request('{ themes { totalCount } }');
      expect(anonymous.status).toBe(401);
      expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
      expect((await closed.request('{ themes { totalCount } }', {}, as(KEYS.viewer))).errors).toBeUndefined();
    } finally {
      await closed.stop();
    }
  });
});

describe('stated and curated', () => {
  it('creates a stated item only with a provenance whose quote is in the cited lines', async () => {
    const quote = 'S1. Het IGO heeft een zeer goed nationaal en internationaal netwerk';
    const lines = fs.readFileSync(path.join(DATA_DIR, 'sources', IGO_SOURCE), 'utf8').split('\n');
    const line = lines.findIndex((l) => l.startsWith('S1. Het IGO heeft een zeer goed nationaal')) + 1;
    const ok = await send(CREATE_OBJECTIVE, { input: { plan: IGO, key: 'T-stated', level: 'OPERATIONAL', title: 'Netwerk', basis: 'STATED', provenance: { source: IGO_SOURCE, lines: `${line}-${line + 2}`, quote } } }, KEYS.analyst);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.createObjective).toMatchObject({ basis: 'STATED', rationale: null, provenance: { source: IGO_SOURCE, lines: { from: line, to: line + 2 }, quote } });

    const otherDocument = await send(CREATE_OBJECTIVE, { input: { plan: AJH, level: 'OPERATIONAL', title: 'Netwerk', basis: 'STATED', provenance: { source: IGO_SOURCE, lines: `${line}-${line + 2}`, quote } } }, KEYS.analyst);
    expect(otherDocument.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'input.provenance.source' } });

    const invented = await send(CREATE_OBJECTIVE, { input: { plan: IGO, level: 'OPERATIONAL', title: 'X', basis: 'STATED', provenance: { source: IGO_SOURCE, lines: `${line}`, quote: 'Het IGO heeft geen netwerk' } } }, KEYS.analyst);
    expect(invented.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'input.provenance.quote' } });
    expect(invented.errors![0]!.message).toContain(`is not in ${IGO_SOURCE} lines ${line}-${line}`);
  });

  it('refuses a stated item without provenance, a curated one without rationale, and either dressed as the other', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ basis: 'STATED', rationale: null }, 'input.provenance'],
      [{ basis: 'CURATED', rationale: null }, 'input.rationale'],
      [{ basis: 'CURATED', rationale: 'a judgement', provenance: { source: IGO_SOURCE, lines: '1', quote: 'Beleidsplan 2023-2028' } }, 'input.provenance'],
      [{ basis: 'STATED', rationale: 'a judgement dressed as a fact', provenance: { source: IGO_SOURCE, lines: '1', quote: 'Beleidsplan 2023-2028' } }, 'input.rationale'],
      [{ basis: 'SUGGESTED' }, 'input.basis'],
    ];
    for (const [extra, argument] of cases) {
      const response = await send(CREATE_OBJECTIVE, { input: curated(extra) }, KEYS.analyst);
      expect(response.errors?.[0]?.extensions, JSON.stringify(extra)).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: argument });
    }
  });
});

describe('validation before anything reaches Neo4j', () => {
  it('names the argument and the reason, and stores nothing', async () => {
    const before = await count(db, 'MATCH (n:Entity) RETURN count(n)');
    const tooLong = await send(CREATE_OBJECTIVE, { input: curated({ code: 'x'.repeat(501) }) }, KEYS.analyst);
    expect(tooLong.errors![0]).toMatchObject({ message: 'input.code: must be at most 500 characters', extensions: { argumentName: 'input.code' } });
    const takenCode = await send(CREATE_OBJECTIVE, { input: curated({ level: 'STRATEGIC', code: 'Strategische doelstelling 1' }) }, KEYS.analyst);
    expect(takenCode.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', argumentName: 'input.code', holder: `${IGO}/SO1` });
    expect(takenCode.errors![0]!.message).toContain(`already used by ${IGO}/SO1`);
    const period = await send(CREATE_OBJECTIVE, { input: curated({ periodFrom: 2028, periodTo: 2023 }) }, KEYS.analyst);
    expect(period.errors![0]!.extensions).toMatchObject({ argumentName: 'input.periodTo' });
    const badEnum = await send(CREATE_OBJECTIVE, { input: curated({ level: 'TACTICAL' }) }, KEYS.analyst);
    expect(badEnum.status, JSON.stringify(badEnum.errors)).toBe(400);
    const badDate = await send(CREATE_ACTION, { input: { plan: IGO, actionKind: 'ACTION', title: 'x', deadline: '2025-02-30', basis: 'CURATED', rationale: 'a test action here' } }, KEYS.analyst);
    expect(badDate.status).toBe(400);
    const missingPlan = await send(CREATE_OBJECTIVE, { input: curated({ plan: 'no-such-plan' }) }, KEYS.analyst);
    expect(missingPlan.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', id: 'no-such-plan' });
    const parentElsewhere = await send(CREATE_OBJECTIVE, { input: curated({ parent: `${AJH}/SD1` }) }, KEYS.analyst);
    expect(parentElsewhere.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.parent' });
    const wrongEnds = await send(LINK, { input: { from: `${IGO}/SO1`, to: `${IGO}/SO2`, relationship: 'INVOLVES', basis: 'CURATED', rationale: 'objectives are not partners' } }, KEYS.analyst);
    expect(wrongEnds.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.to' });
    const sameOrg = await send(LINK, { input: { from: `${IGO}/SO1`, to: `${IGO}/SO2`, relationship: 'ALIGNED_WITH', basis: 'CURATED', rationale: 'same organisation twice' } }, KEYS.analyst);
    expect(sameOrg.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.to' });
    expect(await count(db, 'MATCH (n:Entity) RETURN count(n)')).toBe(before);
  });
});

describe('versions', () => {
  it('rejects an update or delete naming a stale version with CONFLICT, and changes nothing', async () => {
    const created = (await send(CREATE_OBJECTIVE, { input: curated() }, KEYS.analyst)).data!.createObjective;
    const first = await send(UPDATE_OBJECTIVE, { id: created.id, version: 1, patch: { title: 'Eerste analist' } }, KEYS.analyst);
    expect(first.data!.updateObjective).toMatchObject({ version: 2, title: 'Eerste analist' });
    const stale = await send(UPDATE_OBJECTIVE, { id: created.id, version: 1, patch: { title: 'Tweede analist' } }, KEYS.partnerIgo);
    expect(stale.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const staleDelete = await send(DELETE, { id: created.id, version: 1 }, KEYS.analyst);
    expect(staleDelete.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const rows = await db.read({ name: 'test/read', text: 'MATCH (n:Objective {id: $id}) RETURN n.title AS title, n.version AS version' }, { id: created.id });
    expect(rows).toEqual([{ title: 'Eerste analist', version: 2 }]);
  });

  it('lets only one of two simultaneous updates of the same version through', async () => {
    const created = (await send(CREATE_OBJECTIVE, { input: curated() }, KEYS.analyst)).data!.createObjective;
    const results = await Promise.all(['A', 'B', 'C', 'D'].map((t) => send(UPDATE_OBJECTIVE, { id: created.id, version: 1, patch: { title: `Gelijktijdig ${t}` } }, KEYS.analyst)));
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => codeOf(r) === 'CONFLICT').length).toBe(3);
  });
});

describe('deleting', () => {
  it('refuses to delete an objective its actions depend on, naming them, unless asked to cascade', async () => {
    const objective = (await send(CREATE_OBJECTIVE, { input: curated() }, KEYS.partnerIgo)).data!.createObjective;
    const action = (await send(CREATE_ACTION, { input: { plan: IGO, key: `test-action-${serial}`, actionKind: 'ACTION', title: 'Afhankelijke actie', objective: objective.id, basis: 'CURATED', rationale: 'an action that depends on it' } }, KEYS.partnerIgo)).data!.createAction;
    const deliverable = await send('mutation($input: CreateDeliverableInput!) { createDeliverable(input: $input) { id } }', { input: { plan: IGO, key: `test-deliverable-${serial}`, action: action.id, title: 'Oplevering', due: '2026-06-30', basis: 'CURATED', rationale: 'a deliverable of that action' } }, KEYS.partnerIgo);
    expect(deliverable.errors).toBeUndefined();

    const refused = await send(DELETE, { id: objective.id, version: 1 }, KEYS.partnerIgo);
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT' });
    expect(refused.errors![0]!.extensions!.dependents).toEqual(expect.arrayContaining([action.id, deliverable.data!.createDeliverable.id]));
    expect(refused.errors![0]!.message).toContain(`Action ${action.id}`);
    expect(await count(db, 'MATCH (n:Entity) WHERE n.id IN $ids RETURN count(n)', { ids: [objective.id, action.id] })).toBe(2);

    const cascaded = await send(DELETE, { id: objective.id, version: 1, cascade: true }, KEYS.partnerIgo);
    expect(cascaded.data!.deleteNode.deleted.sort()).toEqual([objective.id, action.id, deliverable.data!.createDeliverable.id].sort());
    expect(await count(db, 'MATCH (n:Entity) WHERE n.id IN $ids RETURN count(n)', { ids: [objective.id, action.id] })).toBe(0);
  });

  it('takes a theme’s tags along, never the tagged items', async () => {
    const theme = await send('mutation { createTheme(input: {key: "tijdelijk", name: "Tijdelijk", labelEn: "Temporary", basis: CURATED, rationale: "a theme made in a test"}) { id version } }', {}, KEYS.analyst);
    const themeId = theme.data!.createTheme.id;
    await send(LINK, { input: { from: `${IGO}/SO2`, to: themeId, relationship: 'HAS_THEME', basis: 'CURATED', rationale: 'tagged while testing' } }, KEYS.analyst);
    expect(codeOf(await send(DELETE, { id: themeId, version: 1 }, KEYS.analyst))).toBe('CONFLICT');
    expect((await send(DELETE, { id: themeId, version: 1, cascade: true }, KEYS.analyst)).data!.deleteNode.deleted).toEqual([themeId]);
    expect(await count(db, 'MATCH (n {id: $id}) RETURN count(n)', { id: `${IGO}/SO2` })).toBe(1);
  });
});

describe('atomicity', () => {
  it('writes nothing of a plan file that fails halfway through its transaction', async () => {
    const file = fs.readFileSync(path.join(DATA_DIR, 'plans', 'vp-vraag-siset-sipar.yaml'), 'utf8');
    const changed = file.replace('kind: PARLIAMENTARY_QUESTION', 'kind: PARLIAMENTARY_QUESTION').replace(/\n {2}- id: A3\.1\n/, '\n  - id: A3.1-renamed\n').replace(/ref: A3\.1\b/g, 'ref: A3.1-renamed');
    expect(changed).not.toBe(file);
    // A node that holds the id one of the file's new items needs, under another kind's constraint.
    await db.write({ name: 'test/trap', text: "CREATE (:Action {id: 'vp-vraag-siset-sipar/A3.1-renamed'})" });
    const before = await count(db, 'MATCH (n:Entity) RETURN count(n)');
    const links = await count(db, 'MATCH ()-[r]->() RETURN count(r)');
    try {
      const response = await send('mutation($file: String!) { importPlan(file: $file) { summary } }', { file: changed }, KEYS.analyst);
      expect(codeOf(response)).toBe('CONFLICT');
      expect(response.data).toEqual({ importPlan: null });
      expect(await count(db, 'MATCH (n:Entity) RETURN count(n)')).toBe(before);
      expect(await count(db, 'MATCH ()-[r]->() RETURN count(r)')).toBe(links);
    } finally {
      await db.write({ name: 'test/untrap', text: "MATCH (n:Action {id: 'vp-vraag-siset-sipar/A3.1-renamed'}) DELETE n" });
    }
  });
});

describe('plan import through the API', () => {
  it('validates like the CLI and reports the problems with their place', async () => {
    const file = fs.readFileSync(path.join(DATA_DIR, 'plans', 'vp-vraag-siset-sipar.yaml'), 'utf8').replace('publisher: vlaams-parlement', 'publisher: nobody-we-know');
    const response = await send('mutation($file: String!) { importPlan(file: $file) { summary } }', { file }, KEYS.analyst);
    expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'file' });
    expect(response.errors![0]!.extensions!.issues).toEqual([expect.objectContaining({ file: 'plans/vp-vraag-siset-sipar.yaml', path: 'plan.publisher', message: expect.stringContaining('organisation nobody-we-know is not defined') })]);
  });

  it('imports a file, creating only what is new, for the partner whose plan it is', async () => {
    const file = fs.readFileSync(path.join(DATA_DIR, 'plans', 'igo-beleidsplan-2023-2028.yaml'), 'utf8');
    const again = await send('mutation($file: String!) { importPlan(file: $file) { plan { id } nodes { created updated } summary } }', { file }, KEYS.partnerIgo);
    expect(again.errors).toBeUndefined();
    expect(again.data!.importPlan).toMatchObject({ plan: { id: IGO }, nodes: { created: 0 } });
    const foreign = await send('mutation($file: String!) { importPlan(file: $file) { summary } }', { file }, KEYS.partnerAjh);
    expect(codeOf(foreign)).toBe('FORBIDDEN');
  });
});

describe('the audit trail', () => {
  it('records who did what and when, with the properties before and after, per node and per organisation', async () => {
    const created = (await send(CREATE_OBJECTIVE, { input: curated({ title: 'Voor de audit' }) }, KEYS.partnerIgo)).data!.createObjective;
    await send(UPDATE_OBJECTIVE, { id: created.id, version: 1, patch: { title: 'Na de audit', description: 'nu met uitleg' } }, KEYS.analyst);
    await send(LINK, { input: { from: created.id, to: 'ejtn', relationship: 'INVOLVES', basis: 'CURATED', rationale: 'EJTN takes part, as the analyst knows', wording: 'EJTN' } }, KEYS.partnerIgo);
    await send(UNLINK, { input: { from: created.id, to: 'ejtn', relationship: 'INVOLVES' } }, KEYS.partnerIgo);
    await send(DELETE, { id: created.id, version: 2 }, KEYS.partnerIgo);

    const trail = (await send(CHANGES, { node: created.id }, KEYS.viewer)).data!.changes;
    expect(trail.nodes.map((c: Data) => `${c.operation} ${c.actor} ${c.role}`)).toEqual([
      'DELETE pia partner', 'UNLINK pia partner', 'LINK pia partner', 'UPDATE ann analyst', 'CREATE pia partner',
    ]);
    const update = trail.nodes.find((c: Data) => c.operation === 'UPDATE');
    expect(update.properties).toEqual([
      { property: 'description', before: 'null', after: '"nu met uitleg"' },
      { property: 'title', before: '"Voor de audit"', after: '"Na de audit"' },
    ]);
    const link = trail.nodes.find((c: Data) => c.operation === 'LINK');
    expect(link).toMatchObject({ otherId: 'ejtn', relationship: 'INVOLVES', organisation: { id: 'igo' } });
    const deleted = trail.nodes.find((c: Data) => c.operation === 'DELETE');
    expect(deleted.properties.find((p: Data) => p.property === 'title')).toEqual({ property: 'title', before: '"Na de audit"', after: null });

    const byOrganisation = (await send(CHANGES, { organisation: 'igo' }, KEYS.viewer)).data!.changes;
    // Every change that touched an IGO item, whoever's item it mainly was.
    expect(byOrganisation.nodes.every((c: Data) => c.organisations.some((o: Data) => o.id === 'igo'))).toBe(true);
    expect(byOrganisation.nodes.some((c: Data) => c.nodeId === created.id)).toBe(true);
  });
});

describe('GET', () => {
  it('never runs a mutation', async () => {
    const response = await fetch(`${api.url}/graphql?query=${encodeURIComponent('mutation { unlink(input: {from: "a", to: "b", relationship: USES}) { removed } }')}`, { headers: { ...as(KEYS.analyst), accept: 'application/graphql-response+json' } });
    expect(response.status).toBe(405);
  });
});
