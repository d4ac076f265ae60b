import fs from 'node:fs';
import { loadValidDataset } from '../src/import/loadDataset.js';
import { planBatch, registryBatch } from '../src/import/graphModel.js';

/** The node kinds the peer's type definitions declare (`type X implements Entity @node`). */
export function peerKinds(typeDefsFile: string): Set<string> {
  return new Set([...fs.readFileSync(typeDefsFile, 'utf8').matchAll(/^type (\w+) implements Entity @node/gm)].map((m) => m[1]!));
}

/**
 * Ids for the nodes-by-id read: `count` nodes of the seed graph, taken in turn from every kind
 * both schemas have and spread over each kind's ids. The seed graph is part of every scale, so
 * the same ids exist at every scale and the answer stays the same.
 */
export function seedNodeIds(seedDir: string, count: number, kinds: ReadonlySet<string>): string[] {
  const dataset = loadValidDataset(seedDir);
  const byKind = new Map<string, Set<string>>();
  for (const batch of [registryBatch(dataset), ...dataset.plans.map((p) => planBatch(p, dataset))]) {
    for (const n of batch.nodes) {
      if (!kinds.has(n.label)) continue;
      if (!byKind.has(n.label)) byKind.set(n.label, new Set());
      byKind.get(n.label)!.add(n.id);
    }
  }
  const idsByKind = [...byKind.keys()].sort().map((k) => [...byKind.get(k)!].sort());
  // From each kind, ids at even steps through its sorted list, round-robin over the kinds.
  const perKind = Math.ceil(count / idsByKind.length);
  const picks = idsByKind.map((ids) => Array.from({ length: Math.min(perKind, ids.length) }, (_, i) => ids[Math.floor((i * ids.length) / Math.min(perKind, ids.length))]!));
  const out: string[] = [];
  for (let i = 0; out.length < count && i < perKind; i += 1) {
    for (const ids of picks) if (i < ids.length && out.length < count) out.push(ids[i]!);
  }
  return out;
}
