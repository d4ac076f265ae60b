/**
 * Waits for a condition that an event will make true, checking often; the bound only stops a
 * test that would otherwise hang, it is never what the test asserts.
 */
export async function until<T>(probe: () => Promise<T> | T, ok: (value: T) => boolean, boundMs = 120_000): Promise<T> {
  const end = Date.now() + boundMs;
  for (;;) {
    const value = await probe();
    if (ok(value)) return value;
    if (Date.now() > end) throw new Error(`condition not met within ${boundMs} ms; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Resolves with the arguments of the next `event` of `emitter`. */
export function next<A extends unknown[]>(emitter: { once(event: string, listener: (...args: A) => void): unknown }, event: string): Promise<A> {
  return new Promise((resolve) => emitter.once(event, (...args: A) => resolve(args)));
}
