import { describe, expect, it } from 'vitest';
import type { LimitsConfig } from '../../src/config/config.js';
import { LimitExceeded, RequestLimits, Slots } from '../../src/http/limits.js';

const never = new AbortController().signal;

const config = (overrides: Partial<LimitsConfig> = {}): LimitsConfig => ({
  anonymous: { perMinute: 100, concurrency: 1, databaseSecondsPerMinute: 10 },
  authenticated: { perMinute: 1000, concurrency: 2, databaseSecondsPerMinute: 60 },
  anonymousTotal: 2,
  total: 3,
  requestTimeoutMs: 10_000,
  mutationTimeoutMs: 60_000,
  trustProxy: false,
  ...overrides,
});

/** Whether a promise has settled once everything already queued has run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  promise.then(() => (done = true), () => (done = true));
  await new Promise((resolve) => setImmediate(resolve));
  return done;
}

const anonymous = (ip: string) => ({ kind: 'anonymous' as const, key: ip });
const subject = (name: string) => ({ kind: 'authenticated' as const, key: name });

describe('Slots', () => {
  it('grants places up to its size, then queues first come first served, then refuses', async () => {
    const slots = new Slots(1, 2);
    expect(await slots.acquire(never)).toBe(true);
    const second = slots.acquire(never);
    const third = slots.acquire(never);
    expect(await slots.acquire(never)).toBe(false);
    expect([slots.inUse, slots.waiting]).toEqual([1, 2]);
    slots.release();
    expect(await second).toBe(true);
    expect(await settled(third)).toBe(false);
    slots.release();
    expect(await third).toBe(true);
    slots.release();
    expect(slots.idle).toBe(true);
  });

  it('stops waiting when the signal fires, with its reason, and leaves the queue', async () => {
    const slots = new Slots(1, 5);
    await slots.acquire(never);
    const controller = new AbortController();
    const waiting = slots.acquire(controller.signal);
    controller.abort(new Error('client gone'));
    await expect(waiting).rejects.toThrow('client gone');
    expect(slots.waiting).toBe(0);
  });
});

describe('RequestLimits', () => {
  it('refuses a caller past its requests per minute, with the seconds to wait, and no one else', async () => {
    const limits = new RequestLimits(config({ anonymous: { perMinute: 2, concurrency: 5, databaseSecondsPerMinute: 10 } }));
    (await limits.admit(anonymous('10.0.0.1'), never))();
    (await limits.admit(anonymous('10.0.0.1'), never))();
    const refused = await limits.admit(anonymous('10.0.0.1'), never).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(LimitExceeded);
    expect((refused as LimitExceeded).reason).toBe('rate');
    expect((refused as LimitExceeded).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect((refused as LimitExceeded).retryAfterSeconds).toBeLessThanOrEqual(60);
    (await limits.admit(anonymous('10.0.0.2'), never))();
    (await limits.admit(subject('ann'), never))();
  });

  it('refuses a caller whose requests used up its database time of the minute, charged when each ends', async () => {
    const limits = new RequestLimits(config());
    const heavy = await limits.admit(anonymous('10.0.0.1'), never);
    // Admitted while the budget lasts, however heavy the request turns out to be.
    heavy(9_000);
    const next = await limits.admit(anonymous('10.0.0.1'), never);
    next(3_000);
    const refused = await limits.admit(anonymous('10.0.0.1'), never).catch((e: unknown) => e);
    expect(refused).toMatchObject({ reason: 'database' });
    expect((refused as LimitExceeded).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect((refused as LimitExceeded).retryAfterSeconds).toBeLessThanOrEqual(60);
    // Others keep their own budget; authenticated callers get more of it.
    (await limits.admit(anonymous('10.0.0.2'), never))(1);
    const ann = await limits.admit(subject('ann'), never);
    ann(12_000);
    (await limits.admit(subject('ann'), never))(0);
  });

  it('lets a caller run its concurrency, wait as many more, and refuses the rest', async () => {
    const limits = new RequestLimits(config());
    const first = await limits.admit(subject('ann'), never);
    await limits.admit(subject('ann'), never);
    const third = limits.admit(subject('ann'), never);
    const fourth = limits.admit(subject('ann'), never);
    await expect(limits.admit(subject('ann'), never)).rejects.toMatchObject({ reason: 'concurrency' });
    expect(limits.usage()).toMatchObject({ running: 2, waiting: 2 });
    first();
    await third;
    expect(await settled(fourth)).toBe(false);
  });

  it('holds all anonymous callers together to their share, while authenticated callers still get in', async () => {
    const limits = new RequestLimits(config());
    await limits.admit(anonymous('10.0.0.1'), never);
    const second = await limits.admit(anonymous('10.0.0.2'), never);
    const third = limits.admit(anonymous('10.0.0.3'), never);
    expect(await settled(third)).toBe(false);
    expect(limits.usage()).toEqual({ running: 2, anonymousRunning: 2, waiting: 1 });
    await limits.admit(subject('ann'), never);
    second();
    await third;
    expect(limits.usage()).toEqual({ running: 3, anonymousRunning: 2, waiting: 0 });
  });

  it('keeps everyone together below the total, and gives back every place taken by a request that stopped waiting', async () => {
    const limits = new RequestLimits(config({ total: 1 }));
    const first = await limits.admit(subject('ann'), never);
    const controller = new AbortController();
    const waiting = limits.admit(anonymous('10.0.0.1'), controller.signal);
    expect(await settled(waiting)).toBe(false);
    controller.abort(new Error('deadline'));
    await expect(waiting).rejects.toThrow('deadline');
    expect(limits.usage()).toEqual({ running: 1, anonymousRunning: 0, waiting: 0 });
    first();
    // The anonymous places were given back: two anonymous callers fit again (anonymousTotal 2).
    const again = await limits.admit(anonymous('10.0.0.1'), never);
    again();
    expect(limits.usage()).toEqual({ running: 0, anonymousRunning: 0, waiting: 0 });
  });
});
