import type { Logger } from '../log/logger.js';
import type { Db } from '../neo4j/db.js';
import { recomputeSuggestions } from './recompute.js';

/**
 * Recomputation after a write through the API: in the background, so that a write does not wait
 * for the whole graph to be scored, and coalesced, so that a burst of writes costs one run (a
 * write made while a run is going is picked up by one more run after it).
 */
let pending = false;
let scheduled: Promise<void> | null = null;

export function scheduleRecompute(db: Db, logger: Logger): Promise<void> {
  pending = true;
  if (scheduled) return scheduled;
  scheduled = (async () => {
    try {
      while (pending) {
        pending = false;
        const report = await recomputeSuggestions(db);
        logger.info('suggested alignments recomputed', { ...report });
      }
    } catch (err) {
      logger.warn('suggested alignments could not be recomputed; the next change or `recomputeSuggestions` tries again', { err });
    } finally {
      scheduled = null;
    }
  })();
  return scheduled;
}

/** Settles when no recomputation is running or waiting (for a caller that must see a quiet graph). */
export async function recomputeSettled(): Promise<void> {
  while (scheduled) await scheduled;
}
