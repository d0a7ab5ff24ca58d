import { describe, expect, it } from "vitest";
import { correctionDisputes } from "../../src/analysis/discrepancies/correction-dispute.js";
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
