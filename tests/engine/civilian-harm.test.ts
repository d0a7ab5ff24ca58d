import { describe, expect, it } from "vitest";
import { civilianHarmDisputes } from "../../src/analysis/discrepancies/civilian-harm-dispute.js";
import { documentOf } from "../helpers/documents.js";

// Whether a strike harmed civilians, on short texts of our own.

describe("civilian harm", () => {
  it("keeps a force's 'no civilian casualties' against a count of civilians hurt open, both cited", () => {
    const [d] = civilianHarmDisputes([
      documentOf("a", [
        "An air strike hit a house near Tarnow on Sunday.",
        "Residents said three children were wounded in the strike; the army said it knew of no civilian casualties.",
      ]),
    ]);
    expect(d?.status).toBe("open");
    expect(d?.claims.map((c) => c.attributedTo)).toEqual(["Residents", "the army"]);
  });

  it("finds no dispute when nobody counts civilians, or when one side says both", () => {
    expect(
      civilianHarmDisputes([
        documentOf("a", ["The army said no civilians were hurt in the strike on Tarnow."]),
      ]),
    ).toEqual([]);
    expect(
      civilianHarmDisputes([
        documentOf("a", [
          "The army said no civilians were hurt.",
          "Two soldiers were wounded, the army said.",
        ]),
      ]),
    ).toEqual([]);
  });
});
