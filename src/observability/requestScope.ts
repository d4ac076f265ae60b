import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What belongs to one HTTP request while it is served: its id, its deadline and the signal that
 * fires at the deadline or when the client goes away (so database work can be cancelled), and
 * the Cypher statements run for it. Code that runs for the request finds it with
 * `currentRequest()`, even code that is shared by all requests (the database's statement
 * observers), because the scope follows the request's asynchronous calls.
 */
export interface RequestScope {
  readonly id: string;
  readonly signal: AbortSignal;
  /** Epoch milliseconds at which `signal` fires unless the request ends first. */
  readonly deadline: number;
  /** Moves the deadline to `ms` after the request arrived, if that is later (mutations). */
  extendDeadline(ms: number): void;
  statements: number;
  statementMs: number;
}

const storage = new AsyncLocalStorage<RequestScope>();

export function currentRequest(): RequestScope | undefined {
  return storage.getStore();
}

export function runInRequest<T>(scope: RequestScope, work: () => T): T {
  return storage.run(scope, work);
}
