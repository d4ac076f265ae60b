import 'reflect-metadata';
import { Field, Float, Int, ObjectType, type ClassType } from 'type-graphql';
import { KINDS, kindDef } from '../../model/kinds.js';
import type { KindDef, PropDef } from '../../model/types.js';
import { connectionTypes, type ConnectionClasses } from '../common/connection.js';
import { Entity, Node, registerEntity } from '../common/node.js';
import { DateTime, LocalDate } from '../common/scalars.js';

/**
 * The GraphQL object type of every kind, generated from the model table: one field per
 * property, the Node and Entity interfaces, and the kind's connection types. Relationship
 * fields, root fields and filters are generated beside this (linkFields.ts, rootFields.ts).
 */
type TypeValue = unknown;

export function graphqlTypeOf(p: PropDef): TypeValue {
  switch (p.type) {
    case 'text':
    case 'longText':
      return String;
    case 'int':
      return Int;
    case 'float':
      return Float;
    case 'boolean':
      return Boolean;
    case 'date':
      return LocalDate;
    case 'datetime':
      return DateTime;
    case 'enum':
      return p.enum!.values;
    case 'textList':
      return [String];
  }
}

function makeType(def: KindDef): ClassType<Entity> {
  const cls = { [def.kind]: class extends Entity {} }[def.kind]!;
  for (const p of def.props) {
    if (p.internal) continue;
    Field(() => graphqlTypeOf(p) as never, { nullable: !p.required, description: p.description })(cls.prototype, p.name);
  }
  ObjectType(def.kind, { implements: [Node, Entity], description: def.description })(cls);
  registerEntity(def.kind, cls);
  return cls;
}

const TYPES = new Map<string, ClassType<Entity>>();
const CONNECTIONS = new Map<string, ConnectionClasses<Entity>>();
for (const def of KINDS) {
  const cls = makeType(def);
  TYPES.set(def.kind, cls);
  CONNECTIONS.set(def.kind, connectionTypes(cls, def.kind));
}

/** Connections of nodes of any kind (relationship fields that reach several kinds). */
export const ENTITY_CONNECTIONS: ConnectionClasses<Entity> = connectionTypes(Entity as unknown as ClassType<Entity>, 'Entity');

export function entityType(kind: string): ClassType<Entity> {
  const cls = TYPES.get(kindDef(kind).kind);
  return cls!;
}

export function connectionsOf(kind: string): ConnectionClasses<Entity> {
  return CONNECTIONS.get(kindDef(kind).kind)!;
}

/** Every kind's object type, so `node(id)` can return types that no field names directly. */
export const ENTITY_TYPES: readonly ClassType<Entity>[] = [...TYPES.values()];
