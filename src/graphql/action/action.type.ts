import 'reflect-metadata';
import { FieldResolver, Resolver, Root } from 'type-graphql';
import { NodeKind } from '../common/enums.js';
import type { Entity } from '../common/node.js';
import { LineRange, Provenance } from '../common/provenance.js';
import { connectionsOf, entityType } from '../entity/entityTypes.js';

/** Actions and their deliverables: the generated types (see the model table), plus where a deliverable's heading stands. */
export const Action = entityType(NodeKind.ACTION);
export type Action = Entity;
export const Deliverable = entityType(NodeKind.DELIVERABLE);
export type Deliverable = Entity;
export const { Connection: ActionConnection, LinkConnection: ActionLinkConnection } = connectionsOf(NodeKind.ACTION);
export const { Connection: DeliverableConnection, LinkConnection: DeliverableLinkConnection } = connectionsOf(NodeKind.DELIVERABLE);
export { StatusReport } from '../common/status.js';

@Resolver(() => Deliverable)
export class DeliverableFields {
  @FieldResolver(() => Provenance, { nullable: true, description: 'Where the heading bullet it stands under is (in the source of its plan).' })
  headingProvenance(@Root() d: Entity): Provenance | null {
    const { heading, headingLineFrom, headingLineTo, source, planId } = d.row;
    if (typeof heading !== 'string' || typeof headingLineFrom !== 'number' || typeof source !== 'string') return null;
    return Object.assign(new Provenance(), {
      source,
      lines: Object.assign(new LineRange(), { from: headingLineFrom, to: typeof headingLineTo === 'number' ? headingLineTo : headingLineFrom }),
      quote: heading,
      planId: typeof planId === 'string' ? planId : null,
    });
  }
}
