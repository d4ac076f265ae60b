import { Field, ObjectType } from 'type-graphql';
import { connectionTypes } from '../common/connection.js';
import { NodeKind, SwotType } from '../common/enums.js';
import { Entity, Node, registerEntity } from '../common/node.js';

@ObjectType({ implements: [Node, Entity], description: 'A strength, weakness, opportunity or threat of a SWOT analysis, with the code the document gives it.' })
export class SwotItem extends Entity {
  @Field(() => SwotType) type!: SwotType;
  @Field(() => String, { nullable: true }) code!: string | null;
  @Field(() => String) text!: string;
}
registerEntity(NodeKind.SWOT_ITEM, SwotItem);

export const { Connection: SwotItemConnection, LinkConnection: SwotItemLinkConnection } = connectionTypes(SwotItem, 'SwotItem');
