import { Field, ObjectType } from 'type-graphql';
import { connectionTypes } from '../common/connection.js';
import { NodeKind, StakeholderCategory } from '../common/enums.js';
import { Entity, Node, registerEntity } from '../common/node.js';

@ObjectType({ implements: [Node, Entity], description: 'A named group of stakeholders in a plan, with the organisations it lists.' })
export class StakeholderGroup extends Entity {
  @Field(() => String, { nullable: true }) code!: string | null;
  @Field(() => String) name!: string;
  @Field(() => StakeholderCategory, { nullable: true }) category!: StakeholderCategory | null;
}
registerEntity(NodeKind.STAKEHOLDER_GROUP, StakeholderGroup);

export const { Connection: StakeholderGroupConnection, LinkConnection: StakeholderGroupLinkConnection } = connectionTypes(StakeholderGroup, 'StakeholderGroup');
