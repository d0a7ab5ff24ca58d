import { describe, expect, it } from "vitest";
import { magnitudeDisputes } from "../../src/analysis/discrepancies/magnitude-dispute.js";
import { documentOf } from "../helpers/documents.js";

// Two agencies measuring one quake differently, on short texts of our own.

describe("magnitude", () => {
  it("opens a dispute when two agencies in one report measure the quake differently", () => {
    const [d] = magnitudeDisputes([
      documentOf("a", [
        "A quake shook the northern coast on Monday.",
        "The National Seismic Service put it at 5.2, while the Pacific Geophysical Institute reported it as 5.8.",
      ]),
    ]);
    expect(d).toMatchObject({ aspect: "magnitude", status: "open" });
    expect(d?.claims.map((c) => [c.number, c.attributedTo])).toEqual([
      [5.2, "National Seismic Service"],
      [5.8, "Pacific Geophysical Institute"],
    ]);
  });

  it("reads one agency's revised reading as an update, and leaves recalled quakes out", () => {
    const [d] = magnitudeDisputes([
      documentOf("a", [
        "The National Seismic Service first gave a preliminary magnitude of 5.9 and later revised it to magnitude 6.2.",
        "It was the strongest aftershock of the March 3 7.8 quake.",
      ]),
    ]);
    expect(d?.status).toBe("reconciled");
    expect(d?.claims.map((c) => c.number)).toEqual([5.9, 6.2]);
  });

  it("never compares magnitudes across reports: they may be different quakes", () => {
    expect(
      magnitudeDisputes([
        documentOf("a", ["The National Seismic Service measured it at 5.2."]),
        documentOf("b", ["The Pacific Geophysical Institute measured it at 6.0."]),
      ]),
    ).toEqual([]);
  });
});
