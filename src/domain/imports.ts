import crypto from 'node:crypto';
import type { Tx } from '../neo4j/database.js';
import { derivedProps } from '../model/derived.js';
import { NodeKind } from '../model/enums.js';
import { isReservedId, KEY_PATTERN, MAX_ID_LENGTH, NON_PLAN_ORIGINS, SHARED_ID_PREFIX } from '../model/namespaces.js';
import { SHARED_KINDS } from '../model/ownership.js';
import * as repo from '../repository/importRepository.js';
import { outsideLinks, recordChanges } from '../repository/curationRepository.js';
import { requireWriter, stampOf, type Actor, type Stamp } from './actor.js';
import { changeEntry, organisations } from './changeLog.js';
import { describeClash, recomputeCodes } from './codes.js';
import { badInput, conflict, forbidden, invalidFile, WriteError, type FileIssue } from './errors.js';
import { isCalendarDate, plainValues, type Props } from './fields.js';
import { inTransaction, type Writer } from './transaction.js';

/**
 * Imports of data files: the registry (organisations, themes), one plan file, the alignments.
 * The command line and `importPlan` go through here alike. Each file is one transaction, and
 * each keeps to its lane by construction:
 *  - a plan's own nodes are `<plan>/...` (the plan itself: its id), of plan kinds, in that plan;
 *  - shared nodes (organisations, themes, systems) it defines are created when missing and
 *    changed only by an analyst's import of the file that defines them; a partner's import
 *    never changes an existing shared node; shared nodes it refers to are never written;
 *  - its links start or end at its own nodes or at shared nodes, never at another plan's;
 *  - its id is no reserved word (`system`, `theme`, link origins such as `alignments`), and no
 *    node of another kind or another publisher holds it.
 * Any write that would land elsewhere is refused, inside the transaction, with nothing written.
 */

/** own: the file's own node; define: a shared node the file defines; createOnly: created when missing; reference: must exist, never written. */
export type NodeMode = 'own' | 'define' | 'createOnly' | 'reference';

export interface ImportNode {
  readonly id: string;
  readonly label: string;
  readonly props: Props;
  readonly mode: NodeMode;
}

export interface ImportLink {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly origin: string;
  readonly key: string;
  readonly props: Props;
}

export interface BatchImport {
  /** The file, for messages and the report. */
  readonly file: string;
  /** A plan id, `registry` or `alignments`: the origin of every link the file states. */
  readonly origin: string;
  readonly plan?: { readonly id: string; readonly publisher: string };
  readonly nodes: readonly ImportNode[];
  readonly rels: readonly ImportLink[];
  readonly prune: boolean;
  /** Leave out links with an end missing, instead of refusing (alignments after a partial import). */
  readonly partial?: boolean;
}

export interface Counts {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
}

export interface ImportReport {
  readonly file: string;
  readonly origin: string;
  readonly nodes: Counts;
  readonly relationships: Counts;
  /** Items of the plan in the graph that the file no longer has (deleted when pruning). */
  readonly stale: { readonly nodes: readonly string[]; readonly relationships: number };
  readonly pruned: boolean;
  /** Links left out because an end is not in the graph yet (alignments during a partial import). */
  readonly skipped: number;
  /** Shared nodes the file describes differently from the graph, left as they are. */
  readonly kept: readonly string[];
}

const lane = (message: string) => new WriteError('FORBIDDEN', message);
const issue = (file: string, message: string): FileIssue => ({ file, path: '', line: null, message });

/** The id a plan may have: a key, no reserved word. */
export function checkPlanId(planId: string, file: string): void {
  if (!KEY_PATTERN.test(planId) || planId.length > 100) throw badInput('file', `${file}: plan id ${planId.slice(0, 100)} must be 1-100 letters, digits, dots, dashes or underscores`);
  if (isReservedId(planId)) {
    throw lane(`${file}: a plan can not be called ${planId}: the word is reserved (${NON_PLAN_ORIGINS.join(', ')} name origins of links that are not plans; theme and system prefix shared nodes).`);
  }
}

/** The shape of a shared node's id: organisations a bare key, themes theme/<key>, systems system/<key> ... */
function sharedIdFits(node: ImportNode): boolean {
  const prefix = SHARED_ID_PREFIX[node.label];
  if (prefix === undefined) return false;
  const key = prefix ? (node.id.startsWith(prefix) ? node.id.slice(prefix.length) : '') : node.id;
  return KEY_PATTERN.test(key) && !(prefix === '' && isReservedId(key));
}

/** Checks that need no database: every node and link of the file within the file's lane. */
function checkLanes(actor: Actor, b: BatchImport): void {
  const bad: string[] = [];
  const planId = b.plan?.id;
  if (planId) checkPlanId(planId, b.file);
  else if (b.origin === 'registry' || b.origin === 'alignments') {
    if (actor.role !== 'analyst') throw forbidden(`Only analysts import ${b.file}.`);
  } else throw lane(`${b.file}: links of origin ${b.origin} belong to no plan`);
  if (b.rels.some((r) => r.origin !== b.origin)) bad.push(`every link of ${b.file} must have the origin ${b.origin}`);
  for (const n of b.nodes) {
    if (n.id.length > MAX_ID_LENGTH) bad.push(`id ${n.id.slice(0, 60)}... is longer than ${MAX_ID_LENGTH} characters`);
    if (n.mode === 'own') {
      const inPlan = planId && (n.id === planId ? n.label === NodeKind.PLAN : n.id.startsWith(`${planId}/`) && n.label !== NodeKind.PLAN);
      if (!inPlan || SHARED_KINDS.has(n.label) || n.props.planId !== planId) bad.push(`${n.label} ${n.id} is not an item of plan ${planId ?? '(none)'}`);
    } else if (!SHARED_KINDS.has(n.label) || !sharedIdFits(n)) {
      bad.push(`${n.label} ${n.id} is not a shared node (an organisation, theme/... or system/...)`);
    }
  }
  if (bad.length) throw lane(`${b.file} leaves its lane: ${bad.slice(0, 10).join('; ')}${bad.length > 10 ? ` (and ${bad.length - 10} more)` : ''}`);
  const dates = b.nodes.flatMap((n) => Object.entries(n.props).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' && 'date' in value && !isCalendarDate(value.date) ? [issue(b.file, `${n.id}: ${key} ${value.date} is not a calendar date from 1900 to 2100`)] : []));
  if (dates.length) throw invalidFile('file', dates);
}

function fingerprint(label: string, props: Props): string {
  const ordered = Object.keys(props).sort().map((k) => [k, props[k]]);
  return crypto.createHash('sha1').update(label).update(JSON.stringify(ordered)).digest('hex');
}

/** A link's identity within its origin: type, ends and key. */
const relKey = (r: repo.RelKey) => `${r.type}|${r.from}|${r.to}|${r.key}`;

function withUnchanged(c: repo.UpsertCounts): Counts {
  return { created: c.created, updated: c.updated, unchanged: c.total - c.created - c.updated };
}

/** One file, checked against the graph and ready to write. */
interface PreparedFile {
  readonly batch: BatchImport;
  readonly rows: repo.NodeRow[];
  readonly rels: repo.RelRow[];
  /** Links left out because an end is not in the graph (a partial import). */
  readonly skipped: number;
}

/** Checks of the file and its writer that need no database. */
function checkFile(actor: Actor, b: BatchImport): void {
  requireWriter(actor);
  checkLanes(actor, b);
  if (b.plan && actor.role === 'partner' && b.plan.publisher !== actor.organisation) {
    throw forbidden(`This plan is published by ${b.plan.publisher}; a partner of ${actor.organisation} can only import its own organisation's plans.`);
  }
}

/**
 * The rows one file writes, checked against what the graph holds under its ids (`existing`,
 * which already includes the files before it in the same transaction): ids taken by another
 * kind or plan, links to missing nodes or into another plan, alignments within one organisation.
 */
function prepareFile(actor: Actor, b: BatchImport, existing: ReadonlyMap<string, repo.ExistingNode>): PreparedFile {
  const planId = b.plan?.id;
  const kinds = new Map<string, string>();
  const problems: string[] = [];
  const taken: string[] = [];
  if (planId) {
    const plan = existing.get(planId);
    if (plan && !plan.labels.includes(NodeKind.PLAN)) taken.push(`the id ${planId} is taken by ${plan.kind} ${planId}; a plan needs an id of its own`);
    else if (plan && plan.owner && plan.owner !== b.plan!.publisher) {
      if (actor.role === 'partner') throw forbidden(`Plan ${planId} in the graph is published by ${plan.owner}; a partner of ${actor.organisation} can not take it over.`);
      taken.push(`plan ${planId} in the graph is published by ${plan.owner}, the file says ${b.plan!.publisher}; delete the plan first to move it`);
    }
  }
  for (const n of b.nodes) {
    kinds.set(n.id, n.label);
    const there = existing.get(n.id);
    if (n.mode === 'reference') {
      if (!there) problems.push(`${n.label} ${n.id} is not in the graph`);
      else if (!there.labels.includes(n.label)) problems.push(`${n.id} is a ${there.kind} in the graph, not a ${n.label}`);
      continue;
    }
    if (there && (!there.labels.includes(n.label) || (there.planId ?? null) !== ((n.props.planId as string | null | undefined) ?? null))) {
      taken.push(`${n.label} ${n.id} would land on ${there.kind} ${there.id}${there.planId ? ` of plan ${there.planId}` : ''}`);
    }
  }
  let skipped = 0;
  // A link the file states twice is one link (the later statement's properties, as a MERGE would leave them).
  const rels = new Map<string, repo.RelRow>();
  for (const r of b.rels) {
    const kindOf = (id: string) => kinds.get(id) ?? existing.get(id)?.kind;
    const [fromKind, toKind] = [kindOf(r.from), kindOf(r.to)];
    if (!fromKind || !toKind) {
      if (b.partial) {
        skipped += 1;
        continue;
      }
      problems.push(`the ${r.type} link from ${r.from} to ${r.to} points at ${!fromKind ? r.from : r.to}, which is not in the graph`);
      continue;
    }
    // Which kinds a link of the files may join is the dataset's rule (its validator checks it);
    // the write path holds the lanes: a plan's links join its own nodes and shared ones, never
    // another plan's items.
    for (const end of planId ? [r.from, r.to] : []) {
      if (!kinds.has(end) && !SHARED_KINDS.has(existing.get(end)!.kind)) taken.push(`the ${r.type} link ${r.from} -> ${r.to} reaches ${existing.get(end)!.kind} ${end} of another plan`);
    }
    if (b.origin === 'alignments' && existing.get(r.from)?.owner === existing.get(r.to)?.owner) problems.push(`${r.from} and ${r.to} belong to the same organisation`);
    rels.delete(relKey(r));
    rels.set(relKey(r), { ...r, fromKind, toKind, hash: fingerprint(r.type, r.props) });
  }
  if (taken.length) throw conflict(`${b.file} was not imported: ${taken.slice(0, 10).join('; ')}${taken.length > 10 ? ` (and ${taken.length - 10} more)` : ''}`);
  if (problems.length) throw invalidFile('file', problems.map((m) => issue(b.file, m)));

  // Sort and search keys are derived from the node's properties (see src/model/derived.ts).
  const rows: repo.NodeRow[] = b.nodes.filter((n) => n.mode !== 'reference').map((n) => {
    const props = { ...n.props, ...derivedProps(n.label, n.id, plainValues(n.props)) };
    const there = existing.get(n.id);
    const update = n.mode === 'own' || (actor.role === 'analyst' && n.mode === 'define' && (!there || there.definedIn === null || there.definedIn === n.props.definedIn || n.label !== NodeKind.ORGANISATION));
    return { id: n.id, label: n.label, planId: (n.props.planId as string | null | undefined) ?? null, hash: fingerprint(n.label, props), update, props };
  });
  return { batch: b, rows, rels: [...rels.values()], skipped };
}

/**
 * What the graph holds under a file's ids once its rows are written, so that the next file of
 * the same transaction is checked as it would be after this one's commit.
 */
function rememberWritten(existing: Map<string, repo.ExistingNode>, p: PreparedFile): void {
  const ownerOf = (row: repo.NodeRow) =>
    row.label === NodeKind.ORGANISATION ? row.id : row.planId === null ? null : row.planId === p.batch.plan?.id ? p.batch.plan.publisher : existing.get(row.planId)?.owner ?? null;
  for (const row of p.rows) {
    const there = existing.get(row.id);
    const definedIn = (row.props.definedIn as string | null | undefined) ?? null;
    if (!there) existing.set(row.id, { id: row.id, kind: row.label, labels: [row.label], planId: row.planId, definedIn, owner: ownerOf(row) });
    else if (row.update && 'definedIn' in row.props) existing.set(row.id, { ...there, definedIn });
  }
}

/** Imports one file inside the caller's transaction. */
export async function importBatch(tx: Tx, actor: Actor, b: BatchImport, stamp: Stamp = stampOf(actor)): Promise<ImportReport> {
  return (await importBatches(tx, actor, [b], stamp))[0]!;
}

/**
 * Imports several files inside the caller's transaction, as if one after another (each is
 * checked against the graph as the files before it leave it), with the statements shared: the
 * nodes of all files in a few UNWIND statements, then their links, their codes, their stale
 * links and their change records. A file that breaks a rule refuses the whole transaction,
 * naming the file.
 */
export async function importBatches(tx: Tx, actor: Actor, files: readonly BatchImport[], stamp: Stamp = stampOf(actor)): Promise<ImportReport[]> {
  for (const b of files) checkFile(actor, b);

  // What the graph holds under every id the files write or refer to.
  const ids = files.flatMap((b) => [...b.nodes.map((n) => n.id), ...b.rels.flatMap((r) => [r.from, r.to]), ...(b.plan ? [b.plan.id] : [])]);
  const existing = await repo.existingNodes(tx, ids);
  const prepared = files.map((b) => {
    const p = prepareFile(actor, b, existing);
    rememberWritten(existing, p);
    return p;
  });

  const nodeCounts = await repo.upsertNodes(tx, prepared.map((p) => p.rows), stamp);
  nodeCounts.forEach((counts, i) => {
    if (counts.refused.length) {
      throw conflict(`${files[i]!.file} was not imported: ${counts.refused.slice(0, 10).map((r) => `${r.label} ${r.id} would land on ${r.kind} ${r.id}`).join('; ')} (taken meanwhile)`);
    }
  });
  // A link with an end created just now can not exist yet: it is created, not merged.
  const created = new Set(nodeCounts.flatMap((c) => c.createdIds));
  const relCounts = await repo.upsertRelationships(tx, prepared.map((p) => ({
    fresh: p.rels.filter((r) => created.has(r.from) || created.has(r.to)),
    known: p.rels.filter((r) => !created.has(r.from) && !created.has(r.to)),
  })), stamp);
  for (const [i, p] of prepared.entries()) {
    if (relCounts[i]!.total !== p.rels.length) {
      const missing = await repo.missingIds(tx, [...new Set(p.rels.flatMap((r) => [r.from, r.to]))]);
      throw conflict(`${p.batch.file} was not imported: links point at nodes deleted meanwhile (${missing.slice(0, 20).join(', ')})`);
    }
  }
  const organisationIds = new Set(prepared.flatMap((p) => [...p.rows, ...p.rels.flatMap((r) => [{ id: r.from, label: r.fromKind }, { id: r.to, label: r.toKind }])])
    .filter((n) => n.label === NodeKind.ORGANISATION).map((n) => n.id));
  await repo.refreshAliases(tx, [...organisationIds]);

  const staleNodes = await findStaleNodes(tx, prepared);
  const staleRels = await findStaleRelationships(tx, prepared.filter((p) => !p.batch.partial));
  const reports: ImportReport[] = [];
  const records: repo.ImportRecord[] = [];
  for (const [i, p] of prepared.entries()) {
    const b = p.batch;
    const stale = staleNodes.get(b.file) ?? [];
    const rels = staleRels.get(b.origin) ?? [];
    const touched: (string | null)[] = [b.plan?.publisher ?? null];
    if (b.prune) touched.push(...(await prune(tx, b, stale, rels, stamp)));
    const report: ImportReport = {
      file: b.file,
      origin: b.origin,
      nodes: withUnchanged(nodeCounts[i]!),
      relationships: withUnchanged(relCounts[i]!),
      stale: { nodes: stale.map((n) => n.id), relationships: rels.length },
      pruned: b.prune,
      skipped: p.skipped,
      kept: nodeCounts[i]!.kept.sort(),
    };
    reports.push(report);
    if (b.plan) records.push({ id: crypto.randomUUID(), planId: b.plan.id, organisationId: b.plan.publisher, organisationIds: organisations(touched), summary: describeImport(report) });
  }
  await repo.recordImports(tx, records, stamp);
  return reports;
}

/**
 * The items of each plan file's plan that the file no longer has, by file; the codes of every
 * item of those plans are recomputed first, so that a clash of codes refuses the file that has it.
 */
async function findStaleNodes(tx: Tx, prepared: readonly PreparedFile[]): Promise<Map<string, { id: string; kind: string }[]>> {
  const plans = prepared.filter((p) => p.batch.plan);
  const inPlans = await repo.planNodes(tx, plans.map((p) => p.batch.plan!.id));
  const clashes = await recomputeCodes(tx, [...inPlans.values()].flat().map((n) => n.id));
  if (clashes.length) {
    const fileOf = (id: string) => plans.find((p) => inPlans.get(p.batch.plan!.id)!.some((n) => n.id === id))?.batch.file ?? 'file';
    throw invalidFile('file', clashes.map((c) => issue(fileOf(c.id), describeClash(c))));
  }
  const stale = new Map<string, { id: string; kind: string }[]>();
  for (const p of plans) {
    const current = new Set(p.rows.map((n) => n.id));
    stale.set(p.batch.file, inPlans.get(p.batch.plan!.id)!.filter((n) => !current.has(n.id)).sort((x, y) => x.id.localeCompare(y.id)));
  }
  return stale;
}

/**
 * The links of each file's origin in the graph that the file no longer states, by origin. The
 * file's links are written by now, so an origin with no more links in the graph than its file
 * states has none stale: only the others' links are read (a first import reads none back).
 */
async function findStaleRelationships(tx: Tx, prepared: readonly PreparedFile[]): Promise<Map<string, repo.RelKey[]>> {
  const counts = await repo.originRelationshipCounts(tx, prepared.map((p) => p.batch.origin));
  const changed = prepared.filter((p) => counts.get(p.batch.origin)! > p.rels.length);
  const inGraph = await repo.originRelationships(tx, changed.map((p) => p.batch.origin));
  const stale = new Map<string, repo.RelKey[]>();
  for (const p of changed) {
    const current = new Set(p.rels.map(relKey));
    stale.set(p.batch.origin, (inGraph.get(p.batch.origin) ?? []).filter((r) => !current.has(relKey(r))));
  }
  return stale;
}

/** Deletes what a file no longer has (import with prune); returns the organisations it touched. */
async function prune(tx: Tx, b: BatchImport, staleNodes: readonly { id: string; kind: string }[], staleRels: readonly repo.RelKey[], stamp: Stamp): Promise<(string | null)[]> {
  const touched: (string | null)[] = [];
  if (b.plan && staleNodes.length) {
    const outside = await outsideLinks(tx, staleNodes.map((n) => n.id));
    touched.push(...outside.map((l) => l.otherOwner));
    await repo.deleteNodes(tx, b.plan.id, staleNodes);
    await recordChanges(tx, staleNodes.map((n) => changeEntry({
      operation: 'DELETE', nodeId: n.id, nodeKind: n.kind, organisationId: b.plan!.publisher, touches: outside.filter((l) => l.nodeId === n.id).map((l) => l.otherOwner),
      summary: `deleted ${n.kind} ${n.id}: ${b.file} no longer has it (import with prune)`,
    })), stamp);
  }
  if (staleRels.length) {
    await repo.deleteRelationships(tx, b.origin, staleRels);
    await repo.refreshAliases(tx, [...new Set(staleRels.filter((r) => r.type === 'MENTIONS').map((r) => r.to))]);
  }
  return touched;
}

/** One file, one transaction: everything of it is written, or nothing. */
export function importFile(db: Writer, actor: Actor, batch: BatchImport): Promise<ImportReport> {
  requireWriter(actor);
  return inTransaction(db, (tx) => importBatch(tx, actor, batch), `an id or code of ${batch.file} was taken by another change meanwhile`);
}

/** Several files, one transaction: every file is written, or none. */
export function importFiles(db: Writer, actor: Actor, batches: readonly BatchImport[]): Promise<ImportReport[]> {
  requireWriter(actor);
  return inTransaction(db, (tx) => importBatches(tx, actor, batches), `an id or code of ${batches.map((b) => b.file).join(', ')} was taken by another change meanwhile`);
}

// --- uploads ------------------------------------------------------------------------------

export type World = repo.World;

/** An uploaded file, checked against the upload and the graph: what it is, its problems, and what to write. */
export interface PreparedUpload {
  readonly planId: string | null;
  readonly publisher: string | null;
  readonly issues: readonly FileIssue[];
  readonly batch: Omit<BatchImport, 'prune'> | null;
}

/** An upload's transaction waits for the check of the file (see checkUpload's own timeout). */
export const UPLOAD_TIMEOUT_MS = 60_000;

/**
 * Imports an uploaded plan file in one transaction: reads what the file may refer to (every
 * organisation, theme and system in the graph, those made through the API included), has the
 * file checked against it (`prepare`, off the event loop for large files), then writes.
 */
export function importUpload(db: Writer, actor: Actor, prepare: (world: World) => Promise<PreparedUpload>, prune: boolean): Promise<ImportReport> {
  requireWriter(actor);
  const stamp = stampOf(actor);
  return inTransaction(db, async (tx) => {
    const prepared = await prepare(await repo.world(tx));
    if (actor.role === 'partner' && prepared.publisher && prepared.publisher !== actor.organisation) {
      throw forbidden(`This plan is published by ${prepared.publisher}; a partner of ${actor.organisation} can only import its own organisation's plans.`);
    }
    if (prepared.planId) checkPlanId(prepared.planId, `plans/${prepared.planId}.yaml`);
    if (prepared.issues.length || !prepared.batch) throw invalidFile('file', prepared.issues);
    return importBatch(tx, actor, { ...prepared.batch, prune }, stamp);
  }, 'an id or code of the file was taken by another change meanwhile', UPLOAD_TIMEOUT_MS);
}

export function describeImport(r: ImportReport): string {
  const stale = r.stale.nodes.length || r.stale.relationships
    ? `; ${r.pruned ? 'deleted' : 'no longer in the file (kept; import with --prune to delete)'}: ${r.stale.nodes.length} nodes, ${r.stale.relationships} links`
    : '';
  const skipped = r.skipped ? `; ${r.skipped} links wait for plans not imported yet` : '';
  const kept = r.kept.length ? `; ${r.kept.length} shared nodes the file describes differently were left as they are (only analysts change them)` : '';
  return `${r.file}: nodes ${r.nodes.created} created, ${r.nodes.updated} updated, ${r.nodes.unchanged} unchanged; ` +
    `links ${r.relationships.created} created, ${r.relationships.updated} updated, ${r.relationships.unchanged} unchanged${stale}${skipped}${kept}`;
}
