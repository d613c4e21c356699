/**
 * Polls `condition` until it holds or `timeoutMs` passes, then returns whether it held: specs wait
 * for what they expect to happen, never for a fixed time. The web twin of the API's
 * apps/api/src/testing/wait-until.ts (an app may not import the other's files).
 */
export async function waitUntil(condition: () => boolean | Promise<boolean>, timeoutMs: number, everyMs = 10): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
