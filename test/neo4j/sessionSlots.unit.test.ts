import { describe, expect, it } from 'vitest';
import { DatabaseBusyError, RequestAbortedError } from '../../src/neo4j/errors.js';
import { SessionSlots } from '../../src/neo4j/sessionSlots.js';

describe('the guard of the connection pool', () => {
  it('lets `size` sessions run and passes a released slot to the next waiter', async () => {
    const slots = new SessionSlots(2, 60_000);
    const a = await slots.acquire();
    await slots.acquire();
    const waiting = slots.acquire();
    expect(slots.inUse).toBe(2);
    expect(slots.waiting).toBe(1);
    a();
    a(); // releasing twice frees one slot only
    const c = await waiting;
    expect(slots.inUse).toBe(2);
    expect(slots.waiting).toBe(0);
    c();
    expect(slots.inUse).toBe(1);
  });

  it('fails a waiter with DatabaseBusyError (DATABASE_UNAVAILABLE) when no slot comes free in time', async () => {
    const slots = new SessionSlots(1, 1);
    await slots.acquire();
    await expect(slots.acquire()).rejects.toBeInstanceOf(DatabaseBusyError);
    expect(slots.waiting).toBe(0);
  });

  it('refuses at once when too many already wait', async () => {
    const slots = new SessionSlots(1, 60_000, 1);
    await slots.acquire();
    const queued = slots.acquire();
    await expect(slots.acquire()).rejects.toThrow(/all 1 database connections are in use and 1 requests wait/);
    queued.catch(() => {});
  });

  it('stops waiting when the request is cancelled, with the reason of the cancellation', async () => {
    const slots = new SessionSlots(1, 60_000);
    await slots.acquire();
    const controller = new AbortController();
    const waiting = slots.acquire(controller.signal);
    controller.abort(new RequestAbortedError('gone'));
    await expect(waiting).rejects.toThrow('gone');
    expect(slots.waiting).toBe(0);
    await expect(slots.acquire(controller.signal)).rejects.toBeInstanceOf(RequestAbortedError);
  });
});
