import { LineCounter } from 'yaml';
import type { FileIssue } from '../../domain/errors.js';
import type { PreparedUpload, World } from '../../domain/imports.js';
import { SourceTexts } from '../../sources/sourceText.js';
import { parseDataText, SourceFile, type Dataset, type DataIssue } from '../dataset.js';
import { planBatch } from '../graphModel.js';
import { toBatchImport } from '../batchImport.js';
import { PlanFile } from '../planFile.js';
import { validateDataset } from '../validate.js';
import { DEFAULT_BOUNDS, parseBounded, type YamlBounds } from './yamlBounds.js';

/**
 * An uploaded plan file checked against itself and the graph, never against the files on disk:
 * bounded parsing, the schema, the dataset's own rules (ids, codes, references, every quote in
 * its lines), with the organisations, themes and systems of the graph standing in for the
 * registry and the other plans. Pure and synchronous, so it can run in a worker thread.
 */
const GRAPH = 'the graph';
/** The id of the stand-in plan holding the graph's systems: a reserved word no real plan has. */
const STAND_IN = 'registry';

function toIssue(i: DataIssue): FileIssue {
  return { file: i.file, path: i.path, line: i.line ?? null, message: i.message };
}

export function prepareUpload(text: string, world: World, sourcesDir: string, bounds: YamlBounds = DEFAULT_BOUNDS): PreparedUpload {
  const provisional = 'plans/(uploaded).yaml';
  const bounded = parseBounded(text, provisional, bounds);
  if (!bounded.ok) return { planId: null, publisher: null, issues: [bounded.issue], batch: null };
  const header = (bounded.value as { plan?: { id?: unknown; publisher?: unknown } } | null)?.plan;
  const planId = typeof header?.id === 'string' && /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(header.id) ? header.id : null;
  const publisher = typeof header?.publisher === 'string' ? header.publisher : null;
  const name = planId ? `plans/${planId}.yaml` : provisional;

  const issues: DataIssue[] = [];
  let upload: SourceFile<PlanFile> | undefined;
  try {
    upload = parseDataText(text, name, PlanFile, issues);
  } catch (err) {
    issues.push({ file: name, path: '', line: undefined, message: `can not be read: ${(err as Error).message.split('\n')[0]}` });
  }
  if (!upload || !planId) return { planId, publisher, issues: (issues.length ? issues : [{ file: name, path: 'plan.id', line: undefined, message: 'is missing' }]).map(toIssue), batch: null };

  const dataset = standIn(upload, world, sourcesDir);
  const own = validateDataset(dataset).filter((i) => i.file === name);
  if (own.length) return { planId, publisher, issues: own.map(toIssue), batch: null };
  // An upload defines its organisations; the systems, places and documents it lists are created
  // when new, never rewritten: their identity is computed from every document that names them.
  const defines = new Set(upload.data.organisations.map((o) => o.id));
  const createsOnly = new Set([...upload.data.systems.map((s) => `system/${s.id}`), ...upload.data.places.map((p) => `place/${p.id}`), ...upload.data.references.map((r) => `reference/${r.id}`)]);
  const batch = toBatchImport(planBatch(upload, dataset), { file: name, planId, publisher: upload.data.plan.publisher, defines, createsOnly, others: 'reference', prune: false });
  const { prune: _prune, ...rest } = batch;
  return { planId, publisher, issues: [], batch: rest };
}

/**
 * A dataset made of the upload and the graph: the graph's organisations as the registry (except
 * those this very file defined at its last import), its themes as the vocabulary, its systems in
 * a stand-in plan listed first (so a system the upload names differently is the upload's problem).
 */
function standIn(upload: SourceFile<PlanFile>, world: World, sourcesDir: string): Dataset {
  const lines = new LineCounter();
  const organisations = world.organisations.filter((o) => o.definedIn !== upload.file).map((o) => ({ id: o.id, name: o.name }));
  const provenance = { lines: '1' };
  const shared = PlanFile.parse({
    plan: { id: STAND_IN, title: GRAPH, kind: 'POLICY_PLAN', publisher: STAND_IN, source: 'graph.txt', provenance },
    systems: world.systems.map((s) => ({ id: s.id, name: s.name, provenance })),
    places: world.places.map((p) => ({ id: p.id, name: p.name, kind: p.kind ?? 'OTHER', country: p.country, provenance })),
    references: world.references.map((r) => ({ id: r.id, title: r.title, kind: r.kind ?? 'OTHER', provenance })),
  });
  return {
    dir: '',
    registry: new SourceFile(GRAPH, { organisations }, undefined, lines),
    themes: new SourceFile(GRAPH, { themes: world.themes.map((t) => ({ id: t.id, nl: t.name, en: t.labelEn })) }, undefined, lines),
    audiences: new SourceFile(GRAPH, { audiences: world.audiences.map((a) => ({ id: a.id, nl: a.name, en: a.labelEn })) }, undefined, lines),
    alignments: new SourceFile(GRAPH, { alignments: [] }, undefined, lines),
    plans: [new SourceFile(`plans/${STAND_IN}.yaml`, shared, undefined, lines), upload],
    sources: new SourceTexts(sourcesDir),
  };
}
