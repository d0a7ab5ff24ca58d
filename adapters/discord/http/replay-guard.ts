// Discord signs timestamp + body, so a captured request stays validly signed forever. Two checks make
// a capture useless: the signed timestamp must be within five minutes of our clock, and an
// interaction id seen within that window is refused. Ids are kept only while their timestamp is
// still acceptable, so memory is bounded by five minutes of traffic.

export const MAX_SKEW_SECONDS = 5 * 60;

export interface ReplayGuard {
  /** Why a signed request must not run ("stale", "replayed"), or null when it may. */
  check(timestampSeconds: string, interactionId: string): "stale" | "replayed" | null;
  /** Ids remembered right now (for tests and the memory bench). */
  size(): number;
}

export function createReplayGuard(now: () => number = () => Date.now()): ReplayGuard {
  /** id → the instant (ms) after which its timestamp is refused anyway; insertion order ≈ time order. */
  const seen = new Map<string, number>();

  const forgetExpired = (at: number) => {
    for (const [id, until] of seen) {
      if (until > at) break;
      seen.delete(id);
    }
  };

  return {
    check(timestamp, id) {
      const at = now();
      const seconds = /^\d{1,12}$/.test(timestamp) ? Number(timestamp) : Number.NaN;
      if (!(Math.abs(at / 1000 - seconds) <= MAX_SKEW_SECONDS)) return "stale";
      forgetExpired(at);
      if (seen.has(id)) return "replayed";
      seen.set(id, (seconds + MAX_SKEW_SECONDS) * 1000);
      return null;
    },
    size: () => seen.size,
  };
}
