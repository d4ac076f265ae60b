import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { World } from '../../src/domain/imports.js';
import { checkUpload } from '../../src/import/upload/checkUpload.js';
import { parseBounded } from '../../src/import/upload/yamlBounds.js';
import type { Database } from '../../src/neo4j/database.js';
import { DATA_DIR, dataset, loadSeedGraph } from '../support/dataset.js';
import { openTestDatabase } from '../support/neo4j.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * An uploaded plan file is parsed within bounds, checked against itself and the graph (never
 * against the files on disk), and, when large, off the event loop.
 */
const SOURCES = path.join(DATA_DIR, 'sources');

/** What the dataset's files define, as the graph would hold it after an import. */
function worldOfFiles(): World {
  const d = dataset();
  return {
    organisations: [
      ...d.registry.data.organisations.map((o) => ({ id: o.id, name: o.name, definedIn: 'organisations.yaml' })),
      ...d.plans.flatMap((p) => p.data.organisations.map((o) => ({ id: o.id, name: o.name, definedIn: p.file }))),
    ],
    themes: d.themes.data.themes.map((t) => ({ id: t.id, name: t.nl, labelEn: t.en })),
    audiences: d.audiences.data.audiences.map((a) => ({ id: a.id, name: a.nl, labelEn: a.en })),
    systems: [...new Map(d.plans.flatMap((p) => p.data.systems.map((s) => [s.id, { id: s.id, name: s.name }] as const))).values()],
    places: [...new Map(d.plans.flatMap((p) => p.data.places.map((x) => [x.id, { id: x.id, name: x.name, kind: x.kind, country: x.country ?? null }] as const))).values()],
    references: [...new Map(d.plans.flatMap((p) => p.data.references.map((x) => [x.id, { id: x.id, title: x.title, kind: x.kind }] as const))).values()],
  };
}

describe('bounded parsing', () => {
  const bounds = { maxBytes: 10_000, maxDepth: 10, maxAliases: 5 };
  it('refuses an alias bomb, deep nesting, too many aliases and too many bytes, saying which', () => {
    const laughs = ['a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]'].join('\n');
    const refusal = (text: string) => {
      const r = parseBounded(text, 'plans/x.yaml', bounds);
      return r.ok ? 'accepted' : r.issue.message;
    };
    expect(refusal(laughs)).toMatch(/aliases/);
    expect(refusal('a: &a [x]\nb: [*a, *a, *a]')).toBe('accepted');
    expect(refusal(`a: ${'['.repeat(50)}${']'.repeat(50)}`)).toMatch(/nests too deeply \(at most 10 levels\)/);
    expect(refusal(`a: "${'x'.repeat(20_000)}"`)).toMatch(/larger than/);
    expect(refusal('a: [unclosed')).toMatch(/is not valid YAML/);
    expect(parseBounded(`a: ${'['.repeat(20_000)}${']'.repeat(20_000)}`, 'plans/x.yaml', { ...bounds, maxBytes: 1_000_000 }).ok).toBe(false);
  });
});

describe('checking an upload', () => {
  it('gives the same answer in a worker thread as in place, and the event loop keeps turning meanwhile', async () => {
    const text = fs.readFileSync(path.join(DATA_DIR, 'plans', 'ajh-ondernemingsplan-2025.yaml'), 'utf8');
    const world = worldOfFiles();
    const inPlace = await checkUpload(text, world, { sourcesDir: SOURCES, workerFrom: Number.POSITIVE_INFINITY });
    let ticks = 0;
    const ticker = setInterval(() => (ticks += 1), 1);
    const inWorker = await checkUpload(text, world, { sourcesDir: SOURCES, workerFrom: 0 }).finally(() => clearInterval(ticker));
    expect(ticks).toBeGreaterThan(0);
    expect(inPlace.issues).toEqual([]);
    expect(inWorker).toEqual(inPlace);
    expect(inWorker.batch!.nodes.filter((n) => n.mode === 'own').length).toBeGreaterThan(500);
    // Shared nodes the file only refers to are never written; those it defines are.
    const modes = new Set(inWorker.batch!.nodes.filter((n) => n.mode !== 'own').map((n) => n.mode));
    expect(modes.has('reference')).toBe(true);
    expect([...modes].every((m) => ['reference', 'define', 'createOnly'].includes(m))).toBe(true);
  });

  it('reports the problems of a file with their place, from the worker too', async () => {
    const text = fs.readFileSync(path.join(DATA_DIR, 'plans', 'igo-beleidsplan-2023-2028.yaml'), 'utf8').replace('publisher: igo', 'publisher: nobody-we-know');
    const checked = await checkUpload(text, worldOfFiles(), { sourcesDir: SOURCES, workerFrom: 0 });
    expect(checked.batch).toBeNull();
    expect(checked.issues).toEqual([expect.objectContaining({ file: 'plans/igo-beleidsplan-2023-2028.yaml', path: 'plan.publisher', line: expect.any(Number), message: expect.stringContaining('organisation nobody-we-know is not defined') })]);
  });
});

describe('importPlan checks against the graph, not against the data folder', () => {
  const ANALYST = 'analyst-key-0123456789';
  let db: Database;
  let api: TestServer;
  let dir: string;
  beforeAll(async () => {
    db = openTestDatabase();
    await loadSeedGraph(db);
    // A data folder with the source documents only: no plan, no registry, no vocabulary.
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plangraph-upload-'));
    fs.cpSync(SOURCES, path.join(dir, 'sources'), { recursive: true });
    api = await startTestServer({ PLANGRAPH_API_KEYS: `${ANALYST}:ann:analyst`, PLANGRAPH_DATA_DIR: dir });
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const send = (query: string, variables: Record<string, unknown> = {}) => api.request<Record<string, any>>(query, variables, { 'x-api-key': ANALYST });
  const quote = { lines: '1', quote: 'Digitalisering justitie' };
  const plan = (extra: Record<string, unknown>) => YAML.stringify({
    plan: { id: 'graph-checked', title: 'Tegen de graaf', kind: 'POLICY_PLAN', publisher: 'api-agentschap', source: '004_293a34e3a9b67a1d.txt', provenance: quote },
    ...extra,
  });

  it('sees the organisations and themes made through the API, and the systems of other plans', async () => {
    expect((await send('mutation { createOrganisation(input: {key: "api-agentschap", name: "Agentschap uit de API", basis: CURATED, rationale: "made through the API for this test"}) { id } }')).errors).toBeUndefined();
    expect((await send('mutation { createTheme(input: {key: "api-thema", name: "API-thema", labelEn: "API theme", basis: CURATED, rationale: "made through the API for this test"}) { id } }')).errors).toBeUndefined();
    const file = plan({
      mentions: [{ org: 'fod-justitie', as: 'justitie', provenance: { lines: '1', quote: 'justitie' } }],
      objectives: [{ id: 'SD1', level: 'STRATEGIC', code: 'SD 1', normalizedCode: 'SD1', title: 'Digitalisering', themes: { 'api-thema': 'digitalisering van justitie' }, provenance: quote }],
      actions: [{ id: 'A1', kind: 'PROJECT', title: 'Applicaties', objective: 'SD1', systems: [{ ref: 'SISET', provenance: { lines: '5', quote: 'SISET' } }], provenance: quote }],
    });
    const imported = await send('mutation($file: String!) { importPlan(file: $file) { plan { id publisher { id } } nodes { created } } }', { file });
    expect(imported.errors, JSON.stringify(imported.errors)).toBeUndefined();
    expect(imported.data!.importPlan).toEqual({ plan: { id: 'graph-checked', publisher: { id: 'api-agentschap' } }, nodes: { created: 3 } });
    const tagged = await send('{ objective(id: "graph-checked/SD1") { themes { nodes { id } } } action(id: "graph-checked/A1") { systems { nodes { id } } } }');
    expect(tagged.data).toEqual({ objective: { themes: { nodes: [{ id: 'theme/api-thema' }] } }, action: { systems: { nodes: [{ id: 'system/SISET' }] } } });
  });

  it('refuses references the graph does not have, with their place in the file', async () => {
    const file = plan({ objectives: [{ id: 'SD1', level: 'STRATEGIC', title: 'X', themes: { 'geen-thema': 'x' }, provenance: quote }] }).replace('graph-checked', 'graph-refused');
    const refused = await send('mutation($file: String!) { importPlan(file: $file) { summary } }', { file });
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [expect.objectContaining({ path: 'objectives[0].themes.geen-thema', line: expect.any(Number) })] });
  });
});
