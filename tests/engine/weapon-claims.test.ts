import { describe, expect, it } from "vitest";
import { findClaims } from "../../src/analysis/claims/find-claims.js";
import { weaponFigures } from "../../src/analysis/claims/weapon-claims.js";
import { figureDiscrepancies } from "../../src/analysis/discrepancies/figure-discrepancies.js";
import { storyContext } from "../../src/analysis/story-context.js";
import type { Document } from "../../src/corpus/document.js";
import { documentOf } from "../helpers/documents.js";

// How many weapons an attack used, on short texts of our own: each side's count is a claim.

const figures = (s: string) => weaponFigures(s).map((f) => [f.number, f.unit]);

describe("weapon counts", () => {
  it("reads a count with the verb that used the weapons, before or after it", () => {
    expect(figures("The rebels said they launched 12 drones at the refinery.")).toEqual([[12, "drones"]]);
    expect(figures("Officials said 20 drones and a dozen cruise missiles had been involved.")).toEqual([
      [20, "drones"],
      [12, "missiles"],
    ]);
  });

  it("takes no count from capacity, denial, or a breakdown by site", () => {
    expect(figures("Each launcher could fire 12 rockets.")).toEqual([]);
    expect(figures("The army said 30 rockets were seen over the city.")).toEqual([]);
    expect(
      figures("Officials said 6 missiles were fired at the port and 4 missiles at the airfield."),
    ).toEqual([]);
  });

  it("keeps two bodies' counts open, even when the larger comes later", () => {
    const documents: Document[] = [
      {
        ...documentOf("a", ["The rebels said they launched 12 drones at the refinery."]),
        published: "2030-05-01",
      },
      {
        ...documentOf("b", ["The defence ministry said 19 drones were fired at the refinery."]),
        published: "2030-05-04",
      },
    ];
    const context = storyContext(documents);
    const [d] = figureDiscrepancies(findClaims(documents, context), context);
    expect(d).toMatchObject({ aspect: "weapons", question: "How many drones were used?", status: "open" });
  });
});
