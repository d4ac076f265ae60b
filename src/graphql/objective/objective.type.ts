import { Field, ObjectType } from 'type-graphql';
import { connectionTypes } from '../common/connection.js';
import { NodeKind, ObjectiveLevel } from '../common/enums.js';
import { Entity, Node, registerEntity } from '../common/node.js';
import { Period, Provenance } from '../common/provenance.js';

@ObjectType({ description: 'A result the document reports for an objective.' })
export class ObjectiveResult {
  @Field(() => String) text!: string;
  @Field(() => Provenance, { nullable: true }) provenance!: Provenance | null;
}

@ObjectType({ implements: [Node, Entity], description: 'A strategic or operational objective, with its code as printed.' })
export class Objective extends Entity {
  @Field(() => ObjectiveLevel) level!: ObjectiveLevel;
  @Field(() => String, { nullable: true }) code!: string | null;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => String, { nullable: true, description: "The document's grouping, e.g. horizontal objectives." }) group!: string | null;
  @Field(() => Period, { nullable: true }) period!: Period | null;
  @Field(() => ObjectiveResult, { nullable: true }) result!: ObjectiveResult | null;
}
registerEntity(NodeKind.OBJECTIVE, Objective);

export const { Connection: ObjectiveConnection, LinkConnection: ObjectiveLinkConnection } = connectionTypes(Objective, 'Objective');
