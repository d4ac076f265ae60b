import 'reflect-metadata';
import { Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { NodeKind } from '../common/enums.js';
import type { Entity } from '../common/node.js';
import { Provenance, provenanceOf } from '../common/provenance.js';
import { connectionsOf, entityType } from '../entity/entityTypes.js';

/** Objectives: the generated type (see the model table), plus the result a document reports. */
export const Objective = entityType(NodeKind.OBJECTIVE);
export type Objective = Entity;
export const { Connection: ObjectiveConnection, LinkConnection: ObjectiveLinkConnection } = connectionsOf(NodeKind.OBJECTIVE);

@ObjectType({ description: 'A result the document reports for an objective.' })
export class ObjectiveResult {
  @Field(() => String) text!: string;
  @Field(() => Provenance, { nullable: true }) provenance!: Provenance | null;
}

@Resolver(() => Objective)
export class ObjectiveFields {
  @FieldResolver(() => ObjectiveResult, { nullable: true })
  result(@Root() o: Entity) {
    if (typeof o.row.resultText !== 'string') return null;
    return Object.assign(new ObjectiveResult(), { text: o.row.resultText, provenance: provenanceOf(o.row, o.row.planId, 'result') });
  }
}
