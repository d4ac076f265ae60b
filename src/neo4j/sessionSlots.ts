import { DatabaseBusyError, RequestAbortedError } from './errors.js';

/**
 * Guards the connection pool: at most `size` sessions hold a connection at a time, a caller
 * waits at most `acquireTimeoutMs` for one (and not at all once its request is cancelled), and
 * at most `maxWaiting` callers wait. Whoever can not get one in time gets DatabaseBusyError
 * (DATABASE_UNAVAILABLE, HTTP 503) instead of the driver's own acquisition timeout, whose error
 * carries no code of its own.
 */
export class SessionSlots {
  private used = 0;
  private readonly queue: { grant: () => void; fail: (err: Error) => void }[] = [];

  constructor(
    readonly size: number,
    private readonly acquireTimeoutMs: number,
    private readonly maxWaiting = size * 4,
  ) {}

  get inUse(): number {
    return this.used;
  }

  get waiting(): number {
    return this.queue.length;
  }

  /** Resolves with a release function once a slot is free. */
  acquire(signal?: AbortSignal): Promise<() => void> {
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    if (this.used < this.size) {
      this.used += 1;
      return Promise.resolve(this.releaser());
    }
    if (this.queue.length >= this.maxWaiting) {
      return Promise.reject(new DatabaseBusyError(`all ${this.size} database connections are in use and ${this.queue.length} requests wait for one`));
    }
    return new Promise((resolve, reject) => {
      const entry = {
        grant: () => {
          cleanup();
          resolve(this.releaser());
        },
        fail: (err: Error) => {
          cleanup();
          reject(err);
        },
      };
      const timer = setTimeout(() => {
        this.remove(entry);
        entry.fail(new DatabaseBusyError(`no database connection came free within ${this.acquireTimeoutMs} ms (all ${this.size} in use)`));
      }, this.acquireTimeoutMs);
      const onAbort = () => {
        this.remove(entry);
        entry.fail(abortReason(signal!));
      };
      const cleanup = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.queue.push(entry);
    });
  }

  private remove(entry: { grant: () => void }): void {
    const index = this.queue.indexOf(entry as never);
    if (index >= 0) this.queue.splice(index, 1);
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.queue.shift();
      // The slot passes straight to the next waiter, so `used` stays the same.
      if (next) next.grant();
      else this.used -= 1;
    };
  }
}

/** The reason an AbortSignal carries, as an Error (RequestAbortedError when it carries none). */
export function abortReason(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new RequestAbortedError();
}
