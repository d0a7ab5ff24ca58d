import { describe, expect, it } from "vitest";
import { correctionDisputes } from "../../src/analysis/discrepancies/correction-dispute.js";
import { misidentificationDisputes } from "../../src/analysis/discrepancies/misidentification-dispute.js";
import { documentOf } from "../helpers/documents.js";

// A report later taken back by its source, on short texts of our own.

describe("corrected reports", () => {
  it("shows the earlier report and the correction, reconciled", () => {
    const [d] = correctionDisputes([
      documentOf("a", ["The ministry had reported a second explosion near the harbour office on Monday."]),
      documentOf("b", [
        "There was no second explosion near the harbour office, the ministry said on Tuesday, revising its account.",
      ]),
    ]);
    expect(d).toMatchObject({ aspect: "correction", status: "reconciled" });
    expect(d?.question).toMatch(/second explosion/);
    expect(d?.claims.map((c) => c.citations[0]?.doc)).toEqual(["a", "b"]);
  });

  it("needs the earlier report: a bare denial or a newspaper's own correction is none", () => {
    expect(
      correctionDisputes([
        documentOf("a", ["There was no second explosion, the ministry said, revising its account."]),
      ]),
    ).toEqual([]);
    expect(
      correctionDisputes([
        documentOf("a", [
          "This story has been corrected: there was no second vote.",
          "Officials had said a second vote was planned.",
        ]),
      ]),
    ).toEqual([]);
  });
});

describe("misidentified finds", () => {
  it("shows the first report and the later finding, reconciled", () => {
    const [d] = misidentificationDisputes([
      documentOf("a", ["The coast guard had said on Monday that wreckage of the ferry had been found."]),
      documentOf("b", [
        "Wreckage recovered earlier near the cape was revealed to be debris from a fishing boat.",
      ]),
    ]);
    expect(d).toMatchObject({ aspect: "misidentification", status: "reconciled" });
    expect(d?.claims.map((c) => c.citations[0]?.doc)).toEqual(["a", "b"]);
  });

  it("needs an earlier account and a sentence that says the first report came before", () => {
    expect(
      misidentificationDisputes([documentOf("a", ["The rally turned out to be peaceful, the police said."])]),
    ).toEqual([]);
    expect(
      misidentificationDisputes([
        documentOf("a", [
          "Wreckage recovered earlier near the cape was revealed to be debris from a fishing boat.",
        ]),
      ]),
    ).toEqual([]);
  });
});
