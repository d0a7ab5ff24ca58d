import { describe, expect, it } from "vitest";
import { fold, topicFit, topicWords } from "../../src/briefing/topic-fit.js";
import { readArticle } from "../../src/corpus/read-article.js";

// How well a story's reports carry a topic's words: forms of a word, headlines, saturation, rarity.

const story = (...texts: string[]) => texts.map((t, i) => readArticle(`r-${i}`, t));
const even = (...words: string[]) => topicWords(words, 10, () => 1);

describe("how well a story fits a topic", () => {
  it("reads a word in its other forms", () => {
    const fit = topicFit(
      story("Harbour fees approved\n\nThe board gave its approval on Monday."),
      even("approves"),
    );
    expect(fit).toBeGreaterThan(0);
  });

  it("counts a word in a report's headline above the same word in its text", () => {
    const words = even("dredging");
    const headline = topicFit(story("Dredging starts at Kell\n\nWork began on Monday."), words);
    const text = topicFit(story("Work starts at Kell\n\nThe dredging began on Monday."), words);
    expect(headline).toBeGreaterThan(text);
  });

  it("weighs a story carrying two of the words above one repeating a single word in every headline", () => {
    const words = even("dredging", "permit");
    const one = topicFit(
      story("Dredging at Kell\n\nDredging began.", "Kell dredging resumes\n\nDredging went on."),
      words,
    );
    const two = topicFit(story("Work at Kell\n\nThe dredging permit was granted on Monday."), words);
    expect(two).toBeGreaterThan(one);
  });

  it("weighs a story naming the words in one sentence above one naming them in sentences apart", () => {
    const words = even("dredging", "permit");
    const together = topicFit(
      story("News from the port of Kell\n\nThe dredging permit was granted. Crews met on Monday."),
      words,
    );
    const apart = topicFit(
      story("News from the port of Kell\n\nThe dredging was finished. A parking permit was granted."),
      words,
    );
    expect(together).toBeGreaterThan(apart);
  });

  it("weighs a word few stories use above one most of them use", () => {
    const [rare, common] = topicWords(["dredging", "harbour"], 100, (w) => (w === "dredging" ? 2 : 80));
    expect(rare?.weight).toBeGreaterThan(common?.weight ?? 0);
  });

  it("reads an amount typed without its currency sign", () => {
    const fit = topicFit(
      story("Kell council backs $412 million harbour plan\n\nThe vote was close."),
      even("412"),
    );
    expect(fit).toBeGreaterThan(0);
  });

  it("reads a compound spelt with a hyphen as the word typed joined", () => {
    const fit = topicFit(story("Cease-fire holds in Ostrania\n\nBoth sides kept to it."), even("ceasefire"));
    expect(fit).toBeGreaterThan(0);
  });

  it("reads a verb's irregular past as the verb typed", () => {
    const fit = topicFit(
      story("Kell fishers sought harbour aid\n\nThe council met on Monday."),
      even("seek"),
    );
    expect(fit).toBeGreaterThan(0);
  });

  it("reads words typed open as the compound a headline writes solid", () => {
    const words = even("harbour", "master");
    const solid = topicFit(
      story("Kell harbourmaster resigns over dredging fees\n\nThe port board met on Monday."),
      words,
    );
    const half = topicFit(
      story("Kell master resigns over dredging fees\n\nThe port board met on Monday."),
      words,
    );
    expect(solid).toBeGreaterThan(half);
  });

  it("reads a people's name as its place", () => {
    const fit = topicFit(
      story("Ostranian ministers resign over harbour deal\n\nThe cabinet met on Monday."),
      even("ostrania"),
    );
    expect(fit).toBeGreaterThan(0);
  });

  it("reads an ordinal as its number", () => {
    const fit = topicFit(
      story("Kell panel on the May 6 flood meets\n\nIt sits until June."),
      even(fold("6th")),
    );
    expect(fit).toBeGreaterThan(0);
  });
});
