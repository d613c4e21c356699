/**
 * Polls `probe` until it returns a truthy value and returns it. Fails with `what` and the last
 * value seen once the deadline passes — a deadline bounds a hung system, it is never the assertion.
 */
export async function waitUntil<T>(what: string, probe: () => Promise<T | false | null | undefined>, timeoutMs = 90_000, intervalMs = 200): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
      last = value;
    } catch (error) {
      last = error instanceof Error ? error.message : error;
    }
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what} after ${timeoutMs} ms (last: ${JSON.stringify(last)})`);
    await pause(intervalMs);
  }
}

export const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Seconds since `startedMs`, for the figures a test prints (never asserted on). */
export const secondsSince = (startedMs: number): number => Math.round((Date.now() - startedMs) / 100) / 10;
