import { describe, expect, it } from "vitest";
import { fixtureService } from "../helpers/fixtures.js";

// Stories the engine was not written for: a drone attack on a port, and an earthquake.

describe("a drone attack on a port (three reports, one a repost)", () => {
  it("names who attacked what, with the time of day resolved", async () => {
    const result = (await fixtureService("engine-corpora/harbour-drone-attack")).brief("");
    if (!result.ok) throw new Error("no briefing");
    const [main] = result.briefing.events;
    expect(main).toMatchObject({ actor: "Russian forces", action: "drone attack", when: "2024-03-14" });
    expect(main?.target).toMatch(/grain terminal/);
  });

  it("reads a toll that rose the next day as an update, not a dispute", async () => {
    const result = (await fixtureService("engine-corpora/harbour-drone-attack")).brief("");
    if (!result.ok) throw new Error("no briefing");
    const toll = result.briefing.discrepancies.find((d) => d.aspect === "casualties");
    expect(toll?.status).toBe("reconciled");
    expect(toll?.note).toMatch(/2, then 4/);
  });
});

describe("an earthquake (no attacker, tolls from several officials)", () => {
  it("reports the hazard as the event", async () => {
    const result = (await fixtureService("engine-corpora/valley-earthquake")).brief("earthquake");
    if (!result.ok) throw new Error("no briefing");
    expect(result.briefing.events[0]).toMatchObject({ action: "earthquake", background: false });
    expect(result.briefing.events[0]?.target).toMatch(/Valle Alto/);
  });

  it("never says anyone condemned an earthquake", async () => {
    const result = (await fixtureService("engine-corpora/valley-earthquake")).brief("");
    if (!result.ok) throw new Error("no briefing");
    expect(result.briefing.summary.map((s) => s.text).join(" ")).not.toMatch(/condemned the earthquake/);
  });

  it("answers sources on casualties from every report", async () => {
    const answer = (await fixtureService("engine-corpora/valley-earthquake")).sources("casualties");
    expect(answer.bySource.every((s) => s.claims.length > 0)).toBe(true);
    expect(answer.bySource.flatMap((s) => s.claims.flatMap((c) => c.numbers))).toEqual(
      expect.arrayContaining([38, 52, 41, 57]),
    );
  });
});
