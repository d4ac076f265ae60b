import type { Logger } from '../../log/logger.js';
import type { Database } from '../../neo4j/database.js';
import { readStatistics, type GraphStatistics } from '../../repository/read/statistics.js';

/**
 * The graph statistics the cost model prices queries with, read once the database is ready and
 * then every few minutes in the background (the graph changes slowly; a stale estimate only
 * shifts prices a little). Until the first read, queries are priced by their page sizes alone.
 */
export class StatisticsCache {
  private current: GraphStatistics | null = null;
  private timer: NodeJS.Timeout | undefined;
  private refreshing: Promise<void> | undefined;

  constructor(private readonly db: Pick<Database, 'read'>, private readonly logger: Logger, private readonly everyMs = 5 * 60_000) {}

  get(): GraphStatistics | null {
    return this.current;
  }

  refresh(): Promise<void> {
    this.refreshing ??= readStatistics(this.db)
      .then((stats) => {
        this.current = stats;
        this.logger.debug('graph statistics read', { kinds: stats.nodes.size });
      })
      .catch((error: unknown) => this.logger.warn('graph statistics could not be read; queries are priced by page sizes', { error }))
      .finally(() => {
        this.refreshing = undefined;
      });
    return this.refreshing;
  }

  start(): Promise<void> {
    this.timer ??= setInterval(() => void this.refresh(), this.everyMs).unref();
    return this.refresh();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}
