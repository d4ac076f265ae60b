/**
 * The id space of the plan graph, declared once. Ids are flat (one unique `id` across all kinds),
 * so every writer must keep to its lane: a plan's items are `<plan>/<key>`, themes `theme/<key>`,
 * systems `system/<key>` (and audiences, places, referenced documents alike), organisations and
 * plans a bare key. A plan may therefore not be called `theme`, `system` ... (its items would take
 * over shared nodes), nor take the name of a link
 * origin that is not a plan (its pruning would delete every link of that origin).
 */

/** Origins of links that are not a plan: the registry files, the alignments file, the API, computed suggestions. */
export const NON_PLAN_ORIGINS = ['registry', 'alignments', 'api', 'suggestions'] as const;

/** Prefixes of shared nodes' ids, without their slash. */
export const SHARED_PREFIXES = ['theme', 'system', 'audience', 'place', 'reference'] as const;

/**
 * The id prefix of each kind of shared node (organisations keep a bare key). Kinds the data
 * files hold before the model table declares them (audiences, places, referenced documents)
 * are listed here too, so that the write path keeps them in their lane already.
 */
export const SHARED_ID_PREFIX: Readonly<Record<string, string>> = {
  Organisation: '',
  Theme: 'theme/',
  System: 'system/',
  Audience: 'audience/',
  Place: 'place/',
  Reference: 'reference/',
};

/** Words no plan or organisation may take as its id. */
export const RESERVED_IDS: ReadonlySet<string> = new Set<string>([...NON_PLAN_ORIGINS, ...SHARED_PREFIXES]);

/** A key (the last part of an id): letters, digits, dots, dashes, underscores; no slash. */
export const KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
export const MAX_KEY_LENGTH = 100;
/** Longest id any writer accepts (plan, item key and deliverable key together). */
export const MAX_ID_LENGTH = 320;

export function isReservedId(id: string): boolean {
  return RESERVED_IDS.has(id.toLowerCase());
}
