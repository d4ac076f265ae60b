/**
 * Matching what people type against the names things go by: ids, acronyms, aliases, names,
 * codes. "IGO" and "AJH" are acronyms, "BiZa" abbreviates the words "Binnenlandse Zaken",
 * "fod binnenlandse zaken" is an id typed with spaces, "Binnelandse Zaken" a typo. Pure logic:
 * the candidates come from the graph (the organisations, systems, themes and plans).
 */
export interface NamedCandidate {
  readonly id: string;
  readonly kind: string;
  readonly name: string | null;
  readonly title: string | null;
  readonly acronym: string | null;
  readonly aliases: readonly string[] | null;
  readonly code: string | null;
  readonly labelEn: string | null;
}

export type MatchReason = 'ID' | 'ACRONYM' | 'ALIAS' | 'NAME' | 'CODE' | 'ABBREVIATION' | 'SIMILAR' | 'PREFIX';

export interface NameMatch {
  readonly id: string;
  readonly kind: string;
  readonly reason: MatchReason;
  /** The name that matched, as the graph has it. */
  readonly matched: string;
  /** 1 for an exact match, less for looser ones. */
  readonly score: number;
}

const STOP_WORDS = new Set(['van', 'de', 'het', 'der', 'den', 'en', 'voor', 'op', 'in', 'of', 'the', 'and', 'for', 'des', 'du', 'la', 'le', 'et']);

/** Lower case, no accents, words separated by single spaces. */
export function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Damerau-Levenshtein distance (adjacent transpositions count 1), stopping early above `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/**
 * The chunks of an abbreviation: "BiZa" -> ["bi", "za"], "IBZ" -> ["i", "b", "z"],
 * "bi za" -> ["bi", "za"]. Undefined when the text does not look like one.
 */
export function abbreviationChunks(text: string): string[] | undefined {
  const trimmed = text.trim();
  if (!trimmed || trimmed.length > 16) return undefined;
  const spaced = trimmed.split(/[\s.]+/).filter(Boolean);
  if (spaced.length > 1) return spaced.every((w) => w.length <= 4) ? spaced.map((w) => normalise(w)) : undefined;
  const camel = trimmed.match(/\p{Lu}\p{Ll}*/gu);
  if (camel && camel.join('') === trimmed && camel.length > 1) return camel.map((w) => normalise(w));
  return undefined;
}

/**
 * How well the chunks abbreviate the name: the share of the name's words (stop words aside)
 * they cover when they are prefixes of consecutive words, or 0 when they are not.
 */
export function abbreviationCoverage(chunks: readonly string[], name: string): number {
  const words = normalise(name).split(' ').filter(Boolean);
  const significant = words.filter((w) => !STOP_WORDS.has(w)).length || 1;
  for (let start = 0; start < words.length; start++) {
    let w = start;
    let matched = 0;
    while (matched < chunks.length && w < words.length) {
      if (words[w]!.startsWith(chunks[matched]!)) {
        matched += 1;
        w += 1;
      } else if (matched > 0 && STOP_WORDS.has(words[w]!)) {
        w += 1;
      } else break;
    }
    if (matched === chunks.length) return Math.min(1, chunks.length / significant);
  }
  return 0;
}

function namesOf(c: NamedCandidate): { text: string; reason: MatchReason }[] {
  const names: { text: string; reason: MatchReason }[] = [];
  if (c.acronym) names.push({ text: c.acronym, reason: 'ACRONYM' });
  for (const a of c.aliases ?? []) names.push({ text: a, reason: 'ALIAS' });
  for (const n of [c.name, c.title, c.labelEn]) if (n) names.push({ text: n, reason: 'NAME' });
  if (c.code) names.push({ text: c.code, reason: 'CODE' });
  return names;
}

/** The candidates that match the text, best first; exact matches score 1. */
export function matchNames(text: string, candidates: readonly NamedCandidate[], limit = 10): NameMatch[] {
  const query = normalise(text);
  if (!query) return [];
  const chunks = abbreviationChunks(text);
  const results: NameMatch[] = [];
  for (const c of candidates) {
    let best: NameMatch | undefined;
    const consider = (m: NameMatch) => {
      if (!best || m.score > best.score) best = m;
    };
    if (c.id === text.trim() || normalise(c.id) === query) consider({ id: c.id, kind: c.kind, reason: 'ID', matched: c.id, score: 1 });
    for (const { text: name, reason } of namesOf(c)) {
      const n = normalise(name);
      if (!n) continue;
      if (n === query) consider({ id: c.id, kind: c.kind, reason, matched: name, score: reason === 'NAME' || reason === 'CODE' ? 0.95 : 1 });
      else if (chunks && abbreviationCoverage(chunks, name) > 0) {
        // "BiZa" for all of "Binnenlandse Zaken" is as good as an alias; for part of a longer
        // name, or letter by letter ("AJH" for "Afdeling Justitie ..."), only a suggestion.
        const coverage = abbreviationCoverage(chunks, name);
        const letters = chunks.every((ch) => ch.length === 1);
        consider({ id: c.id, kind: c.kind, reason: 'ABBREVIATION', matched: name, score: letters ? 0.4 + 0.2 * coverage : coverage === 1 ? 0.9 : 0.6 + 0.15 * coverage });
      } else {
        const allowed = query.length <= 3 ? 0 : query.length <= 6 ? 1 : 2;
        const d = allowed > 0 ? editDistance(query, n, allowed) : allowed + 1;
        if (d <= allowed) consider({ id: c.id, kind: c.kind, reason: 'SIMILAR', matched: name, score: 0.7 - 0.1 * d });
        else if (query.length >= 3 && (n.startsWith(query) || n.includes(` ${query}`))) consider({ id: c.id, kind: c.kind, reason: 'PREFIX', matched: name, score: 0.5 - Math.min(0.2, (n.length - query.length) / 200) });
      }
    }
    if (best) results.push(best);
  }
  return results.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit);
}

/** For each word of the query, the closest different word of the texts (for "did you mean"). */
export function correctWords(query: string, texts: readonly string[]): string | null {
  const vocabulary = new Set(texts.flatMap((t) => normalise(t).split(' ')).filter((w) => w.length > 2));
  let changed = false;
  const words = normalise(query).split(' ').filter(Boolean).map((word) => {
    if (vocabulary.has(word) || word.length < 4) return word;
    let best = word;
    let bestDistance = word.length <= 6 ? 2 : 3;
    for (const candidate of vocabulary) {
      const d = editDistance(word, candidate, bestDistance - 1);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    if (best !== word) changed = true;
    return best;
  });
  return changed ? words.join(' ') : null;
}
