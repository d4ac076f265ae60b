import 'reflect-metadata';
import { isObjectType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Resolver, Root, type ClassType } from 'type-graphql';
import { KINDS } from '../../model/kinds.js';
import { targetsOf, type ComputedFieldDef, type KindDef, type LinkFieldDef, type RefFieldDef } from '../../model/types.js';
import type { GraphQLContext } from '../context.js';
import { ConnectionArgs, linkConnection } from '../common/connection.js';
import { Entity } from '../common/node.js';
import { Period, periodOf } from '../common/provenance.js';
import { StatusReport, statusReportOf } from '../common/status.js';
import { finishPage, pageRequest } from '../read/paging.js';
import { prefetchedOf, type RawLinks } from '../read/shape.js';
import { connectionsOf, ENTITY_CONNECTIONS, entityType } from './entityTypes.js';

/**
 * The relationship fields of every kind, generated from the model table. Each resolver returns
 * what its parent's compiled read already holds; a parent read without it (the answer of a
 * question, a node fetched by a resolver of its own) gets it from the request's batching loader.
 * Paging is finished here, from the field's own arguments.
 */

/**
 * Relationship field: one page of linked nodes with each link's evidence, or the one linked node.
 * Answered synchronously when the parent's read holds the links (the usual case): a promise per
 * field would make graphql-js wait for every object of a large answer through the microtask queue.
 */
export function resolveLink(root: Entity, link: LinkFieldDef, args: ConnectionArgs, ctx: GraphQLContext, info: GraphQLResolveInfo) {
  const prefetched = prefetchedOf(root);
  const key = info.path.key as string;
  if (prefetched?.has(key)) return linkValue(link, args, prefetched.get(key)!);
  return ctx.reader.links(root, link, info).then((raw) => linkValue(link, args, raw));
}

function linkValue(link: LinkFieldDef, args: ConnectionArgs, raw: RawLinks | Entity | null) {
  if (!link.many) return raw as Entity | null;
  const links = raw as RawLinks;
  return linkConnection(finishPage(pageRequest(args, `${link.name}.`), links.items, links.total), links.total, link.rel);
}

/** A node reached through a property of the parent (an item's plan). */
export function resolveRef(root: Entity, ref: RefFieldDef, ctx: GraphQLContext, info: GraphQLResolveInfo) {
  const prefetched = prefetchedOf(root);
  const key = info.path.key as string;
  if (prefetched?.has(key)) return prefetched.get(key) as Entity | null;
  return ctx.reader.node(root.row[ref.prop] as string | null, [ref.target], info);
}

/** Declares a method of `cls` as a field resolver, the way the decorators would. */
function defineField(cls: ClassType, name: string, body: (...args: never[]) => unknown, decorate: (proto: object, name: string, descriptor: PropertyDescriptor) => void): void {
  Object.defineProperty(cls.prototype, name, { value: body, writable: true, configurable: true });
  decorate(cls.prototype, name, Object.getOwnPropertyDescriptor(cls.prototype, name)!);
}

/** The node type a link field reaches: its kind's, or `Entity` when it reaches several kinds. */
function targetType(link: LinkFieldDef) {
  const targets = targetsOf(link);
  return targets.length === 1 ? entityType(targets[0]!) : Entity;
}

function targetConnection(link: LinkFieldDef) {
  const targets = targetsOf(link);
  return targets.length === 1 ? connectionsOf(targets[0]!).LinkConnection : ENTITY_CONNECTIONS.LinkConnection;
}

function linkField(cls: ClassType, link: LinkFieldDef): void {
  if (!link.many) {
    defineField(cls, link.name, function (root: Entity, ctx: GraphQLContext, info: GraphQLResolveInfo) {
      return resolveLink(root, link, {}, ctx, info);
    } as never, (proto, name, descriptor) => {
      FieldResolver(() => targetType(link), { nullable: true, description: link.description })(proto, name, descriptor);
      Root()(proto, name, 0);
      Ctx()(proto, name, 1);
      Info()(proto, name, 2);
    });
    return;
  }
  defineField(cls, link.name, function (root: Entity, args: ConnectionArgs, ctx: GraphQLContext, info: GraphQLResolveInfo) {
    return resolveLink(root, link, args, ctx, info);
  } as never, (proto, name, descriptor) => {
    FieldResolver(() => targetConnection(link), { description: link.description })(proto, name, descriptor);
    Root()(proto, name, 0);
    Args(() => ConnectionArgs)(proto, name, 1);
    Ctx()(proto, name, 2);
    Info()(proto, name, 3);
    // Arguments that narrow the links; the planner reads them from the selection.
    (link.args ?? []).forEach((arg, i) => {
      const type = arg.list ? [arg.enum.values] : arg.enum.values;
      Arg(arg.name, () => type as never, { nullable: true, description: arg.description })(proto, name, 4 + i);
    });
  });
}

function refField(cls: ClassType, ref: RefFieldDef): void {
  defineField(cls, ref.name, function (root: Entity, ctx: GraphQLContext, info: GraphQLResolveInfo) {
    return resolveRef(root, ref, ctx, info);
  } as never, (proto, name, descriptor) => {
    FieldResolver(() => entityType(ref.target), { nullable: true, description: ref.description })(proto, name, descriptor);
    Root()(proto, name, 0);
    Ctx()(proto, name, 1);
    Info()(proto, name, 2);
  });
}

/** Computed fields shared by several kinds; kind-specific ones live in the kind's folder. */
const SHARED_COMPUTED: Readonly<Record<string, { type: () => unknown; nullable: boolean; description?: string; resolve: (row: Readonly<Record<string, unknown>>) => unknown }>> = {
  period: { type: () => Period, nullable: true, resolve: periodOf },
  aliases: {
    type: () => [String],
    nullable: false,
    description: 'Every other name the documents (and the registry) use for it; lookup and search find it by any of them.',
    resolve: (row) => (Array.isArray(row.aliases) ? row.aliases : []),
  },
  statusReport: { type: () => StatusReport, nullable: true, description: "The status with the document's words and where it says so.", resolve: statusReportOf },
};

function computedField(cls: ClassType, computed: ComputedFieldDef): void {
  const shared = SHARED_COMPUTED[computed.name];
  if (!shared) return;
  defineField(cls, computed.name, function (root: Entity) {
    return shared.resolve(root.row);
  } as never, (proto, name, descriptor) => {
    FieldResolver(shared.type as never, { nullable: shared.nullable, description: shared.description })(proto, name, descriptor);
    Root()(proto, name, 0);
  });
}

function kindResolver(def: KindDef): ClassType {
  const cls = { [`${def.kind}Fields`]: class {} }[`${def.kind}Fields`]!;
  for (const link of def.links) linkField(cls, link);
  for (const ref of def.refs) refField(cls, ref);
  for (const computed of def.computed) computedField(cls, computed);
  Resolver(() => entityType(def.kind))(cls);
  return cls;
}

export const LINK_RESOLVERS: readonly ClassType[] = KINDS.map(kindResolver);

/**
 * type-graphql 2 hands a resolver its arguments through an async function (argument validation,
 * called even when validation is off), so every field with arguments answers with a promise, and
 * graphql-js then waits for every object above it through the microtask queue. The relationship
 * fields, most of the fields of a large answer, get their resolver set on the built schema
 * instead: the same function with graphql-js's own arguments, synchronous when the parent's read
 * holds the links.
 */
export function resolveLinksDirectly(schema: GraphQLSchema): void {
  for (const def of KINDS) {
    const type = schema.getType(def.kind);
    if (!isObjectType(type)) throw new Error(`the schema has no object type ${def.kind}`);
    const fields = type.getFields();
    for (const link of def.links) {
      const field = fields[link.name];
      if (!field) throw new Error(`the schema has no field ${def.kind}.${link.name}`);
      field.resolve = (root, args, ctx, info) => resolveLink(root as Entity, link, link.many ? (args as ConnectionArgs) : {}, ctx as GraphQLContext, info);
    }
  }
}
