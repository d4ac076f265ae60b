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
  /** Stops the clock (the request is done). */
  clear(): void;
}

/**
 * A signal that fires `ms` after now with DeadlineExceeded, or earlier with ClientGone when the
 * connection closes before the response was sent: either way nobody waits for the work anymore,
 * so whatever still runs for the request (database statements, waiting for a place) can stop.
 */
export function startDeadline(res: Response, ms: number): Deadline {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DeadlineExceeded(ms)), ms);
  const onClose = () => {
    clearTimeout(timer);
    if (!res.writableFinished) controller.abort(new ClientGone());
  };
  res.once('close', onClose);
  return {
    signal: controller.signal,
    at: Date.now() + ms,
    clear() {
      clearTimeout(timer);
      res.off('close', onClose);
    },
  };
}
