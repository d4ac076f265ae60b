import { forbidden, unauthenticated } from './errors.js';

/**
 * Who writes. The API builds it from the caller's API key or token; the command line writes as
 * an analyst named after the user who runs it.
 */
export type Role = 'anonymous' | 'viewer' | 'analyst' | 'partner';

export interface Actor {
  readonly subject: string | null;
  readonly role: Role;
  /** For partners: the organisation whose items they may change. */
  readonly organisation: string | null;
}

export function commandLineActor(user: string): Actor {
  return { subject: `cli:${user}`, role: 'analyst', organisation: null };
}

/** Any write needs an identity, and one that may write. */
export function requireWriter(actor: Actor): void {
  if (actor.role === 'anonymous') throw unauthenticated('Changes need an identity: send an X-API-Key header or an Authorization: Bearer token.');
  if (actor.role === 'viewer') throw forbidden('Viewers can read but not change the graph.');
  if (actor.role === 'partner' && !actor.organisation) throw forbidden('A partner identity must name its organisation.');
}

export const isAnalyst = (actor: Actor): boolean => actor.role === 'analyst';

/** Who and when, stamped on every node and link a write touches. */
export interface Stamp {
  readonly actor: string;
  readonly role: string;
  readonly now: string;
}

export function stampOf(actor: Actor): Stamp {
  return { actor: actor.subject ?? actor.role, role: actor.role, now: new Date().toISOString() };
}
