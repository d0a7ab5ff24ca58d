import { describe, expect, it } from "vitest";
import { findReactions } from "../../../src/analysis/reactions/find-reactions.js";
import type { Document, DocumentFlag } from "../../../src/index.js";
import { splitSentences } from "../../../src/text/sentences.js";
import { findReaction } from "./helpers.js";

function article(id: string, paragraphs: string[], flags: DocumentFlag[] = []): Document {
  return {
    id,
    title: id,
    outlet: null,
    url: null,
    published: null,
    language: "en",
    flags,
    derivedFrom: null,
    paragraphs: paragraphs.map((text) => ({ text, language: "en", sentences: splitSentences(text) })),
    removed: [],
  };
}

describe("who a statement belongs to", () => {
  it("gives 'it' to the organisation the previous sentence is about", () => {
    const [r] = findReactions([
      article("a", [
        "The Northern Front, a rebel alliance, seized the airport on Monday.",
        '"We will hold it until the talks resume," it said.',
      ]),
    ]);
    expect(r).toMatchObject({ speaker: "Northern Front" });
  });

  it("gives a General Staff's statement to the body, not to a person titled General", () => {
    const reactions = findReactions([
      article("a", [
        "The Tessel army's General Staff said on Monday that a missile hit the depot.",
        '"We will respond," the General Staff said. The government\'s Chief of Staff Ron Vale said little.',
      ]),
    ]);
    const quoted = reactions.find((r) => r.quote === "We will respond");
    expect(quoted?.speaker).toMatch(/General Staff$/);
    expect(reactions.map((r) => r.speaker)).not.toContain("Staff");
  });

  it("gives 'the ministry' to the ministry that spoke before", () => {
    const reactions = findReactions([
      article("a", [
        "Peru's Interior Ministry condemned the attack on the convoy.",
        'The ministry said it was "a cowardly act against unarmed civilians".',
      ]),
    ]);
    expect(reactions).toHaveLength(1);
    expect(reactions[0]).toMatchObject({ affiliation: "Peru", stance: "condemn" });
    expect(reactions[0]?.citations).toHaveLength(2);
  });

  it("splits a joint statement into each party's reaction", () => {
    const reactions = findReactions([article("a", ["Lima, Quito and Bogota all condemned the raid."])]);
    expect(reactions.map((r) => r.affiliation).sort()).toEqual(["Colombia", "Ecuador", "Peru"]);
  });

  it("trusts only named speakers in a machine translation, where 'it' and 'the group' are unreliable", () => {
    const reactions = findReactions([
      article(
        "mt",
        [
          "The Northern Front has seized the airport.",
          "It has threatened of to respond to any attack.",
          "Interior Minister Ana Ruiz has condemned the seizure.",
        ],
        ["machine-translation"],
      ),
    ]);
    expect(findReaction(reactions, /Northern Front/, "threaten")).toBeUndefined();
    expect(findReaction(reactions, /Ruiz/, "condemn")).toBeDefined();
  });

  it("keeps unnamed officials only when they take a position", () => {
    const reactions = findReactions([
      article("a", [
        "Officials said the bridge had been closed since Tuesday.",
        "Officials urged drivers not to travel unless necessary.",
      ]),
    ]);
    expect(reactions.map((r) => r.stance)).toEqual(["urge-restraint"]);
  });

  it("takes a speaker's country from how the speaker is introduced, not from what they said", () => {
    const reactions = findReactions([
      article("a", [
        "Shells hit the market in Kharkiv overnight, killing nine, Ukraine's regional governor said.",
        "Ukraine's President Ivan Petrenko said in a video address that Russia would be held accountable for the attack.",
      ]),
    ]);
    expect(findReaction(reactions, /Petrenko/, "threaten")?.affiliation).toBe("Ukraine");
  });

  it("gives an international official the body they serve", () => {
    const [r] = findReactions([
      article("a", ["UN Secretary-General Ana Lobo called for restraint on both sides."]),
    ]);
    expect(r).toMatchObject({ affiliation: "United Nations", stance: "urge-restraint" });
  });
});
