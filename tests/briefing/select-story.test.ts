import { describe, expect, it } from "vitest";
import { indexStories } from "../../src/briefing/select-story.js";
import { readArticle } from "../../src/corpus/read-article.js";

// Which story a topic names, among stories of one report each.

const index = (texts: string[]) => indexStories(texts.map((t, i) => readArticle(`s-${i}`, t)));

describe("choosing the story a topic names", () => {
  it("weighs a short word by the stories that use it, not by those with longer words it begins", () => {
    const stories = index([
      "Port of Brenna shut by ice\n\nShips waited offshore until the channel cleared on Monday.",
      "Kell council elects a new mayor\n\nThe vote was close, with turnout at a record high.",
      "Kell library reopens after repairs\n\nReaders returned to the reading rooms on Tuesday.",
      "Museum buys portrait of an admiral\n\nThe painting will hang in the east gallery from spring.",
      "Council opens a tax portal\n\nResidents can now file returns online before the deadline.",
      "Bakery cuts portion sizes\n\nPrices stay the same while loaves shrink by a tenth.",
      "Hotel porter wins an award\n\nGuests voted him the friendliest face in the trade.",
    ]);
    // "port" is told by one story, "Kell" by two: the port story is the one the editor means.
    expect(stories.select("Kell port")[0]?.documents[0]?.id).toBe("s-0");
  });
});
