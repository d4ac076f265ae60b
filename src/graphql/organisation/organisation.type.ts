import 'reflect-metadata';
import { NodeKind } from '../common/enums.js';
import type { Entity } from '../common/node.js';
import { connectionsOf, entityType } from '../entity/entityTypes.js';

/** Organisations: the generated type (see the model table; `aliases` is one of the shared computed fields). */
export const Organisation = entityType(NodeKind.ORGANISATION);
export type Organisation = Entity;
export const { Connection: OrganisationConnection, LinkConnection: OrganisationLinkConnection } = connectionsOf(NodeKind.ORGANISATION);
