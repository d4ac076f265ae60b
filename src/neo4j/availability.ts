import { EventEmitter } from 'node:events';
import { DatabaseUnavailableError } from './errors.js';

export type AvailabilityState = 'up' | 'down';

/**
 * The circuit breaker of the database layer: it knows when Neo4j is down (the embedded JVM
 * exited, or a statement failed with a code that says the server is gone) and then fails every
 * new piece of work at once, instead of letting each request wait for connection timeouts.
 * It closes again when a probe reaches the database. Emits `down` and `up` with the reason.
 */
export class Availability extends EventEmitter<{ down: [reason: string]; up: [] }> {
  private current: AvailabilityState = 'up';
  private why: string | undefined;

  get state(): AvailabilityState {
    return this.current;
  }

  get reason(): string | undefined {
    return this.why;
  }

  markDown(reason: string): void {
    this.why = reason;
    if (this.current === 'down') return;
    this.current = 'down';
    this.emit('down', reason);
  }

  markUp(): void {
    if (this.current === 'up') return;
    this.current = 'up';
    this.why = undefined;
    this.emit('up');
  }

  /** Throws at once while the database is known to be down. */
  assertUp(uri: string): void {
    if (this.current === 'down') throw new DatabaseUnavailableError(`Neo4j at ${uri} is down (${this.why ?? 'unknown reason'})`);
  }
}
