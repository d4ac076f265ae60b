import crypto from 'node:crypto';
import type { ChangeEntry } from '../repository/curationRepository.js';

/**
 * Entries of the audit trail. Every entry names its node, and every organisation the change
 * touches: the owner of the node and the owners of the other ends of the links it made or
 * removed, so that each organisation finds in its own trail what others did to its items.
 */
type EntryInput = Omit<ChangeEntry, 'id' | 'before' | 'after' | 'otherId' | 'relationship' | 'organisationIds'> & {
  readonly otherId?: string | null;
  readonly relationship?: string | null;
  readonly touches?: readonly (string | null | undefined)[];
  readonly before?: unknown;
  readonly after?: unknown;
};

export function changeEntry(entry: EntryInput): ChangeEntry {
  const { touches = [], before, after, ...rest } = entry;
  return {
    otherId: null,
    relationship: null,
    ...rest,
    id: crypto.randomUUID(),
    organisationIds: organisations([entry.organisationId, ...touches]),
    before: before === undefined ? null : JSON.stringify(before),
    after: after === undefined ? null : JSON.stringify(after),
  };
}

export function organisations(ids: readonly (string | null | undefined)[]): string[] {
  return [...new Set(ids.filter((id): id is string => typeof id === 'string' && id !== ''))].sort();
}

/** A node's stored properties without the bookkeeping no reader of the trail needs. */
export function withoutBookkeeping(row: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const { contentHash: _hash, codeScope: _scope, planCode: _planCode, docKey: _doc, codeKey: _code, sortLabel: _label, searchText: _search, ...rest } = row;
  return rest;
}
