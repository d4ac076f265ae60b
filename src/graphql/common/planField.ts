import type { GraphQLContext } from '../context.js';
import type { Entity } from './node.js';
import { nodeById } from './resolve.js';

/** The plan an item belongs to (every item carries its plan id). */
export function planOf<P extends Entity>(ctx: GraphQLContext, entity: Entity): Promise<P | null> {
  return nodeById<P>(ctx, entity.planId);
}
