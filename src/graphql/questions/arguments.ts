import type { GraphQLContext } from '../context.js';
import { badInput, notFound } from '../errors.js';
import { MAX_VALUES, checkId } from '../entity/rootFields.js';
import { NodeKind } from '../common/enums.js';

/**
 * Argument checks shared by the questions. Ids are checked for form here; whether they name
 * nodes is checked by the question's own statement (see src/graphql/read/answers.ts).
 */
export function idList(ids: readonly string[] | null | undefined, argumentName: string): string[] | null {
  if (!ids || ids.length === 0) return null;
  if (ids.length > MAX_VALUES) throw badInput(argumentName, `may list at most ${MAX_VALUES} ids`);
  ids.forEach((id) => checkId(id, argumentName));
  return [...new Set(ids)];
}

/** For questions not yet checking ids in their own statement: one batched look-up. */
export async function requireIds(ctx: GraphQLContext, ids: readonly string[] | null | undefined, kind: NodeKind, argumentName: string): Promise<string[] | null> {
  const list = idList(ids, argumentName);
  if (!list) return null;
  const rows = await ctx.loaders.node.loadMany(list);
  list.forEach((id, i) => {
    const row = rows[i];
    if (!row || row instanceof Error || row.kind !== kind) throw notFound(kind, id);
  });
  return list;
}

export function requireRange(value: number, min: number, max: number, argumentName: string): number {
  if (!Number.isInteger(value) || value < min || value > max) throw badInput(argumentName, `must be an integer from ${min} to ${max}`);
  return value;
}

/** The day a question judges on (an `asOf` argument, a LocalDate the scalar has checked): today when left out. */
export function dayOf(asOf: string | null | undefined): string {
  return asOf ?? new Date().toISOString().slice(0, 10);
}

/** The organisations a "shared" question compares (at least two) and how many of them must share an answer. */
export function sharedAmong(organisations: readonly string[], atLeast: number | null | undefined): { ids: string[]; threshold: number } {
  const ids = idList(organisations, 'organisations') ?? [];
  if (ids.length < 2) throw badInput('organisations', 'name at least two different organisations');
  const threshold = atLeast ?? ids.length;
  if (threshold < 2 || threshold > ids.length) throw badInput('atLeast', `must be from 2 to ${ids.length}`);
  return { ids, threshold };
}
