/**
 * What belongs to one HTTP request while it is served: its id, its deadline and the signal that
 * fires at the deadline or when the client goes away (so database work can be cancelled), and
 * the Cypher statements run for it. It is handed on explicitly (the route makes it, the GraphQL
 * context carries it, the request's database handle counts into it) rather than found through
 * AsyncLocalStorage, whose promise hooks cost every promise of every request.
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

/** A context that may carry the scope of the request it serves (absent outside HTTP). */
export interface ScopedContext {
  readonly scope?: RequestScope | undefined;
}

/** Counts one Cypher statement of the request, and the time it took. */
export function countStatement(scope: RequestScope, event: { readonly ms: number }): void {
  scope.statements += 1;
  scope.statementMs += event.ms;
}
