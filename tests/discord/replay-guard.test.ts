import { describe, expect, it } from "vitest";
import { createReplayGuard } from "../../adapters/discord/http/replay-guard.js";

describe("the replay guard of HTTP interactions", () => {
  const start = Date.parse("2024-03-04T08:00:00Z");
  const seconds = (ms: number) => String(Math.floor(ms / 1000));

  it("refuses timestamps more than five minutes off, either way, and unreadable ones", () => {
    const guard = createReplayGuard(() => start);
    expect(guard.check(seconds(start - 301_000), "1")).toBe("stale");
    expect(guard.check(seconds(start + 301_000), "2")).toBe("stale");
    expect(guard.check("0x65e57f80", "3")).toBe("stale");
    expect(guard.check(seconds(start - 299_000), "4")).toBeNull();
  });

  it("refuses an id seen while its timestamp is acceptable, and forgets it after", () => {
    let now = start;
    const guard = createReplayGuard(() => now);
    for (let i = 0; i < 1000; i++) expect(guard.check(seconds(now), `id-${i}`)).toBeNull();
    expect(guard.check(seconds(now), "id-7")).toBe("replayed");
    expect(guard.size()).toBe(1000);
    now += 301_000;
    // The old ids are refused as stale now, so they need not be remembered.
    expect(guard.check(seconds(start), "id-7")).toBe("stale");
    expect(guard.check(seconds(now), "fresh")).toBeNull();
    expect(guard.size()).toBe(1);
  });
});
