import { beforeAll, describe, expect, it } from "vitest";
import { findReactions } from "../../../src/analysis/reactions/find-reactions.js";
import type { Reaction } from "../../../src/contract/schema.js";
import type { Document } from "../../../src/corpus/document.js";
import { loadFixture } from "../../helpers/fixtures.js";
import { expectGrounded, findReaction } from "./helpers.js";

// Stories the rules were not written for: a retailer's data breach and an earthquake.

describe("a retailer's data breach", () => {
  let documents: Document[];
  let reactions: Reaction[];
  beforeAll(async () => {
    documents = await loadFixture("reactions-corpora/retail-data-breach");
    reactions = findReactions(documents);
  });

  it("has the chief executive defending the company, across the wire story and its repost", () => {
    const r = findReaction(reactions, /Lindqvist/, "defend");
    expect(r?.role).toMatch(/chief executive/);
    expect(new Set(r?.citations.map((c) => c.doc))).toEqual(new Set(["000_wire", "001_repost"]));
  });

  it("gives the gang's threat to the gang, from 'It said' and 'the group wrote'", () => {
    const r = findReaction(reactions, /Grey Lantern/, "threaten");
    expect(r?.citations.length).toBeGreaterThanOrEqual(3);
  });

  it("has the regulator urging calm and the police declining comment", () => {
    expect(findReaction(reactions, /Information Commissioner/, "urge-restraint")).toBeDefined();
    expect(findReaction(reactions, /Police/, "decline")).toBeDefined();
  });

  it("keeps an MP's condemnation", () => {
    expect(findReaction(reactions, /Ashworth/, "condemn")?.quote).toBe(
      "an unacceptable failure to protect ordinary shoppers",
    );
  });

  it("leaves the analyst out: an analyst's reading is a claim, not a reaction", () => {
    expect(reactions.some((r) => /Reyes/.test(r.speaker))).toBe(false);
  });

  it("quotes every reaction verbatim", () => {
    expectGrounded(reactions, documents);
  });
});

describe("an earthquake", () => {
  let documents: Document[];
  let reactions: Reaction[];
  beforeAll(async () => {
    documents = await loadFixture("reactions-corpora/coastal-earthquake");
    reactions = findReactions(documents);
  });

  it("has the governor urging calm, with the country the story is about", () => {
    expect(findReaction(reactions, /Quispe/, "urge-restraint")).toMatchObject({ affiliation: "Peru" });
  });

  it("keeps the speaker of a quotation that runs on into the next paragraph", () => {
    const quotes = reactions
      .filter((r) => /Quispe/.test(r.speaker))
      .flatMap((r) => r.citations.map((c) => c.quote));
    expect(quotes).toContain('"We have teams in every district and we will reach every family."');
  });

  it("has a neighbouring government's support", () => {
    expect(findReaction(reactions, /Chile/, "support")).toBeDefined();
  });

  it("leaves out the geological survey and the residents, who report rather than take a side", () => {
    expect(reactions.some((r) => /Survey|Huaman/.test(r.speaker))).toBe(false);
  });

  it("never says anyone condemned the earthquake", () => {
    expect(reactions.some((r) => r.stance === "condemn")).toBe(false);
  });

  it("quotes every reaction verbatim", () => {
    expectGrounded(reactions, documents);
  });
});
