import { describe, expect, it } from "vitest";
import { groupStories } from "../../src/briefing/group-stories.js";
import { readArticle } from "../../src/corpus/read-article.js";
import { DAM_RELEASE } from "./fixtures.js";

// Reports of one event come close together in a feed; a report as loosely alike to a story that
// has gone quiet is more likely a later event of the same people and places.

const SYLLABLES = ["bra", "ken", "dol", "mir", "tas", "vel", "gor", "lin", "pes", "rud", "zan", "hob"];
/** A brief on an unrelated made-up matter, its names built from the number so no two share them. */
const filler = (n: number) => {
  const name = (k: number) =>
    `${SYLLABLES[(n + k) % 12]}${SYLLABLES[(n * 7 + k) % 12]}${SYLLABLES[(n * 5 + 3 * k) % 12]}`;
  const [a, b, c] = [name(1), name(2), name(3)].map((w) => w[0]?.toUpperCase() + w.slice(1));
  return readArticle(
    `filler-${n}`,
    `${a} council notes ${n}\n\nThe ${a} council met ${b} residents about the ${c} road on day ${n + 100}, clerk ${b} ${c} said.`,
  );
};

/** A loose retelling of the dam story: its place and spokeswoman, little of its wording. */
const LOOSE = `Castlebury waits on the Ombre

Residents of Castlebury watched the Ombre on Monday. Ilse Harrow of the authority said the Tarrow release would go on.`;

describe("a story still being told", () => {
  it("takes a loosely alike report while it is told, not once it has gone quiet", () => {
    const dam = DAM_RELEASE.slice(0, 2).map((t, i) => readArticle(`dam-${i}`, t));
    const fillers = Array.from({ length: 60 }, (_, n) => filler(n));
    const told = groupStories([...fillers, ...dam]);
    expect(told.add(readArticle("loose", LOOSE)).id).toBe(told.storyOf("dam-0")?.id);
    const quiet = groupStories([...fillers.slice(0, 10), ...dam, ...fillers.slice(10)]);
    expect(quiet.add(readArticle("loose", LOOSE)).id).not.toBe(quiet.storyOf("dam-0")?.id);
  });

  it("counts a story as being told for a few arrivals only, when the reports are undated", () => {
    // A handful of other briefs in between and the feed has moved on: in a busy feed, a wide window
    // let any loosely alike report join whatever story had been told lately.
    const dam = DAM_RELEASE.slice(0, 2).map((t, i) => readArticle(`dam-${i}`, t));
    const fillers = Array.from({ length: 60 }, (_, n) => filler(n));
    const g = groupStories([...fillers.slice(0, 50), ...dam, ...fillers.slice(50)]);
    expect(g.add(readArticle("loose", LOOSE)).id).not.toBe(g.storyOf("dam-0")?.id);
  });
});
