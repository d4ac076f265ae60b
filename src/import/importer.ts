import crypto from 'node:crypto';
import type { Db, Tx } from '../neo4j/database.js';
import {
  deleteNodes,
  deleteRelationships,
  missingIds,
  originRelationships,
  planNodeIds,
  recordImport,
  refreshAliases,
  upsertNodes,
  upsertRelationships,
  type NodeRow,
  type RelKey,
  type RelRow,
  type Stamp,
  type UpsertCounts,
} from '../repository/importRepository.js';
import { derivedProps } from '../model/derived.js';
import { findKind } from '../model/kinds.js';
import type { Dataset, SourceFile } from './dataset.js';
import { alignmentBatch, fingerprint, planBatch, registryBatch, type GraphBatch } from './graphModel.js';
import type { PlanFile } from './planFile.js';

export interface Counts {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
}

export interface FileImportReport {
  readonly file: string;
  /** The plan id, or `registry` / `alignments`. */
  readonly origin: string;
  readonly nodes: Counts;
  readonly relationships: Counts;
  /** Items of the plan in the graph that the file no longer has (deleted when pruning). */
  readonly stale: { readonly nodes: readonly string[]; readonly relationships: number };
  readonly pruned: boolean;
  /** Links left out because an end is not in the graph yet (alignments during a partial import). */
  readonly skipped: number;
}

export class ImportError extends Error {
  constructor(readonly file: string, message: string, options?: { cause?: unknown }) {
    super(`${file}: ${message}`, options);
    this.name = 'ImportError';
  }
}

export interface ImportOptions {
  readonly actor: string;
  /** Plan ids to import; all plans when absent. Registry and alignments are always imported. */
  readonly plans?: readonly string[];
  readonly prune?: boolean;
  readonly onProgress?: (message: string) => void;
}

/**
 * Loads a validated dataset into Neo4j: the registry (organisations, themes) first, then each
 * plan file in its own transaction, then the curated alignments. Idempotent: ids are stable
 * and every write is a MERGE, so a second import of the same files creates and changes nothing.
 * A file that fails rolls back entirely; the ones before it stay imported.
 */
export async function importDataset(db: Db, dataset: Dataset, options: ImportOptions): Promise<FileImportReport[]> {
  const progress = options.onProgress ?? (() => {});
  const wanted = options.plans ? new Set(options.plans) : undefined;
  const plans = dataset.plans.filter((p) => !wanted || wanted.has(p.data.plan.id));
  if (wanted) {
    const known = new Set(dataset.plans.map((p) => p.data.plan.id));
    const unknown = [...wanted].filter((id) => !known.has(id));
    if (unknown.length) throw new ImportError('plans', `no plan file has the id ${unknown.join(', ')}`);
  }
  const reports: FileImportReport[] = [];
  const run = async (file: string, origin: string, batch: GraphBatch, planId?: string, organisationId?: string, partial = false) => {
    progress(`importing ${file}: ${batch.nodes.length} nodes, ${batch.rels.length} links`);
    const report = await writeBatch(db, { file, origin, batch, planId, organisationId, actor: options.actor, prune: (options.prune ?? false) && !partial, partial });
    progress(describe(report));
    reports.push(report);
  };

  await run('organisations.yaml + themes.yaml', 'registry', registryBatch(dataset));
  for (const plan of plans) await run(plan.file, plan.data.plan.id, planBatch(plan, dataset), plan.data.plan.id, plan.data.plan.publisher);
  // Alignments join objectives of several plans. After a partial import, those whose other end
  // is not in the graph yet wait for that plan's import; nothing is pruned from a partial view.
  await run(dataset.alignments.file, 'alignments', alignmentBatch(dataset), undefined, undefined, wanted !== undefined);
  return reports;
}

/** Imports one plan file (already validated against the dataset it belongs to). */
export async function importPlan(db: Db, plan: SourceFile<PlanFile>, dataset: Dataset, options: { actor: string; prune?: boolean }): Promise<FileImportReport> {
  return writeBatch(db, {
    file: plan.file,
    origin: plan.data.plan.id,
    batch: planBatch(plan, dataset),
    planId: plan.data.plan.id,
    organisationId: plan.data.plan.publisher,
    actor: options.actor,
    prune: options.prune ?? false,
    partial: false,
  });
}

interface BatchWrite {
  readonly file: string;
  readonly origin: string;
  readonly batch: GraphBatch;
  readonly planId: string | undefined;
  readonly organisationId: string | undefined;
  readonly actor: string;
  readonly prune: boolean;
  /** Leave out links with an end missing, instead of failing (and find nothing stale). */
  readonly partial: boolean;
}

async function writeBatch(db: Db, w: BatchWrite): Promise<FileImportReport> {
  // Sort and search keys are derived from the node's properties (see src/model/derived.ts).
  const nodes: NodeRow[] = w.batch.nodes.map((n) => {
    // Kinds the model does not declare yet (src/import/NEW_MODEL.md) are stored without derived keys.
    const props = findKind(n.label) ? { ...n.props, ...derivedProps(n.label, n.id, n.props) } : n.props;
    return { id: n.id, label: n.label, hash: fingerprint(n.label, props), props };
  });
  const allRels: RelRow[] = w.batch.rels.map((r) => ({ ...r, hash: fingerprint(r.type, r.props) }));
  const stamp: Stamp = { actor: w.actor, now: new Date().toISOString() };
  try {
    return await db.writeTransaction(async (tx) => {
      const missing = w.partial ? new Set(await missingIds(tx, [...new Set(allRels.flatMap((r) => [r.from, r.to]))])) : new Set<string>();
      const rels = allRels.filter((r) => !missing.has(r.from) && !missing.has(r.to));
      const nodeCounts = await upsertNodes(tx, nodes, stamp);
      const relCounts = await upsertRelationships(tx, rels, stamp);
      if (relCounts.total !== rels.length) await failOnDanglingLinks(tx, rels);
      const organisations = nodes.filter((n) => n.label === 'Organisation').map((n) => n.id);
      if (organisations.length) await refreshAliases(tx, organisations);

      const staleNodes = w.planId ? await findStaleNodes(tx, w.planId, nodes) : [];
      const staleRels = w.partial ? [] : await findStaleRelationships(tx, w.origin, rels);
      if (w.prune) {
        if (w.planId && staleNodes.length) await deleteNodes(tx, w.planId, staleNodes);
        if (staleRels.length) await deleteRelationships(tx, w.origin, staleRels);
      }
      const report: FileImportReport = {
        file: w.file,
        origin: w.origin,
        nodes: withUnchanged(nodeCounts),
        relationships: withUnchanged(relCounts),
        stale: { nodes: staleNodes, relationships: staleRels.length },
        pruned: w.prune,
        skipped: allRels.length - rels.length,
      };
      if (w.planId && w.organisationId) {
        await recordImport(tx, { ...stamp, id: crypto.randomUUID(), planId: w.planId, organisationId: w.organisationId, summary: describe(report) });
      }
      return report;
    });
  } catch (err) {
    if (err instanceof ImportError) throw err;
    throw new ImportError(w.file, `import failed and was rolled back: ${(err as Error).message}`, { cause: err });
  }
}

async function failOnDanglingLinks(tx: Tx, rels: readonly RelRow[]): Promise<never> {
  const ends = [...new Set(rels.flatMap((r) => [r.from, r.to]))];
  const missing = await missingIds(tx, ends);
  throw new Error(`links point at nodes that do not exist: ${missing.slice(0, 20).join(', ')}${missing.length > 20 ? ', ...' : ''}`);
}

async function findStaleNodes(tx: Tx, planId: string, nodes: readonly NodeRow[]): Promise<string[]> {
  const current = new Set(nodes.map((n) => n.id));
  return (await planNodeIds(tx, planId)).map((n) => n.id).filter((id) => !current.has(id)).sort();
}

async function findStaleRelationships(tx: Tx, origin: string, rels: readonly RelRow[]): Promise<RelKey[]> {
  const key = (r: RelKey) => `${r.type}|${r.from}|${r.to}|${r.key}`;
  const current = new Set(rels.map(key));
  return (await originRelationships(tx, origin)).filter((r) => !current.has(key(r)));
}

function withUnchanged(c: UpsertCounts): Counts {
  return { created: c.created, updated: c.updated, unchanged: c.total - c.created - c.updated };
}

export function describe(r: FileImportReport): string {
  const stale = r.stale.nodes.length || r.stale.relationships
    ? `; ${r.pruned ? 'deleted' : 'no longer in the file (kept; import with --prune to delete)'}: ${r.stale.nodes.length} nodes, ${r.stale.relationships} links`
    : '';
  const skipped = r.skipped ? `; ${r.skipped} links wait for plans not imported yet` : '';
  return `${r.file}: nodes ${r.nodes.created} created, ${r.nodes.updated} updated, ${r.nodes.unchanged} unchanged; ` +
    `links ${r.relationships.created} created, ${r.relationships.updated} updated, ${r.relationships.unchanged} unchanged${stale}${skipped}`;
}
