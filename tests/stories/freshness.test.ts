import { describe, expect, it } from "vitest";
import { groupStories } from "../../src/briefing/group-stories.js";
import { readArticle } from "../../src/corpus/read-article.js";
import { DAM_RELEASE } from "./fixtures.js";

// Reports of one event come close together in a feed; a report as loosely alike to a story that
// has gone quiet is more likely a later event of the same people and places.

const SYLLABLES = ["bra", "ken", "dol", "mir", "tas", "vel", "gor", "lin", "pes", "rud", "zan", "hob"];
/** A brief on an unrelated made-up matter, its names built from the number so no two share them. */
const filler = (n: number, dated = "") => {
  const name = (k: number) =>
    `${SYLLABLES[(n + k) % 12]}${SYLLABLES[(n * 7 + k) % 12]}${SYLLABLES[(n * 5 + 3 * k) % 12]}`;
  const [a, b, c] = [name(1), name(2), name(3)].map((w) => w[0]?.toUpperCase() + w.slice(1));
  return readArticle(
    `filler-${n}`,
    `${a} council notes ${n}\n\n${dated}The ${a} council met ${b} residents about the ${c} road on day ${n + 100}, clerk ${b} ${c} said.`,
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

/** A site's page on the dam story with no date of its own. */
const UNDATED_PAGE = `Castlebury waits on the Ombre

Residents of Castlebury watched the Ombre rise on Monday as the Tarrow spillways stayed open. Ilse Harrow of the water authority said the release would go on.`;

describe("an undated page in a dated feed", () => {
  const published = (day: string) => `Published ${day}\n\n`;
  const dam = DAM_RELEASE.slice(0, 2).map((t, i) => {
    const [headline, ...rest] = t.split("\n\n");
    return readArticle(`dam-${i}`, [headline, published("3 March 2025"), ...rest].join("\n\n"));
  });

  it("is of the feed's present: a story told that week takes it more readily than a quiet one", () => {
    // A site's page says "updated 2 hours ago", not the day: arriving among the day's reports, it is of their day.
    const sameWeek = Array.from({ length: 60 }, (_, n) => filler(n, published("4 March 2025")));
    const told = groupStories([...sameWeek.slice(0, 10), ...dam, ...sameWeek.slice(10)]);
    expect(told.add(readArticle("page", UNDATED_PAGE)).id).toBe(told.storyOf("dam-0")?.id);
  });

  it("is not of a story told weeks before the feed's present", () => {
    const later = Array.from({ length: 60 }, (_, n) => filler(n, published("20 April 2025")));
    const quiet = groupStories([...later.slice(0, 10), ...dam, ...later.slice(10)]);
    expect(quiet.add(readArticle("page", UNDATED_PAGE)).id).not.toBe(quiet.storyOf("dam-0")?.id);
  });
});
