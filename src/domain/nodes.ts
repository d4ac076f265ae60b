import crypto from 'node:crypto';
import type { Tx } from '../neo4j/database.js';
import { derivedProps } from '../model/derived.js';
import { Basis, NodeKind } from '../model/enums.js';
import { kindDef, propOf } from '../model/kinds.js';
import { isReservedId, MAX_ID_LENGTH } from '../model/namespaces.js';
import type { KindDef } from '../model/types.js';
import * as repo from '../repository/curationRepository.js';
import { refreshAliases } from '../repository/importRepository.js';
import type { EntityRow } from '../repository/rows.js';
import { requireWriter, stampOf, type Actor } from './actor.js';
import { changeEntry, withoutBookkeeping } from './changeLog.js';
import { describeClash, refreshCodes } from './codes.js';
import { badInput, conflict, forbidden, notFound } from './errors.js';
import { checkProvenance, checkRationale, evidenceProps, linkEvidence, requirePlanSource, type ProvenanceInput, type Sources } from './evidence.js';
import { checkId, checkKey, checkProp, plainValues, type Props } from './fields.js';
import { isShared, requireMayChange, requireMayCreate } from './ownership.js';
import { inTransaction, type Writer } from './transaction.js';

/**
 * Creating, changing and deleting nodes: one transaction each, which locks what it touches,
 * checks it (exists, is of the kind, belongs to the caller, is at the version the caller saw),
 * writes under the node's own label, stores the derived keys, and leaves a change record.
 */
export interface WriteContext {
  readonly db: Writer;
  readonly actor: Actor;
  readonly sources: Sources;
}

type Input = Readonly<Record<string, unknown>>;

const has = (input: Input, name: string) => Object.prototype.hasOwnProperty.call(input, name) && input[name] !== undefined;

/** Field values of an input as properties; `partial` (a patch) keeps only the fields given. */
function fieldProps(def: KindDef, input: Input, argument: string, partial: boolean): Props {
  const props: Props = {};
  for (const prop of def.props) {
    if (prop.readOnly) continue;
    if (!has(input, prop.name) && partial) continue;
    const value = checkProp(prop, input[prop.name], `${argument}.${prop.name}`);
    if (prop.required && value === null) throw badInput(`${argument}.${prop.name}`, partial ? 'can not be cleared' : 'is required');
    props[propOf(prop)] = value;
  }
  return props;
}

/** Fields that only mean something together: a period's two years, an action's status and its words. */
function checkTogether(props: Readonly<Record<string, unknown>>, argument: string): void {
  const from = props.periodFrom;
  const to = props.periodTo;
  if (typeof from === 'number' && typeof to === 'number' && from > to) throw badInput(`${argument}.periodTo`, 'is before periodFrom');
  if (to != null && from == null) throw badInput(`${argument}.periodFrom`, 'a period needs its first year');
  if (props.kind === NodeKind.ACTION && props.status != null && props.statusText == null) {
    throw badInput(`${argument}.statusText`, 'a status needs the words that report it (statusText)');
  }
}

function newId(def: KindDef, input: Input): string {
  if (def.scope === 'plan') {
    const plan = checkId(input.plan, 'input.plan');
    const key = input.key == null ? `c-${crypto.randomUUID().slice(0, 8)}` : checkKey(input.key, 'input.key');
    const id = `${plan}/${key}`;
    if (id.length > MAX_ID_LENGTH) throw badInput('input.key', `makes an id longer than ${MAX_ID_LENGTH} characters`);
    return id;
  }
  if (input.key == null) throw badInput('input.key', `a ${def.kind} needs a key: its stable id`);
  const key = checkKey(input.key, 'input.key');
  if (!def.idPrefix && isReservedId(key)) throw badInput('input.key', `${key} is reserved (it names a link origin or a kind of shared node)`);
  return `${def.idPrefix ?? ''}${key}`;
}

function versionConflict(facts: repo.NodeFacts, version: number) {
  const current = Number(facts.node.version ?? 1);
  return conflict(
    `${facts.id} was changed since version ${version} (it is at version ${current}, by ${String(facts.node.updatedBy ?? facts.node.createdBy ?? 'an import')}); reload it and apply your change again`,
    { id: facts.id, currentVersion: current },
  );
}

/** Locks the node, then checks it exists, is of the kind, belongs to the caller and is at the version the caller saw. */
async function lockForChange(tx: Tx, actor: Actor, id: string, version: number, operation: 'update' | 'delete', kind?: string): Promise<repo.NodeFacts> {
  const facts = (await repo.lockNodes(tx, [id])).get(id);
  if (!facts) throw notFound(kind ?? 'node', id);
  if (kind && !facts.labels.includes(kind)) throw badInput('id', `${id} is a ${facts.kind}, not a ${kind}`);
  requireMayChange(actor, facts, operation);
  if (Number(facts.node.version ?? 1) !== version) throw versionConflict(facts, version);
  return facts;
}

function checkVersion(version: unknown): number {
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) throw badInput('version', 'must be the version you read (1 or more)');
  return version;
}

// --- create -------------------------------------------------------------------------------

export async function createNode(ctx: WriteContext, kind: string, input: Input): Promise<EntityRow> {
  requireWriter(ctx.actor);
  const def = kindDef(kind);
  requireMayCreate(ctx.actor, kind);
  const fields = fieldProps(def, input, 'input', false);
  checkTogether({ ...fields, kind }, 'input');
  const evidence = evidenceProps(ctx.sources, input.basis, input.provenance as ProvenanceInput | null, input.rationale, 'input');
  const id = newId(def, input);
  const refs = def.createRefs.map((ref) => ({ ref, target: input[ref.name] == null ? null : checkId(input[ref.name], `input.${ref.name}`) }));
  for (const { ref, target } of refs) if (ref.required && !target) throw badInput(`input.${ref.name}`, 'is required');
  const planId = def.scope === 'plan' ? String(input.plan) : kind === NodeKind.PLAN ? id : null;
  if (kind === NodeKind.PLAN && !ctx.sources.exists(String(fields.source)) ) throw badInput('input.source', `${String(fields.source).slice(0, 200)} is not a source document (see data/sources)`);
  if (kind === NodeKind.PLAN && evidence.basis === Basis.STATED && evidence.source !== fields.source) {
    throw badInput('input.provenance.source', `a plan is stated in its own document (${String(fields.source)})`);
  }
  const stamp = stampOf(ctx.actor);

  return inTransaction(ctx.db, async (tx) => {
    const facts = await repo.lockNodes(tx, [...(def.scope === 'plan' ? [planId!] : []), ...refs.flatMap((r) => (r.target ? [r.target] : [])), id]);
    if (facts.has(id)) throw conflict(`${id} already exists (a ${facts.get(id)!.kind}); choose another key`, { id });
    let owner: string | null = kind === NodeKind.ORGANISATION ? id : null;
    const touches: string[] = [];
    if (def.scope === 'plan') {
      const plan = facts.get(planId!);
      if (!plan || !plan.labels.includes(NodeKind.PLAN)) throw notFound(NodeKind.PLAN, planId!);
      owner = plan.owner;
      if (ctx.actor.role === 'partner' && owner !== ctx.actor.organisation) {
        throw forbidden(`Plan ${planId} belongs to ${owner ?? 'no organisation'}; a partner of ${ctx.actor.organisation} can only change that organisation's items.`);
      }
      requirePlanSource(evidence, planId, plan.planSource, 'input.provenance');
    }
    for (const { ref, target } of refs) {
      if (!target) continue;
      const fact = facts.get(target);
      if (!fact || !fact.labels.includes(ref.target)) throw notFound(ref.target, target);
      if (planId && fact.planId && fact.planId !== planId) throw badInput(`input.${ref.name}`, `${target} belongs to another plan (${fact.planId})`);
      if (ref.rel === 'PUBLISHES') {
        owner = target;
        if (ctx.actor.role === 'partner' && target !== ctx.actor.organisation) {
          throw forbidden(`A partner of ${ctx.actor.organisation} publishes plans of its own organisation only, not of ${target}.`);
        }
      } else if (fact.owner && fact.owner !== owner) touches.push(fact.owner);
    }

    const props: Props = { ...fields, ...evidence, planId, ...(await readOnlyProps(tx, def, id, planId, refs)) };
    // A plan's `source` is its document, whatever its basis (a stated plan cites that same file).
    if (kind === NodeKind.PLAN) props.source = fields.source ?? null;
    let row = await repo.createNode(tx, { id, label: kind, props: { ...props, ...derivedProps(kind, id, plainValues(props)) } }, stamp);
    if (kind === NodeKind.ORGANISATION) row = await withAliases(tx, row);
    const evidenceOfLinks = linkEvidence(evidence);
    if (planId && def.containedBy) {
      await repo.link(tx, { type: def.containedBy, from: planId, fromKind: NodeKind.PLAN, to: id, toKind: kind, origin: planId, key: '', props: evidenceOfLinks }, stamp);
    }
    for (const { ref, target } of refs) {
      if (!target) continue;
      const [from, fromKind, to, toKind] = ref.direction === 'out' ? [id, kind, target, ref.target] : [target, ref.target, id, kind];
      const origin = kind === NodeKind.PLAN ? id : planId ?? 'api';
      await repo.link(tx, { type: ref.rel, from, fromKind, to, toKind, origin, key: '', props: evidenceOfLinks }, stamp);
    }
    const clash = (await refreshCodes(tx, [id]))[0];
    if (clash) throw conflict(describeClash(clash), { argumentName: 'input.code', holder: clash.codeHolder ?? clash.planCodeHolder });
    const given = Object.fromEntries(Object.entries({ ...fields, ...evidence }).filter(([, v]) => v !== null));
    await repo.recordChanges(tx, [changeEntry({ operation: 'CREATE', nodeId: id, nodeKind: kind, organisationId: owner, touches, after: plainValues(given), summary: `created ${kind} ${id}` })], stamp);
    return row;
  }, `${id} or its code was taken by another change meanwhile`);
}

/**
 * What PlanGraph sets itself so that every node satisfies the read schema: a plan item's place
 * at the end of its document order (a deliverable's within its action), the code of a theme or
 * system (its key), the file an organisation is defined in (`api`).
 */
async function readOnlyProps(tx: Tx, def: KindDef, id: string, planId: string | null, refs: { ref: { name: string }; target: string | null }[]): Promise<Props> {
  const props: Props = {};
  if (def.scope === 'plan') {
    const action = def.kind === NodeKind.DELIVERABLE ? refs.find((r) => r.ref.name === 'action')?.target ?? null : null;
    props.position = await repo.nextPosition(tx, planId!, action);
  }
  if (def.props.some((p) => p.name === 'code' && p.readOnly)) props.code = id.slice((def.idPrefix ?? '').length);
  if (def.props.some((p) => p.name === 'definedIn')) props.definedIn = 'api';
  return props;
}

/** An organisation's aliases (the documents' names for it other than its own) follow its name. */
async function withAliases(tx: Tx, row: EntityRow): Promise<EntityRow> {
  await refreshAliases(tx, [row.id]);
  return (await repo.lockNodes(tx, [row.id])).get(row.id)?.node ?? row;
}

// --- update -------------------------------------------------------------------------------

export async function updateNode(ctx: WriteContext, kind: string, id: string, version: number, patch: Input): Promise<EntityRow> {
  requireWriter(ctx.actor);
  const def = kindDef(kind);
  checkId(id, 'id');
  checkVersion(version);
  const fields = fieldProps(def, patch, 'patch', true);
  const stamp = stampOf(ctx.actor);
  return inTransaction(ctx.db, async (tx) => {
    const facts = await lockForChange(tx, ctx.actor, id, version, 'update', kind);
    const node = facts.node;
    const props: Props = { ...fields };
    if (patch.provenance != null) {
      if (node.basis !== Basis.STATED) throw badInput('patch.provenance', `${id} is ${String(node.basis)}: it has a rationale, not a provenance`);
      Object.assign(props, checkProvenance(ctx.sources, patch.provenance as ProvenanceInput, 'patch.provenance'));
      requirePlanSource({ ...props, basis: Basis.STATED }, facts.planId, kind === NodeKind.PLAN ? String(fields.source ?? node.source) : facts.planSource, 'patch.provenance');
    }
    if (patch.rationale != null) {
      if (node.basis !== Basis.CURATED) throw badInput('patch.rationale', `${id} is ${String(node.basis)}: it has a provenance, not a rationale`);
      props.rationale = checkRationale(patch.rationale, 'patch.rationale');
    }
    if (kind === NodeKind.PLAN && 'source' in fields && fields.source !== node.source) {
      throw badInput('patch.source', "a plan's document can not be exchanged: its items quote it (import the plan again instead)");
    }
    const merged = { ...plainValues(node), ...plainValues(props) };
    checkTogether(merged, 'patch');
    Object.assign(props, derivedProps(kind, id, merged));
    const { changed, before, after } = diff(node, props);
    if (Object.keys(changed).length === 0) return node;
    let updated = await repo.updateNode(tx, { id, label: kind }, changed, stamp);
    if (!updated) throw notFound(kind, id);
    if (kind === NodeKind.ORGANISATION) updated = await withAliases(tx, updated);
    const clash = (await refreshCodes(tx, [id]))[0];
    if (clash) throw conflict(describeClash(clash), { argumentName: 'patch.code', holder: clash.codeHolder ?? clash.planCodeHolder });
    await repo.recordChanges(tx, [changeEntry({ operation: 'UPDATE', nodeId: id, nodeKind: kind, organisationId: facts.owner, before, after, summary: `updated ${Object.keys(after).join(', ')} of ${id}` })], stamp);
    return updated;
  }, `the code of ${id} was taken by another change meanwhile`);
}

const DERIVED = new Set(['docKey', 'codeKey', 'sortLabel', 'searchText']);

/** Only the properties whose value changes; before/after leave out the derived keys. */
function diff(before: Readonly<Record<string, unknown>>, props: Props): { changed: Props; before: Record<string, unknown>; after: Record<string, unknown> } {
  const changed: Props = {};
  const was: Record<string, unknown> = {};
  const now: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    const old = before[key] ?? null;
    const next = value !== null && typeof value === 'object' && 'date' in value ? value.date : value;
    if (JSON.stringify(old) === JSON.stringify(next)) continue;
    changed[key] = value;
    if (DERIVED.has(key)) continue;
    was[key] = old;
    now[key] = next;
  }
  return { changed, before: was, after: now };
}

// --- delete -------------------------------------------------------------------------------

export async function deleteNode(ctx: WriteContext, id: string, version: number, cascade: boolean): Promise<string[]> {
  requireWriter(ctx.actor);
  checkId(id, 'id');
  checkVersion(version);
  const stamp = stampOf(ctx.actor);
  return inTransaction(ctx.db, async (tx) => {
    const facts = await lockForChange(tx, ctx.actor, id, version, 'delete');
    const dependents = await repo.dependents(tx, facts);
    if (dependents.length && !cascade) {
      const names = dependents.slice(0, 20).map((d) => `${d.kind} ${d.id}`);
      throw conflict(`${facts.kind} ${id} can not be deleted: ${dependents.length} item${dependents.length === 1 ? '' : 's'} depend on it (${names.join(', ')}${dependents.length > 20 ? ', ...' : ''}). Delete those first, or ask for cascade.`, {
        id,
        dependents: dependents.map((d) => d.id),
      });
    }
    // A theme takes its tags along, never the tagged items.
    const doomedIds = facts.kind === NodeKind.THEME ? [] : dependents.map((d) => d.id);
    const locked = await repo.lockNodes(tx, doomedIds);
    const doomed = doomedIds.flatMap((d) => (locked.has(d) ? [locked.get(d)!] : []));
    if (ctx.actor.role !== 'analyst') {
      const foreign = doomed.filter((d) => isShared(d.kind) || d.owner !== ctx.actor.organisation);
      if (foreign.length) {
        throw forbidden(`Deleting ${id} with cascade would delete items of another organisation (${foreign.slice(0, 10).map((d) => `${d.kind} ${d.id}`).join(', ')}); only an analyst may.`, { dependents: foreign.map((d) => d.id) });
      }
    }
    const all = [facts, ...doomed];
    const ids = all.map((n) => n.id);
    const outside = await repo.outsideLinks(tx, ids);
    await repo.deleteNodes(tx, all);
    await repo.recordChanges(tx, all.map((n) => changeEntry({
      operation: 'DELETE',
      nodeId: n.id,
      nodeKind: n.kind,
      organisationId: n.owner,
      touches: outside.filter((l) => l.nodeId === n.id).map((l) => l.otherOwner),
      before: withoutBookkeeping(n.node),
      summary: n.id === id ? `deleted ${n.kind} ${n.id}${doomed.length ? ` with ${doomed.length} dependent items` : ''}` : `deleted ${n.kind} ${n.id} with ${id}`,
    })), stamp);
    return ids;
  });
}
