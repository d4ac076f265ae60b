import { Field, ObjectType } from 'type-graphql';
import { connectionTypes } from '../common/connection.js';
import { NodeKind } from '../common/enums.js';
import { Entity, Node, registerEntity } from '../common/node.js';

@ObjectType({ implements: [Node, Entity], description: 'A risk a plan names.' })
export class Risk extends Entity {
  @Field(() => String, { nullable: true }) code!: string | null;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => String) text!: string;
  @Field(() => String, { nullable: true, description: "The document's own rating, verbatim." }) likelihood!: string | null;
  @Field(() => String, { nullable: true, description: "The document's own rating, verbatim." }) impact!: string | null;
}
registerEntity(NodeKind.RISK, Risk);

@ObjectType({ implements: [Node, Entity], description: 'A strategic risk domain: the weaknesses and threats it groups and the objectives that answer it.' })
export class RiskDomain extends Entity {
  @Field(() => String, { nullable: true }) code!: string | null;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
}
registerEntity(NodeKind.RISK_DOMAIN, RiskDomain);

export const { Connection: RiskConnection, LinkConnection: RiskLinkConnection } = connectionTypes(Risk, 'Risk');
export const { Connection: RiskDomainConnection, LinkConnection: RiskDomainLinkConnection } = connectionTypes(RiskDomain, 'RiskDomain');
