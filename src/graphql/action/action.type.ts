import 'reflect-metadata';
import { Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { NodeKind, Status } from '../common/enums.js';
import type { Entity } from '../common/node.js';
import { Provenance, provenanceOf } from '../common/provenance.js';
import { connectionsOf, entityType } from '../entity/entityTypes.js';

/** Actions and their deliverables: the generated types (see the model table), plus the status as reported. */
export const Action = entityType(NodeKind.ACTION);
export type Action = Entity;
export const Deliverable = entityType(NodeKind.DELIVERABLE);
export type Deliverable = Entity;
export const { Connection: ActionConnection, LinkConnection: ActionLinkConnection } = connectionsOf(NodeKind.ACTION);
export const { Connection: DeliverableConnection, LinkConnection: DeliverableLinkConnection } = connectionsOf(NodeKind.DELIVERABLE);

@ObjectType({ description: 'A status as an evaluation in the document reports it.' })
export class StatusReport {
  @Field(() => Status) value!: Status;
  @Field(() => String, { description: "The document's own words." }) text!: string;
  @Field(() => Provenance, { nullable: true }) provenance!: Provenance | null;
}

@Resolver(() => Action)
export class ActionFields {
  @FieldResolver(() => StatusReport, { nullable: true })
  statusReport(@Root() a: Entity) {
    if (typeof a.row.status !== 'string') return null;
    return Object.assign(new StatusReport(), { value: a.row.status, text: a.row.statusText, provenance: provenanceOf(a.row, a.row.planId, 'status') });
  }
}
