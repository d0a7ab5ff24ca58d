import { describe, expect, it } from "vitest";
import { fillerWeight } from "../../../src/analysis/summary/filler.js";

describe("filler a short summary leaves out", () => {
  it("a standing state in the present perfect since a past year is background", () => {
    expect(fillerWeight("Norland has led an alliance against the rebels since March 2011.")).toBeLessThan(1);
    expect(fillerWeight("The rebels have been at war with the alliance since 2011.")).toBeLessThan(1);
    expect(fillerWeight("Norland led the alliance's air strikes on the rebels on Monday.")).toBe(1);
  });

  it("a figure given as the one before the latest is out of date", () => {
    expect(fillerWeight("Police had earlier put the toll at 12.")).toBeLessThan(1);
    expect(fillerWeight("The ministry had reported earlier that 40 homes were lost.")).toBeLessThan(1);
    expect(fillerWeight("Police put the toll at 31 on Tuesday.")).toBe(1);
  });

  it("what an unnamed crowd is said to think is no checkable fact", () => {
    expect(fillerWeight("Many residents say nobody warned them.")).toBeLessThan(1);
    expect(fillerWeight("Some local people said the river had never risen so fast.")).toBeLessThan(1);
    expect(fillerWeight("Residents of Tolvik were moved to the school on Monday.")).toBe(1);
  });

  it("an addendum to the sentence before adds to a list the reader has not seen", () => {
    expect(fillerWeight("Two firefighters were also hurt.")).toBeLessThan(1);
    expect(fillerWeight("Two firefighters were hurt in the blaze at the Varn depot.")).toBe(1);
  });
});
