/**
 * Tools to compare answers of different shapes: each read turns every side's answer into one
 * canonical form (reads.ts), and these helpers compare them and say where they differ.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** JSON with object keys in order, so equal values give equal strings. */
export function stableJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]));
  }
  return value === undefined ? null : value;
}

/** The same values in a canonical order, for answers that are sets rather than sequences. */
export function asSet<T>(values: readonly T[]): T[] {
  return [...values].sort((a, b) => (stableJson(a) < stableJson(b) ? -1 : stableJson(a) > stableJson(b) ? 1 : 0));
}

export function byId<T extends { readonly id?: unknown }>(values: readonly T[]): T[] {
  return [...values].sort((a, b) => String(a.id).localeCompare(String(b.id)));
}

/** Replaces every `{ nodes: [...] }` (a connection that only selects nodes) by the list. */
export function unwrapNodes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unwrapNodes);
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === 'nodes' && Array.isArray((value as { nodes: unknown }).nodes)) return unwrapNodes((value as { nodes: unknown[] }).nodes);
    return Object.fromEntries(keys.map((k) => [k, unwrapNodes((value as Record<string, unknown>)[k])]));
  }
  return value;
}

/**
 * Replaces every `xConnection: { edges: [{ node }] }` by `x: [node]`: @neo4j/graphql's
 * connection fields read as plain lists.
 */
export function unwrapEdges(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unwrapEdges);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => {
        const edges = k.endsWith('Connection') && v !== null && typeof v === 'object' ? (v as { edges?: unknown }).edges : undefined;
        return Array.isArray(edges) ? [k.slice(0, -'Connection'.length), edges.map((e) => unwrapEdges((e as { node: unknown }).node))] : [k, unwrapEdges(v)];
      }),
    );
  }
  return value;
}

/** The first place two canonical answers differ, as a path and both values; undefined when equal. */
export function firstDifference(a: unknown, b: unknown, at = '$'): string | undefined {
  if (stableJson(a) === stableJson(b)) return undefined;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
      const d = firstDifference(a[i], b[i], `${at}[${i}]`);
      if (d) return d;
    }
    return `${at}: ${a.length} items against ${b.length}`;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${at}.${key}`);
      if (d) return d;
    }
  }
  const show = (v: unknown) => {
    const s = JSON.stringify(v) ?? 'undefined';
    return s.length > 300 ? `${s.slice(0, 297)}...` : s;
  };
  return `${at}: ${show(a)} against ${show(b)}`;
}
