import { Field, ObjectType } from 'type-graphql';
import { connectionTypes } from '../common/connection.js';
import { NodeKind, PlanKind } from '../common/enums.js';
import { Entity, Node, registerEntity } from '../common/node.js';
import { Period } from '../common/provenance.js';

@ObjectType({ implements: [Node, Entity], description: 'A source document: a plan, review or parliamentary question, published by one organisation.' })
export class Plan extends Entity {
  @Field(() => String) title!: string;
  @Field(() => PlanKind) planKind!: PlanKind;
  @Field(() => Period, { nullable: true }) period!: Period | null;
  @Field(() => String, { description: 'File name of the source text in data/sources.' }) source!: string;
  @Field(() => String) language!: string;
}
registerEntity(NodeKind.PLAN, Plan);

export const { Connection: PlanConnection, LinkConnection: PlanLinkConnection } = connectionTypes(Plan, 'Plan');
