import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { LimitsConfig } from '../config/config.js';

/**
 * Who a request counts against: an authenticated subject (API key or token), or, for anonymous
 * callers, the client's IP address.
 */
export interface Caller {
  readonly kind: 'anonymous' | 'authenticated';
  readonly key: string;
}

/** A request refused by a limit: answered 429 with Retry-After. */
export class LimitExceeded extends Error {
  constructor(
    readonly reason: 'rate' | 'database' | 'concurrency' | 'anonymous' | 'total',
    readonly retryAfterSeconds: number,
    message: string,
  ) {
    super(message);
    this.name = 'LimitExceeded';
  }
}

/**
 * Keeps one caller, or the anonymous crowd, from taking the service from the others. A GraphQL
 * request is admitted once it passes, in order:
 * 1. its caller's rate (requests per minute; anonymous callers get fewer),
 * 2. its caller's database time: the Cypher statement time of its requests in the current
 *    minute, charged when each request ends. Counting requests alone would treat a query that
 *    keeps the database busy for a minute like one that takes a millisecond; this is what stops
 *    a caller that sends heavy queries within the query limits, after its first ones,
 * 3. its caller's concurrency: a few requests in flight, as many more waiting, the rest refused,
 * 4. for anonymous callers, the concurrency of all anonymous callers together,
 * 5. the concurrency of everyone, kept below the database driver's pool so that one kind of
 *    traffic never holds every connection.
 * Waiting requests are served first come, first served, and stop waiting when their signal
 * fires (deadline, client gone). The returned function gives the places back and charges the
 * database time the request used.
 */
export class RequestLimits {
  private readonly rates: Record<Caller['kind'], RateLimiterMemory>;
  /** Milliseconds of statement time per caller and minute. */
  private readonly databaseTime: Record<Caller['kind'], RateLimiterMemory>;
  private readonly callers = new Map<string, Slots>();
  private readonly anonymous: Slots;
  private readonly everyone: Slots;
  /** Requests waiting for a place, at any of the steps. */
  private waiting = 0;

  constructor(private readonly config: LimitsConfig) {
    this.rates = {
      anonymous: new RateLimiterMemory({ points: config.anonymous.perMinute, duration: 60 }),
      authenticated: new RateLimiterMemory({ points: config.authenticated.perMinute, duration: 60 }),
    };
    this.databaseTime = {
      anonymous: new RateLimiterMemory({ points: config.anonymous.databaseSecondsPerMinute * 1000, duration: 60 }),
      authenticated: new RateLimiterMemory({ points: config.authenticated.databaseSecondsPerMinute * 1000, duration: 60 }),
    };
    // A crowd may queue longer than one caller, but not without bound.
    this.anonymous = new Slots(config.anonymousTotal, config.anonymousTotal * 4);
    this.everyone = new Slots(config.total, config.total * 4);
  }

  async admit(caller: Caller, signal: AbortSignal): Promise<(databaseMs?: number) => void> {
    await this.consumeRate(caller);
    await this.checkDatabaseTime(caller);
    const id = `${caller.kind}:${caller.key}`;
    const limit = this.config[caller.kind].concurrency;
    let own = this.callers.get(id);
    if (!own) {
      own = new Slots(limit, limit);
      this.callers.set(id, own);
    }
    const held: Slots[] = [];
    const release = (databaseMs = 0) => {
      for (const slots of held.reverse()) slots.release();
      held.length = 0;
      if (own.idle) this.callers.delete(id);
      if (databaseMs >= 1) void this.databaseTime[caller.kind].penalty(caller.key, Math.round(databaseMs));
    };
    this.waiting += 1;
    try {
      if (!(await own.acquire(signal))) throw new LimitExceeded('concurrency', 1, `Too many requests of yours at once: at most ${limit} run and ${limit} wait; retry when one has finished.`);
      held.push(own);
      if (caller.kind === 'anonymous') {
        if (!(await this.anonymous.acquire(signal))) throw new LimitExceeded('anonymous', 1, 'Too many anonymous requests at once; retry shortly, or send an API key or token.');
        held.push(this.anonymous);
      }
      if (!(await this.everyone.acquire(signal))) throw new LimitExceeded('total', 1, 'The service is busy; retry shortly.');
      held.push(this.everyone);
      return release;
    } catch (err) {
      release();
      throw err;
    } finally {
      this.waiting -= 1;
    }
  }

  /** Requests admitted and running, and waiting for a place, now (for the metrics). */
  usage(): { running: number; waiting: number; anonymousRunning: number } {
    return { running: this.everyone.inUse, waiting: this.waiting, anonymousRunning: this.anonymous.inUse };
  }

  private async checkDatabaseTime(caller: Caller): Promise<void> {
    const used = await this.databaseTime[caller.kind].get(caller.key);
    const budget = this.config[caller.kind].databaseSecondsPerMinute;
    if (used && used.remainingPoints <= 0) {
      throw new LimitExceeded('database', Math.max(1, Math.ceil(used.msBeforeNext / 1000)), `Your requests used more than ${budget} s of database time in a minute; retry after the time in Retry-After.`);
    }
  }

  private async consumeRate(caller: Caller): Promise<void> {
    try {
      await this.rates[caller.kind].consume(caller.key);
    } catch (res) {
      if (!(res instanceof RateLimiterRes)) throw res;
      const perMinute = this.config[caller.kind].perMinute;
      throw new LimitExceeded('rate', Math.max(1, Math.ceil(res.msBeforeNext / 1000)), `More than ${perMinute} requests in a minute; retry after the time in Retry-After.`);
    }
  }
}

/**
 * A counting semaphore with a bounded first-come, first-served queue. `acquire` resolves true
 * once a place is held, false when the queue is full; it rejects with the signal's reason when
 * the signal fires while waiting.
 */
export class Slots {
  private used = 0;
  private readonly queue: { grant: () => void }[] = [];

  constructor(readonly size: number, readonly maxWaiting: number) {}

  get inUse(): number {
    return this.used;
  }

  get waiting(): number {
    return this.queue.length;
  }

  get idle(): boolean {
    return this.used === 0 && this.queue.length === 0;
  }

  acquire(signal: AbortSignal): Promise<boolean> {
    if (signal.aborted) return Promise.reject(signal.reason);
    if (this.used < this.size) {
      this.used += 1;
      return Promise.resolve(true);
    }
    if (this.queue.length >= this.maxWaiting) return Promise.resolve(false);
    return new Promise<boolean>((resolve, reject) => {
      const entry = {
        grant: () => {
          signal.removeEventListener('abort', onAbort);
          resolve(true);
        },
      };
      const onAbort = () => {
        const index = this.queue.indexOf(entry);
        if (index >= 0) this.queue.splice(index, 1);
        reject(signal.reason);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      this.queue.push(entry);
    });
  }

  /** Hands the place to the first in the queue, or frees it. */
  release(): void {
    const next = this.queue.shift();
    if (next) next.grant();
    else this.used = Math.max(0, this.used - 1);
  }
}
