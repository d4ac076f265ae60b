import crypto from 'node:crypto';
import type { Tx } from '../../neo4j/database.js';
import * as repo from '../../repository/curationRepository.js';
import type { EntityRow } from '../../repository/rows.js';
import { derivedProps } from '../../model/derived.js';
import { parseLines } from '../../sources/sourceText.js';
import type { GraphQLContext, Identity } from '../context.js';
import { Basis, NodeKind } from '../common/enums.js';
import { hydrate, type Entity } from '../common/node.js';
import { badInput, conflict, forbidden, notFound, unauthenticated } from '../errors.js';
import { LINKABLE, type FieldSpec, type KindSpec } from './kinds.js';
import type { LinkInput, ProvenanceInput, UnlinkInput } from './inputs.js';

/**
 * The rules of every write: who may make it, what makes its input valid, and how it lands in
 * the graph. Each operation is one transaction: it locks what it changes, checks the version
 * the caller saw, writes, and leaves a change record; when anything fails, nothing is written.
 */

const MAX_TEXT = 500;
const MAX_LONG_TEXT = 5000;
const KEY = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

type Input = Record<string, unknown>;
type Props = Record<string, repo.PropValue>;

// --- who may write ------------------------------------------------------------------------

export function requireWriter(identity: Identity): void {
  if (identity.role === 'anonymous') throw unauthenticated('Changes need an identity: send an X-API-Key header or an Authorization: Bearer token.');
  if (identity.role === 'viewer') throw forbidden('Viewers can read but not change the graph.');
}

/** Partners change only the items of their own organisation; analysts change anything. */
function requireOwner(identity: Identity, owner: string | null, what: string): void {
  if (identity.role !== 'partner') return;
  if (!owner || owner !== identity.organisation) {
    throw forbidden(`${what} belongs to ${owner ?? 'no organisation'}; a partner of ${identity.organisation} can only change that organisation's items.`);
  }
}

function stampOf(ctx: GraphQLContext): repo.Stamp & { role: string } {
  return { actor: ctx.identity.subject ?? 'anonymous', role: ctx.identity.role, now: new Date().toISOString() };
}

// --- input checks -------------------------------------------------------------------------

function checkField(field: FieldSpec, value: unknown, argument: string): repo.PropValue {
  if (value === null || value === undefined) return null;
  switch (field.type) {
    case 'text':
    case 'longText': {
      const text = String(value).trim();
      const max = field.type === 'text' ? MAX_TEXT : MAX_LONG_TEXT;
      if (!text) throw badInput(argument, 'must not be empty (give null to clear it)');
      if (text.length > max) throw badInput(argument, `must be at most ${max} characters`);
      return text;
    }
    case 'int': {
      const n = Number(value);
      if (/period|year/i.test(field.name) && (n < 1900 || n > 2100)) throw badInput(argument, 'must be a year from 1900 to 2100');
      return n;
    }
    case 'float':
      if (!Number.isFinite(Number(value))) throw badInput(argument, 'must be a finite number');
      return Number(value);
    case 'date':
      return { date: String(value) };
    default:
      return String(value);
  }
}

/** Field values of an input as Neo4j properties; `partial` (a patch) keeps only the fields given. */
function fieldProps(spec: KindSpec, input: Input, argument: string, partial: boolean): Props {
  const props: Props = {};
  for (const field of spec.fields) {
    const given = Object.prototype.hasOwnProperty.call(input, field.name) && input[field.name] !== undefined;
    if (!given && partial) continue;
    const value = checkField(field, input[field.name], `${argument}.${field.name}`);
    if (field.required && value === null) throw badInput(`${argument}.${field.name}`, 'is required');
    props[field.prop ?? field.name] = value;
  }
  if ((props.periodFrom ?? -Infinity) > (props.periodTo ?? Infinity)) throw badInput(`${argument}.periodTo`, 'is before periodFrom');
  return props;
}

/** The evidence of a stated or curated node or link: exactly one of provenance and rationale. */
function evidenceProps(ctx: GraphQLContext, basis: Basis, provenance: ProvenanceInput | null | undefined, rationale: string | null | undefined, argument: string): Props {
  if (basis === Basis.SUGGESTED) throw badInput(`${argument}.basis`, 'SUGGESTED is computed by PlanGraph, never entered');
  if (basis === Basis.STATED) {
    if (!provenance) throw badInput(`${argument}.provenance`, 'a STATED item needs its provenance (source, lines, quote)');
    if (rationale != null) throw badInput(`${argument}.rationale`, 'a STATED item has a provenance, not a rationale; use basis CURATED for a judgement');
    return { basis, ...checkProvenance(ctx, provenance, `${argument}.provenance`), rationale: null };
  }
  if (provenance != null) throw badInput(`${argument}.provenance`, 'a CURATED item has a rationale, not a provenance; use basis STATED when the document says it');
  return { basis, rationale: checkRationale(rationale, `${argument}.rationale`), source: null, lineFrom: null, lineTo: null, quote: null };
}

function checkRationale(rationale: string | null | undefined, argument: string): string {
  const text = rationale?.trim() ?? '';
  if (text.length < 10) throw badInput(argument, 'a CURATED item needs a rationale of at least 10 characters');
  if (text.length > MAX_LONG_TEXT) throw badInput(argument, `must be at most ${MAX_LONG_TEXT} characters`);
  return text;
}

/** A provenance must point at words that really are in the cited lines of a source document. */
function checkProvenance(ctx: GraphQLContext, p: ProvenanceInput, argument: string): Props {
  if (!/^[\w.-]+\.txt$/.test(p.source) || !ctx.sources.exists(p.source)) throw badInput(`${argument}.source`, `${p.source} is not a source document (see data/sources)`);
  if (!/^\d+(-\d+)?$/.test(p.lines)) throw badInput(`${argument}.lines`, 'must be a line number or a range like 615-620');
  if (p.quote.trim().length === 0 || p.quote.length > MAX_LONG_TEXT) throw badInput(`${argument}.quote`, `must be 1 to ${MAX_LONG_TEXT} characters`);
  const range = parseLines(p.lines);
  const problem = ctx.sources.checkQuote(p.source, range, p.quote);
  if (problem) throw badInput(`${argument}.quote`, problem);
  return { source: p.source, lineFrom: range.from, lineTo: range.to, quote: p.quote.trim() };
}

/** Only the properties whose value changes, as before/after maps for the audit trail. */
function diff(before: EntityRow | Record<string, unknown>, props: Props): { changed: Props; before: Record<string, unknown>; after: Record<string, unknown> } {
  const changed: Props = {};
  const was: Record<string, unknown> = {};
  const now: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    const old = (before as Record<string, unknown>)[key] ?? null;
    const next = value !== null && typeof value === 'object' && 'date' in value ? value.date : value;
    if (JSON.stringify(old) !== JSON.stringify(next)) {
      changed[key] = value;
      was[key] = old;
      now[key] = next;
    }
  }
  return { changed, before: was, after: now };
}

function change(entry: Omit<repo.ChangeEntry, 'id' | 'before' | 'after' | 'otherId' | 'relationship'> & Partial<Pick<repo.ChangeEntry, 'otherId' | 'relationship'>> & { before?: unknown; after?: unknown }): repo.ChangeEntry {
  return {
    id: crypto.randomUUID(),
    otherId: null,
    relationship: null,
    ...entry,
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
  };
}

// --- create, update, delete ---------------------------------------------------------------

/** Properties as plain values (dates as their ISO text), to derive sort and search keys from. */
function dateless(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, v !== null && typeof v === 'object' && 'date' in v ? (v as { date: string }).date : v]));
}

function newId(spec: KindSpec, input: Input): string {
  const key = input.key as string | null | undefined;
  if (key != null && !KEY.test(key)) throw badInput('input.key', 'must be 1-100 letters, digits, dots, dashes or underscores');
  if (spec.scope === 'plan') return `${String(input.plan)}/${key ?? `c-${crypto.randomUUID().slice(0, 8)}`}`;
  if (key == null) throw badInput('input.key', `a ${spec.kind} needs a key: its stable id`);
  return `${spec.idPrefix ?? ''}${key}`;
}

export async function createNode(ctx: GraphQLContext, spec: KindSpec, input: Input): Promise<Entity> {
  requireWriter(ctx.identity);
  if (spec.analystsOnly && ctx.identity.role !== 'analyst') throw forbidden(`Only analysts create ${spec.kind} nodes.`);
  const fields = fieldProps(spec, input, 'input', false);
  const evidence = evidenceProps(ctx, input.basis as Basis, input.provenance as ProvenanceInput | null, input.rationale as string | null, 'input');
  const id = newId(spec, input);
  const stamp = stampOf(ctx);

  const row = await ctx.db.writeTransaction(async (tx) => {
    const refIds = spec.refs.map((r) => input[r.name] as string | null | undefined).filter((x): x is string => !!x);
    const planId = spec.scope === 'plan' ? String(input.plan) : null;
    const facts = await repo.nodeFacts(tx, [...(planId ? [planId] : []), ...refIds]);
    let owner: string | null = null;
    if (planId) {
      const plan = facts.get(planId);
      if (!plan || plan.kind !== NodeKind.PLAN) throw notFound(NodeKind.PLAN, planId);
      owner = plan.owner;
      requireOwner(ctx.identity, owner, `Plan ${planId}`);
      requirePlanSource(evidence, plan);
    }
    for (const ref of spec.refs) {
      const target = input[ref.name] as string | null | undefined;
      if (!target) {
        if (ref.required) throw badInput(`input.${ref.name}`, 'is required');
        continue;
      }
      const fact = facts.get(target);
      if (!fact || fact.kind !== ref.target) throw notFound(ref.target, target);
      if (planId && fact.planId && fact.planId !== planId) throw badInput(`input.${ref.name}`, `${target} belongs to another plan (${fact.planId})`);
      if (ref.rel === 'PUBLISHES') {
        owner = target;
        requireOwner(ctx.identity, target, `Organisation ${target}`);
      }
    }
    if (await repo.lockNode(tx, id)) throw conflict(`${id} already exists; choose another key`, { id });
    if (planId && typeof fields.code === 'string') await requireFreeCode(tx, planId, spec.kind, fields.code, id, 'input.code');

    const props: Props = { ...fields, ...evidence, planId: spec.kind === NodeKind.PLAN ? id : planId };
    const created = await repo.createNode(tx, { id, label: spec.kind, props: { ...props, ...derivedProps(spec.kind, id, dateless(props)) } }, stamp);
    const links = linkEvidence(evidence);
    if (planId && spec.containedBy) await repo.link(tx, { type: spec.containedBy, from: planId, to: id, origin: planId, key: '', props: links }, stamp);
    for (const ref of spec.refs) {
      const target = input[ref.name] as string | null | undefined;
      if (!target) continue;
      const [from, to] = ref.direction === 'out' ? [id, target] : [target, id];
      await repo.link(tx, { type: ref.rel, from, to, origin: planId ?? (ref.rel === 'PUBLISHES' ? id : 'api'), key: '', props: links }, stamp);
    }
    const given = Object.fromEntries(Object.entries({ ...fields, ...evidence }).filter(([, v]) => v !== null));
    await repo.recordChanges(tx, [change({ operation: 'CREATE', nodeId: id, nodeKind: spec.kind, organisationId: owner, after: given, summary: `created ${spec.kind} ${id}` })], stamp);
    return created;
  });
  return hydrate(row);
}

/** A link made with a node has the node's own evidence. */
function linkEvidence(evidence: Props): Props {
  return { basis: evidence.basis ?? null, source: evidence.source ?? null, lineFrom: evidence.lineFrom ?? null, lineTo: evidence.lineTo ?? null, quote: evidence.quote ?? null, rationale: evidence.rationale ?? null };
}

async function requireFreeCode(tx: Tx, planId: string, kind: string, code: string, id: string, argument: string): Promise<void> {
  const holder = await repo.codeTaken(tx, { planId, kind, code, id });
  if (holder) throw badInput(argument, `code "${code}" is already used by ${holder} in plan ${planId}; codes are unique within a plan`);
}

/** Locks the node, then checks it exists, is of the kind, belongs to the caller and is at the version the caller saw. */
async function lockForChange(ctx: GraphQLContext, tx: Tx, id: string, version: number, kind?: string): Promise<repo.LockedNode> {
  const locked = await repo.lockNode(tx, id);
  if (!locked) throw notFound('node', id);
  if (kind && locked.node.kind !== kind) throw badInput('id', `${id} is a ${locked.node.kind}, not a ${kind}`);
  requireOwner(ctx.identity, locked.owner, `${locked.node.kind} ${id}`);
  const current = Number(locked.node.version ?? 1);
  if (current !== version) {
    throw conflict(`${id} was changed since version ${version} (it is at version ${current}, by ${String(locked.node.updatedBy ?? locked.node.createdBy ?? 'an import')}); reload it and apply your change again`, { id, currentVersion: current });
  }
  return locked;
}

export async function updateNode(ctx: GraphQLContext, spec: KindSpec, id: string, version: number, patch: Input): Promise<Entity> {
  requireWriter(ctx.identity);
  const fields = fieldProps(spec, patch, 'patch', true);
  const stamp = stampOf(ctx);
  const row = await ctx.db.writeTransaction(async (tx) => {
    const { node, owner } = await lockForChange(ctx, tx, id, version, spec.kind);
    const props: Props = { ...fields };
    if (patch.provenance != null) {
      if (node.basis !== Basis.STATED) throw badInput('patch.provenance', `${id} is ${String(node.basis)}: it has a rationale, not a provenance`);
      Object.assign(props, checkProvenance(ctx, patch.provenance as ProvenanceInput, 'patch.provenance'));
    }
    if (patch.rationale != null) {
      if (node.basis !== Basis.CURATED) throw badInput('patch.rationale', `${id} is ${String(node.basis)}: it has a provenance, not a rationale`);
      props.rationale = checkRationale(patch.rationale as string, 'patch.rationale');
    }
    for (const f of spec.fields) if (f.required && f.name in props && props[f.prop ?? f.name] === null) throw badInput(`patch.${f.name}`, 'can not be cleared');
    if (typeof props.code === 'string' && node.planId) await requireFreeCode(tx, String(node.planId), spec.kind, props.code, id, 'patch.code');
    Object.assign(props, derivedProps(spec.kind, id, dateless({ ...node, ...props })));
    const { changed, before, after } = diff(node, props);
    if (Object.keys(changed).length === 0) return node;
    const updated = await repo.updateNode(tx, id, changed, stamp);
    await repo.recordChanges(tx, [change({ operation: 'UPDATE', nodeId: id, nodeKind: spec.kind, organisationId: owner, before, after, summary: `updated ${Object.keys(changed).join(', ')} of ${id}` })], stamp);
    return updated;
  });
  return hydrate(row);
}

export async function deleteNode(ctx: GraphQLContext, id: string, version: number, cascade: boolean): Promise<string[]> {
  requireWriter(ctx.identity);
  const stamp = stampOf(ctx);
  return ctx.db.writeTransaction(async (tx) => {
    const { node, owner } = await lockForChange(ctx, tx, id, version);
    if (ctx.identity.role === 'partner' && [NodeKind.ORGANISATION, NodeKind.SYSTEM, NodeKind.THEME].includes(node.kind as NodeKind)) {
      throw forbidden(`Only analysts delete ${node.kind} nodes.`);
    }
    const dependents = await repo.dependents(tx, id);
    if (dependents.length && !cascade) {
      const names = dependents.slice(0, 20).map((d) => `${d.kind} ${d.id}`);
      throw conflict(`${node.kind} ${id} can not be deleted: ${dependents.length} item${dependents.length === 1 ? '' : 's'} depend on it (${names.join(', ')}${dependents.length > 20 ? ', ...' : ''}). Delete those first, or ask for cascade.`, {
        id,
        dependents: dependents.map((d) => d.id),
      });
    }
    // A theme takes its tags along, never the tagged items.
    const doomed = node.kind === NodeKind.THEME ? [] : dependents;
    if (ctx.identity.role === 'partner') {
      const facts = await repo.nodeFacts(tx, doomed.map((d) => d.id));
      for (const d of doomed) requireOwner(ctx.identity, facts.get(d.id)?.owner ?? null, `${d.kind} ${d.id}`);
    }
    const ids = [id, ...doomed.map((d) => d.id)];
    await repo.deleteNodes(tx, ids);
    await repo.recordChanges(tx, [node, ...doomed].map((n) => change({
      operation: 'DELETE', nodeId: n.id, nodeKind: n.kind, organisationId: owner, before: withoutBookkeeping(n),
      summary: n.id === id ? `deleted ${n.kind} ${n.id}${doomed.length ? ` with ${doomed.length} dependent items` : ''}` : `deleted ${n.kind} ${n.id} with ${id}`,
    })), stamp);
    return ids;
  });
}

function withoutBookkeeping(row: EntityRow): Record<string, unknown> {
  const { contentHash: _h, ...rest } = row as Record<string, unknown>;
  return rest;
}

// --- links ----------------------------------------------------------------------------------

export async function linkNodes(ctx: GraphQLContext, input: LinkInput): Promise<{ basis: Basis; wording: string | null }> {
  requireWriter(ctx.identity);
  const rule = LINKABLE[input.relationship]!;
  const evidence = evidenceProps(ctx, input.basis, input.provenance, input.rationale, 'input');
  const wording = input.wording?.trim() || null;
  if (wording && !rule.wording) throw badInput('input.wording', `${input.relationship} links carry no wording`);
  if (wording && wording.length > MAX_TEXT) throw badInput('input.wording', `must be at most ${MAX_TEXT} characters`);
  if (input.relation && input.relationship !== 'ALIGNED_WITH') throw badInput('input.relation', 'only ALIGNED_WITH links have a relation');
  if (input.from === input.to) throw badInput('input.to', 'a node can not be linked to itself');
  const stamp = stampOf(ctx);
  return ctx.db.writeTransaction(async (tx) => {
    const facts = await repo.nodeFacts(tx, [input.from, input.to]);
    const from = facts.get(input.from);
    const to = facts.get(input.to);
    if (!from) throw notFound('node', input.from);
    if (!to) throw notFound('node', input.to);
    if (!rule.from.includes(from.kind as NodeKind)) throw badInput('input.from', `${input.relationship} starts at ${rule.from.join(' or ')}, not at ${from.kind}`);
    if (!rule.to.includes(to.kind as NodeKind)) throw badInput('input.to', `${input.relationship} ends at ${rule.to.join(' or ')}, not at ${to.kind}`);
    if (input.relationship === 'PART_OF' && from.kind !== to.kind) throw badInput('input.to', `PART_OF links a ${from.kind} to another ${from.kind}`);
    if (input.relationship === 'ALIGNED_WITH' && from.owner === to.owner) throw badInput('input.to', 'an alignment links objectives of different organisations');
    requirePlanSource(evidence, from);
    requireOwner(ctx.identity, from.owner, `${from.kind} ${input.from}`);
    const props: Props = { ...evidence, as: wording, relation: input.relationship === 'ALIGNED_WITH' ? (input.relation ?? 'SAME_AIM') : null };
    await repo.link(tx, { type: input.relationship, from: input.from, to: input.to, origin: 'api', key: wording ?? '', props }, stamp);
    await repo.recordChanges(tx, [change({
      operation: 'LINK', nodeId: input.from, nodeKind: from.kind, organisationId: from.owner, otherId: input.to, relationship: input.relationship,
      after: props, summary: `linked ${input.from} -[${input.relationship}]-> ${input.to}`,
    })], stamp);
    return { basis: evidence.basis as Basis, wording };
  });
}

/** A stated item or link of a plan must quote that plan's own document. */
function requirePlanSource(evidence: Props, of: repo.NodeFacts): void {
  if (evidence.basis === Basis.STATED && of.planSource && evidence.source !== of.planSource) {
    throw badInput('input.provenance.source', `items of ${of.planId} are stated in ${of.planSource}, not in ${String(evidence.source)}`);
  }
}

export async function unlinkNodes(ctx: GraphQLContext, input: UnlinkInput): Promise<number> {
  requireWriter(ctx.identity);
  const stamp = stampOf(ctx);
  return ctx.db.writeTransaction(async (tx) => {
    const facts = await repo.nodeFacts(tx, [input.from]);
    const from = facts.get(input.from);
    if (!from) throw notFound('node', input.from);
    requireOwner(ctx.identity, from.owner, `${from.kind} ${input.from}`);
    const removed = await repo.unlink(tx, { type: input.relationship, from: input.from, to: input.to, wording: input.wording ?? null });
    if (removed.length === 0) throw notFound(`${input.relationship} link from ${input.from} to`, input.to);
    await repo.recordChanges(tx, removed.map((link) => change({
      operation: 'UNLINK', nodeId: input.from, nodeKind: from.kind, organisationId: from.owner, otherId: input.to, relationship: input.relationship,
      before: link, summary: `unlinked ${input.from} -[${input.relationship}]-> ${input.to}`,
    })), stamp);
    return removed.length;
  });
}
