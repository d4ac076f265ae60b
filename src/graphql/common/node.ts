import 'reflect-metadata';
import { Field, ID, Int, InterfaceType } from 'type-graphql';
import { findKind, propOf } from '../../model/kinds.js';
import type { EntityRow } from '../../repository/rows.js';
import { Basis, NodeKind } from './enums.js';
import { Provenance, provenanceOf } from './provenance.js';
import { DateTime } from './scalars.js';

@InterfaceType({
  description: 'Anything with a global id. `node(id)` fetches any of them; ids are stable across imports.',
  resolveType: (value: { kind?: string }) => value.kind,
})
export abstract class Node {
  @Field(() => ID)
  id!: string;
}

/** Fields every node of the plan graph has: what it is, why it is there, and who changed it. */
@InterfaceType({
  implements: Node,
  description: 'What every node of the plan graph has: its kind, why it is there (basis, provenance or rationale) and its version.',
  resolveType: (value: { kind?: string }) => value.kind,
})
export abstract class Entity extends Node {
  @Field(() => NodeKind)
  kind!: NodeKind;

  @Field(() => Basis)
  basis!: Basis;

  @Field(() => Provenance, { nullable: true, description: 'Where the document states it (STATED nodes).' })
  provenance!: Provenance | null;

  @Field(() => String, { nullable: true, description: 'Why an analyst added it (CURATED nodes).' })
  rationale!: string | null;

  @Field(() => Int, { description: 'Incremented by every change; pass it back to update or delete.' })
  version!: number;

  @Field(() => DateTime, { nullable: true }) createdAt!: string | null;
  @Field(() => String, { nullable: true }) createdBy!: string | null;
  @Field(() => DateTime, { nullable: true }) updatedAt!: string | null;
  @Field(() => String, { nullable: true }) updatedBy!: string | null;

  /** The plan the node belongs to (null for organisations, systems, themes). */
  planId!: string | null;
  /** The stored properties that were read, for field resolvers that shape them. */
  row!: EntityRow;
}

type EntityClass = new () => Entity;
const classes = new Map<string, EntityClass>();
/** Fields whose Neo4j property has another name (governmentLevel is stored as level), per kind. */
const renamed = new Map<string, [field: string, prop: string][]>();

/** Each kind's generated class is registered for its label, so any row can become its GraphQL object. */
export function registerEntity(kind: string, cls: EntityClass): void {
  classes.set(kind, cls);
  renamed.set(kind, (findKind(kind)?.props ?? []).filter((p) => propOf(p) !== p.name).map((p) => [p.name, propOf(p)]));
}

export function hydrate<T extends Entity>(row: EntityRow): T {
  const cls = classes.get(row.kind);
  if (!cls) throw new Error(`no GraphQL type for node kind ${row.kind}`);
  const entity = Object.assign(new cls(), row) as unknown as T;
  for (const [field, prop] of renamed.get(row.kind) ?? []) (entity as unknown as Record<string, unknown>)[field] = row[prop] ?? null;
  entity.row = row;
  entity.basis = (row.basis as Basis) ?? Basis.STATED;
  entity.version = Number(row.version ?? 1);
  entity.provenance = provenanceOf(row, row.kind === NodeKind.PLAN ? row.id : row.planId);
  entity.rationale = (row.rationale as string | undefined) ?? null;
  entity.planId = (row.planId as string | undefined) ?? null;
  return entity;
}
