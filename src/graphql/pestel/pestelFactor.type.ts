import { Field, ObjectType } from 'type-graphql';
import { connectionTypes } from '../common/connection.js';
import { NodeKind, PestelCategory } from '../common/enums.js';
import { Entity, Node, registerEntity } from '../common/node.js';

@ObjectType({ implements: [Node, Entity], description: 'A factor of a PESTEL analysis.' })
export class PestelFactor extends Entity {
  @Field(() => PestelCategory) category!: PestelCategory;
  @Field(() => String, { nullable: true }) code!: string | null;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => String) text!: string;
}
registerEntity(NodeKind.PESTEL_FACTOR, PestelFactor);

export const { Connection: PestelFactorConnection, LinkConnection: PestelFactorLinkConnection } = connectionTypes(PestelFactor, 'PestelFactor');
