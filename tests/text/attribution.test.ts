import { describe, expect, it } from "vitest";
import { attributionOf, findAttribution } from "../../src/text/attribution.js";

describe("attributionOf", () => {
  it.each([
    ["At least seven people were killed, the regional health ministry said.", "the regional health ministry"],
    [
      "The Coastal Observatory for Civil Rights, a Paris-based monitoring group, reported that at least seven fighters were killed.",
      "The Coastal Observatory for Civil Rights",
    ],
    ["Two bridges were destroyed, according to local officials.", "local officials"],
    [
      "The Eastern Relief Forces (ERF), a volunteer alliance, said four members were hurt.",
      "The Eastern Relief Forces (ERF)",
    ],
    [
      "A volunteer alliance, the Eastern Relief Forces (ERF), said four members were hurt.",
      "the Eastern Relief Forces (ERF)",
    ],
    ["Chile's state-run news agency said a child was killed.", "Chile's state-run news agency"],
    ["On Thursday Ruiz told the council that the dam had failed.", "Ruiz"],
    ['"We will respond," said Governor Ana Ruiz, who visited the town.', "Governor Ana Ruiz"],
    ["Peru's Interior Ministry on Friday rejected the claim.", "Peru's Interior Ministry"],
    [
      "The company's chief executive, Jane Doe, told lawmakers that paying was right.",
      "The company's chief executive, Jane Doe",
    ],
    [
      "Defence Minister Omar Ali, speaking to reporters on his plane, said he had approved the raid.",
      "Defence Minister Omar Ali",
    ],
    ["The damage, it said, is limited to two buildings.", "it"],
    ["Lima, Quito and Bogota all condemned the raid.", "Lima, Quito and Bogota"],
    ["Late Wednesday afternoon, the utility said it had restored power.", "the utility"],
    [
      "Kenya's foreign ministry offered condolences and said it stood ready to help.",
      "Kenya's foreign ministry",
    ],
    [
      "Aid was held up by disputes between Tessel and Vardia, the Southern Union and others, a source close to the talks said.",
      "a source close to the talks",
    ],
    ["Ana Ruiz, a spokeswoman said the ward was closed.", "Ana Ruiz"],
  ])("finds the source of %j", (sentence, source) => {
    expect(attributionOf(sentence)).toBe(source);
  });

  it("returns null when nobody is credited", () => {
    expect(attributionOf("The storm came ashore at dawn near the harbour.")).toBeNull();
  });

  it("does not take a possibility for a statement", () => {
    expect(attributionOf("Officials hope the new administration would respond firmly.")).toBeNull();
  });

  it("does not take naming for saying", () => {
    expect(attributionOf("A little-known group called Ansar Sahel claimed the attack.")).toBeNull();
  });

  it("does not take the accused for an accuser", () => {
    expect(
      attributionOf("One case involved an officer accused of excessive force during an arrest."),
    ).toBeNull();
    expect(attributionOf("The ministry accused Vardia of shelling the town.")).toBe("The ministry");
  });

  it("does not take the listener of a passive verb for the source", () => {
    expect(attributionOf("Residents were told to leave before noon.")).toBeNull();
  });

  it("returns offsets that slice the source out of the sentence verbatim", () => {
    const s = "Prices rose sharply, the national statistics office reported on Monday.";
    const a = findAttribution(s);
    expect(a && s.slice(a.start, a.end)).toBe("the national statistics office");
    expect(a?.verb).toBe("reported");
  });
});
