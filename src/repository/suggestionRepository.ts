import { cypher } from '../neo4j/cypher.js';
import type { Db, Tx } from '../neo4j/database.js';
import { toDriverProps, type PropValue } from './properties.js';

/**
 * The statements of suggested alignments (cypher/suggestions/): what they compare, Lucene's
 * weights of the words, the decided pairs, and the stored suggestions of the last run.
 */
export async function suggestionItems(db: Db): Promise<Record<string, unknown>[]> {
  return db.read(cypher('suggestions/items'));
}

/** Words per statement: each index look-up is quick, thousands of them are not. */
const WORDS_PER_STATEMENT = 400;

export async function termPostings(db: Db, words: readonly string[]): Promise<{ word: string; hits: [string, number][] }[]> {
  const out: { word: string; hits: [string, number][] }[] = [];
  for (let i = 0; i < words.length; i += WORDS_PER_STATEMENT) {
    const rows = await db.read(cypher('suggestions/term-postings'), { words: words.slice(i, i + WORDS_PER_STATEMENT) });
    for (const r of rows) out.push({ word: String(r.word), hits: (r.hits as [string, unknown][]).map(([id, score]) => [id, Number(score)] as [string, number]) });
  }
  return out;
}

export async function decidedPairs(db: Db): Promise<{ from: string; to: string }[]> {
  return (await db.read(cypher('suggestions/decided'))).map((r) => ({ from: String(r.from), to: String(r.to) }));
}

export interface StoredSuggestion {
  readonly id: string;
  readonly version: number;
  readonly fingerprint: string | null;
  /** A hash of all its stored properties but the times: the same, and the link is kept as it is. */
  readonly contentHash: string | null;
  readonly createdAt: unknown;
}

export interface SuggestionRow {
  readonly from: string;
  readonly to: string;
  readonly createdAt: unknown;
  readonly props: Record<string, PropValue>;
}

/**
 * Replaces the stored suggestions in one transaction; `build` sees the last run's first. A row
 * whose contentHash is the stored link's is not written again, only stamped with the run's time.
 */
export async function replaceSuggestions(db: Db, build: (current: Map<string, StoredSuggestion>) => SuggestionRow[], run: Record<string, PropValue>): Promise<number> {
  return db.writeTransaction(async (tx) => {
    const current = new Map((await tx.run(cypher('suggestions/current'))).map((r) => [String(r.id), {
      id: String(r.id), version: Number(r.version ?? 1), fingerprint: (r.fingerprint as string | null) ?? null, contentHash: (r.contentHash as string | null) ?? null, createdAt: r.createdAt,
    }]));
    const rows = build(current);
    const keep: string[] = [];
    const fresh: SuggestionRow[] = [];
    for (const r of rows) {
      const prior = current.get(String(r.props.id));
      if (prior?.contentHash && prior.contentHash === r.props.contentHash) keep.push(prior.id);
      else fresh.push(r);
    }
    const now = new Date().toISOString();
    const [row] = await tx.run(cypher('suggestions/replace'), { keep, rows: fresh.map((r) => ({ ...r, props: toDriverProps(r.props) })), now });
    await tx.run(cypher('suggestions/record-run'), { run: toDriverProps(run), now });
    return Number(row?.stored ?? 0);
  });
}

export interface LockedSuggestion {
  readonly suggestion: Record<string, unknown>;
  readonly from: string;
  readonly fromKind: string;
  readonly fromOwner: string | null;
  readonly to: string;
  readonly toKind: string;
  readonly toOwner: string | null;
}

export async function lockSuggestion(tx: Tx, id: string): Promise<LockedSuggestion | null> {
  const [row] = await tx.run(cypher('suggestions/lock'), { id });
  return (row as unknown as LockedSuggestion | undefined) ?? null;
}

export async function suggestionDecision(tx: Tx, id: string): Promise<Record<string, unknown> | null> {
  const [row] = await tx.run(cypher('suggestions/decision'), { id });
  return (row?.decision as Record<string, unknown> | undefined) ?? null;
}

export async function decideSuggestion(tx: Tx, id: string, decision: Record<string, PropValue>): Promise<Record<string, unknown>> {
  const [row] = await tx.run(cypher('suggestions/decide'), { id, decision: toDriverProps(decision), now: new Date().toISOString() });
  return row!.decision as Record<string, unknown>;
}
