import type { Actor } from '../domain/actor.js';
import { planImport } from './batchImport.js';
import { WriteError } from '../domain/errors.js';
import { describeImport, importFile, type BatchImport, type ImportReport } from '../domain/imports.js';
import type { Writer } from '../domain/transaction.js';
import type { Dataset, SourceFile } from './dataset.js';
import { alignmentBatch, registryBatch } from './graphModel.js';
import type { PlanFile } from './planFile.js';

/**
 * The command line's import: the data files translated into graph batches (graphModel.ts) and
 * written through the write path (src/domain/imports.ts), the same one `importPlan` uses.
 */
export type FileImportReport = ImportReport;
export type { Counts } from '../domain/imports.js';
export { describeImport as describe };

export class ImportError extends Error {
  constructor(readonly file: string, message: string, options?: { cause?: unknown }) {
    super(`${file}: ${message}`, options);
    this.name = 'ImportError';
  }
}

export interface ImportOptions {
  /** Who imports: a name (the files are analysts' work, so the import writes as an analyst). */
  readonly actor: string;
  /** Plan ids to import; all plans when absent. Registry and alignments are always imported. */
  readonly plans?: readonly string[];
  readonly prune?: boolean;
  readonly onProgress?: (message: string) => void;
}

const analyst = (name: string): Actor => ({ subject: name, role: 'analyst', organisation: null });

/**
 * Loads a validated dataset into Neo4j: the registry (organisations, themes) first, then each
 * plan file in its own transaction, then the curated alignments. Idempotent: ids are stable
 * and every write is a MERGE, so a second import of the same files creates and changes nothing.
 * A file that fails rolls back entirely; the ones before it stay imported.
 */
export async function importDataset(db: Writer, dataset: Dataset, options: ImportOptions): Promise<FileImportReport[]> {
  const progress = options.onProgress ?? (() => {});
  const wanted = options.plans ? new Set(options.plans) : undefined;
  const plans = dataset.plans.filter((p) => !wanted || wanted.has(p.data.plan.id));
  if (wanted) {
    const known = new Set(dataset.plans.map((p) => p.data.plan.id));
    const unknown = [...wanted].filter((id) => !known.has(id));
    if (unknown.length) throw new ImportError('plans', `no plan file has the id ${unknown.join(', ')}`);
  }
  const actor = analyst(options.actor);
  const prune = options.prune ?? false;
  const reports: FileImportReport[] = [];
  const run = async (batch: BatchImport) => {
    progress(`importing ${batch.file}: ${batch.nodes.length} nodes, ${batch.rels.length} links`);
    const report = await write(db, actor, batch);
    progress(describeImport(report));
    reports.push(report);
  };

  await run(registryImport(dataset, prune));
  for (const plan of plans) await run(planImport(plan, dataset, 'createOnly', prune));
  // Alignments join objectives of several plans. After a partial import, those whose other end
  // is not in the graph yet wait for that plan's import; nothing is pruned from a partial view.
  await run({ ...alignmentImport(dataset, prune && !wanted), partial: wanted !== undefined });
  return reports;
}

/** Imports one plan file (already validated against the dataset it belongs to). */
export function importPlan(db: Writer, plan: SourceFile<PlanFile>, dataset: Dataset, options: { actor: string; prune?: boolean }): Promise<FileImportReport> {
  return write(db, analyst(options.actor), planImport(plan, dataset, 'createOnly', options.prune ?? false));
}

async function write(db: Writer, actor: Actor, batch: BatchImport): Promise<FileImportReport> {
  try {
    return await importFile(db, actor, batch);
  } catch (err) {
    if (err instanceof WriteError) throw new ImportError(batch.file, `import failed and was rolled back (${err.code}): ${err.message}`, { cause: err });
    if (err instanceof ImportError) throw err;
    throw new ImportError(batch.file, `import failed and was rolled back: ${(err as Error).message}`, { cause: err });
  }
}

export function registryImport(dataset: Dataset, prune: boolean): BatchImport {
  const batch = registryBatch(dataset);
  return { file: 'organisations.yaml + themes.yaml', origin: 'registry', nodes: batch.nodes.map((n) => ({ ...n, mode: 'define' as const })), rels: batch.rels, prune };
}

export function alignmentImport(dataset: Dataset, prune: boolean): BatchImport {
  return { file: dataset.alignments.file, origin: 'alignments', nodes: [], rels: alignmentBatch(dataset).rels, prune };
}

