import { describe, expect, it } from "vitest";
import { disownedFigures } from "../../src/analysis/discrepancies/disowned-figure.js";
import { disownedSentence } from "../../src/analysis/summary/composed.js";
import { articleOf } from "../helpers/documents.js";

// A figure credited to a body that says it never gave it: our own short texts, coined names.

const CREDITED = "The Tessel Relief Society said 4,200 people had died in the floods.";
const DENIAL =
  "The Tessel Relief Society denied that the toll had reached 4,200, a figure attributed to it in several reports.";

describe("a figure its source disowns", () => {
  it("is shown with whose it was said to be and the denial, settled, and said in the summary", () => {
    const found = disownedFigures([articleOf("a", [CREDITED]), articleOf("b", [DENIAL])]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ aspect: "attributed figure", status: "reconciled" });
    expect(found[0]?.claims.map((c) => c.citations[0]?.quote)).toEqual([CREDITED, DENIAL]);
    expect(disownedSentence(found)).toEqual({
      text: "The Tessel Relief Society denied the figure of 4,200 attributed to it.",
      citations: [
        { doc: "b", quote: DENIAL },
        { doc: "a", quote: CREDITED },
      ],
    });
  });

  it("is also a figure the body says it never released", () => {
    const denial = "The Relief Society denied the toll of 4,200. It said it had never released that number.";
    expect(disownedFigures([articleOf("a", [CREDITED]), articleOf("b", [denial])])).toHaveLength(1);
  });

  it("is not a body denying a toll it is not said to have given, nor a figure no report credits", () => {
    const disputed = "The ministry denied that the toll had reached 4,200.";
    expect(disownedFigures([articleOf("a", [CREDITED]), articleOf("b", [disputed])])).toEqual([]);
    expect(disownedFigures([articleOf("b", [DENIAL])])).toEqual([]);
  });
});
