import { Field, Float, Int, ObjectType } from 'type-graphql';
import { connectionTypes } from '../common/connection.js';
import { NodeKind } from '../common/enums.js';
import { Entity, Node, registerEntity } from '../common/node.js';

@ObjectType({ implements: [Node, Entity], description: 'A key number a document reports, with its unit and year.' })
export class Figure extends Entity {
  @Field(() => String) label!: string;
  @Field(() => Float) value!: number;
  @Field(() => String) unit!: string;
  @Field(() => Int, { nullable: true }) year!: number | null;
  @Field(() => String, { description: 'The number as printed.' }) text!: string;
}
registerEntity(NodeKind.FIGURE, Figure);

export const { Connection: FigureConnection, LinkConnection: FigureLinkConnection } = connectionTypes(Figure, 'Figure');
