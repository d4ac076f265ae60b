import { GraphQLError } from 'graphql';
import type { Actor } from '../../domain/actor.js';
import { WriteError } from '../../domain/errors.js';
import type { WriteContext } from '../../domain/nodes.js';
import type { GraphQLContext } from '../context.js';

/**
 * The API's side of the write path: who the caller is, as the domain sees it, and the domain's
 * refusals as GraphQL errors with their codes. Resolvers stay thin: checks and writes live in
 * src/domain.
 */
export function actorOf(ctx: GraphQLContext): Actor {
  return { subject: ctx.identity.subject, role: ctx.identity.role, organisation: ctx.identity.organisation };
}

export function writeContext(ctx: GraphQLContext): WriteContext {
  return { db: ctx.db, actor: actorOf(ctx), sources: ctx.sources };
}

export function toGraphQLError(err: unknown): unknown {
  if (err instanceof WriteError) return new GraphQLError(err.message, { extensions: { ...err.extensions, code: err.code } });
  return err;
}

/** Runs a write and reports a refusal with its code. */
export async function write<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw toGraphQLError(err);
  }
}
