import crypto from 'node:crypto';
import type { Db } from '../neo4j/db.js';
import type { PropValue } from '../repository/properties.js';
import { decidedPairs, replaceSuggestions, suggestionItems, termPostings, type StoredSuggestion } from '../repository/suggestionRepository.js';
import { DEFAULT_OPTIONS, pairKey, suggest, type ItemInput, type ScoreOptions, type Suggestion } from './score.js';
import { termIndex, wordsOf } from './terms.js';
import { enrich, loadSynonyms } from './vocabulary.js';

/**
 * Recomputes the suggested alignments of the whole graph: reads the items and Lucene's weights
 * of their words, scores every pair of two organisations' items (score.ts), and stores the best
 * of each item as SUGGESTED_ALIGNMENT links, replacing the last run's in one transaction. Pairs
 * someone accepted or rejected are never proposed again. Runs after an import and after writes
 * that change a plan's items; runs are serialised within the process.
 */
export const METHOD = 'lucene-dutch-bm25+compounds+synonyms+passages+graph+corroboration/3';
/** Separates the entries of one reason's node and link lists (ids hold no control characters). */
export const SEP = '\u001f';

export interface RecomputeReport {
  readonly items: number;
  readonly words: number;
  readonly suggestions: number;
  readonly ms: number;
}

let running: Promise<unknown> = Promise.resolve();

/** One run at a time: a run asked for while one is going waits for it, then reads the graph anew. */
export function recomputeSuggestions(db: Db, options: ScoreOptions = DEFAULT_OPTIONS): Promise<RecomputeReport> {
  const next = running.then(() => run(db, options), () => run(db, options));
  running = next.catch(() => undefined);
  return next;
}

async function run(db: Db, options: ScoreOptions): Promise<RecomputeReport> {
  const started = Date.now();
  const items = (await suggestionItems(db)) as unknown as ItemInput[];
  const words = wordsOf(items.flatMap((i) => [i.title, i.description]), items.map((i) => i.code));
  const lucene = termIndex(await postingsOf(db, items, words));
  const { index, words: termWords } = enrich(lucene.index, lucene.words, lucene.termOf, items, synonyms());
  const skip = new Set((await decidedPairs(db)).map((d) => pairKey(d.from, d.to)));
  const suggestions = suggest(items, index, termWords, skip, options);
  const byId = new Map(items.map((i) => [i.id, i]));
  const stored = await replaceSuggestions(db, (current) => suggestions.map((s) => row(s, byId, current)), {
    id: crypto.randomUUID(), method: METHOD, items: items.length, words: words.length, suggestions: suggestions.length,
  });
  return { items: items.length, words: words.length, suggestions: stored, ms: Date.now() - started };
}

let synonymGroups: string[][] | undefined;
/** data/synonyms.yaml, read once per process. */
const synonyms = () => (synonymGroups ??= loadSynonyms());

/**
 * Lucene's weights of the words, read again only when the items' words change: a run after a
 * write that leaves every title and description as it was (a status, a link, a partner) reuses
 * the last run's, which is most of a run's time (thousands of index look-ups). One entry, for the
 * last texts seen. The weights also depend on the other texts of the full-text index (SWOT
 * items, organisations ...), whose changes alone do not start a run; they are read with the next
 * change of an item's words.
 */
let lastPostings: { key: string; postings: Awaited<ReturnType<typeof termPostings>> } | null = null;

async function postingsOf(db: Db, items: readonly ItemInput[], words: readonly string[]) {
  const key = crypto.createHash('sha256').update(JSON.stringify([words, items.map((i) => [i.id, i.title, i.description])])).digest('hex');
  if (lastPostings?.key === key) return lastPostings.postings;
  const postings = await termPostings(db, words);
  lastPostings = { key, postings };
  return postings;
}

/** A suggestion's id: one per pair of items, whichever way it points and however often recomputed. */
export function suggestionId(a: string, b: string): string {
  return `suggestion/${crypto.createHash('sha256').update(pairKey(a, b)).digest('hex').slice(0, 20)}`;
}

function row(s: Suggestion, items: Map<string, ItemInput>, current: Map<string, StoredSuggestion>) {
  const id = suggestionId(s.from, s.to);
  const from = items.get(s.from)!;
  const to = items.get(s.to)!;
  const reasons = {
    reasonKinds: s.reasons.map((r) => r.kind),
    reasonTexts: s.reasons.map((r) => r.text),
    reasonWeights: s.reasons.map((r) => r.weight) as unknown as string[],
    reasonTerms: s.reasons.map((r) => r.terms.join(SEP)),
    reasonNodes: s.reasons.map((r) => r.nodes.join(SEP)),
    reasonLinks: s.reasons.map((r) => r.links.join(SEP)),
  };
  // A new version when the evidence changes; the same one when a run finds what the last found.
  const fingerprint = crypto.createHash('sha256').update(JSON.stringify([s.from, s.to, s.score, s.relation, reasons])).digest('hex').slice(0, 16);
  const prior = current.get(id);
  const version = !prior ? 1 : prior.fingerprint === fingerprint ? prior.version : prior.version + 1;
  const props: Record<string, PropValue> = {
    id, basis: 'SUGGESTED', origin: 'suggestions', from: s.from, to: s.to,
    fromOrganisation: from.organisation, toOrganisation: to.organisation,
    score: s.score, relation: s.relation, version, fingerprint, method: METHOD,
    // The inputs: both items as they were read (their versions), and the plans they belong to.
    inputs: [`${from.id}@v${from.version ?? 1}`, `${to.id}@v${to.version ?? 1}`, from.planId, to.planId],
    terms: s.reasons.find((r) => r.kind === 'TEXT')?.terms ?? [],
    ...reasons,
  };
  // All that is stored but the times: a run that finds it unchanged leaves the link as it is.
  props.contentHash = crypto.createHash('sha256').update(JSON.stringify(props)).digest('hex').slice(0, 24);
  return { from: s.from, to: s.to, createdAt: prior?.createdAt ?? null, props };
}
