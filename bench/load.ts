/**
 * Closed-loop load: `concurrency` clients, each sending its next request as soon as the last one
 * answered, for a time or a number of requests. Every latency is kept; throughput is completed
 * requests over the wall time of the window. The first failure stops the window: a side that
 * fails under load has no throughput to report.
 */
export interface LoadLimit {
  /** Stop starting requests after this many milliseconds... */
  readonly durationMs?: number;
  /** ...or after this many requests in total. */
  readonly requests?: number;
}

export interface LoadWindow {
  readonly latencies: number[];
  readonly elapsedMs: number;
  readonly error?: Error;
}

export async function runLoad(request: () => Promise<unknown>, concurrency: number, limit: LoadLimit): Promise<LoadWindow> {
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = limit.durationMs !== undefined ? started + limit.durationMs : Number.POSITIVE_INFINITY;
  let remaining = limit.requests ?? Number.POSITIVE_INFINITY;
  let error: Error | undefined;

  const client = async () => {
    while (!error && remaining > 0 && performance.now() < deadline) {
      remaining -= 1;
      const t0 = performance.now();
      try {
        await request();
      } catch (err) {
        error ??= err as Error;
        return;
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  return { latencies, elapsedMs: performance.now() - started, ...(error ? { error } : {}) };
}
