import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { projectRoot } from '../config/paths.js';
import type { TermIndex } from './score.js';
import { tokens } from './terms.js';

/**
 * Suggested alignments, what Lucene's Dutch analyzer does not see: compounds and synonyms.
 *
 * The analyzer stems words but does not split compounds, so "drugspreventie" does not match
 * "drugs", and it does not know that "misdaad" and "criminaliteit" say the same. Both are filled
 * in here, on the terms Lucene weighed (term-postings.cypher), without any other source of text:
 *
 * - a compound of the corpus is split against the corpus's own words (`decompound`): an item that
 *   says "drugspreventie" also gets the terms "drugs" and "preventie", weighed as a single plain
 *   use of each (their mean BM25 score over the items that use them), times `COMPOUND_PART`;
 * - the words of one synonym group (data/synonyms.yaml, a small hand-kept list of general Dutch
 *   policy vocabulary) count as one term, with the best weight of its words in the item;
 * - a long description is also kept sentence by sentence (`passages`), for score.ts to compare a
 *   side clause of it with another item's text.
 */

/** The shortest part a compound is split into (shorter ones are mostly prefixes: "ver", "ont"). */
export const MIN_PART = 4;
/** A part's weight, against a plain use of the word. */
export const COMPOUND_PART = 0.6;
/** A description of this many sentences or more is also compared sentence by sentence. */
export const PASSAGE_SENTENCES = 3;

/**
 * Splits a Dutch compound into words of the vocabulary (word → in how many items it is): a head,
 * an optional linking "s", and a tail that is a word or a compound itself
 * ("drugsopvolgingskamers" → drugs, opvolging, kamers). A compound is rarer than its parts, so a
 * split whose part is rarer than the word is a coincidence of letters ("besturen" is not
 * "best" + "uren") and is not taken. The longest head that works wins; null when the word is not
 * a compound of known words.
 */
export function decompound(word: string, vocabulary: ReadonlyMap<string, number>, minPart = MIN_PART, depth = 3): string[] | null {
  if (depth <= 0 || word.length < 2 * minPart) return null;
  const df = vocabulary.get(word) ?? 0;
  const known = (part: string) => (vocabulary.get(part) ?? -1) >= df;
  for (let i = word.length - minPart; i >= minPart; i--) {
    const head = word.slice(0, i);
    if (!known(head)) continue;
    for (const link of ['', 's']) {
      if (link && word[i] !== link) continue;
      const tail = word.slice(i + link.length);
      if (tail.length < minPart) continue;
      if (known(tail)) return [head, tail];
      const rest = decompound(tail, vocabulary, minPart, depth - 1);
      if (rest && rest.every(known)) return [head, ...rest];
    }
  }
  return null;
}

/** Groups of words that say the same, from data/synonyms.yaml (`groups: [[w1, w2, ...], ...]`). */
export function loadSynonyms(file = path.join(projectRoot(), 'data', 'synonyms.yaml')): string[][] {
  const parsed = YAML.parse(fs.readFileSync(file, 'utf8')) as { groups?: unknown };
  if (!Array.isArray(parsed?.groups)) throw new Error(`${file}: expected a list "groups" of lists of words`);
  return parsed.groups.map((g, k) => {
    if (!Array.isArray(g) || g.length < 2 || g.some((w) => typeof w !== 'string' || !w.trim())) throw new Error(`${file}: group ${k + 1} is not a list of two words or more`);
    return g.map((w: string) => w.trim().toLowerCase());
  });
}

export interface VocabularyItem {
  readonly id: string;
  readonly title: string;
  readonly description: string | null;
}

/**
 * Lucene's weights, with compounds split, synonyms joined and long descriptions cut into
 * sentences (see above).
 * `termOf` maps every word Lucene matched to its term; `words` names each term for the reasons.
 */
export function enrich(index: TermIndex, words: ReadonlyMap<string, string>, termOf: ReadonlyMap<string, string>, items: readonly VocabularyItem[], synonyms: readonly (readonly string[])[]): { index: TermIndex; words: Map<string, string> } {
  const sentences = new Map<string, string[][]>();
  const weights = new Map<string, Map<string, number>>();
  for (const [id, w] of index.weights) weights.set(id, new Map(w));
  const names = new Map(words);

  // A plain use of each term: its mean weight over the items that use it.
  const sum = new Map<string, { total: number; n: number }>();
  for (const w of index.weights.values()) {
    for (const [term, x] of w) {
      const s = sum.get(term) ?? { total: 0, n: 0 };
      s.total += x;
      s.n += 1;
      sum.set(term, s);
    }
  }
  const plain = (term: string) => {
    const s = sum.get(term);
    return s ? s.total / s.n : 0;
  };

  // The words of the corpus, with the number of items their term is in.
  const vocabulary = new Map([...termOf].filter(([w]) => w.length >= MIN_PART).map(([w, t]) => [w, sum.get(t)?.n ?? 0]));
  const splits = new Map<string, string[] | null>();
  for (const item of items) {
    const w = weights.get(item.id) ?? new Map<string, number>();
    for (const word of new Set(tokens(`${item.title} ${item.description ?? ''}`))) {
      const term = termOf.get(word);
      if (!term || !w.has(term)) continue;
      if (!splits.has(word)) splits.set(word, decompound(word, vocabulary));
      for (const part of splits.get(word) ?? []) {
        const pt = termOf.get(part);
        if (!pt || pt === term) continue;
        w.set(pt, Math.max(w.get(pt) ?? 0, COMPOUND_PART * plain(pt)));
      }
    }
    if (w.size) weights.set(item.id, w);
    // The sentences of a long description, each as its terms (and its compounds' parts).
    const parts = (item.description ?? '').split(/(?<=[.!?;…])\s+/u).filter((x) => tokens(x).length >= 4);
    if (parts.length >= PASSAGE_SENTENCES) {
      sentences.set(item.id, parts.map((sentence) => {
        const ts = new Set<string>();
        for (const word of tokens(sentence)) {
          const term = termOf.get(word);
          if (term && w.has(term)) ts.add(term);
          for (const part of splits.get(word) ?? []) {
            const pt = termOf.get(part);
            if (pt && w.has(pt)) ts.add(pt);
          }
        }
        return [...ts];
      }).filter((ts) => ts.length >= 2));
    }
  }

  // Synonyms: one term per group, the first of its words the corpus uses, with the best weight.
  const keyOf = new Map<string, string>();
  for (const group of synonyms) {
    const present = group.filter((word) => termOf.has(word));
    const groupTerms = [...new Set(present.map((word) => termOf.get(word)!))];
    if (groupTerms.length < 2) continue;
    const key = groupTerms[0]!;
    for (const t of groupTerms) keyOf.set(t, key);
    for (const w of weights.values()) {
      let best = 0;
      for (const t of groupTerms) {
        best = Math.max(best, w.get(t) ?? 0);
        if (t !== key) w.delete(t);
      }
      if (best > 0) w.set(key, best);
    }
    names.set(key, [...new Set(present)].join('/'));
  }
  const passages = new Map<string, Map<string, number>[]>();
  for (const [id, list] of sentences) {
    const w = weights.get(id)!;
    passages.set(id, list.map((ts) => new Map(ts.map((t) => keyOf.get(t) ?? t).map((t) => [t, w.get(t) ?? 0] as [string, number]))));
  }
  return { index: { weights, passages }, words: names };
}
