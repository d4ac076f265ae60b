import { Field, ObjectType } from 'type-graphql';
import { connectionTypes } from '../common/connection.js';
import { NodeKind } from '../common/enums.js';
import { Entity, Node, registerEntity } from '../common/node.js';

@ObjectType({ implements: [Node, Entity], description: 'A theme of the controlled vocabulary; curated tags link objectives, actions, SWOT items and PESTEL factors to it.' })
export class Theme extends Entity {
  @Field(() => String, { description: 'The vocabulary id, e.g. digitalisation.' }) code!: string;
  @Field(() => String, { description: 'Dutch label.' }) name!: string;
  @Field(() => String, { description: 'English label.' }) labelEn!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
}
registerEntity(NodeKind.THEME, Theme);

export const { Connection: ThemeConnection, LinkConnection: ThemeLinkConnection } = connectionTypes(Theme, 'Theme');
