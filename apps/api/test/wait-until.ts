/**
 * Polls `condition` until it holds or `timeoutMs` passes, then returns whether it held: tests wait
 * for what they expect to happen, never for a fixed time.
 */
export async function waitUntil(condition: () => Promise<boolean>, timeoutMs: number, everyMs = 100): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/**
 * Polls `probe` until it returns a truthy value and returns that value; once `timeoutMs` has
 * passed, throws naming `what` and the last value seen. A probe that throws ends the wait (an
 * outcome that can no longer change, such as a failed job, is an answer, not a reason to poll on).
 */
export async function eventually<T>(what: string, probe: () => Promise<T | false | null | undefined>, timeoutMs: number, everyMs = 100): Promise<T> {
  let last: unknown;
  const held = await waitUntil(
    async () => {
      last = await probe();
      return Boolean(last);
    },
    timeoutMs,
    everyMs,
  );
  if (!held) throw new Error(`gave up waiting for ${what} after ${timeoutMs} ms (last: ${JSON.stringify(last)})`);
  return last as T;
}
