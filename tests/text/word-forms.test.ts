import { describe, expect, it } from "vitest";
import { fold } from "../../src/briefing/topic-fit.js";
import { joinedCompounds, openCompounds, placeStems } from "../../src/text/word-forms.js";
import { stemOf } from "../../src/text/word-stem.js";

// Forms of a word that stemming keeps apart: compounds spelt two ways, a people's name and its place.

describe("forms of a word", () => {
  it("joins the parts of hyphenated compounds", () => {
    expect(joinedCompounds("A cease-fire and a follow-up talk, not a list")).toEqual([
      "ceasefire",
      "followup",
    ]);
  });

  it("joins each word to the next, for a compound typed open", () => {
    expect(openCompounds(["cease", "fire", "holds"])).toEqual(["ceasefire", "fireholds"]);
  });

  it("reads a capitalized people's name as its place", () => {
    expect(placeStems("Ostranians", fold)).toContain(stemOf("ostrania"));
    expect(placeStems("Kellese", fold)).toContain(stemOf("kell"));
  });

  it("leaves lower-case words and short names alone", () => {
    expect(placeStems("median", fold)).toEqual([]);
    expect(placeStems("Ivan", fold)).toEqual([]);
  });
});
