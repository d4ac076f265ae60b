import type { SetupConfig } from '../config/config.js';
import type { Logger } from '../log/logger.js';
import type { Database } from '../neo4j/database.js';
import type { Neo4jSupervisor } from '../neo4j/embedded/supervisor.js';

export interface ReadinessReport {
  readonly [detail: string]: unknown;
  readonly ready: boolean;
  readonly database: 'up' | 'down';
  readonly schema: 'applied' | 'pending';
  readonly data: 'loaded' | 'pending' | 'off';
  readonly reason?: string;
}

export interface LivenessReport {
  readonly [detail: string]: unknown;
  readonly alive: boolean;
  readonly reason?: string;
}

/** The start-up steps as this process sees them: run them, or wait until the graph records them. */
export interface SetupSteps {
  readonly config: SetupConfig;
  /** Applies the schema (under the setup lock). */
  migrate(): Promise<void>;
  /** Loads what is missing of the dataset (under the setup lock). */
  seed(): Promise<void>;
  /** Whether the graph records the schema of this version as applied. */
  isMigrated(): Promise<boolean>;
  /** Whether the graph records the seed as complete. */
  isSeeded(): Promise<boolean>;
}

const PING_BOUND_MS = 2_000;
/** How long a stop waits for a start-up step under way (applying the schema takes about a second). */
const STOP_BOUND_MS = 10_000;

/**
 * Readiness (/readyz): the database is up (the circuit of the database layer is closed and a
 * ping answers within 2 s), the schema is applied and the dataset loaded, and the service is not
 * shutting down. Liveness (/healthz): the process can still recover by itself; false only when
 * the supervisor of the embedded Neo4j has spent its restart budget.
 *
 * `start()` brings the database to a usable state and keeps trying while Neo4j is away, so the
 * service becomes ready by itself when it comes back. Errors that waiting will not fix (bad
 * credentials, invalid data files, a plan that fails inside its transaction) end the start.
 */
export class Readiness {
  private migrated = false;
  private seeded = false;
  private stopping = false;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;
  private wake: (() => void) | undefined;
  private running: Promise<void> | undefined;
  /** What else must hold before the service takes traffic (e.g. the cost model has its statistics). */
  private readonly gates: { readonly reason: string; readonly open: () => boolean }[] = [];

  constructor(
    private readonly db: Database,
    private readonly logger: Logger,
    private readonly steps: SetupSteps,
    private readonly isFatal: (err: unknown) => boolean,
    private readonly supervisor: Neo4jSupervisor | undefined = undefined,
    private readonly retryMs = 1_000,
  ) {}

  /** Resolves once the database is prepared; rejects only for errors that retrying can't fix. */
  start(): Promise<void> {
    this.running ??= this.prepare();
    return this.running;
  }

  private async prepare(): Promise<void> {
    for (;;) {
      if (this.stopped) return;
      try {
        await this.db.ping();
        if (!this.migrated) this.migrated = await this.runOrCheck(this.steps.config.migrate, () => this.steps.migrate(), () => this.steps.isMigrated(), 'the schema');
        if (this.migrated && !this.seeded) {
          this.seeded = this.steps.config.seed === 'off' || (await this.runOrCheck(this.steps.config.seed, () => this.steps.seed(), () => this.steps.isSeeded(), 'the dataset'));
        }
        if (this.migrated && this.seeded) return;
      } catch (err) {
        if (this.isFatal(err)) throw err;
        this.logger.warn('database not ready; retrying', { error: err, retryInMs: this.retryMs });
      }
      await this.pause();
    }
  }

  private async runOrCheck(mode: 'run' | 'require', run: () => Promise<void>, isDone: () => Promise<boolean>, what: string): Promise<boolean> {
    if (mode === 'run') {
      await run();
      return true;
    }
    const done = await isDone();
    if (!done) this.logger.info(`waiting for ${what} to be set up by \`plangraph migrate\` / \`plangraph seed\``);
    return done;
  }

  private pause(): Promise<void> {
    return new Promise((resolve) => {
      this.wake = resolve;
      this.timer = setTimeout(resolve, this.retryMs);
    });
  }

  async check(): Promise<ReadinessReport> {
    if (this.stopping) return { ready: false, database: this.db.availability.state, ...this.stepStates(), reason: 'the service is shutting down' };
    if (this.db.availability.state === 'down') return { ready: false, database: 'down', ...this.stepStates(), reason: `Neo4j is not reachable (${this.db.availability.reason ?? 'unknown'})` };
    const answered = await within(this.db.ping().then(() => true, () => false), PING_BOUND_MS, false);
    // The steps are read after the ping: start() may have finished one meanwhile.
    const steps = this.stepStates();
    if (!answered) return { ready: false, database: 'down', ...steps, reason: 'Neo4j is not reachable' };
    if (steps.schema !== 'applied') return { ready: false, database: 'up', ...steps, reason: 'the database schema is being applied' };
    if (steps.data === 'pending') return { ready: false, database: 'up', ...steps, reason: 'the dataset is being loaded' };
    const closed = this.gates.find((g) => !g.open());
    if (closed) return { ready: false, database: 'up', ...steps, reason: closed.reason };
    return { ready: true, database: 'up', ...steps };
  }

  /** Not ready while `open()` is false, with `reason` in the report. */
  addGate(reason: string, open: () => boolean): void {
    this.gates.push({ reason, open });
  }

  private stepStates(): { schema: 'applied' | 'pending'; data: 'loaded' | 'pending' | 'off' } {
    return {
      schema: this.migrated ? 'applied' : 'pending',
      data: this.steps.config.seed === 'off' ? 'off' : this.seeded ? 'loaded' : 'pending',
    };
  }

  live(): LivenessReport {
    if (this.supervisor?.state === 'failed') return { alive: false, reason: this.supervisor.failure ?? 'the embedded Neo4j can not be restarted' };
    return { alive: true };
  }

  /** From now on /readyz answers 503, so load balancers stop sending before the server drains. */
  markStopping(): void {
    this.stopping = true;
  }

  /**
   * Stops preparing. Resolves when the step under way (if any) has ended, or after `boundMs`:
   * a step runs under the setup lock, and a database closed under it would leave the lock to
   * other processes only when its lease runs out.
   */
  async stop(boundMs = STOP_BOUND_MS): Promise<void> {
    this.stopping = true;
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.wake?.();
    if (!this.running) return;
    const ended = await within(this.running.then(() => true, () => true), boundMs, false);
    if (!ended) this.logger.warn('stopping while a start-up step still runs; its lock is freed when its lease runs out', { waitedMs: boundMs });
  }
}

/** What `work` gives, or `late` when it has not settled within `ms`. */
async function within<T>(work: Promise<T>, ms: number, late: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([work, new Promise<T>((resolve) => (timer = setTimeout(() => resolve(late), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}
