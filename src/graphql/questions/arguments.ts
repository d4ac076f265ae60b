import type { GraphQLContext } from '../context.js';
import { badInput, notFound } from '../errors.js';
import { MAX_IDS } from '../common/filters.js';
import { NodeKind } from '../common/enums.js';

/** Argument checks shared by the questions: ids that must name existing nodes of a kind. */
export async function requireIds(ctx: GraphQLContext, ids: readonly string[] | null | undefined, kind: NodeKind, argumentName: string): Promise<string[] | null> {
  if (!ids || ids.length === 0) return null;
  if (ids.length > MAX_IDS) throw badInput(argumentName, `may list at most ${MAX_IDS} ids`);
  const rows = await ctx.loaders.node.loadMany(ids);
  ids.forEach((id, i) => {
    const row = rows[i];
    if (!row || row instanceof Error || row.kind !== kind) throw notFound(kind, id);
  });
  return [...new Set(ids)];
}

export function requireRange(value: number, min: number, max: number, argumentName: string): number {
  if (!Number.isInteger(value) || value < min || value > max) throw badInput(argumentName, `must be an integer from ${min} to ${max}`);
  return value;
}
