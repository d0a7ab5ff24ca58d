import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/corpus/read-article.js";
import { articleTerms } from "../../src/stories/article-terms.js";

// What an article is compared by: an outlet's house style (capitals on every word of a headline)
// must not make one event's reports look like different stories.

const termsOf = (text: string) => articleTerms(readArticle("a", text));
const LEAD = "The harbour board of Kelmora approved a second ferry berth on Tuesday, its chair said.";

describe("names in an article's words", () => {
  it("reads no names in a headline written in title case, as in the same headline in sentence case", () => {
    const title = termsOf(`Harbour Board Approves Second Ferry Berth For Kelmora.\n\n${LEAD}`);
    const sentence = termsOf(`Harbour board approves second ferry berth for Kelmora.\n\n${LEAD}`);
    // Every word capitalised marks none of them as a name: no run of them is read as one.
    expect([...title.keys()].filter((t) => t.includes(" "))).toEqual([]);
    for (const word of ["board", "approv", "ferry", "berth"])
      expect(title.get(word)).toBe(sentence.get(word));
    // The sentence-case line still names its place.
    expect(sentence.get("kelmora")).toBe((title.get("kelmora") ?? 0) + 1);
  });
});
