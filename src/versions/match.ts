/**
 * Plan versions: which item of the new version is which item of the version before it. First by
 * code (the same kind and the same code, normalised), then, for the rest, by words: Lucene's
 * best hit among the old version's unmatched items of the same kind, when it scores at least
 * half of what the item scores against itself (its words, not just a few of them, are there).
 */
export interface VersionItem {
  readonly id: string;
  readonly planId: string;
  readonly kind: string;
  readonly code: string | null;
  readonly normalizedCode: string | null;
  readonly text: string | null;
}

export interface VersionMatch {
  readonly item: string;
  readonly predecessor: string;
  readonly match: 'CODE' | 'TEXT';
  readonly score: number;
}

export const MIN_TEXT_SHARE = 0.5;

const codeKey = (i: VersionItem) => {
  const code = i.normalizedCode ?? i.code;
  return code ? `${i.kind}|${code.trim().toLowerCase().replace(/\s+/g, ' ')}` : null;
};

export function matchByCode(items: readonly VersionItem[], planId: string, previousId: string): VersionMatch[] {
  const old = new Map<string, VersionItem[]>();
  for (const i of items) {
    const key = codeKey(i);
    if (i.planId === previousId && key) old.set(key, [...(old.get(key) ?? []), i]);
  }
  const out: VersionMatch[] = [];
  for (const i of items) {
    const key = codeKey(i);
    const candidates = i.planId === planId && key ? old.get(key) : undefined;
    // A code the old version uses twice says nothing about which one it is.
    if (candidates?.length === 1) out.push({ item: i.id, predecessor: candidates[0]!.id, match: 'CODE', score: 1 });
  }
  return out;
}

/** Words of a text as a plain Lucene query: letters and digits only, so nothing reads as syntax. */
export function plainQuery(text: string | null): string | null {
  const words = (text ?? '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter((w) => w.length > 1).slice(0, 60);
  return words.length ? words.join(' ') : null;
}

/** The best unmatched predecessor by words, for each item of the new version without one. */
export function matchByText(hits: ReadonlyMap<string, readonly (readonly [string, number])[]>, items: readonly VersionItem[], previousId: string, taken: ReadonlySet<string>): VersionMatch[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const used = new Set(taken);
  const candidates: VersionMatch[] = [];
  for (const [id, list] of hits) {
    const self = list.find(([other]) => other === id)?.[1];
    if (!self) continue;
    for (const [other, score] of list) {
      if (byId.get(other)?.planId !== previousId) continue;
      if (score >= MIN_TEXT_SHARE * self) candidates.push({ item: id, predecessor: other, match: 'TEXT', score: Math.round((score / self) * 1000) / 1000 });
    }
  }
  // Best pairs first, each item and predecessor at most once.
  candidates.sort((a, b) => b.score - a.score || a.item.localeCompare(b.item) || a.predecessor.localeCompare(b.predecessor));
  const out: VersionMatch[] = [];
  const matched = new Set<string>();
  for (const c of candidates) {
    if (matched.has(c.item) || used.has(c.predecessor)) continue;
    matched.add(c.item);
    used.add(c.predecessor);
    out.push(c);
  }
  return out;
}
