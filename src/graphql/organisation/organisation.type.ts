import { Field, ObjectType } from 'type-graphql';
import { connectionTypes } from '../common/connection.js';
import { Country, GovernmentLevel, NodeKind, OrganisationKind } from '../common/enums.js';
import { Entity, Node, registerEntity } from '../common/node.js';

@ObjectType({ implements: [Node, Entity], description: 'A real institution, one node across all documents. Its aliases are the names the documents use for it.' })
export class Organisation extends Entity {
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) acronym!: string | null;
  @Field(() => [String], { description: 'Every other name the documents (and the registry) use for it.' }) aliases!: string[];
  @Field(() => Country, { nullable: true }) country!: Country | null;
  @Field(() => GovernmentLevel, { nullable: true }) governmentLevel!: GovernmentLevel | null;
  @Field(() => OrganisationKind, { nullable: true }) organisationKind!: OrganisationKind | null;
  @Field(() => String, { description: 'The data file that defines it (organisations.yaml or a plan file).' }) definedIn!: string;
}
registerEntity(NodeKind.ORGANISATION, Organisation);

export const { Connection: OrganisationConnection, LinkConnection: OrganisationLinkConnection } = connectionTypes(Organisation, 'Organisation');
