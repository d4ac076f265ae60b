import DataLoader from 'dataloader';
import type { EntityRepository, LinkKey } from '../../repository/entityRepository.js';
import type { EntityRow, LinkRow } from '../../repository/rows.js';

/**
 * Per-request batching: every node and link requested while one level of a query resolves is
 * fetched in one Cypher round trip, whatever the number of parents. New loaders per request,
 * so nothing is cached between requests (or between users).
 */
export interface Loaders {
  readonly node: DataLoader<string, EntityRow | null>;
  readonly links: DataLoader<LinkKey, LinkRow[], string>;
}

export function createLoaders(entities: EntityRepository): Loaders {
  return {
    node: new DataLoader(async (ids) => {
      const rows = await entities.byIds(ids);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    links: new DataLoader((keys) => entities.links(keys), {
      cacheKeyFn: (k) => `${k.id}|${k.type}|${k.direction}|${k.kind ?? ''}`,
    }),
  };
}
