import type { Actor } from '../domain/actor.js';
import { planImport } from './batchImport.js';
import { WriteError } from '../domain/errors.js';
import { describeImport, importFile, importFiles, type BatchImport, type ImportReport } from '../domain/imports.js';
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
 * Loads a validated dataset into Neo4j: the registry (organisations, themes) first, then the
 * plan files, then the curated alignments. Small files share a transaction (up to
 * GROUP_ELEMENTS nodes and links, see importGroups); a transaction that fails is retried file
 * by file, so a file that fails rolls back entirely and the ones before it stay imported.
 * Idempotent: ids are stable and every write is a MERGE (or the creation of a link to a node
 * the same transaction made), so a second import of the same files creates and changes nothing.
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
  const prune = options.prune ?? false;
  return importGroups(db, analyst(options.actor), [
    registryImport(dataset, prune),
    ...plans.map((plan) => planImport(plan, dataset, 'createOnly', prune)),
    // Alignments join objectives of several plans. After a partial import, those whose other end
    // is not in the graph yet wait for that plan's import; nothing is pruned from a partial view.
    { ...alignmentImport(dataset, prune && !wanted), partial: wanted !== undefined },
  ], progress);
}

/** Imports plan files (validated against `dataset`), several to a transaction; `committed` hears each transaction's files once it has committed. */
export function importPlans(db: Writer, plans: readonly SourceFile<PlanFile>[], dataset: Dataset, options: { actor: string; onProgress?: (message: string) => void; committed?: (files: readonly string[]) => Promise<void> }): Promise<FileImportReport[]> {
  return importGroups(db, analyst(options.actor), plans.map((plan) => planImport(plan, dataset, 'createOnly', false)), options.onProgress ?? (() => {}), options.committed);
}

/**
 * Nodes and links per transaction when many files are imported. The statements of one
 * transaction are shared by its files (rows of several files in one UNWIND), so a graph of many
 * small plans costs a few statements per transaction instead of a dozen per file; the bound
 * keeps a transaction's memory in Neo4j small.
 */
export const GROUP_ELEMENTS = 20_000;

function groups(batches: readonly BatchImport[]): BatchImport[][] {
  const out: BatchImport[][] = [];
  let current: BatchImport[] = [];
  let size = 0;
  for (const b of batches) {
    const elements = b.nodes.length + b.rels.length;
    if (current.length && size + elements > GROUP_ELEMENTS) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(b);
    size += elements;
  }
  if (current.length) out.push(current);
  return out;
}

async function importGroups(db: Writer, actor: Actor, batches: readonly BatchImport[], progress: (message: string) => void, committed?: (files: readonly string[]) => Promise<void>): Promise<FileImportReport[]> {
  const reports: FileImportReport[] = [];
  for (const group of groups(batches)) {
    const elements = group.reduce((n, b) => n + b.nodes.length + b.rels.length, 0);
    progress(`importing ${group.length === 1 ? group[0]!.file : `${group.length} files (${group[0]!.file} ... ${group.at(-1)!.file})`}: ${elements} nodes and links`);
    const done = async (written: readonly FileImportReport[]) => {
      for (const report of written) progress(describeImport(report));
      reports.push(...written);
      await committed?.(written.map((r) => r.file));
    };
    if (group.length === 1) {
      await done([await write(db, actor, group[0]!)]);
      continue;
    }
    try {
      await done(await importFiles(db, actor, group));
    } catch (err) {
      // One transaction per file, so that the failing file names itself and the files before it get in.
      progress(`the ${group.length} files failed together (${(err as Error).message.slice(0, 200)}); importing them one by one`);
      for (const b of group) await done([await write(db, actor, b)]);
    }
  }
  return reports;
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

