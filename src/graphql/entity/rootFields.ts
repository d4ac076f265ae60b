import 'reflect-metadata';
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, ID, Info, InputType, Int, Query, Resolver, type ClassType } from 'type-graphql';
import { KINDS } from '../../model/kinds.js';
import { SortDirection, SortField } from '../../model/enums.js';
import type { FilterDef, KindDef } from '../../model/types.js';
import type { ListFilter, Order, ReadRoot } from '../../repository/read/readPlan.js';
import type { GraphQLContext } from '../context.js';
import { ConnectionArgs, nodeConnection } from '../common/connection.js';
import { DateRange, MAX_TEXT, OrderBy } from '../common/filters.js';
import type { Entity } from '../common/node.js';
import { badInput } from '../errors.js';
import { finishPage, pageRequest } from '../read/paging.js';
import { planConnection, planNode } from '../read/planner.js';
import { selectionContext } from '../read/reader.js';
import type { SelectionContext } from '../read/selection.js';
import { shapeNode } from '../read/shape.js';
import { connectionsOf, entityType } from './entityTypes.js';

/**
 * The root fields of every kind, generated from the model table: `<kind>(id)` and the list
 * `<kinds>(filter, orderBy, first, after, last, before)` with a `<Kind>Filter` input made of the
 * kind's filters. Each compiles its whole selection into one Cypher statement.
 */
export const MAX_VALUES = 100;
export const MAX_ID = 300;

export function checkId(id: string, argumentName: string): string {
  if (id.length === 0 || id.length > MAX_ID) throw badInput(argumentName, `must be an id of 1 to ${MAX_ID} characters`);
  return id;
}

// --- filters ----------------------------------------------------------------------------------

function filterFieldType(f: FilterDef): unknown {
  switch (f.op) {
    case 'text':
      return String;
    case 'dateRange':
      return DateRange;
    case 'in':
      return f.type === 'enum' ? [f.enum!.values] : f.type === 'int' ? [Int] : f.type === 'text' ? [String] : [ID];
    default:
      return [ID];
  }
}

function filterInput(def: KindDef): ClassType {
  const cls = { [`${def.kind}Filter`]: class {} }[`${def.kind}Filter`]!;
  for (const f of def.filters) Field(() => filterFieldType(f) as never, { nullable: true, description: f.description })(cls.prototype, f.name);
  InputType(`${def.kind}Filter`, { description: `Narrows the list of ${def.list}; every filter given must hold.` })(cls);
  return cls;
}

const FILTERS = new Map(KINDS.map((k) => [k.kind as string, filterInput(k)]));

/** The filter input as the compiler's list filters, checked for what the schema can not say. */
export function listFilters(def: KindDef, input: Record<string, unknown> | null | undefined): ListFilter[] {
  const out: ListFilter[] = [];
  for (const f of def.filters) {
    const value = input?.[f.name];
    if (value == null) continue;
    const argument = `filter.${f.name}`;
    if (Array.isArray(value)) {
      if (value.length > MAX_VALUES) throw badInput(argument, `may list at most ${MAX_VALUES} values`);
      if (value.length === 0) continue;
    }
    switch (f.op) {
      case 'text': {
        const text = String(value).trim();
        if (text.length > MAX_TEXT) throw badInput(argument, `must be at most ${MAX_TEXT} characters`);
        if (text) out.push({ op: 'text', value: text });
        break;
      }
      case 'dateRange': {
        const range = value as { from?: string | null; to?: string | null };
        if (range.from && range.to && range.from > range.to) throw badInput(argument, 'from is after to');
        if (range.from || range.to) out.push({ op: 'dateRange', prop: f.prop, from: range.from ?? null, to: range.to ?? null });
        break;
      }
      case 'in':
        if (f.type === 'text' && (value as string[]).some((v) => v.length > MAX_TEXT)) throw badInput(argument, `values must be at most ${MAX_TEXT} characters`);
        out.push({ op: 'in', prop: f.prop, values: value as unknown[] });
        break;
      case 'publisher':
      case 'plan':
      case 'theme':
        (value as string[]).forEach((id) => checkId(id, argument));
        out.push({ op: f.op, ids: value as string[] });
        break;
      case 'linked':
        (value as string[]).forEach((id) => checkId(id, argument));
        out.push({ op: 'linked', rel: f.rel, direction: f.direction, ids: value as string[] });
        break;
    }
  }
  return out;
}

export function orderOf(def: KindDef, orderBy: OrderBy | null | undefined): Order {
  const field = orderBy?.field ?? def.defaultSort;
  const descending = orderBy?.direction === SortDirection.DESC;
  if (field === SortField.DOCUMENT) return { prop: 'docKey', descending };
  const prop = def.sorts[field];
  if (!prop) {
    const offered = [SortField.DOCUMENT, ...Object.keys(def.sorts)].join(', ');
    throw badInput('orderBy.field', `${def.list} can not be sorted by ${field}; they sort by ${offered}`);
  }
  return { prop, descending };
}

// --- resolvers --------------------------------------------------------------------------------

/** The read plan of a kind's list field (pure: what the compiler will be asked to read). */
export function listRoot(def: KindDef, args: ConnectionArgs, filter: Record<string, unknown> | null, orderBy: OrderBy | null, sc: SelectionContext, fieldNodes: readonly FieldNode[]): ReadRoot & { from: 'list' } {
  const request = pageRequest(args);
  const selection = planConnection(sc, `${def.kind}Connection`, [def.kind], fieldNodes);
  return {
    from: 'list', kind: def.kind, filters: listFilters(def, filter), order: orderOf(def, orderBy), page: request.page,
    total: selection.total || request.needsTotal, node: selection.node,
  };
}

/** The read plan of a field that returns one node by id, of one of `kinds`. */
export function oneRoot(kinds: readonly string[], id: string, sc: SelectionContext, fieldNodes: readonly FieldNode[]): ReadRoot & { from: 'id' } {
  return { from: 'id', kind: kinds.length === 1 ? kinds[0]! : null, id: checkId(id, 'id'), node: planNode(sc, kinds, fieldNodes) };
}

export async function readList(def: KindDef, args: ConnectionArgs, filter: Record<string, unknown> | null, orderBy: OrderBy | null, ctx: GraphQLContext, info: GraphQLResolveInfo) {
  const request = pageRequest(args);
  const { root, rows } = await ctx.reader.root(info, () => listRoot(def, args, filter, orderBy, selectionContext(info), info.fieldNodes));
  const result = rows[0]!.result as { total?: number; items: Record<string, unknown>[] };
  const nodes = result.items.map((raw) => shapeNode<Entity>(raw, root.node));
  const total = result.total ?? null;
  return nodeConnection(finishPage(request, nodes, total), total);
}

export async function readOne(kinds: readonly string[], id: string, ctx: GraphQLContext, info: GraphQLResolveInfo): Promise<Entity | null> {
  checkId(id, 'id');
  const { root, rows } = await ctx.reader.root(info, () => oneRoot(kinds, id, selectionContext(info), info.fieldNodes));
  const raw = rows[0]?.result as Record<string, unknown> | undefined;
  return raw ? shapeNode(raw, root.node) : null;
}

function kindRootResolver(def: KindDef): ClassType {
  const cls = { [`${def.kind}Queries`]: class {} }[`${def.kind}Queries`]!;
  const Filter = FILTERS.get(def.kind)!;
  const single = function (id: string, ctx: GraphQLContext, info: GraphQLResolveInfo) {
    return readOne([def.kind], id, ctx, info);
  };
  const list = function (args: ConnectionArgs, filter: Record<string, unknown> | null, orderBy: OrderBy | null, ctx: GraphQLContext, info: GraphQLResolveInfo) {
    return readList(def, args, filter, orderBy, ctx, info);
  };
  Object.defineProperty(cls.prototype, def.single, { value: single, writable: true, configurable: true });
  Object.defineProperty(cls.prototype, def.list, { value: list, writable: true, configurable: true });
  const proto = cls.prototype;
  Query(() => entityType(def.kind), { name: def.single, nullable: true, description: `A ${def.kind} by id.` })(proto, def.single, Object.getOwnPropertyDescriptor(proto, def.single)!);
  Arg('id', () => ID)(proto, def.single, 0);
  Ctx()(proto, def.single, 1);
  Info()(proto, def.single, 2);
  Query(() => connectionsOf(def.kind).Connection, { name: def.list, description: `${def.description} Filtered, sorted and paged.` })(proto, def.list, Object.getOwnPropertyDescriptor(proto, def.list)!);
  Args(() => ConnectionArgs)(proto, def.list, 0);
  Arg('filter', () => Filter, { nullable: true })(proto, def.list, 1);
  Arg('orderBy', () => OrderBy, { nullable: true })(proto, def.list, 2);
  Ctx()(proto, def.list, 3);
  Info()(proto, def.list, 4);
  Resolver()(cls);
  return cls;
}

export const ROOT_RESOLVERS: readonly ClassType[] = KINDS.map(kindRootResolver);
