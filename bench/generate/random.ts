/**
 * A seeded pseudo-random source (mulberry32): the same seed gives the same graph, so a scale
 * generated twice, or on another machine, is the same data.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** `mean` varied by up to ±spread (a fraction), at least `min`. */
  around(mean: number, spread = 0.4, min = 0): number {
    return Math.max(min, Math.round(mean * (1 - spread + 2 * spread * this.next())));
  }

  /**
   * An index in [0, n) with probability falling as 1 / (rank + 1)^s: a few items are chosen
   * very often (the hubs), most rarely, as institutions and themes are in real plans.
   */
  zipf(n: number, s = 1.1): number {
    const weights = zipfTable(n, s);
    const target = this.next() * weights[weights.length - 1]!;
    let lo = 0;
    let hi = weights.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (weights[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** `count` distinct indexes of [0, n), Zipf-distributed. */
  zipfDistinct(n: number, count: number, s = 1.1): number[] {
    const chosen = new Set<number>();
    for (let tries = 0; chosen.size < Math.min(count, n) && tries < count * 20; tries += 1) chosen.add(this.zipf(n, s));
    return [...chosen];
  }
}

const tables = new Map<string, Float64Array>();

/** Cumulative weights of a Zipf distribution, computed once per size. */
function zipfTable(n: number, s: number): Float64Array {
  const key = `${n}:${s}`;
  let table = tables.get(key);
  if (!table) {
    table = new Float64Array(n);
    let sum = 0;
    for (let i = 0; i < n; i += 1) {
      sum += 1 / (i + 1) ** s;
      table[i] = sum;
    }
    tables.set(key, table);
  }
  return table;
}
