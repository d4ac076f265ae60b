import type { Logger } from '../log/logger.js';
import type { Database } from '../neo4j/database.js';
import { DatabaseAuthError } from '../neo4j/errors.js';
import { applySchema } from '../neo4j/schema.js';

export interface ReadinessReport {
  readonly [detail: string]: unknown;
  readonly ready: boolean;
  readonly database: 'up' | 'down';
  readonly schema: 'applied' | 'pending';
  readonly reason?: string;
}

/**
 * Brings the database to a usable state (schema applied, data loaded when empty) and keeps
 * trying while Neo4j is away, so the service recovers by itself when it comes back. /readyz asks
 * `check()`, which also pings Neo4j: readiness follows the database, not only the start-up.
 */
export class Readiness {
  private schemaApplied = false;
  private lastError: string | undefined;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;
  private settling: Promise<void> | undefined;

  constructor(
    private readonly db: Database,
    private readonly logger: Logger,
    private readonly prepareData: () => Promise<void> = async () => {},
    private readonly retryMs = 2_000,
    /** Errors that waiting will not fix (bad credentials, invalid data files). */
    private readonly isFatal: (err: unknown) => boolean = (err) => err instanceof DatabaseAuthError,
  ) {}

  /** Resolves once the database was prepared; rejects only for errors that retrying can't fix. */
  start(): Promise<void> {
    return new Promise((resolve, reject) => {
      const attempt = async () => {
        if (this.stopped) return resolve();
        try {
          await this.prepare();
          resolve();
        } catch (err) {
          if (this.isFatal(err)) return reject(err);
          this.lastError = (err as Error).message;
          this.logger.warn('database not ready; retrying', { error: err, retryInMs: this.retryMs });
          this.timer = setTimeout(() => void attempt(), this.retryMs);
        }
      };
      void attempt();
    });
  }

  private async prepare(): Promise<void> {
    this.settling ??= (async () => {
      await this.db.ping();
      await applySchema(this.db, this.logger);
      await this.prepareData();
      this.schemaApplied = true;
      this.lastError = undefined;
    })().finally(() => {
      this.settling = undefined;
    });
    return this.settling;
  }

  async check(): Promise<ReadinessReport> {
    try {
      await this.db.ping();
    } catch (err) {
      this.lastError = (err as Error).message;
      return { ready: false, database: 'down', schema: this.schemaApplied ? 'applied' : 'pending', reason: 'Neo4j is not reachable' };
    }
    if (!this.schemaApplied) return { ready: false, database: 'up', schema: 'pending', reason: 'the database schema is being applied' };
    return { ready: true, database: 'up', schema: 'applied' };
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }
}
