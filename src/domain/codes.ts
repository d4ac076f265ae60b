import type { Tx } from '../neo4j/database.js';
import { CODE_SCOPES } from '../model/uniqueness.js';
import { clearCodeScope, refreshCodeScope, type CodeClash } from '../repository/curationRepository.js';

/**
 * Codes unique among siblings (src/model/uniqueness.ts): after a write that may change a
 * node's code, its scope properties or its parent, the node's keys are stored again; a key
 * another node holds is a clash the caller refuses.
 */
const RULES: Record<string, { props: readonly string[]; rel: string | null; key: string | null }> = Object.fromEntries(
  Object.entries(CODE_SCOPES).map(([kind, rule]) => [kind, { props: rule!.props, rel: rule!.parent?.rel ?? null, key: rule!.parent?.key ?? null }]),
);

export function refreshCodes(tx: Tx, ids: readonly string[]): Promise<CodeClash[]> {
  return refreshCodeScope(tx, ids, RULES);
}

/** For a whole plan: clear first, so that items trading codes do not collide halfway. */
export async function recomputeCodes(tx: Tx, ids: readonly string[]): Promise<CodeClash[]> {
  await clearCodeScope(tx, ids);
  return refreshCodes(tx, ids);
}

export function describeClash(c: CodeClash): string {
  return c.codeHolder
    ? `code "${c.code}" of ${c.kind} ${c.id} is already used by ${c.codeHolder}; codes are unique among the items of the same kind under the same parent`
    : `normalised code ${c.normalizedCode} of ${c.kind} ${c.id} is already used by ${c.planCodeHolder}; normalised codes are unique within a plan`;
}
