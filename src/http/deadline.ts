import type { Response } from 'express';

/** Why a request's signal fired. */
export class DeadlineExceeded extends Error {
  constructor(readonly ms: number) {
    super(`The request did not finish within ${ms} ms.`);
    this.name = 'DeadlineExceeded';
  }
}

export class ClientGone extends Error {
  constructor() {
    super('The client closed the connection before the answer was sent.');
    this.name = 'ClientGone';
  }
}

export interface Deadline {
  readonly signal: AbortSignal;
  /** Epoch milliseconds. */
  readonly at: number;
  /** The time allowed, counted from the start. */
  readonly ms: number;
  /** Allows `ms` from the start instead, if that is longer and the deadline has not passed. */
  extend(ms: number): void;
  /** Stops the clock (the request is done). */
  clear(): void;
}

/**
 * A signal that fires `ms` after now with DeadlineExceeded, or earlier with ClientGone when the
 * connection closes before the response was sent: either way nobody waits for the work anymore,
 * so whatever still runs for the request (database statements, waiting for a place) can stop.
 */
export function startDeadline(res: Response, ms: number): Deadline {
  const started = Date.now();
  const controller = new AbortController();
  const arm = (allowed: number) => setTimeout(() => controller.abort(new DeadlineExceeded(allowed)), Math.max(0, started + allowed - Date.now()));
  let timer = arm(ms);
  const onClose = () => {
    clearTimeout(timer);
    if (!res.writableFinished) controller.abort(new ClientGone());
  };
  res.once('close', onClose);
  return {
    signal: controller.signal,
    get at() {
      return started + ms;
    },
    get ms() {
      return ms;
    },
    extend(longer) {
      if (longer <= ms || controller.signal.aborted) return;
      ms = longer;
      clearTimeout(timer);
      timer = arm(ms);
    },
    clear() {
      clearTimeout(timer);
      res.off('close', onClose);
    },
  };
}
