import { Field, ObjectType } from 'type-graphql';
import { connectionTypes } from '../common/connection.js';
import { NodeKind } from '../common/enums.js';
import { Entity, Node, registerEntity } from '../common/node.js';

@ObjectType({ implements: [Node, Entity], description: 'An IT application or platform; one node across all documents.' })
export class System extends Entity {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) acronym!: string | null;
}
registerEntity(NodeKind.SYSTEM, System);

export const { Connection: SystemConnection, LinkConnection: SystemLinkConnection } = connectionTypes(System, 'System');
