import { describe, expect, it } from "vitest";
import { findAttributions } from "../../src/text/attribution.js";
import { contentOf } from "../../src/text/content.js";
import { quotedSpans } from "../../src/text/quotes.js";

/** The Content of the sentence's first attribution, as quoted. */
function content(sentence: string): string | null {
  const attributions = findAttributions(sentence);
  if (attributions.length === 0) return null;
  return contentOf(sentence, attributions, 0, quotedSpans(sentence))?.quote ?? null;
}

describe("the Content of an attribution", () => {
  it.each([
    ["The ministry said on Friday that the strikes were illegal.", "the strikes were illegal"],
    ["The ministry said on Friday the strikes were illegal.", "the strikes were illegal"],
    ["The strikes were illegal and reckless, the ministry said.", "The strikes were illegal and reckless"],
    ["The toll rose to 12, according to the regional hospital.", "The toll rose to 12"],
    ["''We will not pay a single cent,'' the company said.", "We will not pay a single cent"],
    ["“We will not pay,” the company said, “not today and not ever.”", "not today and not ever"],
    ["The mayor said “Morning Edition With Sam” was over.", "“Morning Edition With Sam” was over"],
    [
      "The movement denied any involvement, and the army later blamed a rival group.",
      "denied any involvement",
    ],
    [
      "- Floods have killed 30 people, the regional governor says - Roads to the coast are closed",
      "Floods have killed 30 people",
    ],
    [
      "NORVIK/ESTA, Sept 3 (Wirenews) - Drones struck two plants before dawn, the energy minister said.",
      "Drones struck two plants before dawn",
    ],
    ["NORVIK -- The repairs will take weeks, the operator said.", "The repairs will take weeks"],
  ])("%j → %j", (sentence, words) => {
    expect(content(sentence)).toBe(words);
  });

  it("takes the words around an aside, not the clause a semicolon closed before it", () => {
    const sentence =
      "He did not say who was behind it; once the culprits were found, he said, they would be punished.";
    const attributions = findAttributions(sentence);
    const last = attributions.length - 1;
    expect(contentOf(sentence, attributions, last, quotedSpans(sentence))?.quote).toBe(
      "they would be punished",
    );
  });

  it.each(["In his speech, the senator said of the plan.", "The senator told reporters on Friday."])(
    "finds no words in %j",
    (sentence) => {
      expect(content(sentence)).toBeNull();
    },
  );
});
