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
