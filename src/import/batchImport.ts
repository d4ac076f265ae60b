import type { BatchImport, NodeMode } from '../domain/imports.js';
import type { Dataset, SourceFile } from './dataset.js';
import { planBatch, type GraphBatch } from './graphModel.js';
import type { PlanFile } from './planFile.js';

/**
 * One plan file as an import: its own items; the organisations and systems it defines; the
 * other shared nodes it refers to, created when missing (`createOnly`, the command line, which
 * imports every file) or only referred to (`reference`, an upload checked against the graph).
 */
export function planImport(plan: SourceFile<PlanFile>, dataset: Dataset, others: Extract<NodeMode, 'createOnly' | 'reference'>, prune: boolean): BatchImport {
  const planId = plan.data.plan.id;
  return toBatchImport(planBatch(plan, dataset), {
    file: plan.file,
    planId,
    publisher: plan.data.plan.publisher,
    defines: new Set([
      ...plan.data.organisations.map((o) => o.id),
      ...plan.data.systems.map((s) => `system/${s.id}`),
      ...plan.data.places.map((p) => `place/${p.id}`),
      ...plan.data.references.map((r) => `reference/${r.id}`),
    ]),
    others,
    prune,
  });
}

/**
 * A plan's batch in the lanes of the write path. The links kept are the plan's own statements:
 * of its origin, with an end the plan holds or defines (the structure of organisations it only
 * refers to belongs to the files that define them).
 */
export function toBatchImport(batch: GraphBatch, o: { file: string; planId: string; publisher: string; defines: ReadonlySet<string>; createsOnly?: ReadonlySet<string>; others: NodeMode; prune: boolean }): BatchImport {
  const modeOf = (id: string, planId: unknown): NodeMode =>
    planId === o.planId ? 'own' : o.defines.has(id) ? 'define' : o.createsOnly?.has(id) ? 'createOnly' : o.others;
  const nodes = batch.nodes.map((n) => ({ ...n, mode: modeOf(n.id, n.props.planId) }));
  const mine = new Set([...o.defines, ...(o.createsOnly ?? []), ...nodes.filter((n) => n.mode === 'own').map((n) => n.id)]);
  return {
    file: o.file,
    origin: o.planId,
    plan: { id: o.planId, publisher: o.publisher },
    nodes,
    rels: batch.rels.filter((r) => r.origin === o.planId && (mine.has(r.from) || mine.has(r.to))),
    prune: o.prune,
  };
}
