import 'reflect-metadata';
import { FieldResolver, Resolver, Root } from 'type-graphql';
import { NodeKind } from '../common/enums.js';
import type { Entity } from '../common/node.js';
import { connectionsOf, entityType } from '../entity/entityTypes.js';

/** Organisations: the generated type (see the model table), plus every name the documents use. */
export const Organisation = entityType(NodeKind.ORGANISATION);
export type Organisation = Entity;
export const { Connection: OrganisationConnection, LinkConnection: OrganisationLinkConnection } = connectionsOf(NodeKind.ORGANISATION);

@Resolver(() => Organisation)
export class OrganisationFields {
  @FieldResolver(() => [String], { description: 'Every other name the documents (and the registry) use for it.' })
  aliases(@Root() o: Entity): string[] {
    return (o.row.aliases as string[] | undefined) ?? [];
  }
}
