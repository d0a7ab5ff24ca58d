import { beforeAll, describe, expect, it } from "vitest";
import type { Briefing } from "../../src/index.js";
import { fixtureService } from "../helpers/fixtures.js";

// What an editor must see in the first minute of the bundled story (issue: briefing engine, done-when).

let b: Briefing;
beforeAll(async () => {
  const result = (await fixtureService("seeds")).brief("strikes");
  if (!result.ok) throw new Error("no briefing for strikes");
  b = result.briefing;
});

describe("briefing of the seeds", () => {
  it("leads with the US strikes on Iran-backed militia facilities, with F-15s and F-16s", () => {
    const main = b.events[0];
    expect(main?.background).toBe(false);
    expect(main?.actor).toMatch(/\bUS\b|United States|Biden|Pentagon/);
    expect(main?.action).toMatch(/strike/);
    expect(main?.target).toMatch(/militia|facilit|targets/i);
    expect(main?.instrument).toMatch(/F-15/);
    expect(main?.instrument).toMatch(/F-16/);
    expect(main?.citations.length).toBeGreaterThanOrEqual(4);
  });

  it("shows the drone attacks the strikes answered", () => {
    expect(b.events.some((e) => !e.background && /drone/.test(e.action) && /militia/i.test(e.actor))).toBe(
      true,
    );
  });

  it("keeps recalled attacks, ranked after the story's own", () => {
    const firstBackground = b.events.findIndex((e) => e.background);
    expect(firstBackground).toBeGreaterThan(0);
    expect(b.events.slice(firstBackground).every((e) => e.background)).toBe(true);
  });

  it("has the Pentagon defending, Iraq and Iran condemning, the PMF threatening, the White House declining", () => {
    const has = (who: RegExp, stance: string) =>
      b.reactions.some(
        (r) => who.test(`${r.speaker} ${r.role ?? ""} ${r.affiliation ?? ""}`) && r.stance === stance,
      );
    expect(has(/Pentagon|Kirby/, "defend")).toBe(true);
    expect(has(/Iraq/, "condemn")).toBe(true);
    expect(has(/Iran\b|Khatibzadeh/, "condemn")).toBe(true);
    expect(has(/Popular Mobilisation|PMF/, "threaten")).toBe(true);
    expect(has(/White House|Biden/, "decline")).toBe(true);
  });

  it("opens the casualty dispute over the fighters: 4 (PMF), at least 5 and at least 7 (Syrian Observatory)", () => {
    const d = b.discrepancies.find((x) => x.aspect === "casualties" && x.status === "open");
    expect(d).toBeDefined();
    const claim = (n: number) => d?.claims.find((c) => c.number === n);
    expect(claim(4)?.attributedTo).toMatch(/PMF|Popular Mobilisation/);
    expect(claim(5)?.attributedTo).toMatch(/Observatory/);
    expect(claim(7)?.attributedTo).toMatch(/Observatory/);
    // A child killed is not one of the fighters: another group, never set against their toll.
    expect(claim(1)).toBeUndefined();
    expect(d?.range).toEqual({ min: 4, max: 7 });
    expect(d?.conservative).toBe(4);
    expect(d?.note).toMatch(/most conservative figure is 4/);
  });

  it("reconciles Sunday night in Washington with early Monday locally", () => {
    const timing = b.discrepancies.find((x) => x.aspect === "timing");
    expect(timing?.status).toBe("reconciled");
    expect(timing?.claims.map((c) => c.value).join(" ")).toMatch(/Sunday/);
    expect(timing?.claims.map((c) => c.value).join(" ")).toMatch(/Monday/);
  });

  it("counts the syndicated copy once: 5 reports, 4 independent", () => {
    expect(b.documents).toHaveLength(5);
    expect(b.documents.filter((d) => d.derivedFrom === null)).toHaveLength(4);
  });
});
