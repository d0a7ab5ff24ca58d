// Waiting for something to happen, bounded and loud: a poll that returns what it waited for, or
// fails naming it. Never a fixed sleep standing for "it has happened by now".

/** Generous: a loaded two-core machine must never fail a test that is merely slow. */
export const WAIT_MS = 15_000;

/**
 * Resolves with the first value `probe` returns that is neither undefined nor false, polled every
 * `intervalMs`; rejects after `timeoutMs` with "timed out after N ms waiting for <what>".
 */
export async function waitUntil<T>(
  what: string,
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  { timeoutMs = WAIT_MS, intervalMs = 20 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (performance.now() >= deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
