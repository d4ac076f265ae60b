import { createRequire } from 'node:module';
import type { TermIndex } from './score.js';

/** The Dutch stop words of stopwords-iso: a longer list than the analyzer's own ("zoals", "verder"). */
const DUTCH_STOP_WORDS: readonly string[] = (createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>).nl ?? [];

/**
 * The words of the items, for Lucene to weigh: every word of three letters or more of a title or
 * description, lower case, but for stop words and the words of codes. Lucene's Dutch analyzer (the entity_text index) stems them and drops
 * stop words; words that it reduces to one stem match the same items with the same scores, and
 * count as one term, shown as the shortest of its words.
 */
export function wordsOf(texts: Iterable<string | null | undefined>, codes: Iterable<string | null | undefined> = []): string[] {
  // Words of codes ("Strategische doelstelling 4", "PROJECT 7") name an item, they do not say what it pursues.
  const skip = new Set<string>(DUTCH_STOP_WORDS);
  for (const code of codes) for (const word of tokens(code)) skip.add(word);
  const words = new Set<string>();
  for (const text of texts) for (const word of tokens(text)) if (word.length >= 3 && !skip.has(word)) words.add(word);
  return [...words].sort();
}

export const tokens = (text: string | null | undefined): string[] => (text ? text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean) : []);

/** What the index answers for one word: the items it matches, with the BM25 score of each. */
export interface Postings {
  readonly word: string;
  readonly hits: readonly (readonly [string, number])[];
}

export function termIndex(postings: readonly Postings[]): { index: TermIndex; words: Map<string, string>; termOf: Map<string, string> } {
  // One stem, one term: words whose hits are the same are the same term to the analyzer.
  const terms = new Map<string, { word: string; hits: Postings['hits'] }>();
  for (const p of postings) {
    if (!p.hits.length) continue;
    const signature = p.hits.map(([id, score]) => `${id}:${score.toFixed(6)}`).sort().join('|');
    const known = terms.get(signature);
    if (!known || p.word.length < known.word.length || (p.word.length === known.word.length && p.word < known.word)) terms.set(signature, { word: p.word, hits: p.hits });
  }
  const weights = new Map<string, Map<string, number>>();
  const words = new Map<string, string>();
  // Every word the index matched, to the term it counts as (the shortest word of its stem).
  const termOf = new Map<string, string>();
  for (const p of postings) {
    if (!p.hits.length) continue;
    termOf.set(p.word, terms.get(p.hits.map(([id, score]) => `${id}:${score.toFixed(6)}`).sort().join('|'))!.word);
  }
  for (const { word, hits } of terms.values()) {
    words.set(word, word);
    for (const [id, score] of hits) {
      let w = weights.get(id);
      if (!w) weights.set(id, (w = new Map()));
      w.set(word, score);
    }
  }
  return { index: { weights }, words, termOf };
}
