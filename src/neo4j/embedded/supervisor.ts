import { EventEmitter } from 'node:events';
import type { Logger } from '../../log/logger.js';
import type { Neo4jConnection } from '../connection.js';
import type { EmbeddedNeo4j, Neo4jExit } from './embeddedNeo4j.js';

/**
 * When to restart a crashed JVM: after a pause that doubles with each restart in a row (first
 * `firstDelayMs`, at most `maxDelayMs`), and at most `maxRestarts` times within `windowMs`.
 * Past that budget it gives up: something is wrong that restarting does not fix.
 */
export class RestartPolicy {
  private readonly restarts: number[] = [];
  private streak = 0;

  constructor(
    readonly maxRestarts: number,
    private readonly windowMs = 10 * 60_000,
    private readonly firstDelayMs = 500,
    private readonly maxDelayMs = 30_000,
  ) {}

  /** The pause before the next restart, or undefined when the budget is spent. */
  next(now: number): number | undefined {
    while (this.restarts.length > 0 && now - this.restarts[0]! > this.windowMs) this.restarts.shift();
    if (this.restarts.length >= this.maxRestarts) return undefined;
    this.restarts.push(now);
    const delay = Math.min(this.maxDelayMs, this.firstDelayMs * 2 ** this.streak);
    this.streak += 1;
    return delay;
  }

  /** A restart that came up and stayed up: the pauses start small again. */
  succeeded(): void {
    this.streak = 0;
  }
}

export type SupervisorState = 'running' | 'restarting' | 'failed' | 'stopped';

/**
 * Keeps the embedded Neo4j running: when its JVM exits without being asked (a crash, an OOM
 * kill, kill -9), `crashed` is emitted at once, then the JVM is started again with back-off
 * (`restarting`, `restarted` with the new connection). When the restart budget is spent, or a
 * restart fails in a way a retry will not fix, `gave-up` is emitted and the state stays
 * `failed`: the service reports itself unhealthy and exits (see server/main.ts).
 *
 * Restarting in-process is the default, so `npm start` keeps serving without any outer tool.
 * With a budget of 0 restarts, the first crash gives up at once: for deployments where an outer
 * supervisor (systemd, Kubernetes) restarts the whole service instead.
 */
export class Neo4jSupervisor extends EventEmitter<{
  crashed: [Neo4jExit];
  restarting: [{ attempt: number; delayMs: number }];
  restarted: [Neo4jConnection];
  'gave-up': [Error];
}> {
  private current: SupervisorState = 'stopped';
  private timer: NodeJS.Timeout | undefined;
  private lastFailure: string | undefined;

  constructor(
    private readonly neo4j: EmbeddedNeo4j,
    private readonly policy: RestartPolicy,
    private readonly logger: Logger,
  ) {
    super();
    neo4j.on('exit', (exit) => this.onCrash(exit));
  }

  get state(): SupervisorState {
    return this.current;
  }

  /** Why the supervisor gave up (or the last restart failed). */
  get failure(): string | undefined {
    return this.lastFailure;
  }

  async start(): Promise<Neo4jConnection> {
    const connection = await this.neo4j.start();
    this.current = 'running';
    return connection;
  }

  async stop(): Promise<void> {
    this.current = 'stopped';
    if (this.timer) clearTimeout(this.timer);
    await this.neo4j.stop();
  }

  private onCrash(exit: Neo4jExit): void {
    if (this.current === 'stopped') return;
    this.lastFailure = `the embedded Neo4j (pid ${exit.pid}) exited with ${exit.signal ?? `status ${exit.code}`}`;
    this.current = 'restarting';
    this.emit('crashed', exit);
    this.scheduleRestart(1);
  }

  private scheduleRestart(attempt: number): void {
    const delayMs = this.policy.next(Date.now());
    if (delayMs === undefined) {
      this.giveUp(new Error(`${this.lastFailure}; gave up after ${this.policy.maxRestarts} restart${this.policy.maxRestarts === 1 ? '' : 's'} within the restart window`));
      return;
    }
    this.logger.warn('restarting the embedded Neo4j', { attempt, inMs: delayMs, cause: this.lastFailure });
    this.emit('restarting', { attempt, delayMs });
    this.timer = setTimeout(() => void this.restart(attempt), delayMs);
  }

  private async restart(attempt: number): Promise<void> {
    if (this.current !== 'restarting') return;
    try {
      const connection = await this.neo4j.start();
      if (this.current !== 'restarting') return; // stopped meanwhile
      this.current = 'running';
      this.policy.succeeded();
      this.logger.info('embedded Neo4j restarted', { uri: connection.uri, attempt });
      this.emit('restarted', connection);
    } catch (err) {
      this.lastFailure = (err as Error).message;
      this.logger.error('the embedded Neo4j could not be restarted', { attempt, error: err });
      if (this.current === 'restarting') this.scheduleRestart(attempt + 1);
    }
  }

  private giveUp(err: Error): void {
    this.current = 'failed';
    this.lastFailure = err.message;
    this.logger.error('giving up on the embedded Neo4j', { error: err });
    this.emit('gave-up', err);
  }
}
